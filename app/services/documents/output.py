"""Producing a case's documents: render, keep the PDF in the archive, send it to the printer.

The PDF is archived in the same transaction that records the decision, so a document always
exists for a confirmed decision; printing happens after the commit, because a printer that is
out of paper must never undo the decision. A failed print is recorded and can be retried.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.documents.models import CaseDocumentData, IssuanceData
from app.domain.access_records import DOCUMENT_REPRINTED
from app.domain.cases import Case
from app.domain.materials_check import deficient
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.cases.access import AccessRecords
from app.services.cases.case_views import DOCUMENT_TITLES, document_view
from app.services.clock import Clock
from app.services.config import WindowConfig, WindowContext, window_context
from app.services.documents.data import case_document_data, issuance_data
from app.services.errors import NotFound, StorageError
from app.services.views import DocumentView
from app.store.models import CaseDocumentRow
from app.store.sealed_files import FileSeal, SealedFileLocked, SealedFileUnreadable, write_durably
from app.store.unit_of_work import UnitOfWork
from drivers.printer import Printer, PrinterError, PrintJob

NOT_SAVED = QT_TRANSLATE_NOOP(
    "messages", "无法保存文书到 {folder}：{error}。本次操作未生效，请检查磁盘后重试"
)
NO_DOCUMENT = QT_TRANSLATE_NOOP("messages", "找不到该文书")
FILE_MOVED = QT_TRANSLATE_NOOP("messages", "文书文件已不在原位置（{path}），请重新生成")
FILE_DAMAGED = QT_TRANSLATE_NOOP(
    "messages", "文书存档文件已损坏，无法打开（{path}）；办件记录不受影响，请在办件中重新生成该文书"
)


AUTHORISATION_FORM = "authorisation_form"  # 授权委托书 (模板) of a 代办: printed, not a decision


def document_data(kind: str, case: Case, cfg: WindowConfig, now: datetime) -> CaseDocumentData | IssuanceData:
    """What the document of this kind says about the case (rendered by `render`)."""
    if kind == "deficiency_notice":
        # the notice lists exactly what the supplement_requested event records: both ask the
        # domain's deficient() (an optional material marked 缺少 is on both; see its docstring)
        return case_document_data(case, kind, cfg, now, deficient(case.materials))
    if kind in ("receipt", "refusal_notice", AUTHORISATION_FORM):
        return case_document_data(case, kind, cfg, now)
    if kind == "issuance_record":
        return issuance_data(case, cfg, now)
    raise ValueError(f"未知的文书类型“{kind}”")


def render(kind: str, case: Case, cfg: WindowConfig, now: datetime) -> bytes:
    # reportlab is imported with the first document, not at start-up: it is a third of the
    # workbench's start time and the clerk needs the search box long before the first receipt
    from app.documents.authorisation import render_authorisation_form
    from app.documents.deficiency import render_deficiency_notice
    from app.documents.issuance import render_issuance_record
    from app.documents.receipt import render_receipt
    from app.documents.refusal import render_refusal_notice

    data = document_data(kind, case, cfg, now)
    if isinstance(data, IssuanceData):
        return render_issuance_record(data)
    renderers = {
        "receipt": render_receipt,
        "deficiency_notice": render_deficiency_notice,
        "refusal_notice": render_refusal_notice,
        AUTHORISATION_FORM: render_authorisation_form,
    }
    return renderers[kind](data)


def warm_up() -> None:
    """Import the renderers and load the font ahead of the first decision (from a worker thread)."""
    from app.documents.fonts import register_fonts
    from app.documents.receipt import render_receipt  # noqa: F401

    register_fonts()


class DocumentOutput:
    def __init__(
        self,
        archive_dir: Path,
        printer: Printer,
        sessions: sessionmaker[Session],
        config: WindowConfig | WindowContext,
        clock: Clock,
        seal: FileSeal | None = None,
    ) -> None:
        self.archive_dir = archive_dir
        self.seal = seal or FileSeal()  # the store's: archived PDFs are sealed with it
        self.printer = printer
        self._sessions = sessions
        self._window = window_context(config)  # the clerk on duty, read for each document
        self._clock = clock
        self._access = AccessRecords(sessions, self._window, clock)  # reprints go to the audit log

    @property
    def _config(self) -> WindowConfig:
        return self._window.config

    def produce(self, uow: UnitOfWork, case: Case, kind: str, now: datetime) -> CaseDocumentRow:
        """Render and archive a document, recorded in the caller's transaction."""
        pdf = render(kind, case, self._config, now)
        folder = self.archive_dir / f"{now:%Y-%m-%d}"
        path = folder / f"{DOCUMENT_TITLES[kind]}-{case.number}-{now:%H%M%S}.pdf"
        try:
            write_durably(path, self.seal.seal(pdf))
        except OSError as exc:
            raise StorageError(
                Message(NOT_SAVED, folder=str(folder), error=str(exc.strerror or exc))
            ) from exc
        return uow.documents.add(case.id, kind, case.number, str(path), now)

    def pdf_bytes(self, document_id: int) -> bytes:
        with UnitOfWork(self._sessions) as uow:
            row = uow.documents.get(document_id)
            if row is None:
                raise NotFound(Message(NO_DOCUMENT))
            path = Path(row.path)
        try:
            return self.seal.read(path)
        except OSError as exc:
            raise NotFound(Message(FILE_MOVED, path=str(path))) from exc
        except (SealedFileUnreadable, SealedFileLocked) as exc:
            raise NotFound(Message(FILE_DAMAGED, path=str(path))) from exc

    def reprint(self, document_id: int) -> DocumentView:
        """Print an archived document again (after a printer fault, or a second copy): a
        citizen's record read again, so recorded for the audit log (app/services/cases/access.py)."""
        view = self.print_document(document_id)
        with UnitOfWork(self._sessions) as uow:
            row = uow.documents.get(document_id)
            case_id, said = (
                (row.case_id, f"{DOCUMENT_TITLES.get(row.kind, row.kind)} {row.number}") if row else ("", "")
            )
        if case_id:
            self._access.record(DOCUMENT_REPRINTED, case_id, said)
        return view

    def print_document(self, document_id: int) -> DocumentView:
        """Send an archived document to the printer and record how it went."""
        pdf = self.pdf_bytes(document_id)
        with UnitOfWork(self._sessions) as uow:
            row = uow.documents.get(document_id)
            assert row is not None
            job = PrintJob(f"{DOCUMENT_TITLES.get(row.kind, row.kind)}-{row.number}", pdf, row.kind)
        try:
            self.printer.print_pdf(job)
            printed, error = True, ""
        except PrinterError as exc:
            printed, error = False, f"打印失败：{exc}。文书已保存，可稍后重新打印"
        with UnitOfWork(self._sessions) as uow:
            row = uow.documents.get(document_id)
            assert row is not None
            row.printed = row.printed or printed
            row.print_error = error
            view = document_view(row)
            uow.commit()
        return view
