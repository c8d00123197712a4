"""The 出件 tab: find the case by its number (typed, or scanned from the receipt's barcode by a
keyboard-wedge scanner, which types fast and ends with Enter), then hand the result out.

For 本人领取 the collector is the applicant, prefilled; 代领 asks whose ID was shown; 邮寄 asks
for the tracking number and address. Ctrl+Enter hands out and prints the issuance record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.masking import mask_id_number
from app.services.errors import ServiceError, ValidationFailed
from app.services.views import CaseView, DecisionResult
from ui.banner import Banner
from ui.devices.wedge import WedgeDetector
from ui.field import ProblemField
from ui.labels import certificate_label, certificate_types, issuance_methods
from ui.messages import describe, render
from ui.panel import panel


class IssuancePanel(QWidget):
    document_ready = Signal(object)  # DocumentView of the issuance record
    reprint_wanted = Signal(int)
    served = Signal(object)  # CaseView: a service at the window ended; the applicant may rate it

    def __init__(self, worker, parent=None, *, cases=None, issuance=None) -> None:
        """The case query and issuance use cases (or later, through ``attach``)."""
        super().__init__(parent)
        self.attach(cases, issuance)
        self._worker = worker
        self.case: CaseView | None = None
        self.banner = Banner(self)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("输入或扫描办件编号，Enter 查找"))
        self.number.returnPressed.connect(self.find)
        # a wedge scanner's burst anywhere in this tab (the collector's name field, say) is a search
        self.wedge = WedgeDetector(self)
        self.wedge.scanned.connect(self.take_scan)
        find_button = QPushButton(self.tr("查找"), self)
        find_button.clicked.connect(self.find)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("办件编号 [F6]"), self))
        top.addWidget(self.number, 1)
        top.addWidget(find_button)
        self.summary = QLabel(self.tr("尚未查找办件。"), self)
        self.summary.setObjectName("Guide")
        self.summary.setWordWrap(True)

        self.methods = QButtonGroup(self)
        method_row = QHBoxLayout()
        for i, (code, label) in enumerate(issuance_methods(), start=1):
            button = QRadioButton(f"{label}(&{i})", self)
            button.setProperty("method", code)
            self.methods.addButton(button, i)
            method_row.addWidget(button)
        method_row.addStretch(1)
        self.methods.button(1).setChecked(True)
        self.methods.idToggled.connect(self._method_changed)

        self.collector_name = QLineEdit(self)
        self.collector_cert_type = QComboBox(self)
        for code, label in certificate_types():
            self.collector_cert_type.addItem(label, code)
        self.collector_cert_number = QLineEdit(self)
        self.tracking_number = QLineEdit(self)
        self.post_address = QLineEdit(self)
        self.fields = {
            "collector.name": ProblemField(self.collector_name, self),
            "collector.cert_type": ProblemField(self.collector_cert_type, self),
            "collector.cert_number": ProblemField(self.collector_cert_number, self),
            "post.tracking_number": ProblemField(self.tracking_number, self),
            "post.address": ProblemField(self.post_address, self),
        }
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("领取方式"), method_row)
        form.addRow(self.tr("领取人"), self.fields["collector.name"])
        form.addRow(self.tr("证件类型"), self.fields["collector.cert_type"])
        form.addRow(self.tr("证件号码"), self.fields["collector.cert_number"])
        form.addRow(self.tr("快递单号"), self.fields["post.tracking_number"])
        form.addRow(self.tr("邮寄地址"), self.fields["post.address"])
        self._form = form
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addStretch(1)

        self.issue_button = QPushButton(self.tr("出件 (Ctrl+Enter)"), self)
        self.issue_button.setObjectName("Primary")
        self.issue_button.clicked.connect(self.issue)
        self.issue_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.issue_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(panel(self.tr("领取"), body, self), 1)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.issue)
        self._method_changed()

    def attach(self, cases, issuance) -> None:
        self._cases, self._issuance = cases, issuance

    # -- finding ------------------------------------------------------------------------------
    def find(self) -> None:
        text = self.number.text().strip()
        if not text:
            self.banner.show_message(self.tr("请输入或扫描办件编号。"), "warning")
            return
        cases = self._cases
        self._worker.run(lambda: cases.find_by_number(text), self.load_case, self._not_found)

    def take_scan(self, code: str) -> None:
        """A case number read by a barcode scanner (wedge or serial): look it up at once."""
        self.number.setText(code)
        self.find()

    def _not_found(self, error: ServiceError) -> None:
        self.banner.show_message(describe(error), "error")
        self.number.selectAll()
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_summary(self, view: CaseView) -> None:
        a = view.applicant
        text = self.tr("{0}  ·  {1}  ·  {2}\n申请人：{3}  {4} {5}").format(
            view.number,
            view.title,
            render(view.status_label),
            a.name,
            certificate_label(a.cert_type),
            mask_id_number(a.cert_number),
        )
        if view.result_name:
            text += "\n" + self.tr("结果：{0}  {1}").format(view.result_name, view.certificate_number)
        if view.issuance_summary:
            text += "\n" + view.issuance_summary
        self.summary.setText(text)

    def load_case(self, view: CaseView) -> None:
        self.case = view
        self.number.setText(view.number)
        self._show_summary(view)
        for field in self.fields.values():
            field.set_problem("")
        if view.status == "result_ready":
            self.banner.clear()
            self.issue_button.setEnabled(True)
            self.methods.button(1).setChecked(True)
            self._prefill()
            self.collector_name.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.issue_button.setEnabled(False)
            why = self.tr("该办件当前为“{0}”，结果尚未到件，不能出件。").format(render(view.status_label))
            if view.status == "issued":
                why = self.tr("该办件已出件：{0}").format(view.issuance_summary)
            self.banner.show_message(why, "warning")

    def _prefill(self) -> None:
        """本人领取 and 邮寄 go to the applicant; 代领 starts empty for the collector's own ID."""
        a = self.case.applicant if self.case else None
        method = self.method()
        if a is not None and method != "agent":
            self.collector_name.setText(a.name)
            self.collector_cert_type.setCurrentIndex(max(0, self.collector_cert_type.findData(a.cert_type)))
            self.collector_cert_number.setText(a.cert_number)
            if method == "post" and not self.post_address.text():
                self.post_address.setText(a.address)
        else:
            self.collector_name.clear()
            self.collector_cert_number.clear()
            self.collector_cert_type.setCurrentIndex(self.collector_cert_type.findData("111"))

    def method(self) -> str:
        return str(self.methods.checkedButton().property("method"))

    def fill_collector(self, holder) -> bool:
        """The collector's ID card placed while a case waits to be handed out: who collects.

        Someone other than the applicant is collecting for them (代领), so the method follows.
        Returns False when no case is loaded (the card is then for intake).
        """
        if self.case is None or self.case.status != "result_ready":
            return False
        applicant = self.case.applicant
        if applicant is not None and holder.cert_number != applicant.cert_number.upper():
            for button in self.methods.buttons():
                if button.property("method") == "agent":
                    button.setChecked(True)
        self.collector_name.setText(holder.name)
        index = self.collector_cert_type.findData(holder.cert_type)
        self.collector_cert_type.setCurrentIndex(max(0, index))
        self.collector_cert_number.setText(holder.cert_number)
        self.banner.show_message(self.tr("已读取领取人证件，请核对后按 Ctrl+Enter 出件。"), "info")
        self.collector_name.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _method_changed(self, *_args) -> None:
        post = self.method() == "post"
        for key in ("post.tracking_number", "post.address"):
            self.fields[key].setVisible(post)
            self._form.labelForField(self.fields[key]).setVisible(post)
        if self.case is not None:
            self._prefill()

    # -- handing out --------------------------------------------------------------------------
    def issue(self) -> None:
        if self.case is None or not self.issue_button.isEnabled():
            return
        args = (
            self.case.id,
            self.method(),
            self.collector_name.text().strip(),
            str(self.collector_cert_type.currentData()),
            self.collector_cert_number.text().strip(),
            self.tracking_number.text().strip(),
            self.post_address.text().strip(),
        )
        issuance = self._issuance
        self.issue_button.setEnabled(False)
        self._worker.run(lambda: issuance.issue(*args), self._issued, self._failed, changes=True)

    def _issued(self, result: DecisionResult) -> None:
        doc = result.document
        text = self.tr("已出件，办件编号 {0}。").format(result.case.number)
        if doc.printed:
            self.banner.show_message(text + self.tr("{0}已打印。").format(doc.title), "success")
        else:
            self.banner.show_message(
                text + doc.print_error,
                "warning",
                self.tr("重新打印 (Ctrl+P)"),
                lambda: self.reprint_wanted.emit(doc.id),
            )
        self.document_ready.emit(doc)
        self.case = result.case
        self.served.emit(result.case)
        self._show_summary(result.case)
        for edit in (
            self.collector_name,
            self.collector_cert_number,
            self.tracking_number,
            self.post_address,
        ):
            edit.clear()
        self.number.clear()
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)  # the next collector's receipt

    def _failed(self, error: ServiceError) -> None:
        self.issue_button.setEnabled(self.case is not None and self.case.status == "result_ready")
        self.banner.show_message(describe(error), "error")
        if isinstance(error, ValidationFailed):
            by_field = {p.field: render(p.message) for p in error.problems}
            for key, field in self.fields.items():
                field.set_problem(by_field.get(key, ""))

    def focus(self) -> None:
        self.number.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number.selectAll()
