"""办不成事 反映 on the server: made in the push that brings them (server/sync/unresolved_reports.py
checks each), read by the hall manager's console; the moves are in unresolved_moves.py.

A report's deadline counts working days from the hall's date it was made, with the hall's 差评
deadline setting, exactly as a 差评's follow-up counts its own (DOMAIN.md: "handled like a 差评").
The console's list shows names and phones masked; the whole report goes only to the detail read,
which is audited (unresolved_moves.read_detail).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.masking import mask_name, mask_phone
from app.domain.rating_followups import followup_deadline
from app.domain.unresolved_reports import ReportState
from app.sync.unresolved_reports import MAX_LIST, ReportDetail, ReportEvent, ReportItem, ReportsOverview
from server.calendar_years import server_calendar
from server.manager.followups import deadline_days, hall_day_bounds
from server.refusals import NotFound
from server.store.db import as_utc
from server.store.models_unresolved import UnresolvedReportEventRow, UnresolvedReportRow
from server.sync.bulk import among, bulk_insert

NOT_FOUND = "本大厅没有这条办不成事反映"  # another hall's answers the same: nothing of it is told
R = UnresolvedReportRow
# what a resent report must repeat to be the same one (text as stored: trimmed)
SAME_REPORT = (
    "reported_at",
    "window",
    "registered_by",
    "name",
    "phone",
    "kind",
    "description",
    "matter_code",
    "matter_name",
    "failed_window",
    "case_number",
)
_ITEM = (
    R.id,
    R.reported_at,
    R.window,
    R.name,
    R.phone,
    R.kind,
    R.matter_name,
    R.failed_window,
    R.state,
    R.assignee,
    R.due_date,
    R.due_estimated,
    R.version,
)
_CLOSED = ReportState.CLOSED.value


def stored_reports(session: Session, ids: Iterable[str]) -> dict[str, dict]:
    """The reports already stored under these ids, in any hall: {id: hall_code and SAME_REPORT}."""
    ids = list(ids)
    if not ids:
        return {}
    columns = [R.id, R.hall_code, *(getattr(R, name) for name in SAME_REPORT)]
    found = session.execute(select(*columns).where(among(session, R.id, ids))).mappings()
    return {row["id"]: {**row, "reported_at": as_utc(row["reported_at"])} for row in found}


def open_reports(session: Session, hall_code: str, reports: list[dict], now: datetime) -> None:
    """Store the reports a push brings (each checked, none stored before), each with its deadline
    and its first event. Read per push: the calendar may have gained a year since the last."""
    if not reports:
        return
    calendar, days = server_calendar(session), deadline_days(session, hall_code)
    rows, events = [], []
    for report in reports:
        due = followup_deadline(calendar, report["reported_on"], days)
        rows.append(
            {
                **report,
                "hall_code": hall_code,
                "state": ReportState.OPEN.value,
                "deadline_days": days,
                "due_date": due.day,
                "due_estimated": due.estimated,
                "assignee": None,
                "outcome": None,
                "resolution": "",
                "reply": "",
                "reply_method": None,
                "replied_on": None,
                "version": 1,
                "closed_at": None,
            }
        )
        # when the applicant made it (the window's time); when it reached the server beside it
        detail = {"received_at": now.isoformat(), "due_date": due.day.isoformat(), "estimated": due.estimated}
        events.append(
            {
                "report_id": report["id"],
                "kind": "reported",
                "at": report["reported_at"],
                "actor": report["registered_by"],
                "detail": detail,
            }
        )
    bulk_insert(session, R.__table__, rows)
    bulk_insert(session, UnresolvedReportEventRow.__table__, events)


def is_overdue(state: str, due: date, today: date) -> bool:
    """Not closed after its last day (待审核 too: the applicant is not answered until it closes)."""
    return state != _CLOSED and today > due


def item(row, today: date) -> ReportItem:
    return ReportItem(
        id=row.id,
        reported_at=as_utc(row.reported_at),
        window=row.window,
        name_masked=mask_name(row.name),
        phone_masked=mask_phone(row.phone),
        kind=row.kind,
        matter_name=row.matter_name,
        failed_window=row.failed_window,
        state=row.state,
        assignee=row.assignee,
        due_date=row.due_date,
        due_estimated=row.due_estimated,
        overdue=is_overdue(row.state, row.due_date, today),
        version=row.version,
    )


def overview(session: Session, hall_code: str, today: date, closed_days: int) -> ReportsOverview:
    """Every report of the hall not closed, and those closed in the last `closed_days` days of
    the hall (today one of them), newest first; the counts are of all of them, not only those
    listed."""
    since, _ = hall_day_bounds(today - timedelta(days=closed_days - 1), today)
    in_hall = R.hall_code == hall_code
    shown = (R.state != _CLOSED) | (R.closed_at >= since)
    rows = session.execute(
        select(*_ITEM).where(in_hall, shown).order_by(R.reported_at.desc(), R.id.desc()).limit(MAX_LIST)
    ).all()
    states = dict(
        session.execute(
            select(R.state, func.count()).where(in_hall, R.state != _CLOSED).group_by(R.state)
        ).all()
    )
    late = select(func.count()).where(in_hall, R.state != _CLOSED, R.due_date < today)
    closed = select(func.count()).where(in_hall, R.state == _CLOSED, R.closed_at >= since)
    return ReportsOverview(
        items=[item(row, today) for row in rows],
        open=states.get(ReportState.OPEN.value, 0),
        assigned=states.get(ReportState.ASSIGNED.value, 0),
        answered=states.get(ReportState.ANSWERED.value, 0),
        overdue=session.scalar(late) or 0,
        closed_days=closed_days,
        closed=session.scalar(closed) or 0,
    )


def of_hall(session: Session, hall_code: str, report_id: str, lock: bool = False) -> UnresolvedReportRow:
    row = session.get(R, report_id[:36], with_for_update=lock)
    if row is None or row.hall_code != hall_code:
        raise NotFound(NOT_FOUND)
    return row


def detail(session: Session, row: UnresolvedReportRow, today: date) -> ReportDetail:
    events = session.scalars(
        select(UnresolvedReportEventRow)
        .where(UnresolvedReportEventRow.report_id == row.id)
        .order_by(UnresolvedReportEventRow.id)
    ).all()
    return ReportDetail(
        **item(row, today).model_dump(),
        name=row.name,
        phone=row.phone,
        description=row.description,
        matter_code=row.matter_code,
        case_number=row.case_number,
        registered_by=row.registered_by,
        outcome=row.outcome,
        resolution=row.resolution,
        reply=row.reply,
        reply_method=row.reply_method,
        replied_on=row.replied_on,
        events=[
            ReportEvent(kind=e.kind, at=as_utc(e.at), actor=e.actor, detail=e.detail or {}) for e in events
        ],
    )
