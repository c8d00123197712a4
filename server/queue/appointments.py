"""Appointments (预约): booked ahead for a day, category and slot (server/queue/booking.py),
checked in at the kiosk by the appointment code or by swiping the ID card booked with; a
checked-in ticket gets priority and carries the booking's matter to the window that calls it.
Cancelled by the booker (their ID number) until its slot begins.

A booking cancelled cannot be checked in, nor one of another day: a day passed is a no-show
(爽约, counted against online booking), a day to come is checked in on that day.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.appointments import Channel
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.masking import mask_name
from app.sync.appointment_protocol import BookingAnswer, CancelRequest
from server.context import ServerContext
from server.queue.common import HallQueue, id_hashes, load_hall
from server.refusals import Conflict
from server.sealing.columns import keyring_of
from server.store.db import as_utc
from server.store.models import AppointmentRow

NO_APPOINTMENT = "no_appointment"


def check_in(
    session: Session, hall_code: str, day: date, code: str, hashes: list[str], now: datetime
) -> AppointmentRow:
    """Today's appointment by code (else by the ID card), marked checked in; Conflict
    no_appointment, saying why, when there is none to check in."""
    a = AppointmentRow
    query = select(a).where(a.hall_code == hall_code, a.day == day)
    if code:
        query = query.where(a.code == code.upper())
    elif hashes:
        # the card's booking still to check in first, then one already checked in or cancelled
        query = query.where(a.id_hash.in_(hashes)).order_by(
            a.checked_in_at.is_not(None), a.cancelled_at.is_not(None)
        )
    query = query.order_by(a.slot, a.id).limit(1).with_for_update()
    found = session.scalars(query).first()
    if found is None:
        raise Conflict(_not_today(session, hall_code, day, code), code=NO_APPOINTMENT)
    if found.checked_in_at is not None:
        raise Conflict(
            f"预约{found.code}已于今天签到并领取{found.ticket or '排队'}号，请勿重复签到", code=NO_APPOINTMENT
        )
    if found.cancelled_at is not None:
        raise Conflict(f"预约{found.code}已取消，不能签到；请现场取号或重新预约", code=NO_APPOINTMENT)
    found.checked_in_at = now
    return found


def _not_today(session: Session, hall_code: str, today: date, code: str) -> str:
    what = f"预约码{code.upper()}" if code else "该身份证"
    if code:  # the code of another day: say which, so the applicant knows what happened
        a = AppointmentRow
        other = session.scalars(
            select(a).where(a.hall_code == hall_code, a.code == code.upper()).order_by(a.day.desc()).limit(1)
        ).first()
        if other is not None and other.cancelled_at is None and other.checked_in_at is None:
            if other.day < today:
                return f"预约{other.code}的日期是{other.day.isoformat()}，已过期未签到，不能签到；请现场取号"
            return f"预约{other.code}的日期是{other.day.isoformat()}，请在当天签到"
    return f"未查到{what}今天的预约，请核对或现场取号"


def state_of(row: AppointmentRow, today: date) -> str:
    if row.cancelled_at is not None:
        return "cancelled"
    if row.checked_in_at is not None:
        return "checked_in"
    return "missed" if row.day < today else "booked"


def answer_of(row: AppointmentRow, hall: HallQueue, now: datetime) -> BookingAnswer:
    category = hall.categories.get(row.category)
    category_name = category.name if category else row.category
    state = state_of(row, now.astimezone(HALL_TIMEZONE).date())
    when = f"{row.day.isoformat()} {row.slot}".rstrip()
    what = category_name + (f"（{row.matter_name}）" if row.matter_name else "")
    message = {
        "booked": f"已预约{when} {what}，预约码{row.code}；请按时到大厅取号机签到",
        "checked_in": f"预约{row.code}已签到" + (f"，领取{row.ticket}号" if row.ticket else ""),
        "cancelled": f"已取消{when} {what}的预约（预约码{row.code}）",
        "missed": f"预约{row.code}（{when}）已过期未签到",
    }[state]
    return BookingAnswer(
        code=row.code,
        category=row.category,
        category_name=category_name,
        day=row.day,
        slot=row.slot,
        matter_name=row.matter_name,
        channel=Channel(row.channel or Channel.WINDOW).value,
        state=state,
        booked_at=as_utc(row.booked_at),
        masked_name=mask_name(row.name) if row.name else "",
        message=message,
    )


def cancel(ctx: ServerContext, hall_code: str, request: CancelRequest) -> BookingAnswer:
    """Cancel the booking of `request.code` on its day, for the person who booked it only (the
    same refusal for a wrong ID number as for no such booking: a code reveals nobody's booking).
    Cancelled again: answered as cancelled. Checked in, or its slot begun: refused."""
    now = ctx.now()
    with ctx.transaction() as session:
        hall = load_hall(session, hall_code)
        a = AppointmentRow
        code = request.code.strip().upper()
        row = session.scalars(
            select(a).where(a.hall_code == hall_code, a.day == request.day, a.code == code).with_for_update()
        ).first()
        hashes = id_hashes(keyring_of(session.get_bind()), hall_code, request.id_number.strip())
        if row is None or row.id_hash not in hashes:
            day = request.day.isoformat()
            unknown = f"未查到该证件号码在{day}的预约{code}，请核对预约码、日期与证件号码"
            raise Conflict(unknown, code=NO_APPOINTMENT)
        if row.cancelled_at is None:
            _may_cancel(row, now.astimezone(HALL_TIMEZONE))
            row.cancelled_at = now
        return answer_of(row, hall, now)


def _may_cancel(row: AppointmentRow, hall_now: datetime) -> None:
    if row.checked_in_at is not None:
        raise Conflict(f"预约{row.code}已签到取号，不能取消", code="appointment_used")
    if row.day < hall_now.date():
        raise Conflict(f"预约{row.code}的日期{row.day.isoformat()}已过，不能取消", code="appointment_used")
    if row.day == hall_now.date() and row.slot[:5] and row.slot[:5] <= f"{hall_now:%H:%M}":
        # past its start a cancellation would only wipe out the no-show (爽约) it may become
        raise Conflict(f"预约{row.code}的时段{row.slot}已开始，不能取消", code="appointment_used")
