"""The 出件 tab: find the case by its number (typed, or scanned from the receipt's barcode by a
keyboard-wedge scanner, which types fast and ends with Enter), then hand the result out.

The 领取 form (collector_form.py) says who takes the result and how their ID was seen: the
collector's card read at the reader while this tab is shown, or the ID typed with a reason; 代领
adds the 授权委托书 scanned with Ctrl+S; 邮寄 asks for the tracking number and address.
Ctrl+Enter hands out and prints the issuance record. A failed lookup takes the previous case off
the panel, and a refusal's messages go when the values they were said of change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.masking import mask_id_number
from app.services.errors import ServiceError, ValidationFailed
from app.services.views import CaseView, DecisionResult
from ui.banner import Banner
from ui.devices.wedge import WedgeDetector
from ui.issuance.collector_form import CollectorForm
from ui.labels import certificate_label
from ui.messages import describe, render
from ui.panel import panel
from ui.printing.case_on_screen import ShownCase


class IssuancePanel(QWidget):
    document_ready = Signal(object)  # DocumentView of the issuance record
    reprint_wanted = Signal(int)
    served = Signal(object)  # CaseView: a service at the window ended; the applicant may rate it
    case_changed = Signal(object)  # CaseView or None: another case on this tab (see ShownCase)
    case = ShownCase()

    def __init__(self, worker, parent=None, *, cases=None, issuance=None) -> None:
        """The case query and issuance use cases (or later, through ``attach``)."""
        super().__init__(parent)
        self.attach(cases, issuance)
        self._worker = worker
        self.case: CaseView | None = None
        self._refused = False  # the banner says why the last hand-out was refused
        self._letter_asked = False  # the banner asks for a 代领's 委托书
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

        self.form = CollectorForm(worker, self)
        self.form.changed.connect(self._form_changed)
        # the names the rest of the workbench and its tests know these widgets by
        form = self.form
        self.methods, self.fields = form.methods, form.fields
        self.collector_name, self.collector_cert_type = form.collector_name, form.collector_cert_type
        self.collector_cert_number, self.typed_reason = form.collector_cert_number, form.typed_reason
        self.tracking_number, self.post_address = form.tracking_number, form.post_address

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
        layout.addWidget(panel(self.tr("领取"), self.form, self), 1)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.issue)

    def attach(self, cases, issuance) -> None:
        self._cases, self._issuance = cases, issuance

    def attach_pages(self, pages, scanner) -> None:
        """The page use cases and the scanner in use, for the 委托书 of a 代领."""
        self.form.letter.attach(pages, scanner)

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
        # the previous case leaves the panel: nothing may be handed out against a failed lookup
        self.case = None
        self._refused = self._letter_asked = False
        self.summary.setText(self.tr("尚未查找办件。"))
        self.issue_button.setEnabled(False)
        self.form.set_case(None)
        self.form.clear_values()
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
        self._refused = self._letter_asked = False
        self.number.setText(view.number)
        self._show_summary(view)
        ready = view.status == "result_ready"
        self.form.set_case(view if ready else None)
        self.issue_button.setEnabled(ready)
        if ready:
            self.banner.clear()
            self._form_changed()
            self.collector_name.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.form.clear_values()
            why = self.tr("该办件当前为“{0}”，结果尚未到件，不能出件。").format(render(view.status_label))
            if view.status == "issued":
                why = self.tr("该办件已出件：{0}").format(view.issuance_summary)
            self.banner.show_message(why, "warning")

    def method(self) -> str:
        return self.form.method()

    def fill_collector(self, holder) -> bool:
        """The collector's ID card placed while a case waits to be handed out: who collects.

        The applicant's card means 本人领取, anyone else's 代领 (the 委托书 is asked for next).
        Returns False when no case is loaded (the card is then for intake).
        """
        if self.case is None or self.case.status != "result_ready":
            return False
        self.form.take_card(holder)
        self._letter_asked = self.method() == "agent" and self.form.letter.count() == 0
        if self._letter_asked:
            text = self.tr("已读取代领人证件。请扫描申请人签署的授权委托书（Ctrl+S），再按 Ctrl+Enter 出件。")
        else:
            text = self.tr("已读取领取人证件，请核对后按 Ctrl+Enter 出件。")
        self.banner.show_message(text, "info")
        self.collector_name.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _form_changed(self) -> None:
        """A value or the method changed: a refusal said of the old values goes with them."""
        if self._refused and not self.form.has_problems():
            self._refused = False
            self.banner.clear()
        if self._letter_asked and self.form.letter.count() > 0:
            self._letter_asked = False
            self.banner.show_message(self.tr("授权委托书已扫描，请核对后按 Ctrl+Enter 出件。"), "info")

    # -- handing out --------------------------------------------------------------------------
    def issue(self) -> None:
        if self.case is None or not self.issue_button.isEnabled():
            return
        v = self.form.values()
        args = (
            self.case.id,
            self.method(),
            v["collector.name"],
            v["collector.cert_type"],
            v["collector.cert_number"],
            v["post.tracking_number"],
            v["post.address"],
        )
        how = {"identity": v["identity"], "typed_reason": v["collector.reason"]}
        issuance = self._issuance
        self.issue_button.setEnabled(False)
        self._worker.run(lambda: issuance.issue(*args, **how), self._issued, self._failed, changes=True)

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
        self.form.set_case(None)
        self.form.clear_values()
        self.number.clear()
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)  # the next collector's receipt

    def _failed(self, error: ServiceError) -> None:
        self.issue_button.setEnabled(self.case is not None and self.case.status == "result_ready")
        self.banner.show_message(describe(error), "error")
        self._refused = True
        if isinstance(error, ValidationFailed):
            self.form.show_problems({p.field: render(p.message) for p in error.problems})
            self.form.focus_first_problem()

    def focus(self) -> None:
        self.number.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number.selectAll()
