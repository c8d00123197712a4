"""Which kept days a change of a case reaches (the rule of statistics_case_rollup).

Every change of a case is in the change log, in the transaction that made it (a window's push,
a back-office step: server/sync/change_log.py). A report reads the hall's case changes after its
cursor and, for each changed case, forgets only the kept days whose figures the change can have
moved:

* its keys moved (the window, clerk, matter or matter's name its snapshot names, against those
  a kept day counted it under, statistics_case_keys): every kept day that counts it;
* the number of its decisions (受理, 补正, 不予受理) on a day differs from what the day counted
  (a window's late push; the demo's history, replayed after its server started, records
  decisions at their historical time, so no clock can tell "late"): that day;
* whether it is overdue on its promised date differs from what was kept (a promised date moved,
  a 办结 in time pushed late): the day it was kept as overdue and its promised date now.

So the back office's daily work on old cases (steps, 办结 after the promised date, results
handed out) forgets nothing, where forgetting every day such a case counts in re-kept about four
weeks of days after each day's work (1.5 s a year's report, bench/manager_statistics.py).

The cursor only moves past the changes of transactions older than every running one (as a
pull's does), so a change committed late is never skipped; one committed but not yet passed is
read again at the next report, which costs a few lookups, not a wrong figure.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, func, literal, literal_column, or_, select
from sqlalchemy.orm import Session

from app.domain.statistics import Period
from server.manager.statistics_cases import CASE_EVENTS, CASES, DECISIONS, case_keys, overdue_cases
from server.manager.statistics_sql import as_date, local_date
from server.store.models import ChangeLogRow
from server.store.models_statistics import StatisticsCaseKeyRow, StatisticsCaseOverdueRow

CHANGES = ChangeLogRow.__table__
KEYS = StatisticsCaseKeyRow.__table__
OVERDUE = StatisticsCaseOverdueRow.__table__
# the oldest transaction still running, as server/sync/change_log.py's pull bounds its reads
XMIN = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
CHUNK = 500
EVER = date(2000, 1, 1)  # before any promised date


def log_end(session: Session, hall_code: str) -> tuple[int, int]:
    """The last (txid, id) of the hall's change log below every running transaction."""
    query = select(CHANGES.c.txid, CHANGES.c.id).where(CHANGES.c.hall_code == hall_code)
    if session.get_bind().dialect.name == "postgresql":
        query = query.where(CHANGES.c.txid < literal_column(XMIN))
    last = session.execute(query.order_by(CHANGES.c.txid.desc(), CHANGES.c.id.desc()).limit(1)).first()
    return (0, 0) if last is None else (int(last.txid), int(last.id))


def changed_cases(
    session: Session, hall_code: str, after: tuple[int, int]
) -> tuple[set[str], tuple[int, int]]:
    """The cases changed after the cursor (every committed change, however recent), and where
    the cursor may move: past the changes of transactions older than every running one."""
    postgres = session.get_bind().dialect.name == "postgresql"
    xmin = literal_column(XMIN) if postgres else literal(None)
    t = CHANGES.c
    rows = session.execute(
        select(t.txid, t.id, t.key, xmin.label("xmin"))
        .where(
            t.hall_code == hall_code,
            t.kind == "case",
            or_(t.txid > after[0], and_(t.txid == after[0], t.id > after[1])),
        )
        .order_by(t.txid, t.id)
    ).all()
    passed = [r for r in rows if r.xmin is None or r.txid < r.xmin]  # a prefix: ordered by txid
    return {r.key for r in rows}, ((int(passed[-1].txid), int(passed[-1].id)) if passed else after)


def stale_days(
    session: Session, hall_code: str, case_ids: set[str], kept: set[date], today: date
) -> set[date]:
    """The kept days (of `kept`) the changes of these cases reach (see the module's note)."""
    days: set[date] = set()
    ids = sorted(case_ids)
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        now = dict(session.execute(select(CASES.c.id, case_keys()).where(CASES.c.id.in_(chunk))).all())
        as_kept = session.execute(
            select(KEYS.c.case_id, KEYS.c.day, KEYS.c.counted_under, KEYS.c.decisions).where(
                KEYS.c.hall_code == hall_code, KEYS.c.case_id.in_(chunk)
            )
        ).all()
        days |= {day for case_id, day, keys, _ in as_kept if now.get(case_id) != keys}
        day = local_date(CASE_EVENTS.c.at)
        decided = session.execute(
            select(CASE_EVENTS.c.case_id, day, func.count())
            .where(CASE_EVENTS.c.case_id.in_(chunk), CASE_EVENTS.c.kind.in_(DECISIONS))
            .group_by(CASE_EVENTS.c.case_id, day)
        ).all()
        decisions_now = {(case_id, as_date(d)): n for case_id, d, n in decided}
        decisions_kept = {(case_id, d): n for case_id, d, _, n in as_kept if n}
        for case_id, day in decisions_now.keys() | decisions_kept.keys():
            if decisions_now.get((case_id, day), 0) != decisions_kept.get((case_id, day), 0):
                days.add(day)
        kept_overdue = select(OVERDUE.c.case_id, OVERDUE.c.day).where(
            OVERDUE.c.hall_code == hall_code, OVERDUE.c.case_id.in_(chunk)
        )
        overdue_now = select(CASES.c.id, CASES.c.promised_date).where(
            overdue_cases(hall_code, Period(EVER, today - timedelta(days=1))), CASES.c.id.in_(chunk)
        )
        differ = set(session.execute(kept_overdue).all()) ^ set(session.execute(overdue_now).all())
        days |= {day for _, day in differ}
    return days & kept  # a day not kept has nothing to forget
