"""The hall calendar on the server: the State Council's years, and the hall's hours and closures.

- Years are every hall's (server/calendar_years.py's `enter_year`: one transaction, one
  change-log entry for every hall). A hall manager may enter a year nobody knows yet; replacing a
  year already known (the package's, or one entered before) moves every hall's dates, so it is an
  admin's. Before saving, `preview_year` counts the hall's open cases whose estimated promised
  date (暂按周末计算) the terminals will move when they recount.
- Hours and closures are the hall's (`hall_calendars`), sent to its terminals inside HallConfig
  (ChangeKind.HALL), and checked when a number is issued (`refuse_when_closed`). They never
  change the working days that time limits count.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.calendar_years import parse_year
from app.domain.case_status import CaseStatus
from app.domain.hall_hours import DayKind, HallHours, HallHoursError, day_kind, dump_hours, parse_hours
from app.domain.hall_time import hall_date
from app.domain.matters import LimitUnit
from app.domain.working_days import CalendarOverridesError, ScheduleSource, WorkCalendar, YearSchedule
from app.sync.manager_calendar import (
    MAX_MOVED_LISTED,
    CalendarOverview,
    HallHoursModel,
    MovedCase,
    YearEntry,
    YearPreview,
    YearView,
)
from server.auth.audit import audit
from server.calendar_years import enter_year, server_calendar, stored_years
from server.refusals import BadRequest, Conflict, Forbidden
from server.store.models import CalendarYearRow, ServerCaseRow
from server.store.models_calendar import HallCalendarRow

NOTICE_DAYS = 14  # closures announced on the display this long ahead
OPEN_STATES = (CaseStatus.ACCEPTED.value, CaseStatus.IN_PROGRESS.value, CaseStatus.SUSPENDED.value)
_SOURCES = {
    ScheduleSource.OFFICIAL: "official",
    ScheduleSource.HALL: "entered",
    ScheduleSource.PROVISIONAL: "missing",
    ScheduleSource.MISSING: "missing",
}


# --- years ------------------------------------------------------------------------------------
def overview(
    session: Session, hall_code: str, now: datetime, may_replace: bool, base: WorkCalendar | None = None
) -> CalendarOverview:
    """Last year to next year, and every year entered, with the hall's hours (`base`: the
    deployment's calendar under the years entered here, as the back office counts)."""
    calendar = server_calendar(session, base)
    rows = {row.year: row for row in session.scalars(select(CalendarYearRow))}
    this_year = hall_date(now).year
    years = sorted({this_year - 1, this_year, this_year + 1, *rows})
    return CalendarOverview(
        years=[year_view(calendar, year, rows.get(year)) for year in years],
        hours=HallHoursModel.of(hall_hours(session, hall_code)),
        may_replace_years=may_replace,
    )


def year_view(calendar: WorkCalendar, year: int, row: CalendarYearRow | None = None) -> YearView:
    source = _SOURCES[calendar.year_source(year)]
    if source == "missing":
        return YearView(year=year, source=source)
    holidays, workdays = days_of(calendar, year)
    if row is None:
        return YearView(year=year, source=source, holidays=holidays, workdays=workdays)
    return YearView(
        year=year,
        source=source,
        holidays=holidays,
        workdays=workdays,
        note=str((row.schedule or {}).get("source") or ""),
        entered_by=row.entered_by,
        entered_at=row.entered_at,
    )


def days_of(calendar: WorkCalendar, year: int) -> tuple[list[date], list[date]]:
    """The year's days off that are not ordinary weekends (休), and its weekend days worked (班)."""
    holidays, workdays = [], []
    day = date(year, 1, 1)
    while day.year == year:
        if day_kind(day, calendar.is_workday) is DayKind.HOLIDAY:
            holidays.append(day)
        elif day.weekday() >= 5 and calendar.is_workday(day):
            workdays.append(day)
        day += timedelta(days=1)
    return holidays, workdays


def schedule_of(year: int, entry: YearEntry) -> YearSchedule:
    """The entry checked as a schedule file is (app/domain/calendar_years.py), and no day twice."""
    for name, days in (("放假日期", entry.holidays), ("调休上班日期", entry.workdays)):
        seen: set[date] = set()
        for day in days:
            if day in seen:
                raise BadRequest(
                    f"{day.isoformat()}在{name}中出现了两次，请只保留一次。", code="bad_schedule"
                )
            seen.add(day)
    data = {
        "year": year,
        "source": entry.source.strip(),
        "holidays": [d.isoformat() for d in entry.holidays],
        "workdays": [d.isoformat() for d in entry.workdays],
    }
    try:
        return parse_year(data)
    except CalendarOverridesError as exc:
        raise BadRequest(str(exc.message), code="bad_schedule") from None


