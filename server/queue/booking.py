"""Booking 预约, through app.domain.appointments.booking_problem (cancelling: appointments.py).

A booking holds two locks, always in this order, so that none can deadlock another: the person's
(a PostgreSQL advisory lock on their ID hash: their limits count bookings of every category) and
then its category's plan row (FOR UPDATE: a slot's last place goes to one booking). Under them it
reads what the rules need — the slot's bookings taken, the person's open bookings, no-shows and
booking of that category that day — and writes. SQLite takes its one write lock at BEGIN.

The code identifies a booking of a day. The same booking sent again (same code, person, slot
and details) answers as the first did, even once the slot is full; a different one under the
same code is refused (appointment_exists). Two racing with one code: the loser's insert fails on
the unique key, and it is run again as a resend (common.retrying).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain.appointments import (
    BLOCKED,
    FULL,
    SAME_DAY,
    TOO_MANY,
    BookingRules,
    Channel,
    PersonBookings,
    booking_problem,
)
from app.domain.plain_text import text_problem
from app.domain.working_days import WorkCalendar
from app.sync.appointment_protocol import BookingAnswer, BookingRequest
from server.context import ServerContext
from server.queue.appointment_plans import booking_rules, hall_days, slot_plan
from server.queue.appointments import answer_of
from server.queue.common import HallQueue, id_hash, id_hashes, load_hall, retrying
from server.refusals import BadRequest, Conflict
from server.sealing.columns import keyring_of
from server.store.models import AppointmentRow
from server.sync.catalog_codes import current_codes

PERSON_LOCKS = 0x6F77_6170  # "owap": the advisory-lock space of the people booking
RACED = "预约请求与其他请求冲突，未生效，请重试"
# the refusals a booker acts on differently carry codes of their own (else booking_refused)
_CODES = {
    FULL: "slot_full",
    BLOCKED: "booking_blocked",
    SAME_DAY: "already_booked",
    TOO_MANY: "too_many_bookings",
}
_PHONE = re.compile(r"^\+?[0-9][0-9 -]{5,18}[0-9]$")


def checked(request: BookingRequest) -> BookingRequest:
    """The request trimmed as it will be kept, or BadRequest saying what to correct."""
    fields = {
        "category": "业务类别",
        "name": "姓名",
        "id_number": "证件号码",
        "phone": "手机号码",
        "matter_code": "事项编码",
        "matter_name": "事项名称",
    }
    for field, label in fields.items():
        problem = text_problem(getattr(request, field))
        if problem:
            raise BadRequest(f"{label}{problem}")
    trimmed = request.model_copy(
        update={
            "code": request.code.strip().upper(),
            **{field: getattr(request, field).strip() for field in fields},
            "id_number": request.id_number.strip().upper(),
        }
    )
    if not trimmed.name:
        raise BadRequest("请填写预约人的姓名")
    if not _PHONE.match(trimmed.phone):
        raise BadRequest("手机号码格式不正确（应为7至20位数字），提醒短信无法送达")  # not echoed: a phone
    return trimmed


def book(ctx: ServerContext, hall_code: str, request: BookingRequest, channel: Channel) -> BookingAnswer:
    """Book for the caller's hall (the rules of app.domain.appointments; Conflict saying why)."""
    request = checked(request)
    base = ctx.extras.get("calendar")
    return retrying(ctx, lambda s, _resent: _book(s, hall_code, request, channel, ctx.now(), base), RACED)


def _book(
    session: Session,
    hall_code: str,
    request: BookingRequest,
    channel: Channel,
    now: datetime,
    base: WorkCalendar | None,
) -> BookingAnswer:
    hall = load_hall(session, hall_code)
    category = hall.category(request.category)
    _check_matter(session, request)
    keyring = keyring_of(session.get_bind())
    own = id_hash(keyring, hall_code, request.id_number)  # what is stored, and the person's lock
    hashes = id_hashes(keyring, hall_code, request.id_number)  # what their bookings may carry
    _lock_person(session, hall_code, own)
    plan = slot_plan(session, hall_code, category.code, lock=True)
    existing = _by_code(session, hall_code, request)
    if existing is not None:
        return _resent(existing, request, channel, hashes, hall, now)
    days = hall_days(session, hall_code, now, base)
    rules = booking_rules(session, hall_code)
    problem = booking_problem(
        day=request.day,
        slot_label=request.slot,
        plan=plan,
        rules=rules,
        hours=days.hours,
        is_workday=days.is_workday,
        now=days.now,
        taken=_taken(session, hall_code, category.code, request),
        person=_person(session, hall_code, hashes, category.code, request, days.today, rules),
        channel=channel,
    )
    if problem is not None:
        raise Conflict(str(problem), code=_CODES.get(problem.template, "booking_refused"))
    row = store_booking(session, hall_code, request, channel, now, own)
    return answer_of(row, hall, now)


