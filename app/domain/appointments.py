"""预约: bookable slots per service category and day, and the limits a hall sets on booking.

A hall gives each category a slot plan (号源): slots of so many minutes, so many bookings each,
bookable so many open days ahead. The slots of a day are the hall's opening sessions on that day
(hall_hours: workday hours with 延时 evenings, 不打烊 weekend hours, nothing on a public holiday
or a closure) cut into slots; a day the hall is closed has none, and says why.

The hall's booking rules: a person may hold so many bookings not yet due, one per category and
day; and whoever missed (爽约) `no_show_limit` bookings within `no_show_window_days` may not book
online for `block_days` from the last of them (at the window or by phone through the window they
still may: a person is there to hear why). A booking missed is one whose day has passed without
a check-in and that was not cancelled.

This module is the one answer to "which slots does this day have", "may this booking be made",
and "is this person barred from booking online, until when".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.domain.hall_hours import DayKind, HallHours, Session, day_kind
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError, text

IsWorkday = Callable[[date], bool]
MIN_SLOT_MINUTES, MAX_SLOT_MINUTES = 10, 240
MAX_CAPACITY = 999
MAX_HORIZON_DAYS = 60
LOOK_AHEAD = 120  # calendar days searched for the open days of a horizon (a long closure included)


class Channel(StrEnum):
    WINDOW = "window"  # booked at a window for a later visit
    PHONE = "phone"  # booked by phone through a window's clerk
    ONLINE = "online"  # booked through the online hall's API

    @property
    def label(self) -> Message:
        return Message(_CHANNELS[self])


_CHANNELS = {
    Channel.WINDOW: QT_TRANSLATE_NOOP("messages", "窗口预约"),
    Channel.PHONE: QT_TRANSLATE_NOOP("messages", "电话预约"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("messages", "网上预约"),
}


@dataclass(frozen=True)
class SlotPlan:
    """号源 of one category: `capacity` 0 takes no bookings."""

    category: str
    slot_minutes: int = 30
    capacity: int = 4
    horizon_days: int = 7  # open days ahead, today included while it has slots to come


@dataclass(frozen=True)
class BookingRules:
    open_bookings_limit: int = 3  # bookings not yet due one person may hold
    no_show_limit: int = 3
    no_show_window_days: int = 30
    block_days: int = 30


@dataclass(frozen=True, order=True)
class Slot:
    start: time
    end: time

    @property
    def label(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


# a hall that set no opening hours (its kiosk open at any time) is booked in the usual office
# hours of a working day, none at weekends: a booking is a promise to be served at a time
DEFAULT_WORKDAY = (Session(time(9), time(12)), Session(time(13, 30), time(17)))


class AppointmentRuleError(MessageError, ValueError):
    """A plan, rule or booking that cannot be taken; `message` says why in the clerk's words."""


PLAN_MINUTES = QT_TRANSLATE_NOOP("messages", "每个时段应为{low}至{high}分钟，现为{value}")
PLAN_CAPACITY = QT_TRANSLATE_NOOP("messages", "每个时段可约人数应为0至{high}，现为{value}")
PLAN_HORIZON = QT_TRANSLATE_NOOP("messages", "可提前预约的天数应为1至{high}，现为{value}")
RULE_VALUE = QT_TRANSLATE_NOOP("messages", "{what}应为{low}至{high}，现为{value}")
OPEN_LIMIT = QT_TRANSLATE_NOOP("messages", "每人未到期的预约数")
NO_SHOW_LIMIT = QT_TRANSLATE_NOOP("messages", "爽约次数")
NO_SHOW_WINDOW = QT_TRANSLATE_NOOP("messages", "爽约统计天数")
BLOCK_DAYS = QT_TRANSLATE_NOOP("messages", "限制网上预约天数")

CLOSED = QT_TRANSLATE_NOOP("messages", "{day}大厅闭厅（{reason}），不能预约")
HOLIDAY = QT_TRANSLATE_NOOP("messages", "{day}是法定节假日，大厅不开放，不能预约")
REST_DAY = QT_TRANSLATE_NOOP("messages", "{day}大厅休息，不能预约")
NOT_BOOKABLE = QT_TRANSLATE_NOOP("messages", "该业务类别不接受预约")
PAST = QT_TRANSLATE_NOOP("messages", "{day}已过，不能预约")
TOO_FAR = QT_TRANSLATE_NOOP("messages", "最多可预约{days}个开放日内（至{last}），{day}还不能预约")
NO_SUCH_SLOT = QT_TRANSLATE_NOOP("messages", "{day}没有{slot}这个时段（当天时段：{slots}）")
STARTED = QT_TRANSLATE_NOOP("messages", "{slot}时段已开始，不能再预约")
FULL = QT_TRANSLATE_NOOP("messages", "{day} {slot}已约满（{capacity}人），请选其他时段")
SAME_DAY = QT_TRANSLATE_NOOP("messages", "该申请人已预约{day}的此类业务（{slot}），不能重复预约")
TOO_MANY = QT_TRANSLATE_NOOP("messages", "该申请人已有{count}个未到期的预约（每人最多{limit}个）")
BLOCKED = QT_TRANSLATE_NOOP(
    "messages", "该申请人{window}天内爽约已达{count}次，{until}前不能网上预约；可到窗口或电话预约"
)


