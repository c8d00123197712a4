"""What the queue panel shows of its window: plain frozen values, made from the server's answers
or from the offline journal, so the screen never holds a wire model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.masking import mask_name
from app.domain.messages import Message
from app.domain.tickets import PriorityClass, TicketSource
from app.services.errors import ServiceError

if TYPE_CHECKING:  # annotations only: the queue panel imports this before the window paints,
    # and the wire models would bring pydantic with them
    from app.sync.queue_protocol import ApplicantCard, CategoryWaiting, TicketView, WindowQueueState


class QueueRefused(ServiceError):
    """The server (or the rules for a typed number) said no; str() is the sentence to show.

    `code` is the server's (window_paused, not_yet_no_show, ticket_taken, no_ticket …) or
    bad_number / offline_only for what the terminal refused itself."""

    def __init__(self, message: Message | str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class TicketApplicant:
    """What the kiosk read from the ID card (the ticket's ApplicantCard), for the intake."""

    name: str
    id_number: str
    sex: str = ""
    ethnicity: str = ""
    birth_date: str = ""
    address: str = ""
    card_type: str = ""  # the card's type flag: "" / " " resident card, J, I, Y


@dataclass(frozen=True)
class QueueTicket:
    number: str
    category: str  # ServiceCategory.code ("" for a paper ticket whose prefix is unknown)
    category_name: Message | str
    priority: PriorityClass
    calls: int
    masked_name: str  # 张* ("" without an ID swipe)
    applicant: TicketApplicant | None
    source: TicketSource
    offline: bool = False  # served from a paper ticket while the server could not be reached
    # a booking checked in at the kiosk: the matter booked, which the intake starts with ("" if none)
    matter_code: str = ""
    matter_name: str = ""

    @property
    def priority_label(self) -> Message | str:
        """ "" for an ordinary ticket: only a priority needs the clerk's eye."""
        return "" if self.priority is PriorityClass.NONE else self.priority.label


@dataclass(frozen=True)
class WaitingCount:
    code: str
    name: str
    prefix: str
    waiting: int


@dataclass(frozen=True)
class WindowQueueView:
    window: str
    online: bool  # the last contact with the server for the queue succeeded
    standalone: bool  # no server configured: only paper tickets
    current: QueueTicket | None
    waiting: tuple[WaitingCount, ...]  # the categories this window serves (as last known)
    paused: bool
    pause_reason: str
    message: Message | str  # a sentence for the clerk about the last action ("" when nothing to say)
    pending_offline: int  # paper tickets served offline not yet reconciled with the server
    can_retry: bool = False  # the last action got no answer; repeating it reuses its request

    @property
    def total_waiting(self) -> int:
        return sum(w.waiting for w in self.waiting)


@dataclass(frozen=True)
class TransferTargets:
    """Where a ticket can be sent: the hall's open categories and its other windows."""

    categories: tuple[tuple[str, str], ...]  # (code, name)
    windows: tuple[str, ...]


def applicant_of(card: ApplicantCard | None) -> TicketApplicant | None:
    if card is None:
        return None
    return TicketApplicant(
        name=card.name,
        id_number=card.id_number,
        sex=card.sex,
        ethnicity=card.ethnicity,
        birth_date=card.birth_date,
        address=card.address,
        card_type=card.card_type,
    )


def ticket_of(view: TicketView | None) -> QueueTicket | None:
    if view is None:
        return None
    applicant = applicant_of(view.applicant)
    masked = view.masked_name or (mask_name(applicant.name) if applicant else "")
    return QueueTicket(
        number=view.number,
        category=view.category,
        category_name=view.category_name,
        priority=view.priority,
        calls=view.calls,
        masked_name=masked,
        applicant=applicant,
        source=view.source,
        matter_code=view.matter_code,
        matter_name=view.matter_name,
    )


def waiting_of(rows: list[CategoryWaiting]) -> tuple[WaitingCount, ...]:
    return tuple(WaitingCount(r.code, r.name, r.prefix, r.waiting) for r in rows if r.active)


def state_parts(state: WindowQueueState) -> dict:
    """The parts of a WindowQueueView the server's window state decides."""
    return {
        "current": ticket_of(state.current),
        "waiting": waiting_of(state.waiting),
        "paused": state.paused,
        "pause_reason": state.pause_reason,
    }
