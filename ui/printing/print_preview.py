"""The last document (受理通知书, 一次性告知书, …) of the case on screen, as it was printed, with
重新打印 (Ctrl+P).

The PDF is read through the printing service (off the GUI thread) and shown with QtPdf. When
the printer failed the document is still here: the failure is said plainly and reprinting is
one key away. The pane holds only the case on screen's document (ui/printing/case_on_screen.py):
the window empties it when another case comes to the front, so no key prints for a previous
applicant. It zooms (Ctrl+wheel, Ctrl+= / Ctrl+-, Ctrl+0 back to the page's width) and can be
narrowed to give the middle column room at 1366×768.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.services.errors import ServiceError
from app.services.views import DocumentView
from ui.messages import describe, render
from ui.printing.case_on_screen import ScreenCase

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 4.0)  # a narrowed pane fits the page at well under 25%
MINIMUM_WIDTH = 150  # the reprint button and a readable scrap of the page; the rest is the clerk's


class PrintPreview(QWidget):
    def __init__(self, worker, parent=None, *, printing=None) -> None:
        """``printing``: the DocumentOutput (or later, through ``attach``)."""
        super().__init__(parent)
        self._printing = printing
        self._worker = worker
        self.document: DocumentView | None = None
        self.title = QLabel(self.tr("文书预览"), self)
        self.title.setObjectName("PanelTitle")
        # a long title must not hold the pane wide: it is cut, the whole of it in the tooltip
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state = QLabel(self, wordWrap=True)
        self.state.setObjectName("Muted")
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reprint_button = QPushButton(self.tr("重新打印 (Ctrl+P)"), self)
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self._reprint_clicked)
        self._case: ScreenCase | None = None  # the case on screen, as last told (keep_only)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("Muted")
        self.zoom_label.setToolTip(self.tr("Ctrl+滚轮 或 Ctrl+= / Ctrl+- 缩放，Ctrl+0 适合宽度"))
        # the PDF view is made with the first document (or zoom key): QtPdf and the view are not
        # needed for the pane's empty state, and the window paints sooner without them
        self._pdf: QPdfDocument | None = None
        self._view: QPdfView | None = None
        self._view_box = QWidget(self)
        self._view_box.setMinimumWidth(0)
        QVBoxLayout(self._view_box).setContentsMargins(0, 0, 0, 0)
        self._buffer: QBuffer | None = None

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.reprint_button)
        layout.addWidget(self._view_box, 1)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.fit_width()
        self.clear()

    def attach(self, printing) -> None:
        self._printing = printing

    @property
    def pdf(self) -> QPdfDocument:
        self._make_view()
        return self._pdf

    @property
    def view(self) -> QPdfView:
        self._make_view()
        return self._view

    def _make_view(self) -> None:
        if self._view is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._pdf = QPdfDocument(self)
        view = QPdfView(self._view_box)
        view.setDocument(self._pdf)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setMinimumWidth(0)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)  # as fit_width() left the empty pane
        view.viewport().installEventFilter(self)  # Ctrl+wheel zooms instead of scrolling
        self._view_box.layout().addWidget(view)
        self._view = view

    def minimumSizeHint(self):
        # the splitter stops at the hint, not at minimumWidth: let it go down to MINIMUM_WIDTH
        hint = super().minimumSizeHint()
        hint.setWidth(MINIMUM_WIDTH)
        return hint

    # -- the document -------------------------------------------------------------------------
    def show_document(self, document: DocumentView) -> None:
        self.document = document
        self._show_title(document)
        self._show_print_state(document)
        self.reprint_button.setEnabled(True)
        printing = self._printing
        self._worker.run(lambda: printing.pdf_bytes(document.id), self._load, self._failed)

    def clear(self, text: str = "") -> None:
        """Nothing shown: another case came to the front, or the clerk signed out."""
        self.document = None
        if self._pdf is not None:
            self._pdf.close()
        self._drop_buffer()
        self.title.setText(self.tr("文书预览"))
        self.title.setToolTip("")
        self.reprint_button.setEnabled(False)
        self.state.setText(text or self.tr("办理决定后，文书在此显示。"))
        self.state.setStyleSheet("")

    def keep_only(self, case: ScreenCase | None) -> None:
        """The case on screen changed: a document of any other case leaves the pane, which then
        says what Ctrl+P would print for the case now in front."""
        self._case = case
        if self.document is not None and case is not None and self.document.case_id == case.id:
            return
        latest = case.latest_document() if case is not None else None
        if latest is None:
            self.clear()
        else:
            hint = self.tr("Ctrl+P 重新打印本办件的{0}（{1}）。")
            self.clear(hint.format(render(latest.title), f"{latest.created_at:%m-%d %H:%M}"))
            self.reprint_button.setEnabled(True)  # the button does what the key does

    def _load(self, data: bytes) -> None:
        if self.document is None:
            return  # emptied while the file was being read (the case changed, a sign-out)
        self.pdf.close()
        self._drop_buffer()
        # QPdfDocument reads from the device lazily: the buffer must outlive the document's use
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)

    def _drop_buffer(self) -> None:
        """The last document's bytes, once the PDF document let go of them (closed before). The
        buffer is the pane's child, so forgetting the Python name alone kept every document
        shown since the start in memory (bench/workbench_memory.py: ~65 KB an intake)."""
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def page_count(self) -> int:
        return self._pdf.pageCount() if self._pdf is not None else 0

    def _show_title(self, document: DocumentView) -> None:
        title = render(document.title)
        if document.case_number:
            title = f"{title}  {document.case_number}"
        self.title.setText(title)
        self.title.setToolTip(title)

    def _show_print_state(self, document: DocumentView) -> None:
        when = f"{document.created_at:%H:%M}"
        if document.printed:
            self.state.setText(self.tr("{0} 已打印。").format(when))
            self.state.setStyleSheet("")
        else:
            why = document.print_error or self.tr("打印机未响应")
            self.state.setText(self.tr("{0} 打印失败：{1}。PDF 已保存：{2}").format(when, why, document.path))
            self.state.setStyleSheet("color: #b3261e;")

    # -- printing -----------------------------------------------------------------------------
    def reprint_case(self, case: ScreenCase | None) -> None:
        """Ctrl+P: the document of the case on screen, the one shown or else its latest; with
        no case or no document yet, nothing is printed and the pane says why."""
        if case is None:
            self._say(self.tr("屏幕上没有办件，没有可重新打印的文书。"))
            return
        if self.document is not None and self.document.case_id == case.id:
            self.reprint(self.document.id)
            return
        latest = case.latest_document()
        if latest is None:
            self._say(self.tr("办件 {0} 还没有文书，未打印。").format(case.number))
            return
        self.reprint(latest.id)

    def _reprint_clicked(self) -> None:
        if self.document is not None:
            self.reprint()
        else:
            self.reprint_case(self._case)

    def _say(self, text: str) -> None:
        self.state.setText(text)
        self.state.setStyleSheet("color: #b3261e;")

    def reprint(self, document_id: int | None = None) -> None:
        if document_id is None:
            if self.document is None:
                return
            document_id = self.document.id
        printing = self._printing
        self.state.setText(self.tr("正在重新打印…"))
        self.state.setStyleSheet("")
        self._worker.run(lambda: printing.reprint(document_id), self._reprinted, self._failed)

    def _reprinted(self, document: DocumentView) -> None:
        if self._case is None or self._case.id != document.case_id:
            return  # printed as asked, but another case came to the front meanwhile: not shown
        if self.document is None or self.document.id != document.id:
            self.show_document(document)
        else:
            self.document = document
            self._show_print_state(document)

    def _failed(self, error: ServiceError) -> None:
        self._say(describe(error))

    # -- zoom ---------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self._zoom_to(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self._effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        if self._view is not None:  # a view made later starts at the page's width
            from PySide6.QtPdfWidgets import QPdfView

            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.zoom_label.setText(self.tr("适合宽度"))

    def zoom_text(self) -> str:
        return self.zoom_label.text()

    def _zoom_to(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        factor = min(high, max(low, factor))
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.zoom_label.setText(f"{round(factor * 100)}%")

    def _effective_zoom(self) -> float:
        """The factor on screen; at 适合宽度, the one that fits the page into the pane."""
        from PySide6.QtPdfWidgets import QPdfView

        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        if self.pdf.pageCount() == 0:
            return 1.0
        page_px = self.pdf.pagePointSize(0).width() * self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(room, 1) / max(page_px, 1.0)

    def eventFilter(self, watched, event) -> bool:
        if (
            self._view is not None
            and watched is self._view.viewport()
            and event.type() == QEvent.Type.Wheel
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)