def check_plan(plan: SlotPlan) -> None:
    if not MIN_SLOT_MINUTES <= plan.slot_minutes <= MAX_SLOT_MINUTES:
        raise AppointmentRuleError(
            Message(PLAN_MINUTES, low=MIN_SLOT_MINUTES, high=MAX_SLOT_MINUTES, value=plan.slot_minutes)
        )
    if not 0 <= plan.capacity <= MAX_CAPACITY:
        raise AppointmentRuleError(Message(PLAN_CAPACITY, high=MAX_CAPACITY, value=plan.capacity))
    if not 1 <= plan.horizon_days <= MAX_HORIZON_DAYS:
        raise AppointmentRuleError(Message(PLAN_HORIZON, high=MAX_HORIZON_DAYS, value=plan.horizon_days))


def check_rules(rules: BookingRules) -> None:
    for what, value, low, high in (
        (OPEN_LIMIT, rules.open_bookings_limit, 1, 20),
        (NO_SHOW_LIMIT, rules.no_show_limit, 1, 20),
        (NO_SHOW_WINDOW, rules.no_show_window_days, 1, 366),
        (BLOCK_DAYS, rules.block_days, 1, 366),
    ):
        if not low <= value <= high:
            raise AppointmentRuleError(
                Message(RULE_VALUE, what=Message(what), low=low, high=high, value=value)
            )


def day_slots(
    day: date, plan: SlotPlan, hours: HallHours, is_workday: IsWorkday
) -> tuple[Slot, ...] | Message:
    """The day's slots of this category, in order; or why the day has none."""
    closure = hours.closure_on(day)
    if closure is not None:
        return Message(CLOSED, day=day.isoformat(), reason=text(closure.reason))
    if not hours.hours_set:  # the kiosk is then open always; bookings keep office hours
        hours = replace(hours, workday=DEFAULT_WORKDAY)
    kind = day_kind(day, is_workday)
    if kind is DayKind.HOLIDAY:
        return Message(HOLIDAY, day=day.isoformat())
    sessions = hours.sessions(kind)
    if not sessions:
        return Message(REST_DAY, day=day.isoformat())
    if plan.capacity == 0:
        return Message(NOT_BOOKABLE)
    step = timedelta(minutes=plan.slot_minutes)
    slots: list[Slot] = []
    for session in sessions:
        start = datetime.combine(day, session.opens)
        end = datetime.combine(day, session.closes)
        while start + step <= end:  # a stretch shorter than a slot at the end is not offered
            slots.append(Slot(start.time(), (start + step).time()))
            start += step
    return tuple(slots)


def bookable_days(today: date, plan: SlotPlan, hours: HallHours, is_workday: IsWorkday) -> tuple[date, ...]:
    """The next `horizon_days` days the hall is open for this category, today first when open:
    a holiday or a closure in between pushes the horizon past it rather than eating it."""
    days: list[date] = []
    for offset in range(LOOK_AHEAD):
        day = today + timedelta(days=offset)
        if not isinstance(day_slots(day, plan, hours, is_workday), Message):
            days.append(day)
            if len(days) == plan.horizon_days:
                break
    return tuple(days)


def blocked_until(no_show_days: list[date], today: date, rules: BookingRules) -> date | None:
    """The first day the person may book online again, while `no_show_limit` missed bookings
    fall within `no_show_window_days` of each other; None when not barred today."""
    days = sorted(no_show_days)
    until: date | None = None
    n = rules.no_show_limit
    for i in range(len(days) - n + 1):
        first, last = days[i], days[i + n - 1]
        if (last - first).days < rules.no_show_window_days:
            candidate = last + timedelta(days=rules.block_days)
            until = candidate if until is None or candidate > until else until
    return until if until is not None and until > today else None


@dataclass(frozen=True)
class PersonBookings:
    """What the hall knows of the person booking (found by their ID number)."""

    no_show_days: tuple[date, ...] = ()  # days of bookings they missed
    open_bookings: int = 0  # bookings not yet due (not cancelled, not checked in, day >= today)
    same_day_slot: str = ""  # their booking of this category on the day asked for, if any


def booking_problem(
    *,
    day: date,
    slot_label: str,
    plan: SlotPlan,
    rules: BookingRules,
    hours: HallHours,
    is_workday: IsWorkday,
    now: datetime,
    taken: int,
    person: PersonBookings,
    channel: Channel,
) -> Message | None:
    """Why this booking cannot be made (the first reason), or None. `now` is the hall's wall
    time; `taken` the slot's bookings already made (cancelled ones not counted)."""
    today = now.date()
    if day < today:
        return Message(PAST, day=day.isoformat())
    slots = day_slots(day, plan, hours, is_workday)
    if isinstance(slots, Message):
        return slots
    horizon = bookable_days(today, plan, hours, is_workday)
    if not horizon or day > horizon[-1]:
        last = horizon[-1].isoformat() if horizon else today.isoformat()
        return Message(TOO_FAR, days=plan.horizon_days, last=last, day=day.isoformat())
    slot = next((s for s in slots if s.label == slot_label), None)
    if slot is None:
        listed = "、".join(s.label for s in slots)
        return Message(NO_SUCH_SLOT, day=day.isoformat(), slot=slot_label, slots=listed)
    if day == today and slot.start <= now.time():
        return Message(STARTED, slot=slot.label)
    if channel is Channel.ONLINE:
        until = blocked_until(list(person.no_show_days), today, rules)
        if until is not None:
            window, limit = rules.no_show_window_days, rules.no_show_limit
            return Message(BLOCKED, window=window, count=limit, until=until.isoformat())
    if person.same_day_slot:
        return Message(SAME_DAY, day=day.isoformat(), slot=person.same_day_slot)
    if person.open_bookings >= rules.open_bookings_limit:
        return Message(TOO_MANY, count=person.open_bookings, limit=rules.open_bookings_limit)
    if taken >= plan.capacity:
        return Message(FULL, day=day.isoformat(), slot=slot.label, capacity=plan.capacity)
    return None
