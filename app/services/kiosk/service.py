"""The ticket kiosk (取号机): take a number online, or from the kiosk's block while offline.

Online, every press is one TicketRequest with a fresh request_id; when the answer is lost (a
timeout, a dropped connection) the same request is sent again with the same request_id, so the
server answers with the ticket it already issued instead of issuing a second one. When the
server cannot be reached at all, the kiosk issues from its offline block (kiosk_offline),
journals the number before printing it, counts the people ahead itself (约), and reconciles
the journal as soon as a call succeeds again; the server's record_id idempotency and the
journal's acknowledgements make a resend harmless, so nothing is counted twice.

No Qt here: the window calls these methods on its worker thread and shows the results.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from app.documents.ticket import TicketData
from app.domain.masking import mask_name
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.domain.tickets import PriorityClass, TicketSource, estimated_wait_minutes
from app.services.errors import ServiceError
from app.services.kiosk.hall import HallCache, KioskCategory, categories_of, hall_calendar, windows_serving
from app.services.kiosk.offline import OfflineIssuer
from app.services.kiosk.printing import PrintOutcome, TicketPrinter
from app.services.queue.offline_journal import OfflineJournal
from app.sync.protocol import HallConfig
from app.sync.queue_protocol import ApplicantCard, OfflineOutcome, TicketAnswer, TicketRequest
from app.sync.transport import Refused, ServerUnreachable, TransportError, Unauthorised

log = logging.getLogger(__name__)

NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "messages", "取号机尚未从服务器取得大厅配置，暂时无法取号。请检查网络，连接恢复后将自动开始取号。"
)
UNAUTHORISED = QT_TRANSLATE_NOOP(
    "messages", "服务器不再接受本取号机的登记（已停用或凭据失效），请联系管理员重新登记。"
)


CODE_OR_CARD = QT_TRANSLATE_NOOP("messages", "请输入预约码或刷身份证签到。")
CHECK_IN_OFFLINE = QT_TRANSLATE_NOOP(
    "messages", "暂时无法连接服务器，预约签到暂不可用。请按业务类别直接取号，或到服务台出示预约信息。"
)
TICKET_FAILED = QT_TRANSLATE_NOOP("messages", "取号失败：{problem}")
OFFLINE_TICKET = QT_TRANSLATE_NOOP("messages", "您已领取{number}号，前方等待约{ahead}人")
NO_PRINTER = QT_TRANSLATE_NOOP("messages", "本取号机未设置号票打印机，请记下屏幕上的号码。")
NOT_ENROLLED = QT_TRANSLATE_NOOP("messages", "本取号机尚未登记到服务器：请用 --server 和 --enrol-code 启动。")
NO_CATEGORIES = QT_TRANSLATE_NOOP("messages", "本大厅尚未设置取号业务类别，请联系大厅管理员。")
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("messages", "该业务类别不存在，请选择屏幕上的其他业务。")
CATEGORY_CLOSED = QT_TRANSLATE_NOOP("messages", "“{name}”业务今日暂停取号，请咨询服务台。")
NOT_CONFIGURED_BECAUSE = QT_TRANSLATE_NOOP("messages", "{problem}（{why}）")
ISSUING_OFFLINE = QT_TRANSLATE_NOOP(
    "messages", "暂时无法连接服务器（{why}），正在离线取号，连接恢复后自动上报。"
)
REPORT_FAILED = QT_TRANSLATE_NOOP("messages", "离线号票上报失败：{why}")
TICKETS_REJECTED = QT_TRANSLATE_NOOP("messages", "有{count}张离线号票未被服务器接受：{reason}")


def kiosk_clock() -> datetime:
    # hall-local time with its offset: the server reads offline records' times unambiguously
    return datetime.now().astimezone().replace(microsecond=0)


class KioskError(ServiceError):
    """The kiosk cannot issue now (no hall configuration, not enrolled …)."""

    code = "kiosk"


class TicketRefused(ServiceError):
    """The server (or, offline, the cached configuration) refuses this ticket; str() says why."""

    def __init__(self, message: Message | str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class KioskState:
    hall_name: str
    categories: tuple[KioskCategory, ...]
    online: bool
    configured: bool  # a hall configuration is known (fetched now or cached)
    pending: int  # offline tickets not yet reconciled with the server
    problem: Message | str  # why offline / not configured / what reconciliation rejected; "" when fine


@dataclass(frozen=True)
class IssuedTicket:
    number: str
    category: str
    category_name: str
    ahead: int
    wait_minutes: int
    issued_at: datetime
    priority: PriorityClass
    source: TicketSource
    offline: bool
    message: Message | str  # 您已领取A005号，前方等待3人
    applicant_masked: str = ""
    printed: bool = False
    print_message: Message | str = ""  # why it did not print ("" when it did)
    printed_to: str = ""


class KioskService:
    def __init__(
        self,
        data_dir: Path,
        queue,  # a QueueTransport (or a test's stand-in); None until enrolled
        slot: int = 1,
        printer: TicketPrinter | None = None,
        clock: Callable[[], datetime] = kiosk_clock,
        connect: Callable[[], object] | None = None,  # enrols and returns a QueueTransport
        attempts: int = 3,
        retry_pause: float = 0.3,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.queue = queue
        self.slot = slot
        self.printer = printer
        self.clock = clock
        self._connect = connect
        self.attempts = max(1, attempts)
        self.retry_pause = retry_pause
        self.cache = HallCache(self.data_dir)
        self.journal = OfflineJournal(self.data_dir / "journal")
        self.issuer = OfflineIssuer(self.journal, slot)
        self._lock = threading.RLock()
        self._config, self._waiting = self.cache.load()
        self._online = False
        self._problem = "" if self._config is not None else NOT_CONFIGURED

    # -- state ----------------------------------------------------------------------------------
    @property
    def config(self) -> HallConfig | None:
        return self._config

    def state(self) -> KioskState:
        with self._lock:
            config = self._config
            return KioskState(
                hall_name=config.name if config else "",
                categories=categories_of(config, self._waiting) if config else (),
                online=self._online,
                configured=config is not None,
                pending=len(self.journal.pending()),
                problem=self._problem,
            )

    def refresh(self) -> KioskState:
        """Fetch the hall and its waiting counts; reconcile offline tickets once reachable."""
        with self._lock:
            try:
                queue = self._queue()
                config = queue.hall()
                self._config = config
                self._online, self._problem = True, ""
                # offline tickets first, so the counts fetched next include them
                self._reconcile_pending()
                waiting = self._fetch_waiting(queue)
            except ServerUnreachable as exc:
                self._offline(exc)
                self._save_cache()
                return self.state()
            except (Unauthorised, KioskError) as exc:
                self._online = False
                self._problem = Message(UNAUTHORISED) if isinstance(exc, Unauthorised) else message_of(exc)
                return self.state()
            self._waiting = waiting if waiting is not None else self._waiting
            self._save_cache()
            return self.state()

    def reconcile(self) -> KioskState:
        with self._lock:
            self._reconcile_pending()
            return self.state()

    # -- taking a ticket ------------------------------------------------------------------------
    def take_ticket(
        self,
        category: str,
        priority: PriorityClass = PriorityClass.NONE,
        applicant: ApplicantCard | None = None,
    ) -> IssuedTicket:
        """A walk-in ticket (source id_card when an applicant card came with it)."""
        source = TicketSource.ID_CARD if applicant is not None else TicketSource.WALK_IN
        request = TicketRequest(
            request_id=str(uuid.uuid4()),
            category=category,
            source=source,
            priority=priority,
            applicant=applicant,
        )
        with self._lock:
            self._require_config()
            self._refuse_closed(category)
            # known offline: straight from the block; the background refresh finds the server again
            answer = self._send(request) if self._online else None
            ticket = self._issue_offline(request) if answer is None else self._issued(answer, request)
        return self._print(ticket)

    def check_in(self, code: str = "", applicant: ApplicantCard | None = None) -> IssuedTicket:
        """Appointment check-in by its code or by the booked ID card (online only)."""
        code = code.strip().upper()
        if not code and applicant is None:
            raise TicketRefused(Message(CODE_OR_CARD), "no_appointment")
        with self._lock:
            config = self._require_config()
            # the server takes the category from the appointment; the field only has to be valid
            category = next((c.code for c in config.categories if c.active), config.categories[0].code)
            request = TicketRequest(
                request_id=str(uuid.uuid4()),
                category=category,
                source=TicketSource.APPOINTMENT,
                applicant=applicant,
                appointment_code=code,
            )
            answer = self._send(request) if self._online else None
            if answer is None:
                raise TicketRefused(Message(CHECK_IN_OFFLINE), "offline")
            ticket = self._issued(answer, request)
        return self._print(ticket)

    def _send(self, request: TicketRequest) -> TicketAnswer | None:
        """The server's answer; None when it cannot be reached (the caller goes offline)."""
        last: ServerUnreachable | None = None
        for attempt in range(self.attempts):
            try:
                answer = self._queue().take_ticket(request)  # the same request_id every attempt
            except ServerUnreachable as exc:
                last = exc
                if attempt + 1 < self.attempts:
                    time.sleep(self.retry_pause)
                continue
            except Refused as exc:
                self._online, self._problem = True, ""
                raise TicketRefused(exc.detail, exc.code) from exc
            except Unauthorised as exc:
                self._online, self._problem = False, Message(UNAUTHORISED)
                raise KioskError(Message(UNAUTHORISED)) from exc
            except TransportError as exc:
                raise KioskError(Message(TICKET_FAILED, problem=message_of(exc))) from exc
            self._problem = ""
            return answer
        if last is not None:
            self._offline(last)
        return None

    def _issued(self, answer: TicketAnswer, request: TicketRequest) -> IssuedTicket:
        t = answer.ticket
        previous = self._waiting.get(t.category)
        # the server's count of the queue behind this ticket arrives with the next refresh
        self._waiting[t.category] = (
            answer.ahead + 1 if t.priority is PriorityClass.NONE else (previous or answer.ahead) + 1
        )
        masked = t.masked_name or (mask_name(request.applicant.name) if request.applicant else "")
        return IssuedTicket(
            number=t.number,
            category=t.category,
            category_name=t.category_name,
            ahead=answer.ahead,
            wait_minutes=answer.estimated_wait_minutes,
            issued_at=t.issued_at.astimezone() if t.issued_at.tzinfo else t.issued_at,
            priority=t.priority,
            source=t.source,
            offline=False,
            message=answer.message,
            applicant_masked=masked,
        )

    def _issue_offline(self, request: TicketRequest) -> IssuedTicket:
        config = self._require_config()
        category = next(c for c in config.categories if c.code == request.category)
        policy = config.queue.policy()
        record = self.issuer.issue(policy, category, self.clock(), request.applicant, request.priority)
        # the kiosk's own count: the last known queue plus what it issued since (hence 约)
        ahead = self._waiting.get(category.code, 0)
        self._waiting[category.code] = ahead + 1
        self._save_cache()
        wait = estimated_wait_minutes(
            ahead, windows_serving(config, category.code), policy.default_service_minutes
        )
        log.info("offline ticket %s issued from slot %d", record.number, self.slot)
        return IssuedTicket(
            number=record.number,
            category=category.code,
            category_name=category.name,
            ahead=ahead,
            wait_minutes=wait,
            issued_at=record.at,
            priority=request.priority,
            source=TicketSource.OFFLINE_KIOSK,
            offline=True,
            message=Message(OFFLINE_TICKET, number=record.number, ahead=ahead),
            applicant_masked=mask_name(request.applicant.name) if request.applicant else "",
        )

    def _print(self, ticket: IssuedTicket) -> IssuedTicket:
        if self.printer is None:
            return replace(ticket, print_message=Message(NO_PRINTER))
        hall = self._config.name if self._config else ""
        data = TicketData(
            hall_name=hall,
            number=ticket.number,
            category_name=ticket.category_name,
            ahead=ticket.ahead,
            wait_minutes=ticket.wait_minutes,
            issued_at=ticket.issued_at,
            priority_label="" if ticket.priority is PriorityClass.NONE else ticket.priority.label,
            offline=ticket.offline,
            applicant_masked=ticket.applicant_masked,
        )
        outcome: PrintOutcome = self.printer.print_ticket(data)
        return replace(
            ticket, printed=outcome.printed, print_message=outcome.message, printed_to=outcome.where
        )

    # -- helpers --------------------------------------------------------------------------------
    def _queue(self):
        if self.queue is None:
            if self._connect is None:
                raise KioskError(Message(NOT_ENROLLED))
            try:
                self.queue = self._connect()
            except ServiceError as exc:  # EnrolmentFailed: the server unreachable or the code bad
                raise ServerUnreachable(message_of(exc), "enrolment") from exc
        return self.queue

    def _fetch_waiting(self, queue) -> dict[str, int] | None:
        try:
            board = queue.board()
        except Refused as exc:  # a server without the board: the buttons show no counts
            log.warning("queue board refused: %s", exc)
            return None
        return {w.code: w.waiting for w in board.waiting}

    def _require_config(self) -> HallConfig:
        if self._config is None:
            raise KioskError(Message(NOT_CONFIGURED))
        if not self._config.categories:
            raise KioskError(Message(NO_CATEGORIES))
        return self._config

    def _refuse_closed(self, code: str) -> None:
        config = self._require_config()
        category = next((c for c in config.categories if c.code == code), None)
        if category is None:
            raise TicketRefused(Message(UNKNOWN_CATEGORY), "unknown_category")
        if not category.active and not self._online:
            # online the server says so itself (its configuration may have changed since)
            raise TicketRefused(Message(CATEGORY_CLOSED, name=category.name), "category_closed")
        hours = config.hours.domain()
        if not self._online and (hours.hours_set or hours.closures):  # as last fetched: 闭厅, after hours
            # the years the server entered (cached with the configuration), not the package alone
            status = hours.status(self.clock(), hall_calendar(config).is_workday)
            if not status.open:
                raise TicketRefused(status.refusal(), "hall_closed")

    def _offline(self, exc: TransportError) -> None:
        if self._online:
            log.warning("kiosk offline: %s", exc)
        self._online = False
        if self._config is None:
            self._problem = Message(
                NOT_CONFIGURED_BECAUSE, problem=Message(NOT_CONFIGURED), why=message_of(exc)
            )
        else:
            self._problem = Message(ISSUING_OFFLINE, why=message_of(exc))

    def _reconcile_pending(self) -> None:
        if self.queue is None or not self.journal.pending():
            return
        try:
            results = self.journal.reconcile(self.queue)
        except ServerUnreachable as exc:
            self._offline(exc)
            return
        except TransportError as exc:  # refused as a whole: kept pending, said on the screen
            self._problem = Message(REPORT_FAILED, why=message_of(exc))
            return
        rejected = [r for r in results if r.outcome is OfflineOutcome.REJECTED]
        if rejected:
            self._problem = Message(TICKETS_REJECTED, count=len(rejected), reason=rejected[0].reason)
        log.info("reconciled %d offline tickets (%d rejected)", len(results), len(rejected))

    def _save_cache(self) -> None:
        if self._config is None:
            return
        try:
            self.cache.save(self._config, self._waiting)
        except OSError as exc:  # the kiosk still works; only a restart offline would miss it
            log.warning("hall configuration not cached: %s", exc)
