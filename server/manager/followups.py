"""好差评 follow-up on the server: each 差评 opens one follow-up in the transaction that records
the rating; the hall manager moves it through app/domain/rating_followups.py's state machine.

Every move locks the follow-up's row (FOR UPDATE) and checks the version the manager saw, so two
consoles cannot both close or reassign one follow-up; every move and every read of the
applicant's identity is audited (server/auth/audit.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.domain.hall_time import HALL_TIMEZONE, hall_date
from app.domain.rating_followups import (
    DEFAULT_DEADLINE_DAYS,
    FollowupMove,
    FollowupMoveError,
    FollowupState,
    ReviewDecision,
    followup_deadline,
    is_overdue,
)
from app.domain.ratings import is_bad
from app.sync.manager_followups import Applicant, FollowupEvent, FollowupItem, ReviewInfo
from server.manager.rating_clerks import ratings_named
from server.refusals import Conflict, NotFound
from server.store.db import as_utc
from server.store.models import RatingRow, ServerCaseRow
from server.store.models_followups import (
    FollowupEventRow,
    FollowupRow,
    FollowupSettingRow,
    RatingReviewRow,
)
from server.sync.bulk import bulk_insert

NOT_FOUND = "找不到这条差评回访（或它不属于本大厅）"
STALE = "这条差评回访刚被他人改动过，请刷新后再操作"
STALE_CODE = "stale_followup"  # the console tells a stale view from a refused move by it


def deadline_days(session: Session, hall_code: str) -> int:
    row = session.get(FollowupSettingRow, hall_code)
    return row.deadline_days if row is not None else DEFAULT_DEADLINE_DAYS


def open_followups(session: Session, hall_code: str, ratings: Iterable[dict], now: datetime) -> None:
    """A follow-up for each 差评 among `ratings` (rows just inserted, as push writes them).

    Push only hands over ratings it has not stored before, and rating_id is unique here too,
    so a resend never opens a second one. One INSERT for the batch's 差评: its opening is the
    row itself (opened_at, the deadline), not an event, so a push pays one round trip for them.
    """
    bad = [r for r in ratings if is_bad(int(r["level"]))]
    if not bad:
        return
    from server.calendar_years import server_calendar  # read per push: another process may enter a year

    calendar = server_calendar(session)
    days = deadline_days(session, hall_code)
    rows = []
    for rating in bad:
        rated_on = hall_date(as_utc(rating["rated_at"]))
        due = followup_deadline(calendar, rated_on, days)
        rows.append(
            {
                "hall_code": hall_code,
                "rating_id": rating["id"],
                "state": FollowupState.OPEN.value,
                "rated_on": rated_on,
                "deadline_days": days,
                "due_date": due.day,
                "due_estimated": due.estimated,
                "assignee": None,
                "opened_at": now,
                "closed_at": None,
                "version": 1,
            }
        )
    bulk_insert(session, FollowupRow.__table__, rows)


def recount_if_estimated(session: Session, row: FollowupRow) -> None:
    """A deadline counted by weekends only (the year had no schedule then) is counted again with
    the calendar as it is now: the manager assigning it sees the date the person will be held to."""
    if not row.due_estimated:
        return
    from server.calendar_years import server_calendar

    due = followup_deadline(server_calendar(session), row.rated_on, row.deadline_days)
    row.due_date, row.due_estimated = due.day, due.estimated


def add_event(session: Session, row: FollowupRow, kind: str, now: datetime, actor: str, detail: dict) -> None:
    session.add(FollowupEventRow(followup_id=row.id, kind=kind, at=now, actor=actor[:64], detail=detail))


def locked(session: Session, hall_code: str, followup_id: int, version: int | None = None) -> FollowupRow:
    row = session.get(FollowupRow, followup_id, with_for_update=True)
    if row is None or row.hall_code != hall_code:
        raise NotFound(NOT_FOUND)
    if version is not None and row.version != version:
        raise Conflict(STALE, code=STALE_CODE)
    return row


def move(row: FollowupRow, step: FollowupMove) -> None:
    from app.domain.rating_followups import next_state

    try:
        row.state = next_state(FollowupState(row.state), step).value
    except FollowupMoveError as exc:
        raise Conflict(str(exc)) from exc
    row.version += 1


def _joined() -> Select:
    return (
        select(FollowupRow, RatingRow, ServerCaseRow.number, ServerCaseRow.snapshot, RatingReviewRow.decision)
        .join(RatingRow, RatingRow.id == FollowupRow.rating_id)
        .outerjoin(ServerCaseRow, ServerCaseRow.id == RatingRow.case_id)
        .outerjoin(RatingReviewRow, RatingReviewRow.rating_id == RatingRow.id)
    )


def matter_of(snapshot: dict | None) -> str:
    snapshot = snapshot if isinstance(snapshot, dict) else {}
    names = snapshot.get("matter_names") or [""]
    return str(snapshot.get("bundle_name") or names[0] or "")


def _item(found, today: date) -> FollowupItem:
    row, rating, number, snapshot, decision = found
    state = FollowupState(row.state)
    return FollowupItem(
        id=row.id,
        state=state,
        rating_id=rating.id,
        level=rating.level,
        reasons=list(rating.reasons or []),
        rated_at=as_utc(rating.rated_at),
        clerk=rating.clerk,
        window=rating.window,
        case_number=number or "",
        matter=matter_of(snapshot),
        due_date=row.due_date,
        due_estimated=row.due_estimated,
        overdue=is_overdue(state, row.due_date, today),
        assignee=row.assignee,
        review=ReviewDecision(decision) if decision else None,
    )


def list_items(
    session: Session,
    hall_code: str,
    today: date,
    limit: int,
    state: FollowupState | None = None,
    overdue: bool | None = None,
    clerk: str = "",
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[FollowupItem]:
    query = _joined().where(FollowupRow.hall_code == hall_code)
    if state is not None:
        query = query.where(FollowupRow.state == state.value)
    if overdue is not None:
        late = (FollowupRow.state != FollowupState.CLOSED.value) & (FollowupRow.due_date < today)
        query = query.where(late if overdue else ~late)
    if clerk:
        query = query.where(ratings_named(session, hall_code, clerk))  # a user name, or a display name
    if date_from is not None:
        query = query.where(FollowupRow.rated_on >= date_from)
    if date_to is not None:
        query = query.where(FollowupRow.rated_on <= date_to)
    query = query.order_by(FollowupRow.due_date, FollowupRow.id).limit(limit)
    return [_item(found, today) for found in session.execute(query).all()]


def held_items(
    session: Session, hall_code: str, username: str, today: date, limit: int, closed: bool = False
) -> list[FollowupItem]:
    """The follow-ups of the hall `username` holds: on their desk (办理中, 待审核) soonest due first,
    or — `closed` — those closed, latest first (a closed follow-up keeps its last holder)."""
    query = _joined().where(FollowupRow.hall_code == hall_code, FollowupRow.assignee == username)
    if closed:
        query = query.where(FollowupRow.state == FollowupState.CLOSED.value)
        query = query.order_by(FollowupRow.closed_at.desc(), FollowupRow.id.desc())
    else:
        query = query.where(FollowupRow.state != FollowupState.CLOSED.value)
        query = query.order_by(FollowupRow.due_date, FollowupRow.id)
    return [_item(found, today) for found in session.execute(query.limit(limit)).all()]


def one(session: Session, hall_code: str, followup_id: int, today: date):
    """(item, comment, case snapshot, events, review row, version) of a follow-up of the hall."""
    found = session.execute(_joined().where(FollowupRow.id == followup_id)).first()
    if found is None or found[0].hall_code != hall_code:
        raise NotFound(NOT_FOUND)
    row, rating = found[0], found[1]
    events = session.scalars(
        select(FollowupEventRow).where(FollowupEventRow.followup_id == row.id).order_by(FollowupEventRow.id)
    ).all()
    # the opening is the row itself (one INSERT per push), told first with the deadline as it stands
    opened = {"due_date": row.due_date.isoformat(), "estimated": row.due_estimated}
    history = [FollowupEvent(kind="opened", at=as_utc(row.opened_at), actor="", detail=opened)]
    history += [
        FollowupEvent(kind=e.kind, at=as_utc(e.at), actor=e.actor, detail=e.detail or {}) for e in events
    ]
    review = session.get(RatingReviewRow, rating.id)
    return _item(found, today), rating.comment, found[3], history, review, row


def applicant_of(snapshot: dict | None) -> Applicant:
    applicant = (snapshot if isinstance(snapshot, dict) else {}).get("applicant") or {}
    return Applicant(
        name=str(applicant.get("name") or ""),
        cert_number=str(applicant.get("cert_number") or ""),
        phone=str(applicant.get("phone") or ""),
    )


def review_info(row: RatingReviewRow | None) -> ReviewInfo | None:
    if row is None:
        return None
    return ReviewInfo(
        asked_by=row.asked_by,
        reason=row.reason,
        asked_at=as_utc(row.asked_at),
        decision=ReviewDecision(row.decision),
        decided_by=row.decided_by,
        decided_at=as_utc(row.decided_at) if row.decided_at is not None else None,
        decision_note=row.decision_note,
    )


def hall_day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """The UTC moments that begin `first` and end `last` in the hall (for rated_at ranges)."""
    start = datetime.combine(first, time(), HALL_TIMEZONE)
    end = datetime.combine(last + timedelta(days=1), time(), HALL_TIMEZONE)
    return start.astimezone(UTC), end.astimezone(UTC)
