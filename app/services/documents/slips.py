"""Printing slips on the thermal printer: the pickup slip of a case, the test page, and retries.

Every slip goes through the spool: it is on disk before the printer is asked, so a printer
that is out of paper or offline costs nothing but a retry ("2 张凭条待重打"). A failed print
is not an error of the use case: the outcome says what happened and what to do, and the slip
waits. `print_test_page(url)` is the installer's check of any printer setting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session, sessionmaker

from app.documents.slips import CaseSlipData, case_pickup_slip, printer_test_slip, render_test_page_pdf
from app.domain.applicants import ApplicantType
from app.domain.cases import Case
from app.domain.masking import mask_name
from app.domain.messages import QT_TRANSLATE_NOOP, Message, text
from app.services.clock import Clock, system_clock
from app.services.config import WindowConfig, WindowContext, window_context
from app.services.errors import NotFound, RuleViolation
from app.store.unit_of_work import UnitOfWork
from drivers.device import DeviceStatus
from drivers.printer import (
    Printer,
    PrinterError,
    PrintJob,
    SlipPrinter,
    Spool,
    SpooledJob,
    is_slip_printer_url,
    open_printer,
    open_slip_printer,
)
from drivers.printer.escpos import SlipEncodingError, encode

PENDING = QT_TRANSLATE_NOOP("messages", "{count} 张凭条待重打")
NO_CASE = QT_TRANSLATE_NOOP("messages", "找不到该办件")
NO_SLIP = QT_TRANSLATE_NOOP(
    "messages", "办件 {number} 当前为“{status}”，没有取件凭条；受理后、出件前才能打印。"
)
CASE_SLIP = QT_TRANSLATE_NOOP("messages", "{number} 的取件凭条")
BOOKING_SLIP = QT_TRANSLATE_NOOP("messages", "预约凭条（{code}）")
TEST_PAGE = QT_TRANSLATE_NOOP("messages", "测试页")
NOT_MADE = QT_TRANSLATE_NOOP("messages", "{what}无法生成：{problem}")
NOT_PRINTED = QT_TRANSLATE_NOOP(
    "messages", "{what}未打印：{problem}该凭条已保留（现有{count}张待重打），处理好打印机后重打即可。"
)
PRINTED = QT_TRANSLATE_NOOP("messages", "{what}已打印。")
PRINTED_MORE_WAITING = QT_TRANSLATE_NOOP("messages", "{what}已打印。另有{waiting}。")
REPRINTED = QT_TRANSLATE_NOOP("messages", "已重打 {count} 张凭条。")
REPRINT_STOPPED = QT_TRANSLATE_NOOP("messages", "{done}重打未完成：{error}仍有{waiting}。")
NOTHING_TO_REPRINT = QT_TRANSLATE_NOOP("messages", "没有待重打的凭条。")


@dataclass(frozen=True)
class SlipOutcome:
    printed: bool
    message: Message | str  # a complete sentence for the banner
    pending: int  # slips waiting to be printed again


@dataclass(frozen=True)
class PendingSlip:
    id: str
    name: str
    created_at: datetime
    attempts: int
    error: str


def pending_text(count: int) -> Message | str:
    return Message(PENDING, count=count) if count else ""


class SlipService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        printer: SlipPrinter,
        spool: Spool,
        config: WindowConfig | WindowContext,
        clock: Clock = system_clock,
    ) -> None:
        self._sessions = sessions
        self.printer = printer
        self.spool = spool
        self._window = window_context(config)  # the clerk on duty, read for each slip
        self._clock = clock

    @property
    def _config(self) -> WindowConfig:
        return self._window.config

    # -- printing ---------------------------------------------------------------------------------
    def print_case_slip(self, case_id: str) -> SlipOutcome:
        with UnitOfWork(self._sessions) as uow:
            case = uow.cases.get(case_id)
            if case is None:
                raise NotFound(Message(NO_CASE))
            if not case.status.awaits_issuance:  # a pickup slip exists until the result is out
                raise RuleViolation(Message(NO_SLIP, number=case.number, status=case.status.label))
            data = self.case_slip_data(case)
        return self._print(case_pickup_slip(data), "case_slip", Message(CASE_SLIP, number=case.number))

    def print_test_page(self) -> SlipOutcome:
        now = self._clock()
        return self._print(
            printer_test_slip(self._config.hall_name, self.printer.url, now), "test_page", Message(TEST_PAGE)
        )

    def print_booking_slip(
        self, code: str, category_name: str, day: date, slot: str, matter_name: str, masked_name: str
    ) -> SlipOutcome:
        """预约凭条 of a booking made at this window (app/documents/booking_slip.py)."""
        from app.documents.booking_slip import BookingSlipData, booking_slip

        cfg = self._config
        data = BookingSlipData(
            hall_name=cfg.hall_name,
            hall_address=cfg.hall_address,
            hall_phone=cfg.hall_phone,
            code=code,
            category_name=category_name,
            day=day,
            slot=slot,
            matter_name=matter_name,
            applicant_masked=masked_name,
            window=cfg.window_name,
            printed_at=self._clock(),
        )
        return self._print(booking_slip(data), "booking_slip", Message(BOOKING_SLIP, code=code))

    def case_slip_data(self, case: Case) -> CaseSlipData:
        a = case.applicant
        person = a.type is ApplicantType.NATURAL_PERSON
        cfg = self._config
        return CaseSlipData(
            hall_name=cfg.hall_name,
            hall_phone=cfg.hall_phone,
            case_number=case.number,
            matter=case.bundle_name or "、".join(case.matter_names),
            # an organisation's name is public; a person's is masked like on the hall display
            applicant_masked=mask_name(a.name) if person else a.name,
            accepted_at=case.accepted_at,
            promised_date=case.promised_date,
            promised_estimated=case.promised_estimated,
            case_kind=case.kind.label,
            pickup_place=f"{cfg.hall_address}统一出件窗口",
            window=case.window or cfg.window_name,
            printed_at=self._clock(),
        )

    def _print(self, slip, kind: str, what: Message) -> SlipOutcome:
        try:
            data = encode(slip)
        except SlipEncodingError as exc:
            raise RuleViolation(Message(NOT_MADE, what=what, problem=str(exc))) from exc
        try:
            self.spool.submit(slip.name, kind, data, self.printer, self._clock())
        except PrinterError as exc:
            count = self.spool.count()
            return SlipOutcome(False, Message(NOT_PRINTED, what=what, problem=str(exc), count=count), count)
        count = self.spool.count()
        if count:
            return SlipOutcome(
                True, Message(PRINTED_MORE_WAITING, what=what, waiting=pending_text(count)), count
            )
        return SlipOutcome(True, Message(PRINTED, what=what), count)

    # -- waiting slips ----------------------------------------------------------------------------
    def pending(self) -> list[PendingSlip]:
        return [_pending(j) for j in self.spool.pending()]

    def pending_count(self) -> int:
        return self.spool.count()

    def retry_all(self) -> SlipOutcome:
        report = self.spool.retry_all(self.printer)
        left = len(report.pending)
        done = Message(REPRINTED, count=len(report.printed)) if report.printed else text("")
        if report.error:
            said = Message(REPRINT_STOPPED, done=done, error=report.error, waiting=pending_text(left))
            return SlipOutcome(False, said, left)
        if not report.printed:
            return SlipOutcome(True, Message(NOTHING_TO_REPRINT), 0)
        return SlipOutcome(True, done, left)

    def discard(self, job_id: str) -> int:
        """Give up a waiting slip (the applicant left, or it was printed another way)."""
        self.spool.discard(job_id)
        return self.spool.count()

    def status(self) -> DeviceStatus:
        return self.printer.status()


def _pending(job: SpooledJob) -> PendingSlip:
    return PendingSlip(job.id, job.name, job.created_at, job.attempts, job.error)


# -- the installer's check --------------------------------------------------------------------
def print_test_page(
    url: str,
    *,
    slip: bool | None = None,
    hall_name: str = "",
    open_document_printer: Callable[[str], Printer] = open_printer,
    now: datetime | None = None,
) -> str:
    """Print a test page on the printer a URL names; returns where it went. Raises PrinterError.

    ESC/POS URLs get the slip test page; others the A4 one. `sim://` means either, so say
    `slip=True` for the slip printer's setting. `system://` needs Qt: the program passes its
    opener (ui.devices.system_printer.open_system_printer) as `open_document_printer`.
    """
    now = now or datetime.now()
    as_slip = is_slip_printer_url(url) if slip is None else slip
    try:
        if as_slip:
            printer = open_slip_printer(url)
            return printer.print_raw(encode(printer_test_slip(hall_name, url, now)), "打印机测试页")
        document_printer = open_document_printer(url)
    except ValueError as exc:
        raise PrinterError(str(exc)) from exc
    pdf = render_test_page_pdf(hall_name, url, now)
    return document_printer.print_pdf(PrintJob(f"打印机测试页-{now:%Y%m%d-%H%M%S}", pdf, "test_page"))
