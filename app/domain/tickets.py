"""Queue tickets and the order they are called in (排队号, 叫号): pure rules, no I/O.

Shared by the server (which issues and calls tickets) and the terminals (kiosk, window, hall
display), so the two ends number, order and word tickets the same way.

* A ticket number is the category's letter prefix plus a three-digit daily counter (A001).
  Online numbers run 1 … offline_first-1; the numbers from offline_first up are split into
  blocks, one per kiosk slot, that a kiosk issues from while the server cannot be reached, so
  an offline number can never collide with an online one (DESIGN.md "The queue").
* Order: priority class first (in the hall's configured order), then arrival, across the
  categories a window serves; a category's weight multiplies how long its tickets have waited,
  so a window with {general: 10, realty: 5} takes a general ticket that waited 3 minutes
  before a realty ticket that waited 5.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain.hall_time import HALL_TIMEZONE as HALL_TIMEZONE  # the queue's modules read it here
from app.domain.hall_time import hall_date
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError

NUMBER_DIGITS = 3
MAX_NUMBER = 10**NUMBER_DIGITS - 1  # 999
_NUMBER = re.compile(r"^([A-Z]{1,2})(\d{3})$")


WINDOW_PAUSED = QT_TRANSLATE_NOOP("messages", "本窗口已暂停叫号，请先恢复叫号")
NOTHING_HELD = QT_TRANSLATE_NOOP("messages", "本窗口当前没有正在办理的号，请先叫号")
TICKET_FINISHED = QT_TRANSLATE_NOOP("messages", "{number}号已办结，不能再呼叫")
TICKET_UNSERVED = QT_TRANSLATE_NOOP("messages", "{number}号已按未办理结束，不能再呼叫：请重新取号")
TICKET_TAKEN = QT_TRANSLATE_NOOP("messages", "{number}号正在{window}办理，不能重复呼叫")
ANOTHER_WINDOW = QT_TRANSLATE_NOOP("messages", "另一窗口")
NOT_HERE = QT_TRANSLATE_NOOP("messages", "{number}号当前为“{state}”，本窗口不能对它操作")
WINDOW_NOT_SERVING = QT_TRANSLATE_NOOP("messages", "{window}不办理“{category}”业务，请另选窗口或业务类别")
NOBODY_SERVING = QT_TRANSLATE_NOOP("messages", "目前没有窗口办理“{category}”业务，无法转入")
NOT_YET_NO_SHOW = QT_TRANSLATE_NOOP("messages", "已呼叫{calls}次，再重呼{more}次后方可过号")
BAD_NUMBER = QT_TRANSLATE_NOOP("messages", "“{text}”不是有效的排队号：应为字母加三位数字，如A012")


# Tickets restart at the hall's local midnight, judged in the hall's zone (app.domain.hall_time)
def service_day(moment: datetime) -> date:
    """The hall's day of an aware moment (a naive one is taken as the machine's local time)."""
    return hall_date(moment)


class TicketSource(StrEnum):
    WALK_IN = "walk_in"  # a button at the kiosk
    ID_CARD = "id_card"  # the kiosk read the applicant's ID card
    APPOINTMENT = "appointment"  # an appointment checked in at the kiosk
    OFFLINE_KIOSK = "offline_kiosk"  # issued by a kiosk from its offline block
    PAPER = "paper"  # typed at a window from a paper ticket the server never saw

    @property
    def label(self) -> Message:
        return Message(_SOURCE_LABELS[self])


_SOURCE_LABELS = {
    TicketSource.WALK_IN: QT_TRANSLATE_NOOP("messages", "现场取号"),
    TicketSource.ID_CARD: QT_TRANSLATE_NOOP("messages", "刷身份证取号"),
    TicketSource.APPOINTMENT: QT_TRANSLATE_NOOP("messages", "预约签到"),
    TicketSource.OFFLINE_KIOSK: QT_TRANSLATE_NOOP("messages", "离线取号"),
    TicketSource.PAPER: QT_TRANSLATE_NOOP("messages", "纸质号票"),
}


class PriorityClass(StrEnum):
    NONE = "none"
    SERVICEMAN = "serviceman"  # 军人依法优先
    GREEN = "green"  # 绿色通道: elderly, disabled and others the hall names
    APPOINTMENT = "appointment"  # checked-in appointment

    @property
    def label(self) -> Message:
        return Message(_PRIORITY_LABELS[self])


_PRIORITY_LABELS = {
    PriorityClass.NONE: QT_TRANSLATE_NOOP("messages", "普通"),
    PriorityClass.SERVICEMAN: QT_TRANSLATE_NOOP("messages", "军人优先"),
    PriorityClass.GREEN: QT_TRANSLATE_NOOP("messages", "绿色通道"),
    PriorityClass.APPOINTMENT: QT_TRANSLATE_NOOP("messages", "预约"),
}


class TicketState(StrEnum):
    WAITING = "waiting"  # in the queue (also after a requeue or a transfer)
    CALLED = "called"  # called to a window, which holds it until finish / no-show / transfer
    FINISHED = "finished"  # served
    UNSERVED = "unserved"  # 未办理: came to the window, left without being served (not counted as served)
    DROPPED = "dropped"  # 过号: a no-show the hall drops

    @property
    def label(self) -> Message:
        return Message(_STATE_LABELS[self])


# their own context: 已办结 is a ticket's "done" here, a case's "decided" in "messages"
_STATE_LABELS = {
    TicketState.WAITING: QT_TRANSLATE_NOOP("tickets", "等候中"),
    TicketState.CALLED: QT_TRANSLATE_NOOP("tickets", "已呼叫"),
    TicketState.FINISHED: QT_TRANSLATE_NOOP("tickets", "已办结"),
    TicketState.UNSERVED: QT_TRANSLATE_NOOP("tickets", "未办理"),
    TicketState.DROPPED: QT_TRANSLATE_NOOP("tickets", "已过号"),
}


class NoShowAction(StrEnum):
    DROP = "drop"  # the ticket ends; the applicant takes a new number (or is called by number)
    REQUEUE = "requeue"  # back to the end of its category's queue


class TransferPosition(StrEnum):
    KEEP = "keep"  # keeps its place by its original arrival
    FRONT = "front"  # goes to the front of the new queue


DEFAULT_PRIORITY_ORDER = (PriorityClass.SERVICEMAN, PriorityClass.GREEN, PriorityClass.APPOINTMENT)


@dataclass(frozen=True)
class QueuePolicy:
    """The hall's queue settings (local practice, so every one is a setting)."""

    priority_order: tuple[PriorityClass, ...] = DEFAULT_PRIORITY_ORDER
    one_waiting_per_id: bool = True  # at most one waiting ticket per ID card per category
    no_show_calls: int = 2  # 过号 is allowed once a ticket was called this often (call + recalls)
    no_show_action: NoShowAction = NoShowAction.DROP
    transfer_position: TransferPosition = TransferPosition.KEEP
    offline_first: int = 800  # online numbers stop below this; offline kiosk blocks start here
    kiosk_block: int = 50  # numbers per kiosk slot in the offline range
    default_service_minutes: int = 8  # the estimate before the day has served anyone

    def priority_rank(self, priority: PriorityClass) -> int:
        """0 is served first; NONE (and any class the hall does not rank) comes last."""
        try:
            return self.priority_order.index(priority)
        except ValueError:
            return len(self.priority_order)

    @property
    def online_limit(self) -> int:
        """The highest number the server issues online in one category on one day."""
        return self.offline_first - 1

    def kiosk_slots(self) -> int:
        return (MAX_NUMBER - self.offline_first + 1) // self.kiosk_block

    def offline_block(self, slot: int) -> range:
        """The numbers kiosk slot `slot` (1-based) may issue offline: never issued online."""
        if not 1 <= slot <= self.kiosk_slots():
            raise ValueError(f"取号机编号应在1至{self.kiosk_slots()}之间，收到{slot}")
        start = self.offline_first + (slot - 1) * self.kiosk_block
        return range(start, start + self.kiosk_block)


