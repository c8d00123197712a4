"""The years of the holiday schedule entered on the server, and the calendar the server counts with.

A year is entered (`enter_year`: `onewindow-server calendar import FILE` until the hall manager's
console does it) in one transaction with its change-log entry (ChangeKind.CALENDAR, for every
hall), so each terminal stores it with its next pull and recounts the promised dates it had to
estimate (暂按周末计算). The server's own back office counts with the stored years at once
(`server_calendar`, read per request: another server process may have entered one).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.calendar_years import dump_year, parse_year
from app.domain.working_days import CalendarOverridesError, WorkCalendar, YearSchedule
from app.sync.protocol import ChangeKind
from server.auth.audit import audit
from server.store.models import CalendarYearRow
from server.sync.change_log import record_change

ALL_HALLS = "*"  # the State Council's schedule holds for every hall


def enter_year(session: Session, schedule: YearSchedule, by: str, now: datetime) -> bool:
    """Store `schedule` (replacing the year's earlier entry) and log it for every hall.

    False when the same schedule was already stored: nothing is written, no terminal is poked.
    """
    data = dump_year(schedule)
    row = session.get(CalendarYearRow, schedule.year, with_for_update=True)
    if row is not None and _same(row.schedule, schedule):
        return False
    if row is None:
        row = CalendarYearRow(year=schedule.year)
        session.add(row)
    row.schedule, row.entered_at, row.entered_by = data, now, by[:64]
    session.flush()
    record_change(session, ALL_HALLS, ChangeKind.CALENDAR, str(schedule.year), data)
    audit(session, now, "calendar_year_entered", username=by[:64], detail=f"{schedule.year}年节假日安排")
    return True


def stored_years(session: Session) -> dict[int, YearSchedule]:
    years: dict[int, YearSchedule] = {}
    for row in session.scalars(select(CalendarYearRow)):
        try:
            years[row.year] = parse_year(row.schedule)
        except CalendarOverridesError:  # stored by enter_year, so checked: a hand edit gone wrong
            continue
    return years


def server_calendar(session: Session, base: WorkCalendar | None = None) -> WorkCalendar:
    """`base` (the packaged schedule, or a deployment's own) with the years entered here."""
    base = base or WorkCalendar()
    years = stored_years(session)
    return base.with_years(years) if years else base


def _same(stored: dict, schedule: YearSchedule) -> bool:
    try:
        return parse_year(stored) == schedule
    except CalendarOverridesError:
        return False