def preview_year(
    session: Session, hall_code: str, schedule: YearSchedule, base: WorkCalendar | None = None
) -> YearPreview:
    """What entering `schedule` changes, counted as the terminals' recount will (nothing stored)."""
    before = server_calendar(session, base)
    after = before.with_years({schedule.year: schedule})
    off_before = _days_off(before, schedule.year)
    off_after = _days_off(after, schedule.year)
    moved: list[MovedCase] = []
    estimated = 0
    query = select(ServerCaseRow.number, ServerCaseRow.promised_date, ServerCaseRow.snapshot).where(
        ServerCaseRow.hall_code == hall_code,
        ServerCaseRow.status.in_(OPEN_STATES),
        ServerCaseRow.promised_date >= date(schedule.year, 1, 1),
    )
    for number, promised, snapshot in session.execute(query):
        snapshot = snapshot or {}
        accepted = _accepted_day(snapshot)
        if accepted is None or accepted.year > schedule.year or not snapshot.get("promised_estimated"):
            continue
        unit = (snapshot.get("promised_limit") or {}).get("unit", LimitUnit.WORKING_DAYS)
        if unit != LimitUnit.WORKING_DAYS:
            continue
        estimated += 1
        due = after.due_date(accepted, before.working_days_between(accepted, promised))
        if due.day != promised:
            moved.append(MovedCase(number=number, before=promised, after=due.day, estimated=due.estimated))
    moved.sort(key=lambda m: (m.before, m.number))
    return YearPreview(
        year=schedule.year,
        replaces=before.year_source(schedule.year) is not ScheduleSource.MISSING,
        added_days_off=len(off_after - off_before),
        removed_days_off=len(off_before - off_after),
        estimated_cases=estimated,
        moved=len(moved),
        cases=moved[:MAX_MOVED_LISTED],
    )


def enter_hall_year(
    session: Session,
    hall_code: str,
    schedule: YearSchedule,
    by: str,
    now: datetime,
    may_replace: bool,
    base: WorkCalendar | None = None,
) -> YearPreview:
    """Store the year for every hall (one transaction with its change-log entry)."""
    preview = preview_year(session, hall_code, schedule, base)
    if stored_years(session).get(schedule.year) == schedule:
        # a resend (its answer lost on the way): entered already as it is, nothing to write
        return preview.model_copy(update={"stored": True})
    if preview.replaces and not may_replace:
        raise Forbidden(
            f"{schedule.year}年的节假日安排已有（程序自带或已录入），修改会影响所有大厅的承诺日期，"
            "请由系统管理员修改。",
            code="year_known",
        )
    enter_year(session, schedule, by, now)
    return preview.model_copy(update={"stored": True})


def _days_off(calendar: WorkCalendar, year: int) -> set[date]:
    first = date(year, 1, 1)
    days = (first + timedelta(days=i) for i in range((date(year + 1, 1, 1) - first).days))
    return {d for d in days if not calendar.is_workday(d)}


def _accepted_day(snapshot: dict) -> date | None:
    try:
        return datetime.fromisoformat(str(snapshot.get("accepted_at"))).date()
    except ValueError:
        return None


# --- the hall's hours and closures --------------------------------------------------------------
def hall_hours(session: Session, hall_code: str) -> HallHours:
    row = session.get(HallCalendarRow, hall_code)
    if row is None:
        return HallHours()
    try:
        return parse_hours(row.hours)
    except HallHoursError:  # written by set_hall_hours, so checked: a hand edit gone wrong
        return HallHours()


def set_hall_hours(
    session: Session, hall_code: str, hours: HallHoursModel, by: str, now: datetime
) -> HallHours:
    """Replace the hall's hours and closures, and send the hall's configuration to its terminals."""
    from server.halls import log_hall  # server.halls reads the hours from here for HallConfig

    try:
        checked = hours.domain()
    except HallHoursError as exc:
        raise BadRequest(str(exc.message), code="bad_hours") from None
    row = session.get(HallCalendarRow, hall_code, with_for_update=True)
    if row is None:
        row = HallCalendarRow(hall_code=hall_code)
        session.add(row)
    row.hours, row.updated_at, row.updated_by = dump_hours(checked), now, by[:64]
    session.flush()
    detail = "；".join(str(line) for line in checked.summary()) or "未设办公时间"
    audit(session, now, "hall_hours_set", username=by[:64], detail=f"{detail}；闭厅{len(checked.closures)}次")
    log_hall(session, hall_code)
    return checked


def hours_notices(session: Session, hall_code: str, today: date) -> list[str]:
    """What the hall display adds to its notices: the hours, and the closures of the next weeks."""
    hours = hall_hours(session, hall_code)
    lines = [f"办公时间：{'；'.join(str(line) for line in hours.summary())}"] if hours.hours_set else []
    soon = today + timedelta(days=NOTICE_DAYS)
    for c in hours.closures:
        if c.last >= today and c.first <= soon:
            days = c.first.isoformat() if c.first == c.last else f"{c.first}至{c.last}"
            lines.append(f"{days}闭厅（{c.reason}），暂停办理业务")
    return lines


def refuse_when_closed(session: Session, hall_code: str, now: datetime) -> None:
    """Conflict hall_closed, naming the next opening, when the hall is closed at `now`."""
    row = session.get(HallCalendarRow, hall_code)
    if row is None:
        return  # no hours set: open at any time, as before the console
    status = hall_hours(session, hall_code).status(now, server_calendar(session).is_workday)
    if not status.open:
        raise Conflict(str(status.refusal()), code="hall_closed")
