"""The queue's wire models (version 1), shared by the server and the hall's terminals.

Paths (all under ``/v1``, terminal auth ``Authorization: Terminal <id>:<secret>``):

==============================================  ================================================
``POST /queue/tickets``                         TicketRequest → TicketAnswer (kiosk: take a number)
``POST /queue/windows/{window}/actions``        WindowActionRequest → WindowAnswer
``GET  /queue/windows/{window}``                → WindowQueueState
``GET  /queue/board``                           → QueueBoard (the hall display's whole picture)
``POST /queue/offline``                         OfflineBatch → OfflineAnswer (reconcile on reconnect)
``GET  /queue/stats?day=YYYY-MM-DD``            → QueueStats (wait/service times; hall manager)
``POST /queue/appointments``                    预约: see app/sync/appointment_protocol.py
==============================================  ================================================

Every request that changes something carries a ``request_id`` (a UUID the terminal makes once
per intent): a resend (double click, retry after a lost answer) returns the answer of the first,
so "call next" sent twice calls one ticket. Refusals are the usual ErrorAnswer with codes:
``category_closed``, ``category_full``, ``already_waiting``, ``no_appointment``,
``window_paused``, ``nothing_waiting`` (not an error: WindowAnswer.ticket is None instead),
``no_ticket``, ``not_yet_no_show``, ``ticket_taken``, ``unknown_window``, ``unknown_category``,
``unknown_ticket``, ``ticket_finished``, ``window_not_serving``, ``request_reused`` (a request_id
sent again with a different body), ``appointment_exists``, ``conflict`` (two writers raced; resend).

The hall's event stream (``WS /halls/{hall}/events``) sends an EventPoke with kind ``queue``
right after every committed queue change (no coalescing delay), so a display refetches
``/queue/board`` at once; a reconnect sends ``hello``, and a configuration change (notices,
categories) or a gap in what the server heard sends ``change``: a display refetches on all three
and never keeps a call from before the gap as current. A call's ``call_id`` is its event id: it
grows, but calls committed by two server processes at once may get theirs out of commit order, so
a display remembers the ids it has announced rather than only the highest.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from app.domain.plain_text import text_problem

# the queue's words, kept in the domain so that the workbench's queue service can name them
# without loading pydantic; they are the wire's too, and importable from here as before
from app.domain.queue_actions import OfflineKind, OfflineOutcome, WindowAction
from app.domain.tickets import (
    DEFAULT_PRIORITY_ORDER,
    NoShowAction,
    PriorityClass,
    QueuePolicy,
    TicketSource,
    TicketState,
    TransferPosition,
)


def _plain(text: str) -> str:
    if (problem := text_problem(text)) is not None:
        raise ValueError(problem)
    return text


# text a person typed or a terminal made up (a name, a pause reason, a window's name): no control
# characters, no lone surrogates — the database would refuse them as a server error; the edge
# refuses them with a reason instead (app.sync.protocol uses the same type)
PlainText = Annotated[str, AfterValidator(_plain)]
REQUEST_ID = Field(min_length=8, max_length=36, pattern=r"^[0-9A-Za-z-]+$")
MAX_OFFLINE_BATCH = 500
RECENT_CALLS = 8  # calls a board carries (the current one first)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QueuePolicyConfig(_Strict):
    """app.domain.tickets.QueuePolicy on the wire; part of HallQueueConfig."""

    priority_order: list[PriorityClass] = Field(default_factory=lambda: list(DEFAULT_PRIORITY_ORDER))
    one_waiting_per_id: bool = True
    no_show_calls: int = Field(default=2, ge=1, le=9)
    no_show_action: NoShowAction = NoShowAction.DROP
    transfer_position: TransferPosition = TransferPosition.KEEP
    offline_first: int = Field(default=800, ge=100, le=999)
    kiosk_block: int = Field(default=50, ge=10, le=500)
    default_service_minutes: int = Field(default=8, ge=1, le=120)

    def policy(self) -> QueuePolicy:
        """The domain's policy (the server's rules and a kiosk's offline block read the same)."""
        return QueuePolicy(
            priority_order=tuple(self.priority_order),
            one_waiting_per_id=self.one_waiting_per_id,
            no_show_calls=self.no_show_calls,
            no_show_action=self.no_show_action,
            transfer_position=self.transfer_position,
            offline_first=self.offline_first,
            kiosk_block=self.kiosk_block,
            default_service_minutes=self.default_service_minutes,
        )


# --- tickets ------------------------------------------------------------------------------------
class ApplicantCard(_Strict):
    """What the kiosk read from the ID card, carried to the window that calls the ticket."""

    name: PlainText = Field(min_length=1, max_length=60)
    id_number: PlainText = Field(min_length=6, max_length=36)
    sex: PlainText = Field(default="", max_length=4)
    ethnicity: PlainText = Field(default="", max_length=20)
    birth_date: PlainText = Field(default="", max_length=10)  # ISO date
    address: PlainText = Field(default="", max_length=140)
    card_type: PlainText = Field(default="", max_length=2)


