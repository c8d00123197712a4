"""Appointments (预约): booked ahead for a day and category, checked in at the kiosk by the
appointment code or by swiping the ID card booked with; a checked-in ticket gets priority."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.tickets import service_day
from app.sync.queue_protocol import AppointmentAnswer, AppointmentRequest
from server.queue.common import id_hash, id_hashes, load_hall, notify_queue
from server.refusals import BadRequest, Conflict
from server.sealing.columns import keyring_of
from server.store.models import AppointmentRow


def check_in(
    session: Session, hall_code: str, day: date, code: str, hashes: list[str], now: datetime
) -> AppointmentRow:
    """Today's appointment by code (else by the ID card), marked checked in; Conflict no_appointment."""
    query = select(AppointmentRow).where(AppointmentRow.hall_code == hall_code, AppointmentRow.day == day)
    if code:
        query = query.where(AppointmentRow.code == code.upper())
    elif hashes:
        query = query.where(AppointmentRow.id_hash.in_(hashes), AppointmentRow.checked_in_at.is_(None))
    query = query.order_by(AppointmentRow.slot, AppointmentRow.id).limit(1).with_for_update()
    found = session.scalars(query).first()
    if found is None:
        what = f"预约码{code}" if code else "该身份证"
        raise Conflict(f"未查到{what}今天的预约，请核对或现场取号", code="no_appointment")
    if found.checked_in_at is not None:
        raise Conflict(
            f"预约{found.code}已于今天签到并领取{found.ticket or '排队'}号，请勿重复签到",
            code="no_appointment",
        )
    found.checked_in_at = now
    return found


def _answer(row: AppointmentRow) -> AppointmentAnswer:
    return AppointmentAnswer(
        code=row.code,
        category=row.category,
        day=row.day,
        checked_in=row.checked_in_at is not None,
        ticket=row.ticket,
    )


def book(session: Session, hall_code: str, request: AppointmentRequest, now: datetime) -> AppointmentAnswer:
    """Book one appointment; the same booking sent again answers as the first did."""
    hall = load_hall(session, hall_code)
    category = hall.category(request.category)
    if request.day < service_day(now):
        raise BadRequest(f"预约日期{request.day.isoformat()}已过，不能预约")
    code = request.code.strip().upper()
    if not code.isascii() or not code.replace("-", "").isalnum():
        raise BadRequest("预约码只能由字母、数字和连字符组成")
    keyring = keyring_of(session.get_bind())
    given = request.id_number.strip()
    hashed = id_hash(keyring, hall_code, given) if given else None
    existing = session.scalars(
        select(AppointmentRow).where(
            AppointmentRow.hall_code == hall_code,
            AppointmentRow.day == request.day,
            AppointmentRow.code == code,
        )
    ).first()
    if existing is not None:
        same_person = existing.id_hash in (id_hashes(keyring, hall_code, given) if given else [None])
        if existing.category != category.code or not same_person:
            day = request.day.isoformat()
            raise Conflict(f"{day}已有预约码为{code}的另一预约", code="appointment_exists")
        return _answer(existing)
    row = AppointmentRow(
        hall_code=hall_code,
        day=request.day,
        code=code,
        category=category.code,
        id_hash=hashed,
        name=request.name.strip(),
        slot=request.slot.strip(),
        booked_at=now,
        ticket="",
    )
    session.add(row)
    session.flush()
    notify_queue(session, hall_code)
    return _answer(row)
