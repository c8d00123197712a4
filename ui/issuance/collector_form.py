"""The 领取 form of the 出件 tab: how the result leaves, who takes it, and what proves who they are.

The collector's ID counts as seen only when the card reader read it and nothing was typed over
it since; otherwise the clerk writes why it was typed (a reason the hand-out keeps, see
app/domain/collectors.py). For 代领 the applicant's 授权委托书 is scanned here (Ctrl+S) as
pages of the case, with the intake's own page strip. Each problem line belongs to the value it
was said of: it goes when that value changes or its field is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.collectors import AUTHORISATION_CODE, MAX_REASON
from app.services.views import CaseView
from ui.field import ProblemField
from ui.intake.material_pages import MaterialPages
from ui.labels import certificate_types, issuance_methods
from ui.theme import MUTED, SUCCESS, WARNING

_IN_PERSON_PLACEHOLDER = "111"  # 居民身份证: what a collector usually shows


class LetterPages(MaterialPages):
    """The intake's page strip, kept on the 委托书 a 代领 brings (not a material of the matter)."""

    def material_name(self, code: str | None = None) -> str:
        return self.tr("授权委托书")

    def _show_title(self) -> None:
        if self.case is None:
            self.title.setText(self.tr("查到办件后按 Ctrl+S 扫描授权委托书。"))
        else:
            self.title.setText(self.tr("授权委托书的扫描件：{0} 页（Ctrl+S 扫描）").format(self.count()))