class TicketRequest(_Strict):
    request_id: str = REQUEST_ID
    category: PlainText = Field(min_length=1, max_length=20)  # ServiceCategory.code
    source: TicketSource = TicketSource.WALK_IN  # walk_in | id_card | appointment
    priority: PriorityClass = PriorityClass.NONE  # green channel / serviceman as the kiosk asked
    applicant: ApplicantCard | None = None  # with source id_card (and appointment by ID)
    appointment_code: PlainText = Field(default="", max_length=32)  # with source appointment


class TicketView(_Strict):
    """One ticket as a terminal shows it. `masked_name` is all a hall display may show."""

    number: str  # A001
    category: str
    category_name: str
    source: TicketSource
    priority: PriorityClass
    state: TicketState
    service_day: date
    issued_at: datetime  # server time
    masked_name: str = ""  # 张* ("" when taken without an ID card)
    window: str = ""  # the window holding it (called), or the window it was transferred to
    calls: int = 0  # calls at the current window (call + recalls)
    applicant: ApplicantCard | None = None  # only in answers to the window that holds it
    # an appointment checked in: the matter booked, so the window that calls it starts the intake
    # with it ("" for a walk-in, or a booking that named none)
    matter_code: str = ""
    matter_name: str = ""


class TicketAnswer(_Strict):
    ticket: TicketView
    ahead: int  # people waiting before this ticket in its category
    estimated_wait_minutes: int
    hall_name: str
    message: str  # 您已领取A005号，前方等待3人


# --- windows ------------------------------------------------------------------------------------
class WindowActionRequest(_Strict):
    request_id: str = REQUEST_ID
    action: WindowAction
    # who acts is the user signed in on the window (their Bearer token), recorded by the server;
    # this field is ignored, and kept optional so that workbenches that still send it are accepted
    clerk: PlainText = Field(default="", max_length=64)
    number: PlainText = Field(default="", max_length=8)  # call_number
    to_category: PlainText = Field(default="", max_length=20)  # transfer
    to_window: PlainText = Field(default="", max_length=50)  # transfer
    reason: PlainText = Field(default="", max_length=200)  # pause (午休, 临时离开 …), transfer


class CategoryWaiting(_Strict):
    code: str
    name: str
    prefix: str
    waiting: int
    active: bool = True


class WindowQueueState(_Strict):
    window: str
    paused: bool
    pause_reason: str = ""
    clerk: str = ""
    current: TicketView | None = None  # the ticket the window holds (called), with applicant
    waiting: list[CategoryWaiting]  # the categories this window serves, with their counts
    server_time: datetime


class WindowAnswer(_Strict):
    action: WindowAction
    ticket: TicketView | None  # the ticket the action was about (None: nothing was waiting)
    state: WindowQueueState
    message: str  # a sentence for the clerk: 已呼叫A012号 / 当前没有等候的群众


# --- the hall display ---------------------------------------------------------------------------
class CallView(_Strict):
    call_id: int  # increases with every call or recall: a display flashes each new one once
    number: str
    window: str
    masked_name: str = ""
    at: datetime
    text: str  # 请A001号到3号综合窗口办理


class QueueBoard(_Strict):
    hall_code: str
    hall_name: str
    calls: list[CallView]  # newest first; calls[0] is the current call
    waiting: list[CategoryWaiting]
    windows: list[WindowQueueState]
    notices: list[str]
    server_time: datetime


# --- offline reconciliation --------------------------------------------------------------------
class OfflineRecord(_Strict):
    record_id: str = REQUEST_ID  # a UUID made when the record was written: the idempotency key
    kind: OfflineKind
    number: PlainText = Field(min_length=4, max_length=6)
    service_day: date  # the terminal's day (clocks are data: the hall's local date)
    at: datetime  # the terminal's clock
    category: PlainText = Field(default="", max_length=20)  # issued: required; served: optional
    window: PlainText = Field(default="", max_length=50)  # served
    clerk: PlainText = Field(default="", max_length=64)  # served
    finished_at: datetime | None = None  # served
    kiosk_slot: int = Field(default=0, ge=0, le=99)  # issued
    applicant: ApplicantCard | None = None  # issued by ID swipe
    priority: PriorityClass = PriorityClass.NONE  # issued: the class the applicant chose at the kiosk


class OfflineBatch(_Strict):
    records: list[OfflineRecord] = Field(min_length=1, max_length=MAX_OFFLINE_BATCH)


class OfflineResult(_Strict):
    record_id: str
    outcome: OfflineOutcome
    reason: str = ""


class OfflineAnswer(_Strict):
    results: list[OfflineResult]


# --- figures ------------------------------------------------------------------------------------
class TimingRow(_Strict):
    key: str  # the ticket number, window name, clerk username or category code
    tickets: int
    served: int
    mean_wait_seconds: float | None  # issued → first call
    mean_service_seconds: float | None  # first call → finish
    max_wait_seconds: float | None


class QueueStats(_Strict):
    day: date
    by_category: list[TimingRow]
    by_window: list[TimingRow]
    by_clerk: list[TimingRow]
    by_ticket: list[TimingRow]


class QueueEventView(_Strict):
    """One queue event (issued, called, recalled, no_show, requeued, dropped, transferred,
    finished, not_served, paused, resumed, served_offline), with server time."""

    id: int
    kind: str
    number: str = ""
    window: str = ""
    clerk: str = ""
    at: datetime
    data: dict[str, Any] = Field(default_factory=dict)