def store_booking(
    session: Session, hall_code: str, request: BookingRequest, channel: Channel, now: datetime, person: str
) -> AppointmentRow:
    """Write the booking as it is (no rules: book() has checked them; the demo seed books its
    sample day with this)."""
    row = AppointmentRow(
        hall_code=hall_code,
        day=request.day,
        code=request.code,
        category=request.category,
        id_hash=person,  # common.id_hash of the ID number: the number itself is never stored
        name=request.name,
        slot=request.slot,
        booked_at=now,
        ticket="",
        channel=channel.value,
        matter_code=request.matter_code,
        matter_name=request.matter_name,
        phone=request.phone,
    )
    session.add(row)
    session.flush()
    return row


def _check_matter(session: Session, request: BookingRequest) -> None:
    if not request.matter_code:
        return
    codes = current_codes(session)
    if codes is not None and request.matter_code not in codes:
        raise BadRequest(f"事项清单中没有编码为“{request.matter_code}”的事项，请核对")


def _lock_person(session: Session, hall_code: str, id_hash: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:space, hashtext(:key))"),
            {"space": PERSON_LOCKS, "key": f"{hall_code}:{id_hash}"},
        )


def _by_code(session: Session, hall_code: str, request: BookingRequest) -> AppointmentRow | None:
    a = AppointmentRow
    return session.scalars(
        select(a).where(a.hall_code == hall_code, a.day == request.day, a.code == request.code)
    ).first()


def _resent(
    row: AppointmentRow,
    request: BookingRequest,
    channel: Channel,
    hashes: list[str],
    hall: HallQueue,
    now: datetime,
) -> BookingAnswer:
    stored = (row.category, row.slot, row.channel, row.name, row.phone, row.matter_code, row.matter_name)
    asked = (
        request.category,
        request.slot,
        channel.value,
        request.name,
        request.phone,
        request.matter_code,
        request.matter_name,
    )
    if row.id_hash not in hashes or stored != asked:
        taken = f"{request.day.isoformat()}已有预约码为{request.code}的另一预约，请换一个预约码"
        raise Conflict(taken, code="appointment_exists")
    return answer_of(row, hall, now)


def _taken(session: Session, hall_code: str, category: str, request: BookingRequest) -> int:
    a = AppointmentRow
    return session.scalar(
        select(func.count()).where(
            a.hall_code == hall_code,
            a.category == category,
            a.day == request.day,
            a.slot == request.slot,
            a.cancelled_at.is_(None),
        )
    )


def _person(
    session: Session,
    hall_code: str,
    hashes: list[str],
    category: str,
    request: BookingRequest,
    today: date,
    rules: BookingRules,
) -> PersonBookings:
    """The person's bookings the rules weigh: no-show days recent enough to bar them still,
    bookings not yet due, and their booking of this category on the day asked."""
    a = AppointmentRow
    since = today - timedelta(days=rules.no_show_window_days + rules.block_days)
    rows = session.execute(
        select(a.day, a.category, a.slot, a.checked_in_at).where(
            a.hall_code == hall_code,
            a.id_hash.in_(hashes),
            a.day >= since,
            a.cancelled_at.is_(None),
        )
    ).all()
    same = [r.slot or "未定时段" for r in rows if r.day == request.day and r.category == category]
    return PersonBookings(
        no_show_days=tuple(r.day for r in rows if r.day < today and r.checked_in_at is None),
        open_bookings=sum(1 for r in rows if r.day >= today and r.checked_in_at is None),
        same_day_slot=same[0] if same else "",
    )
