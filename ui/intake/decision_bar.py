"""The window's decision: 受理 (F9), 一次性告知 (F10), 不予受理 (F11), 放弃草稿.

Refusing and discarding ask in place (a reason field, a confirmation), never in a dialog;
Esc takes the question back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class DecisionBar(QWidget):
    accept_wanted = Signal()
    supplement_wanted = Signal()
    refuse_wanted = Signal(str)  # the reason
    discard_wanted = Signal()

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
        self.refuse_button.clicked.connect(self.ask_refusal)
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
        self._asking = ""  # 'refuse' | 'discard' | ''

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.prompt)
        layout.addLayout(buttons)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        for b in (self.accept_button, self.supplement_button, self.refuse_button, self.discard_button):
            b.setEnabled(enabled)
        if not enabled:
            self.cancel_prompt()

    def ask_refusal(self) -> None:
        if not self.refuse_button.isEnabled():
            return
        self._asking = "refuse"
        self.prompt_label.setText(self.tr("不予受理理由："))
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
