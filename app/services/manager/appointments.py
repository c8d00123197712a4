"""预约号源 in the console (节假日与营业时间, Ctrl+6): per service category, how long a slot is, how
many bookings it takes (0: none), how many open days ahead it can be booked; and the hall's
booking rules (open bookings per person, 爽约 counted over so many days bars online booking for
so many days). The slots themselves are cut from the hall's hours on the same tab.

Every category of the hall is listed, those without a plan at 0 (不接受预约). What is typed is
checked with the domain's rules (app/domain/appointments.check_plan, check_rules) before it is
sent, the problem naming its category and field; the server checks the same and its 400 reason
is shown as it came. A save sends the categories that have a plan or are given places now (one
set back to 0 stays, at 0: the same as none).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.domain.appointments import (
    BLOCK_DAYS,
    NO_SHOW_LIMIT,
    NO_SHOW_WINDOW,
    OPEN_LIMIT,
    PLAN_CAPACITY,
    PLAN_HORIZON,
    PLAN_MINUTES,
    AppointmentRuleError,
    BookingRules,
    SlotPlan,
    check_plan,
    check_rules,
    day_slots,
)
from app.domain.hall_hours import HallHours
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of, text
from app.services.errors import ServiceError
from app.sync.appointment_protocol import AppointmentSettings, BookingRulesItem, SlotPlanItem
from app.sync.manager_appointments_transport import AppointmentPlansTransport
from app.sync.transport import TransportError

_A_MONDAY = date(2024, 1, 1)  # any Monday: a workday's sessions, counted with no calendar
OF_CATEGORY = QT_TRANSLATE_NOOP("messages", "{category}：{problem}")
_PLAN_FIELDS = {PLAN_MINUTES: "slot_minutes", PLAN_CAPACITY: "capacity", PLAN_HORIZON: "horizon_days"}
_RULE_FIELDS = {
    OPEN_LIMIT: "open_bookings_limit",
    NO_SHOW_LIMIT: "no_show_limit",
    NO_SHOW_WINDOW: "no_show_window_days",
    BLOCK_DAYS: "block_days",
}


class PlansRefused(ServiceError):
    """Nothing was stored. `category` and `field` name the value to correct ("" when the
    server's reason names no one value)."""

    def __init__(self, message: Message | str, category: str = "", field: str = "") -> None:
        super().__init__(message)
        self.category, self.field = category, field


@dataclass(frozen=True)
class PlanRow:
    category: str
    name: str
    slot_minutes: int = 30
    capacity: int = 0  # 0: 不接受预约
    horizon_days: int = 7
    planned: bool = False  # the hall holds a plan for it

    def plan(self) -> SlotPlan:
        return SlotPlan(self.category, self.slot_minutes, self.capacity, self.horizon_days)


@dataclass(frozen=True)
class PlansPage:
    rows: tuple[PlanRow, ...]  # every category of the hall, in its order
    rules: BookingRules


class AppointmentPlans:
    def __init__(self, transport: AppointmentPlansTransport) -> None:
        self.transport = transport

    def load(self) -> PlansPage:
        settings = _call(self.transport.settings)
        categories = tuple((c.code, c.name) for c in _call(self.transport.categories))
        return page_of(settings, categories)

    def save(self, rows: list[PlanRow] | tuple[PlanRow, ...], rules: BookingRules) -> PlansPage:
        for row in rows:
            try:
                check_plan(row.plan())
            except AppointmentRuleError as exc:
                said = Message(OF_CATEGORY, category=text(row.name), problem=exc.message)
                raise PlansRefused(said, row.category, _PLAN_FIELDS.get(exc.message.template, "")) from None
        try:
            check_rules(rules)
        except AppointmentRuleError as exc:
            what = exc.message.args.get("what")
            raise PlansRefused(exc.message, "", _RULE_FIELDS.get(getattr(what, "template", ""), "")) from None
        body = AppointmentSettings(
            plans=[
                SlotPlanItem(
                    category=r.category,
                    slot_minutes=r.slot_minutes,
                    capacity=r.capacity,
                    horizon_days=r.horizon_days,
                )
                for r in rows
                if r.planned or r.capacity > 0
            ],
            rules=BookingRulesItem(**vars(rules)),
        )
        answer = _call(lambda: self.transport.save(body))
        return page_of(answer, tuple((r.category, r.name) for r in rows))


def page_of(settings: AppointmentSettings, categories: tuple[tuple[str, str], ...]) -> PlansPage:
    plans = {p.category: p for p in settings.plans}
    rows = [
        PlanRow(code, name, p.slot_minutes, p.capacity, p.horizon_days, True)
        if (p := plans.get(code)) is not None
        else PlanRow(code, name)
        for code, name in categories
    ]
    # a plan of a category the list did not name (renamed meanwhile) is still shown, not dropped
    rows += [
        PlanRow(p.category, p.category_name or p.category, p.slot_minutes, p.capacity, p.horizon_days, True)
        for p in settings.plans
        if p.category not in {code for code, _ in categories}
    ]
    r = settings.rules
    rules = BookingRules(r.open_bookings_limit, r.no_show_limit, r.no_show_window_days, r.block_days)
    return PlansPage(tuple(rows), rules)


def _call(fn):
    try:
        return fn()
    except TransportError as exc:
        raise PlansRefused(message_of(exc)) from exc


def workday_places(row: PlanRow, hours: HallHours) -> tuple[int, int]:
    """(slots, bookings) of an ordinary workday under `row` and the hall's hours: what a plan
    means in a day, beside its figures (0, 0 without hours or places)."""
    if row.capacity <= 0 or not hours.hours_set:
        return 0, 0
    try:
        check_plan(row.plan())  # a slot of 0 minutes typed halfway would never end the count
    except AppointmentRuleError:
        return 0, 0
    slots = day_slots(_A_MONDAY, row.plan(), replace(hours, closures=()), lambda _day: True)
    count = 0 if isinstance(slots, Message) else len(slots)
    return count, count * row.capacity
