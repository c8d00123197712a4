"""预约's 号源 and rules as a hall has them, and a category's slots on a day as a booker sees them.

The hall's days come from its opening hours and closures (server/manager/calendar.hall_hours,
what the kiosk's opening check reads) and the State Council's working days with the years
entered on the server (server/calendar_years.server_calendar, what follow-up deadlines count
with); app.domain.appointments cuts them into slots and says what may be booked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.appointments import PAST, TOO_FAR, BookingRules, SlotPlan, bookable_days, day_slots
from app.domain.hall_hours import HallHours
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.messages import Message
from app.domain.working_days import WorkCalendar
from app.sync.appointment_protocol import DaySlots, SlotFree
from server.calendar_years import server_calendar
from server.manager.calendar import hall_hours
from server.store.models import AppointmentRow
from server.store.models_appointments import AppointmentPlanRow, AppointmentRulesRow

ALL_STARTED = "今天的预约时段均已开始，请选择其他日期"


@dataclass(frozen=True)
class HallDays:
    """What a hall's days are, read once per request: its hours, its working days, its clock."""

    hours: HallHours
    is_workday: Callable[[date], bool]
    now: datetime  # the hall's wall time (Asia/Shanghai)

    @property
    def today(self) -> date:
        return self.now.date()

    def bookable(self, plan: SlotPlan) -> tuple[date, ...]:
        return bookable_days(self.today, plan, self.hours, self.is_workday)


def hall_days(session: Session, hall_code: str, now: datetime, base: WorkCalendar | None = None) -> HallDays:
    """`base`: a deployment's own calendar under the years entered here (ctx.extras["calendar"])."""
    calendar = server_calendar(session, base)  # read per request: another process may enter a year
    return HallDays(hall_hours(session, hall_code), calendar.is_workday, now.astimezone(HALL_TIMEZONE))


def slot_plan(session: Session, hall_code: str, category: str, lock: bool = False) -> SlotPlan:
    """The category's 号源 (capacity 0 when it has none: no bookings). `lock`: the plan row held
    for this transaction, so bookings of the category are taken one after the other."""
    query = select(AppointmentPlanRow).where(
        AppointmentPlanRow.hall_code == hall_code, AppointmentPlanRow.category == category
    )
    row = session.scalars(query.with_for_update() if lock else query).first()
    if row is None:
        return SlotPlan(category, capacity=0)
    return SlotPlan(category, row.slot_minutes, row.capacity, row.horizon_days)


def slot_plans(session: Session, hall_code: str) -> dict[str, SlotPlan]:
    rows = session.scalars(select(AppointmentPlanRow).where(AppointmentPlanRow.hall_code == hall_code))
    return {r.category: SlotPlan(r.category, r.slot_minutes, r.capacity, r.horizon_days) for r in rows}


def booking_rules(session: Session, hall_code: str) -> BookingRules:
    row = session.get(AppointmentRulesRow, hall_code)
    if row is None:
        return BookingRules()
    return BookingRules(row.open_bookings_limit, row.no_show_limit, row.no_show_window_days, row.block_days)


def taken_by_slot(session: Session, hall_code: str, category: str, day: date) -> dict[str, int]:
    """Bookings not cancelled, per slot label, of the category's day."""
    a = AppointmentRow
    rows = session.execute(
        select(a.slot, func.count())
        .where(a.hall_code == hall_code, a.category == category, a.day == day, a.cancelled_at.is_(None))
        .group_by(a.slot)
    )
    return {slot: count for slot, count in rows}


def slots_of_day(session: Session, hall_code: str, category: str, day: date, days: HallDays) -> DaySlots:
    """The slots a booker may choose on `day` (today: those not yet started), with how many are
    taken, or why there are none; and the days bookable now."""
    plan = slot_plan(session, hall_code, category)
    bookable = days.bookable(plan)
    answer = DaySlots(category=category, day=day, bookable_days=list(bookable))
    found = day_slots(day, plan, days.hours, days.is_workday)
    if day < days.today:
        return answer.model_copy(update={"closed": str(Message(PAST, day=day.isoformat()))})
    if isinstance(found, Message):
        return answer.model_copy(update={"closed": str(found)})
    if not bookable or day > bookable[-1]:
        last = (bookable[-1] if bookable else days.today).isoformat()
        far = Message(TOO_FAR, days=plan.horizon_days, last=last, day=day.isoformat())
        return answer.model_copy(update={"closed": str(far)})
    taken = taken_by_slot(session, hall_code, category, day)
    open_slots = [s for s in found if day > days.today or s.start > days.now.time()]
    if not open_slots:
        return answer.model_copy(update={"closed": ALL_STARTED})
    slots = [SlotFree(label=s.label, capacity=plan.capacity, taken=taken.get(s.label, 0)) for s in open_slots]
    return answer.model_copy(update={"slots": slots})
