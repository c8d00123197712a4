"""The one line where the queue panel asks the clerk for a word: a ticket number (指定叫号, a
paper ticket offline), where to transfer to, or why the window pauses. No dialog: it opens in
the panel, Enter confirms, Esc cancels, and a refusal leaves what was typed in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

NUMBER, TRANSFER, PAUSE, SERVED = "number", "transfer", "pause", "served"


class InlineEntry(QWidget):
    confirmed = Signal(str, object)  # mode, value: the typed text, or (kind, code) of a transfer
    cancelled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mode = ""
        self.label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(200)
        self.choice = QComboBox(self)
        self.hint = QLabel(self.tr("Enter 确定 · Esc 取消"), self)
        self.hint.setObjectName("KeyHint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.hint)
        for editor in (self.edit, self.choice):
            editor.installEventFilter(self)
        self.hide()

    def ask_number(self, offline: bool) -> None:
        self._open(NUMBER, self.tr("纸质号票号码") if offline else self.tr("叫号号码"))
        self.edit.setMaxLength(8)
        self.edit.setPlaceholderText(self.tr("如 A012"))

    def ask_pause(self) -> None:
        self._open(PAUSE, self.tr("暂停原因"))
        self.edit.setMaxLength(200)
        self.edit.setPlaceholderText(self.tr("如 午休、临时离开（可不填）"))

    def ask_transfer(self, categories, windows) -> None:
        """categories: (code, name) pairs; windows: names. Both in one list, categories first."""
        self.choice.clear()
        for code, name in categories:
            self.choice.addItem(self.tr("类别：{0}").format(name), f"category:{code}")
        for name in windows:
            self.choice.addItem(self.tr("窗口：{0}").format(name), f"window:{name}")
        self._open(TRANSFER, self.tr("转往"))

    def ask_served(self, number: str) -> None:
        """F7 with no case opened for `number`: 办结 (Enter) or 未办理 (↓ Enter)."""
        self.choice.clear()
        self.choice.addItem(self.tr("办结：已为群众办理"), "served")
        self.choice.addItem(self.tr("未办理：群众未办业务即离开"), "not_served")
        self._open(SERVED, self.tr("{0}号").format(number))

    def _open(self, mode: str, label: str) -> None:
        self.mode = mode
        self.label.setText(label)
        text_mode = mode not in (TRANSFER, SERVED)
        self.edit.setVisible(text_mode)
        self.choice.setVisible(not text_mode)
        self.edit.clear()
        self.show()
        target = self.edit if text_mode else self.choice
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def keep_for_correction(self) -> None:
        """A refusal: the entry stays open with what was typed, ready to be corrected."""
        if self.isVisible():
            editor = self.choice if self.mode in (TRANSFER, SERVED) else self.edit
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            if editor is self.edit:
                self.edit.selectAll()

    def close_entry(self) -> bool:
        if not self.isVisible():
            return False
        self.mode = ""
        self.hide()
        return True

    def confirm(self) -> None:
        if self.mode == TRANSFER:
            data = self.choice.currentData()
            if not data:
                return
            value = tuple(data.split(":", 1))  # (kind, code): a plain string survives Qt's item data
        elif self.mode == SERVED:
            value = self.choice.currentData() == "served"
        else:
            value = self.edit.text().strip()
            if self.mode == NUMBER and not value:
                return
        self.confirmed.emit(self.mode, value)

    def cancel(self) -> None:
        if self.close_entry():
            self.cancelled.emit()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
        return super().eventFilter(obj, event)
