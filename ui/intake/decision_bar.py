"""The window's decision: 受理 (F9), 一次性告知 (F10), 不予受理 (F11), 放弃草稿.

Every question is asked in place, never in a dialog, and Esc takes it back: 受理 and 一次性告知
show what will be printed and wait for Enter (unless the hall turned that off), 不予受理 asks
for its reason, 放弃草稿 for a confirmation — and is greyed where the case may not be discarded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class DecisionBar(QWidget):
    accept_wanted = Signal()
    supplement_wanted = Signal()
    refuse_wanted = Signal(str)  # the reason
    discard_wanted = Signal()
    refusal_wanted = Signal()  # F11 / the button: the view checks the applicant, then asks the reason
    confirmed = Signal(str)  # 'accept' | 'supplement' | 'rematter': the clerk pressed Enter

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.accept_button = QPushButton(self.tr("受理 (F9)"), self)
        self.accept_button.setObjectName("Primary")
        self.accept_button.setToolTip(self.tr("材料齐全、符合法定形式：受理并打印受理通知书"))
        self.supplement_button = QPushButton(self.tr("一次性告知 (F10)"), self)
        self.supplement_button.setToolTip(self.tr("材料不齐或不符合要求：一次性告知需补正的全部材料"))
        self.refuse_button = QPushButton(self.tr("不予受理 (F11)"), self)
        self.refuse_button.setObjectName("Danger")
        self.refuse_button.setToolTip(self.tr("不属于本机关职权范围等情形：写明理由，打印不予受理通知书"))
        self.discard_button = QPushButton(self.tr("放弃草稿"), self)
        self.discard_button.setToolTip(self.tr("删除这份尚未决定的收件草稿"))
        self.accept_button.clicked.connect(self.accept_wanted)
        self.supplement_button.clicked.connect(self.supplement_wanted)
        self.refuse_button.clicked.connect(self.refusal_wanted)
        self.discard_button.clicked.connect(self.ask_discard)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.supplement_button)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)

        # the in-place question: a refusal reason, or "really discard?"
        self.prompt = QWidget(self)
        prompt_layout = QHBoxLayout(self.prompt)
        prompt_layout.setContentsMargins(0, 0, 0, 0)
        self.prompt_label = QLabel(self.prompt)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QLineEdit(self.prompt)
        self.reason.setPlaceholderText(self.tr("不予受理的理由（将写入通知书）"))
        self.reason.returnPressed.connect(self._confirm)
        self.confirm_button = QPushButton(self.prompt)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button = QPushButton(self.tr("取消 (Esc)"), self.prompt)
        self.cancel_button.clicked.connect(self.cancel_prompt)
        prompt_layout.addWidget(self.prompt_label)
        prompt_layout.addWidget(self.reason, 1)
        prompt_layout.addWidget(self.confirm_button)
        prompt_layout.addWidget(self.cancel_button)
        self.prompt.hide()
        self._asking = ""  # 'refuse' | 'discard' | 'accept' | 'supplement' | 'rematter' | ''
        self._discardable = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.prompt)
        layout.addLayout(buttons)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool, discardable: bool | None = None) -> None:
        """`discardable`: the case's own answer (CaseView.discardable); None keeps the last one."""
        if discardable is not None:
            self._discardable = discardable
        for b in (self.accept_button, self.supplement_button, self.refuse_button):
            b.setEnabled(enabled)
        self.discard_button.setEnabled(enabled and self._discardable)
        if not enabled:
            self.cancel_prompt()

    @property
    def asking(self) -> str:
        return self._asking

    def ask_confirmation(self, kind: str, text: str, confirm: str) -> None:
        """What will happen (the document, the applicant, the matter, …); Enter does it."""
        self._asking = kind
        self.prompt_label.setText(text)
        self.reason.hide()
        self.confirm_button.setText(confirm)
        self.prompt.show()
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on the focused confirm button (a button outside a dialog lets Enter pass up here)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._asking in _ENTER_CONFIRMS:
            self._confirm()
            return
        super().keyPressEvent(event)

    def ask_refusal(self, addressed_to: str = "") -> None:
        """`addressed_to`: the applicant and matter the notice will name, said beside the field."""
        if not self.refuse_button.isEnabled():
            return
        self._asking = "refuse"
        label = self.tr("不予受理理由：")
        if addressed_to:
            label = self.tr("不予受理通知书（{0}）理由：").format(addressed_to)
        self.prompt_label.setText(label)
        self.reason.show()
        self.confirm_button.setText(self.tr("确认不予受理 (Enter)"))
        self.prompt.show()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_discard(self) -> None:
        if not self.discard_button.isEnabled():
            return
        self._asking = "discard"
        self.prompt_label.setText(self.tr("放弃这份草稿？已录入的申请人和材料核验结果将删除。"))
        self.reason.hide()
        self.confirm_button.setText(self.tr("确认放弃"))
        self.prompt.show()
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm(self) -> None:
        if self._asking == "refuse":
            reason = self.reason.text().strip()
            if not reason:
                self.prompt_label.setText(self.tr("请先写明不予受理的理由："))
                return
            self.refuse_wanted.emit(reason)
        elif self._asking == "discard":
            self.discard_wanted.emit()
        elif self._asking in ("accept", "supplement", "rematter"):
            kind = self._asking
            self.cancel_prompt()
            self.confirmed.emit(kind)
            return
        # the reason stays typed until the refusal went through (see done_refusing)
        if self._asking == "discard":
            self.cancel_prompt()

    def done_refusing(self) -> None:
        self.reason.clear()
        self.cancel_prompt()

    def cancel_prompt(self) -> bool:
        if self.prompt.isHidden():
            return False
        self.prompt.hide()
        self._asking = ""
        return True


_ENTER_CONFIRMS = frozenset({"discard", "accept", "supplement", "rematter"})