class BadTicketNumber(MessageError, ValueError):
    """A typed ticket number that is not a prefix plus three digits."""


# --- what a window may do with a ticket (重呼, 过号, 转移, 办结) ----------------------------------
class TicketRuleError(MessageError, ValueError):
    """A window action the queue's rules refuse; `code` is the wire's machine code
    (app.sync.queue_protocol lists them), the message says why in the clerk's words."""

    def __init__(self, code: str, message: Message | str) -> None:
        super().__init__(message)
        self.code = code


class TicketAction(StrEnum):
    """What a window does to one ticket."""

    CALL = "call"  # call next, or call a number typed from a paper ticket
    RECALL = "recall"
    NO_SHOW = "no_show"
    TRANSFER = "transfer"
    FINISH = "finish"
    NOT_SERVED = "not_served"  # let go without a service (asked at F7 when no case was opened)


# the ticket state machine: action → {state it may start from: the state it leaves the ticket in}.
# A no-show's end depends on the hall (dropped or back in the queue): no_show_outcome says which.
# Recall, no-show, transfer and finish act on the ticket the window holds (called there), and
# the window that called a ticket holds it until one of them lets it go.
TICKET_MOVES: dict[TicketAction, dict[TicketState, TicketState | None]] = {
    # waiting, or dropped: a no-show who came back is called by number
    TicketAction.CALL: {TicketState.WAITING: TicketState.CALLED, TicketState.DROPPED: TicketState.CALLED},
    TicketAction.RECALL: {TicketState.CALLED: TicketState.CALLED},
    TicketAction.NO_SHOW: {TicketState.CALLED: None},
    TicketAction.TRANSFER: {TicketState.CALLED: TicketState.WAITING},
    TicketAction.FINISH: {TicketState.CALLED: TicketState.FINISHED},
    TicketAction.NOT_SERVED: {TicketState.CALLED: TicketState.UNSERVED},
}
_HELD_ACTIONS = frozenset(a for a in TicketAction if a is not TicketAction.CALL)


