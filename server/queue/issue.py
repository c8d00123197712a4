"""Taking a number (取号): walk-in, ID-card swipe or appointment check-in, at the kiosk.

The counter is taken first (numbering.take_number): its row lock orders the concurrent issues
of one category, so the checks after it (daily limit, one waiting ticket per ID) see every
ticket issued before and cannot both pass for one applicant. A refusal rolls the number back.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.domain.tickets import (
    PriorityClass,
    TicketSource,
    TicketState,
    estimated_wait_minutes,
    format_number,
    service_day,
)
from app.sync.queue_protocol import TicketAnswer, TicketRequest
from server.context import ServerContext
from server.manager.calendar import refuse_when_closed
from server.queue.appointments import check_in
from server.queue.calling import TICKETS
from server.queue.common import Category, HallQueue, id_hash, id_hashes, load_hall, notify_queue
from server.queue.journal import Events, answered_once, stored_answer
from server.queue.numbering import take_number
from server.queue.stats import mean_service_minutes
from server.queue.views import ticket_view
from server.refusals import BadRequest, Conflict
from server.sealing.columns import keyring_of

ONLINE_SOURCES = (TicketSource.WALK_IN, TicketSource.ID_CARD, TicketSource.APPOINTMENT)
ACTIVE = (TicketState.WAITING.value, TicketState.CALLED.value)


def issue_ticket(ctx: ServerContext, hall_code: str, request: TicketRequest) -> TicketAnswer:
    """Issue a ticket; a resend (its request_id stored) gets the stored answer
    (journal.answered_once, as window actions: a resend that issues again fails on the unique
    request_id and rolls back, its number too; one refused, as an ID card's second waiting
    ticket, finds the first answer too).
    """
    return answered_once(
        ctx,
        lambda session, resent: _issue(session, hall_code, request, ctx.now(), resent),
        "取号请求与其他请求冲突，未生效，请重试",
    )


def _fits(answer: dict) -> bool:
    return "ticket" in answer and "ahead" in answer


def _check(request: TicketRequest) -> None:
    if request.source not in ONLINE_SOURCES:
        raise BadRequest("离线号票请在恢复联网后通过离线对账提交，不能直接取号")
    if request.source is TicketSource.ID_CARD and request.applicant is None:
        raise BadRequest("刷身份证取号须附带身份证信息")
    if request.source is TicketSource.APPOINTMENT:
        if not request.appointment_code.strip() and request.applicant is None:
            raise BadRequest("预约签到须提供预约码或刷身份证")
    elif request.priority is PriorityClass.APPOINTMENT:
        raise BadRequest("预约优先只能通过预约签到取得")


def _issue(
    session: Session, hall_code: str, request: TicketRequest, now: datetime, resent: bool
) -> TicketAnswer:
    if resent:
        stored = stored_answer(session, request.request_id, hall_code, _fits)
        if stored is not None:
            return TicketAnswer.model_validate(stored)
    _check(request)
    refuse_when_closed(session, hall_code, now)  # 闭厅 or outside the hall's hours
    hall = load_hall(session, hall_code)
    day = service_day(now)
    keyring = keyring_of(session.get_bind())
    hashed = id_hash(keyring, hall_code, request.applicant.id_number) if request.applicant else None
    hashes = id_hashes(keyring, hall_code, request.applicant.id_number) if request.applicant else []
    priority, code, appointment = request.priority, request.category, None
    if request.source is TicketSource.APPOINTMENT:
        appointment = check_in(session, hall_code, day, request.appointment_code.strip(), hashes, now)
        priority, code = PriorityClass.APPOINTMENT, appointment.category
    category = hall.category(code)
    if not category.active:
        raise Conflict(f"“{category.name}”今日已停止取号，请咨询大厅工作人员", code="category_closed")
    limit = min(category.daily_limit or hall.policy.online_limit, hall.policy.online_limit)
    counter = _take_number(session, hall_code, category, day, limit)
    if hashed and hall.policy.one_waiting_per_id:
        holding = session.scalar(
            select(TICKETS.c.number).where(
                TICKETS.c.hall_code == hall_code,
                TICKETS.c.day == day,
                TICKETS.c.category == category.code,
                TICKETS.c.id_hash.in_(hashes),
                TICKETS.c.state.in_(ACTIVE),
            )
        )
        if holding:
            raise Conflict(
                f"您已持有{holding}号（{category.name}），请等候叫号，无需重复取号", code="already_waiting"
            )
    values = {
        "hall_code": hall_code,
        "day": day,
        "category": category.code,
        "source": request.source.value,
        "priority": priority.value,
        "priority_rank": hall.policy.priority_rank(priority),
        "order_key": now.timestamp(),
        "state": TicketState.WAITING.value,
        "window": "",
        "calls": 0,
        "applicant": request.applicant.model_dump(mode="json") if request.applicant else None,
        "id_hash": hashed,
        "issued_at": now,
        "request_id": request.request_id,
        # the booking's matter, so the window that calls the ticket starts the intake with it
        "matter_code": appointment.matter_code if appointment is not None else "",
        "matter_name": appointment.matter_name if appointment is not None else "",
    }
    while (ticket := _insert(session, values, format_number(category.prefix, counter))) is None:
        # a window typed this number from a paper ticket the server never issued (reconciled
        # offline): it is taken, so the kiosk's applicant gets the next one
        counter = _take_number(session, hall_code, category, day, limit)
    number = format_number(category.prefix, counter)
    if appointment is not None:
        appointment.ticket = number
    ahead = _ahead(session, hall, ticket)
    minutes = estimated_wait_minutes(
        ahead,
        len(hall.serving(category.code)),
        mean_service_minutes(session, hall, category.code, day, now),
    )
    answer = TicketAnswer(
        ticket=ticket_view(ticket, hall),
        ahead=ahead,
        estimated_wait_minutes=minutes,
        hall_name=hall.name,
        message=f"您已领取{number}号，前方等待{ahead}人",
    )
    events = Events(hall_code, day, now)
    events.add("issued", ticket, source=request.source.value, priority=priority.value)
    events.write(session, request.request_id, answer.model_dump(mode="json"))
    notify_queue(session, hall_code)
    return answer


def _take_number(session: Session, hall_code: str, category: Category, day: date, limit: int) -> int:
    """The category's next counter of the day; Conflict category_full past the day's limit."""
    counter = take_number(session, hall_code, category.code, day)
    if counter > limit:
        raise Conflict(f"“{category.name}”今日号已取完（每日限{limit}个），请改日再来", code="category_full")
    return counter


def _insert(session: Session, values: dict, number: str):
    """Insert the ticket under `number` (its row); None when the hall's day has that number."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = (
        dialect.insert(TICKETS)
        .values(number=number, **values)
        .on_conflict_do_nothing(index_elements=[TICKETS.c.hall_code, TICKETS.c.day, TICKETS.c.number])
        .returning(*TICKETS.c)
    )
    return session.execute(stmt).first()


def _ahead(session: Session, hall: HallQueue, ticket) -> int:
    """Waiting tickets of the category called before this one (same weights: rank, arrival)."""
    return session.scalar(
        select(func.count()).where(
            TICKETS.c.hall_code == hall.code,
            TICKETS.c.day == ticket.day,
            TICKETS.c.category == ticket.category,
            TICKETS.c.state == TicketState.WAITING.value,
            TICKETS.c.id != ticket.id,
            or_(
                TICKETS.c.priority_rank < ticket.priority_rank,
                and_(
                    TICKETS.c.priority_rank == ticket.priority_rank,
                    or_(
                        TICKETS.c.order_key < ticket.order_key,
                        and_(TICKETS.c.order_key == ticket.order_key, TICKETS.c.id < ticket.id),
                    ),
                ),
            ),
        )
    )
