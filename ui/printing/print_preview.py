"""The last document (受理通知书, 一次性告知书, …) as it was printed, with 重新打印 (Ctrl+P).

The PDF is read through the printing service (off the GUI thread) and shown with QtPdf. When
the printer failed the document is still here: the failure is said plainly and reprinting is
one key away.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.errors import ServiceError
from app.services.views import DocumentView
from ui.messages import describe


class PrintPreview(QWidget):
    def __init__(self, worker, parent=None, *, printing=None) -> None:
        """``printing``: the DocumentOutput (or later, through ``attach``)."""
        super().__init__(parent)
        self._printing = printing
        self._worker = worker
        self.document: DocumentView | None = None
        self.title = QLabel(self.tr("文书预览"), self)
        self.title.setObjectName("PanelTitle")
        self.state = QLabel(self.tr("办理决定后，文书在此显示。"), self)
        self.state.setObjectName("Muted")
        self.state.setWordWrap(True)
        self.reprint_button = QPushButton(self.tr("重新打印 (Ctrl+P)"), self)
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self.reprint)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.view, 1)

    def attach(self, printing) -> None:
        self._printing = printing

    def show_document(self, document: DocumentView) -> None:
        self.document = document
        self.title.setText(document.title)
        self._show_print_state(document)
        self.reprint_button.setEnabled(True)
        printing = self._printing
        self._worker.run(lambda: printing.pdf_bytes(document.id), self._load, self._failed)

    def _load(self, data: bytes) -> None:
        self.pdf.close()
        # QPdfDocument reads from the device lazily: the buffer must outlive the document's use
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)

    def page_count(self) -> int:
        return self.pdf.pageCount()

    def _show_print_state(self, document: DocumentView) -> None:
        when = f"{document.created_at:%H:%M}"
        if document.printed:
            self.state.setText(self.tr("{0} 已打印。").format(when))
            self.state.setStyleSheet("")
        else:
            why = document.print_error or self.tr("打印机未响应")
            self.state.setText(self.tr("{0} 打印失败：{1}。PDF 已保存：{2}").format(when, why, document.path))
            self.state.setStyleSheet("color: #b3261e;")

    def reprint(self, document_id: int | None = None) -> None:
        if document_id is None:
            if self.document is None:
                return
            document_id = self.document.id
        printing = self._printing
        self.state.setText(self.tr("正在重新打印…"))
        self._worker.run(lambda: printing.reprint(document_id), self._reprinted, self._failed)

    def _reprinted(self, document: DocumentView) -> None:
        if self.document is None or self.document.id != document.id:
            self.show_document(document)
        else:
            self.document = document
            self._show_print_state(document)

    def _failed(self, error: ServiceError) -> None:
        self.state.setText(describe(error))
        self.state.setStyleSheet("color: #b3261e;")