def require_open(paused: bool) -> None:
    """A paused window (暂停叫号) calls nobody until it resumes; it keeps what it holds."""
    if paused:
        raise TicketRuleError("window_paused", Message(WINDOW_PAUSED))


def require_held(action: TicketAction, held_number: str | None) -> None:
    """Recall, no-show, transfer and finish need the ticket the window holds."""
    if action in _HELD_ACTIONS and held_number is None:
        raise TicketRuleError("no_ticket", Message(NOTHING_HELD))


def check_call(number: str, state: TicketState, held_by: str = "") -> TicketState:
    """Whether `number` may be called by number; the state it leaves first (CALLED when it is
    taken back from a window the hall no longer has, `held_by` "" then).

    `held_by` is the window of the hall holding a called ticket."""
    if state is TicketState.FINISHED:
        raise TicketRuleError("ticket_finished", Message(TICKET_FINISHED, number=number))
    if state is TicketState.UNSERVED:
        raise TicketRuleError("ticket_finished", Message(TICKET_UNSERVED, number=number))
    if state is TicketState.CALLED and held_by:
        raise TicketRuleError("ticket_taken", Message(TICKET_TAKEN, number=number, window=held_by))
    return state


def next_state(action: TicketAction, number: str, state: TicketState) -> TicketState | None:
    """The state `action` leaves a ticket in (None for a no-show: see no_show_outcome)."""
    moves = TICKET_MOVES[action]
    if state not in moves:
        if action is TicketAction.CALL:
            check_call(number, state, Message(ANOTHER_WINDOW))
        raise TicketRuleError("no_ticket", Message(NOT_HERE, number=number, state=state.label))
    return moves[state]


