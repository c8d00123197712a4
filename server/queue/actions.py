"""Window actions (叫号, 指定叫号, 重呼, 过号, 转移, 暂停, 恢复, 办结): one transaction each.

The window's row is locked first (calling.lock_window); then a request seen before returns its
stored answer, so a resent call_next returns the same ticket and calls nothing more. Every
action writes its events with server time; the last one carries the request and its answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.tickets import (
    TicketAction,
    TicketState,
    TransferPosition,
    check_call,
    check_transfer_target,
    next_state,
    no_show_outcome,
    normalise_number,
    require_held,
    require_open,
    service_day,
)
from app.sync.queue_protocol import CategoryWaiting, WindowAction, WindowActionRequest, WindowAnswer
from server.context import ServerContext
from server.queue.calling import (
    TICKETS,
    call_next_waiting,
    end_ticket,
    finish_held,
    lock_window,
    mark_called,
    set_window,
)
from server.queue.common import HallQueue, load_hall, notify_queue
from server.queue.finish_and_call import finish_and_call
from server.queue.journal import Events, answered_once, stored_answer
from server.queue.views import (
    category_waiting,
    counted_codes,
    held_ticket,
    ticket_view,
    waiting_counts,
    window_state,
)
from server.refusals import BadRequest, NotFound


@dataclass
class Turn:
    """One window action in progress."""

    session: Session
    hall: HallQueue
    window: str
    weights: dict[str, int]
    request: WindowActionRequest
    now: datetime
    paused: bool
    reason: str
    events: Events
    about: object | None = None  # the queue_tickets row the answer is about, as it is now
    message: str = ""
    window_values: dict = field(default_factory=dict)
    # the waiting counts when the action read them itself (call next on PostgreSQL); else None
    waiting: list[CategoryWaiting] | None = None
    _held: object | None = None
    _held_known: bool = False

    @property
    def held(self):
        """The ticket the window holds (queue_tickets row) or None; read when first needed."""
        if not self._held_known:
            self.held = held_ticket(self.session, self.hall.code, self.window)
        return self._held

    @held.setter
    def held(self, row) -> None:
        self._held, self._held_known = row, True

    @property
    def day(self):
        return self.events.day

    def event(self, kind: str, ticket=None, **data) -> None:
        self.events.add(kind, ticket, window=self.window, clerk=self.request.clerk, **data)

    def need_held(self, action: TicketAction):
        """The held ticket `action` is about (the domain's rule refuses when there is none)."""
        held = self.held
        require_held(action, None if held is None else held.number)
        return held

    def not_paused(self) -> None:
        require_open(self.paused)

    def finish_held(self) -> str:
        """Finish what the window holds (before it calls another); the sentence for the clerk."""
        if self._held_known:
            if self.held is None:
                return ""
            done = end_ticket(self.session, self.held, TicketState.FINISHED, self.now)
        else:  # call_next: one statement finds and finishes it
            done = finish_held(self.session, self.hall.code, self.window, self.now)
        return self.finished(done)

    def finished(self, done) -> str:
        """The window's ticket `done` (or None) is finished: its event; the sentence."""
        self.held = None
        if done is None:
            return ""
        self.event("finished", done)
        return f"{done.number}号已办结；"


def act(ctx: ServerContext, hall_code: str, window: str, request: WindowActionRequest) -> WindowAnswer:
    """Do the action; a resend (its request_id stored) gets the stored answer, whatever the
    window did since (journal.answered_once). The stored answer is looked up under the window's
    lock, so a resend racing its original waits for it and then finds its answer.

    Refusals are the domain's TicketRuleError and server.refusals' (server/api answers both).
    """
    return answered_once(
        ctx,
        lambda session, resent: _act(session, hall_code, window, request, ctx.now(), resent),
        "窗口操作与其他操作冲突，未生效，请重试",
    )


def _fits(request: WindowActionRequest, window: str) -> Callable[[dict], bool]:
    return lambda answer: (
        answer.get("action") == request.action.value and (answer.get("state", {}).get("window") == window)
    )


def _act(
    session: Session, hall_code: str, window: str, request: WindowActionRequest, now: datetime, resent: bool
):
    state = lock_window(session, hall_code, window, now, request.clerk)
    hall = load_hall(session, hall_code, state.config_version)
    # NotFound unknown_window (the new window row is rolled back); only what the signed-in clerk may serve
    weights = hall.calls(window, request.clerk)
    if resent:
        stored = stored_answer(session, request.request_id, hall_code, _fits(request, window))
        if stored is not None:
            return WindowAnswer.model_validate(stored)
    turn = Turn(
        session=session,
        hall=hall,
        window=window,
        weights=weights,
        request=request,
        now=now,
        paused=bool(state.paused),
        reason=state.reason or "",
        events=Events(hall_code, service_day(now), now),
    )
    HANDLERS[request.action](turn)
    # the window holds the ticket the action was about if it is called here, else still what
    # it held before (a pause), unless the handler let that go
    about = turn.about
    if about is not None and about.state == TicketState.CALLED.value and about.window == window:
        held = about
    else:
        held = turn.held
    if turn.window_values:  # a pause or resume (lock_window recorded the clerk)
        set_window(session, hall_code, window, **turn.window_values)
    paused = turn.window_values.get("paused", turn.paused)
    answer = WindowAnswer(
        action=request.action,
        ticket=ticket_view(about, hall, with_applicant=True) if about is not None else None,
        state=window_state(
            hall,
            window,
            _State(paused, turn.window_values.get("reason", turn.reason), request.clerk),
            held,
            turn.waiting
            if turn.waiting is not None
            else waiting_counts(session, hall, turn.day, list(weights), window=window),
            now,
        ),
        message=turn.message,
    )
    turn.events.write(session, request.request_id, answer.model_dump(mode="json"))
    notify_queue(session, hall_code)
    return answer


@dataclass(frozen=True)
class _State:
    paused: bool
    reason: str
    clerk: str


# --- the actions -------------------------------------------------------------------------------
def call_next(turn: Turn) -> None:
    turn.not_paused()
    if turn.weights and turn.session.get_bind().dialect.name == "postgresql":
        ticket, done = _finish_and_call(turn)
    else:
        done = turn.finish_held()
        ticket = _call_next_waiting(turn)
    if ticket is None:
        turn.event("call_empty")
        idle = (
            "当前没有等候的群众"
            if turn.weights
            else "本窗口现不办理任何业务类别（已关闭，或您未获准办理），请联系大厅管理员"
        )
        turn.message = done + idle
        return
    turn.about = ticket
    turn.event("called", ticket, calls=1)
    turn.message = f"{done}已呼叫{ticket.number}号"


def _call_next_waiting(turn: Turn):
    return call_next_waiting(turn.session, turn.hall.code, turn.day, turn.window, turn.weights, turn.now)


def _finish_and_call(turn: Turn):
    """PostgreSQL: the finish, the call and the counts in one round trip (finish_and_call);
    (the ticket called or None, the sentence about the one finished)."""
    codes = counted_codes(turn.hall, list(turn.weights))
    finished, ticket, counts = finish_and_call(
        turn.session, turn.hall.code, turn.day, turn.window, turn.weights, turn.now, codes
    )
    done = turn.finished(finished)
    if ticket is None:  # every head is being taken by other windows: sort the whole queue
        ticket = _call_next_waiting(turn)
        if ticket is not None:
            return ticket, done  # counted by _act afterwards, as every other action is
    turn.waiting = category_waiting(turn.hall, codes, counts)
    return ticket, done


def call_number(turn: Turn) -> None:
    turn.not_paused()
    number = normalise_number(turn.request.number)  # BadTicketNumber: answered 400 by server/api
    ticket = turn.session.execute(
        select(TICKETS)
        .where(TICKETS.c.hall_code == turn.hall.code, TICKETS.c.day == turn.day, TICKETS.c.number == number)
        .with_for_update()
    ).first()
    if ticket is None:
        raise NotFound(f"今天没有{number}号，请核对号票", code="unknown_ticket")
    if turn.held is not None and turn.held.id == ticket.id:
        recall(turn)
        return
    # a ticket still held by a window the hall no longer has is taken back from it
    held_by = ticket.window if ticket.window in turn.hall.windows else ""
    state = check_call(number, TicketState(ticket.state), held_by)
    done = turn.finish_held()
    if state is TicketState.CALLED:  # it leaves the vanished window
        ticket = end_ticket(turn.session, ticket, TicketState.WAITING, turn.now)
    turn.about = mark_called(turn.session, ticket, turn.window, turn.now)
    turn.event("called", ticket, calls=1, by_number=True, was=state.value)
    turn.message = f"{done}已呼叫{number}号"


def recall(turn: Turn) -> None:
    ticket = turn.need_held(TicketAction.RECALL)
    turn.about = mark_called(turn.session, ticket, turn.window, turn.now, recall=True)
    calls = turn.about.calls
    turn.event("recalled", ticket, calls=calls)
    turn.message = f"已重呼{ticket.number}号（第{calls}次呼叫）"


def no_show(turn: Turn) -> None:
    ticket = turn.need_held(TicketAction.NO_SHOW)
    policy = turn.hall.policy
    calls = ticket.calls or 0
    outcome = no_show_outcome(policy, ticket.number, calls)
    if outcome is TicketState.DROPPED:
        turn.about = end_ticket(turn.session, ticket, outcome, turn.now)
        turn.message = f"{ticket.number}号已过号"
    else:
        back = turn.now.timestamp()  # to the end of its category's queue
        turn.about = end_ticket(turn.session, ticket, outcome, turn.now, calls=0, order_key=back)
        category = turn.hall.categories.get(ticket.category)
        name = category.name if category else ticket.category
        turn.message = f"{ticket.number}号已过号，重新排到{name}队尾"
    turn.event("no_show", ticket, calls=calls, then=policy.no_show_action.value)
    turn.held = None


def transfer(turn: Turn) -> None:
    ticket = turn.need_held(TicketAction.TRANSFER)
    to_state = next_state(TicketAction.TRANSFER, ticket.number, TicketState(ticket.state))
    request, hall = turn.request, turn.hall
    if not request.to_category and not request.to_window:
        raise BadRequest("转移时请选择转入的业务类别或窗口")
    category = hall.category(request.to_category or ticket.category)
    to_window = request.to_window
    if to_window:
        if to_window == turn.window:
            raise BadRequest("不能转移到本窗口，请选择其他窗口")
        hall.weights(to_window)  # NotFound unknown_window for a window the hall does not have
    check_transfer_target(category.name, to_window, hall.serving(category.code))
    position = hall.policy.transfer_position
    order_key = ticket.order_key
    if position is TransferPosition.FRONT:
        first = turn.session.scalar(
            select(func.min(TICKETS.c.order_key)).where(
                TICKETS.c.hall_code == hall.code,
                TICKETS.c.day == turn.day,
                TICKETS.c.state == TicketState.WAITING.value,
                TICKETS.c.category == category.code,
            )
        )
        order_key = min(first if first is not None else order_key, order_key, turn.now.timestamp()) - 1.0
    turn.about = end_ticket(
        turn.session,
        ticket,
        to_state,
        turn.now,
        category=category.code,
        window=to_window,
        calls=0,
        order_key=order_key,
    )
    turn.event(
        "transferred",
        ticket,
        from_category=ticket.category,
        to_category=category.code,
        to_window=to_window,
        position=position.value,
        reason=request.reason,
    )
    turn.held = None
    target = to_window or f"“{category.name}”队列"
    turn.message = f"{ticket.number}号已转至{target}" + (
        "（排在最前）" if position is TransferPosition.FRONT else ""
    )


def pause(turn: Turn) -> None:
    reason = turn.request.reason.strip()
    turn.window_values.update(paused=True, reason=reason)
    turn.event("paused", reason=reason)
    turn.message = "本窗口已暂停叫号" + (f"（{reason}）" if reason else "")


def resume(turn: Turn) -> None:
    turn.window_values.update(paused=False, reason="")
    turn.event("resumed")
    turn.message = "本窗口已恢复叫号"


def finish(turn: Turn) -> None:
    ticket = turn.need_held(TicketAction.FINISH)
    to_state = next_state(TicketAction.FINISH, ticket.number, TicketState(ticket.state))
    turn.about = end_ticket(turn.session, ticket, to_state, turn.now)
    turn.event("finished", ticket)
    turn.held = None
    turn.message = f"{ticket.number}号已办结"


def not_served(turn: Turn) -> None:
    """未办理: the window lets the ticket go without a service; the statistics count it as a
    ticket called, not as one served (no service time either)."""
    ticket = turn.need_held(TicketAction.NOT_SERVED)
    to_state = next_state(TicketAction.NOT_SERVED, ticket.number, TicketState(ticket.state))
    turn.about = end_ticket(turn.session, ticket, to_state, turn.now)
    turn.event("not_served", ticket)
    turn.held = None
    turn.message = f"{ticket.number}号已记为未办理"


HANDLERS: dict[WindowAction, Callable[[Turn], None]] = {
    WindowAction.CALL_NEXT: call_next,
    WindowAction.CALL_NUMBER: call_number,
    WindowAction.RECALL: recall,
    WindowAction.NO_SHOW: no_show,
    WindowAction.TRANSFER: transfer,
    WindowAction.PAUSE: pause,
    WindowAction.RESUME: resume,
    WindowAction.FINISH: finish,
    WindowAction.NOT_SERVED: not_served,
}