class CollectorForm(QWidget):
    changed = Signal()  # the method or a value changed: messages are said again from what is shown

    def __init__(self, worker, parent=None) -> None:
        super().__init__(parent)
        self.case: CaseView | None = None
        self._card = None  # the CardHolder last read for this case, while its values stand
        self._said: dict[str, str] = {}  # field -> the value its problem line was said of

        self.methods = QButtonGroup(self)
        method_row = QHBoxLayout()
        for i, (code, label) in enumerate(issuance_methods(), start=1):
            button = QRadioButton(f"{label}(&{i})", self)
            button.setProperty("method", code)
            self.methods.addButton(button, i)
            method_row.addWidget(button)
        method_row.addStretch(1)
        self.methods.button(1).setChecked(True)

        self.collector_name = QLineEdit(self)
        self.collector_cert_type = QComboBox(self)
        for code, label in certificate_types():
            self.collector_cert_type.addItem(label, code)
        self.collector_cert_number = QLineEdit(self)
        self.identity = QLabel(self)
        self.identity.setWordWrap(True)
        self.typed_reason = QLineEdit(self)
        self.typed_reason.setMaxLength(MAX_REASON)
        self.typed_reason.setPlaceholderText(self.tr("无法读卡时写明原因，如：身份证芯片损坏、持护照领取"))
        self.letter = LetterPages(worker, self)
        self.letter.install_shortcuts(self)
        self.letter.pages_changed.connect(self._edited)
        self.tracking_number = QLineEdit(self)
        self.post_address = QLineEdit(self)
        self.fields = {
            "collector.name": ProblemField(self.collector_name, self),
            "collector.cert_type": ProblemField(self.collector_cert_type, self),
            "collector.cert_number": ProblemField(self.collector_cert_number, self),
            "collector.reason": ProblemField(self.typed_reason, self),
            "authorisation": ProblemField(self.letter, self),
            "post.tracking_number": ProblemField(self.tracking_number, self),
            "post.address": ProblemField(self.post_address, self),
        }
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("领取方式"), method_row)
        form.addRow(self.tr("领取人"), self.fields["collector.name"])
        form.addRow(self.tr("证件类型"), self.fields["collector.cert_type"])
        form.addRow(self.tr("证件号码"), self.fields["collector.cert_number"])
        form.addRow(self.tr("证件核验"), self.identity)
        form.addRow(self.tr("手工录入原因"), self.fields["collector.reason"])
        form.addRow(self.tr("授权委托书"), self.fields["authorisation"])
        form.addRow(self.tr("快递单号"), self.fields["post.tracking_number"])
        form.addRow(self.tr("邮寄地址"), self.fields["post.address"])
        self._form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        self.methods.idToggled.connect(self._method_toggled)
        for edit in (
            self.collector_name,
            self.collector_cert_number,
            self.typed_reason,
            self.tracking_number,
            self.post_address,
        ):
            edit.textChanged.connect(self._edited)
        self.collector_cert_type.currentIndexChanged.connect(self._edited)
        self._show_rows()

    # -- what is shown ------------------------------------------------------------------------
    def method(self) -> str:
        return str(self.methods.checkedButton().property("method"))

    def set_method(self, code: str) -> None:
        for button in self.methods.buttons():
            if button.property("method") == code:
                button.setChecked(True)

    def set_case(self, case: CaseView | None) -> None:
        """A case to hand out (or None: nothing on the panel); the form starts over for it."""
        self.case = case
        self._card = None
        self.letter.set_case(case)
        if case is not None:
            self.letter.set_material(AUTHORISATION_CODE)
        self.typed_reason.clear()
        self.tracking_number.clear()
        self.post_address.clear()
        self.set_method("in_person")
        self._prefill()
        self.show_problems({})

    def _method_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._prefill()
            self._show_rows()
            self._edited()

    def _prefill(self) -> None:
        """本人领取 and 邮寄 go to the applicant, 代领 starts empty for the collector's own ID.
        A prefilled ID is not a seen one: it still wants the card or a reason."""
        a = self.case.applicant if self.case else None
        if a is not None and self.method() != "agent":
            self.collector_name.setText(a.name)
            self.collector_cert_type.setCurrentIndex(max(0, self.collector_cert_type.findData(a.cert_type)))
            self.collector_cert_number.setText(a.cert_number)
            if self.method() == "post" and not self.post_address.text():
                self.post_address.setText(a.address)
        else:
            self.collector_name.clear()
            self.collector_cert_number.clear()
            self.collector_cert_type.setCurrentIndex(
                self.collector_cert_type.findData(_IN_PERSON_PLACEHOLDER)
            )

    def _show_rows(self) -> None:
        method = self.method()
        shown = {
            "post.tracking_number": method == "post",
            "post.address": method == "post",
            "collector.reason": method != "post",
            "authorisation": method == "agent",
        }
        for key, visible in shown.items():
            self.fields[key].setVisible(visible)
            self._form.labelForField(self.fields[key]).setVisible(visible)
        self.identity.setVisible(method != "post")
        self._form.labelForField(self.identity).setVisible(method != "post")

    # -- the collector's card -----------------------------------------------------------------
    def take_card(self, holder) -> None:
        """The card read: the applicant's means 本人领取, anyone else's 代领 (the letter follows)."""
        a = self.case.applicant if self.case is not None else None
        # a person collects in person; an organisation through its 经办人 recorded at intake
        own_number = "" if a is None else a.cert_number if a.type == 1 else a.agent_cert_number
        own = bool(own_number) and holder.cert_number.upper() == own_number.strip().upper()
        self.set_method("in_person" if own else "agent")
        self.collector_name.setText(holder.name)
        self.collector_cert_type.setCurrentIndex(max(0, self.collector_cert_type.findData(holder.cert_type)))
        self.collector_cert_number.setText(holder.cert_number)
        self._card = holder
        self._edited()

    def read_from_card(self) -> bool:
        """The ID shown is the card's as read: nothing typed over it since."""
        card = self._card
        return (
            card is not None
            and self.collector_name.text().strip() == card.name
            and self.collector_cert_number.text().strip().upper() == card.cert_number.upper()
        )

    def identity_source(self) -> str:
        return "card" if self.read_from_card() else "typed"

    def _show_identity(self) -> None:
        if self.read_from_card():
            self.identity.setStyleSheet(f"color: {SUCCESS};")
            self.identity.setText(self.tr("已读卡核验：{0}").format(self._card.card_label))
        elif self.typed_reason.text().strip():
            self.identity.setStyleSheet(f"color: {MUTED};")
            self.identity.setText(self.tr("手工录入，原因随出件记录留存"))
        else:
            self.identity.setStyleSheet(f"color: {WARNING};")
            self.identity.setText(
                self.tr("未读卡：请将领取人身份证放在读卡器上；无法读卡的，写明手工录入原因")
            )

    # -- problems -----------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {
            "collector.name": self.collector_name.text().strip(),
            "collector.cert_type": str(self.collector_cert_type.currentData()),
            "collector.cert_number": self.collector_cert_number.text().strip(),
            "collector.reason": self.typed_reason.text().strip(),
            "authorisation": str(self.letter.count(AUTHORISATION_CODE)),
            "post.tracking_number": self.tracking_number.text().strip(),
            "post.address": self.post_address.text().strip(),
            "method": self.method(),
            "identity": self.identity_source(),
        }

    def show_problems(self, by_field: dict[str, str]) -> None:
        """Problems said of the values shown now; each stays while its value does."""
        now = self.values()
        self._said = {key: now[key] for key in by_field}
        self._said["method"] = now["method"]
        for key, field in self.fields.items():
            field.set_problem(by_field.get(key, ""))
        self._show_identity()

    def _edited(self, *_args) -> None:
        now = self.values()
        if self._said.get("method", now["method"]) != now["method"]:
            # another method asks other things: nothing said of the last one holds
            self._said = {}
        for key, field in self.fields.items():
            if key not in self._said or self._said[key] != now[key] or field.isHidden():
                field.set_problem("")
                self._said.pop(key, None)
        if now["identity"] == "card":  # the card read answers "why typed"
            self.fields["collector.reason"].set_problem("")
        self._show_identity()
        self.changed.emit()

    def has_problems(self) -> bool:
        return any(field.problem_text() for field in self.fields.values())

    def clear_values(self) -> None:
        for edit in (
            self.collector_name,
            self.collector_cert_number,
            self.typed_reason,
            self.tracking_number,
            self.post_address,
        ):
            edit.clear()
        self._card = None
        self.show_problems({})

    def focus_first_problem(self) -> None:
        for field in self.fields.values():
            if field.problem_text():
                field.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return