def check_transfer_target(category_name: str, to_window: str, serving: Collection[str]) -> None:
    """A transfer goes to a window that serves the category (`serving`: the windows whose weight
    for it is above 0), or into the category's queue while some window serves it: never where
    nobody would call the ticket."""
    if to_window and to_window not in serving:
        raise TicketRuleError(
            "window_not_serving", Message(WINDOW_NOT_SERVING, window=to_window, category=category_name)
        )
    if not to_window and not serving:
        raise TicketRuleError("window_not_serving", Message(NOBODY_SERVING, category=category_name))


def no_show_outcome(policy: QueuePolicy, number: str, calls: int) -> TicketState:
    """过号 after the hall's number of calls (call + recalls): dropped, or back in the queue."""
    if calls < policy.no_show_calls:
        more = policy.no_show_calls - calls
        raise TicketRuleError("not_yet_no_show", Message(NOT_YET_NO_SHOW, calls=calls, more=more))
    if policy.no_show_action is NoShowAction.DROP:
        return TicketState.DROPPED
    return TicketState.WAITING


def format_number(prefix: str, counter: int) -> str:
    if not 1 <= counter <= MAX_NUMBER:
        raise ValueError(f"排队号序号应在1至{MAX_NUMBER}之间，收到{counter}")
    return f"{prefix}{counter:0{NUMBER_DIGITS}d}"


def parse_number(text: str) -> tuple[str, int]:
    """'a12', ' A012 ' → ('A', 12): what a clerk types from a paper ticket, normalised."""
    cleaned = text.strip().upper().replace(" ", "")
    match = re.match(r"^([A-Z]{1,2})(\d{1,3})$", cleaned)
    if match is None or int(match.group(2)) == 0:
        raise BadTicketNumber(Message(BAD_NUMBER, text=text.strip()))
    return match.group(1), int(match.group(2))


def normalise_number(text: str) -> str:
    prefix, counter = parse_number(text)
    return format_number(prefix, counter)


def is_number(text: str) -> bool:
    return _NUMBER.match(text) is not None


@dataclass(frozen=True)
class WaitingTicket:
    """What the order rule needs to know of one waiting ticket."""

    number: str
    category: str
    priority_rank: int
    order_key: float  # seconds; arrival, or earlier for a transfer to the front
    window: str = ""  # "" any window of the category; else only this window (a transfer)


def call_order_key(ticket: WaitingTicket, weights: dict[str, int], now: float) -> tuple:
    """Sort key (smallest first) for a window serving `weights` ({category: weight ≥ 1}):
    the priority class, then the longest weighted wait, then arrival."""
    weight = weights.get(ticket.category, 0)
    waited = max(0.0, now - ticket.order_key)
    return (ticket.priority_rank, -waited * weight, ticket.order_key)


def next_for_window(
    waiting: list[WaitingTicket], weights: dict[str, int], now: float, window: str
) -> WaitingTicket | None:
    """The ticket this window calls next, or None: the reference the server's SQL must match."""
    eligible = [t for t in waiting if weights.get(t.category, 0) > 0 and (not t.window or t.window == window)]
    if not eligible:
        return None
    return min(eligible, key=lambda t: call_order_key(t, weights, now))


def estimated_wait_minutes(ahead: int, windows_serving: int, service_minutes: float) -> int:
    """People ahead × minutes per service, shared by the windows open for the category."""
    if ahead <= 0:
        return 0
    per_window = ahead / max(1, windows_serving)
    return max(1, round(per_window * service_minutes))


def window_number(window_name: str) -> int | None:
    """'3号综合窗口' → 3: the number a voice says (名称里没有数字的窗口 → None)."""
    match = re.match(r"^\s*(\d+)", window_name)
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class Announcement:
    """One call as the hall hears and reads it: 请A001号到3号窗口办理."""

    number: str
    window: str  # 3号窗口 / 3号综合窗口: as configured
    text: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", f"请{self.number}号到{self.window}办理")
