"""帮办代办台账: the hall's cases taken in with a helper's help (帮办) or by an agent (代办).

Read from the cases' snapshots (their `assistance`, app/domain/assistance.py) in the period the
windows took them in. The snapshot's people are sealed at rest; this reads them opened (the
session's keyring) and hands out only masked names.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.assistance import AssistanceKind, assistance_from_json
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.masking import mask_name
from app.domain.statistics import Period
from app.sync.manager_assisted import MAX_ROWS, AssistedCase, AssistedLedger, HelperTotal
from server.store.models import ServerCaseRow

PROXY_ROW = "代办"  # the totals' one row for every agent


def assisted_ledger(session: Session, hall_code: str, period: Period) -> AssistedLedger:
    # the window's intake moment as it recorded it (hall-local ISO text, which sorts as time; an
    # aware one carries +08:00 and sorts the same within the hall's day): the server's own
    # created_at is when the case reached it, days later after an outage
    taken = ServerCaseRow.snapshot["created_at"].as_string()
    first = datetime.combine(period.start, time()).isoformat()
    after = datetime.combine(period.end + timedelta(days=1), time()).isoformat()
    query = (
        select(ServerCaseRow)
        .where(ServerCaseRow.hall_code == hall_code, taken >= first, taken < after)
        .order_by(taken.desc(), ServerCaseRow.number.desc())
    )
    cases: list[AssistedCase] = []
    helped: Counter[str] = Counter()
    proxies = 0
    more = False
    for row in session.scalars(query):
        snapshot = row.snapshot if isinstance(row.snapshot, dict) else {}
        taken_at = _taken_at(snapshot, row.created_at)
        if not period.start <= taken_at.date() <= period.end:
            continue
        try:
            assistance = assistance_from_json(snapshot.get("assistance"))
        except ValueError:
            continue  # a kind this server does not know: not counted rather than guessed
        if not assistance.is_helped:
            continue
        if assistance.kind is AssistanceKind.HELPED:
            helper = assistance.helper or "（未写明）"
            helped[helper] += 1
        else:
            agent = (snapshot.get("applicant") or {}).get("agent") or {}
            helper = mask_name(str(agent.get("name", "")))
            proxies += 1
        if len(cases) == MAX_ROWS:
            more = True
            continue
        cases.append(_row(row, snapshot, taken_at, assistance, helper))
    totals = [
        HelperTotal(helper=h, helped=n, proxy=0) for h, n in sorted(helped.items(), key=lambda i: -i[1])
    ]
    if proxies:
        totals.append(HelperTotal(helper=PROXY_ROW, helped=0, proxy=proxies))
    return AssistedLedger(date_from=period.start, date_to=period.end, cases=cases, more=more, helpers=totals)


def _taken_at(snapshot: dict, stored: datetime) -> datetime:
    """The window's own intake moment (hall wall time), else the server's record of it."""
    try:
        moment = datetime.fromisoformat(str(snapshot.get("created_at")))
    except ValueError:
        return stored.astimezone(HALL_TIMEZONE).replace(tzinfo=None)
    return moment.astimezone(HALL_TIMEZONE).replace(tzinfo=None) if moment.tzinfo else moment


def _row(row: ServerCaseRow, snapshot: dict, taken_at: datetime, assistance, helper: str) -> AssistedCase:
    applicant = snapshot.get("applicant") or {}
    names = snapshot.get("matter_names") or [""]
    return AssistedCase(
        case_id=row.id,
        number=row.number,
        taken_at=taken_at,
        matter=str(snapshot.get("bundle_name") or names[0]),
        kind=assistance.kind.value,
        helper=helper,
        reason="" if assistance.reason is None else str(assistance.reason.label),
        applicant_masked=mask_name(str(applicant.get("name", ""))),
        window=str(snapshot.get("window") or ""),
        clerk=str(snapshot.get("clerk") or ""),
        status=row.status,
    )
