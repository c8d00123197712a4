"""The materials (申请材料) of the case, checked by keyboard.

The focused row takes 1 已收取, 2 缺少, 3 不符合要求 (the reason is asked inline), 4 容缺后补,
5 告知承诺, 6 电子证照, 7 不提供 (optional ones), 0 未核验; Space toggles 已收取/未核验; Up/Down
move. A state the material does not allow is refused here with the reason in the hint line,
before any call, so the clerk learns at once and the row keeps its state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.views import MaterialView
from ui.theme import ERROR, STATE_COLOURS

KEY_STATES = {
    Qt.Key.Key_1: "received",
    Qt.Key.Key_2: "missing",
    Qt.Key.Key_3: "invalid",
    Qt.Key.Key_4: "deferred",
    Qt.Key.Key_5: "commitment",
    Qt.Key.Key_6: "e_licence",
    Qt.Key.Key_7: "not_provided",
    Qt.Key.Key_0: "pending",
}
_NAME, _NECESSITY, _COPIES, _STATE, _NOTE = range(5)


class _Table(QTableWidget):
    state_key = Signal(int, str)  # row, state
    toggle = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        if row >= 0 and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            state = KEY_STATES.get(Qt.Key(event.key()))
            if state is not None:
                self.state_key.emit(row, state)
                return
            if event.key() == Qt.Key.Key_Space:
                self.toggle.emit(row)
                return
        super().keyPressEvent(event)


class MaterialChecklist(QWidget):
    state_wanted = Signal(str, str, str)  # material code, state, note
    all_received_wanted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._materials: tuple[MaterialView, ...] = ()
        self._problems: dict[str, str] = {}
        self.table = _Table(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("申请材料"), self.tr("类别"), self.tr("份数"), self.tr("核验结果"), self.tr("说明")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (_NECESSITY, _COPIES, _STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(_NOTE, 170)
        self.table.state_key.connect(self._on_state_key)
        self.table.toggle.connect(self._on_toggle)
        self.table.setAccessibleName(self.tr("申请材料核验"))

        # the reason for 不符合要求, asked in place (Enter confirms, Esc cancels)
        self.reason_row = QWidget(self)
        reason_layout = QHBoxLayout(self.reason_row)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        self.reason_label = QLabel(self.reason_row)
        self.reason = QLineEdit(self.reason_row)
        self.reason.setPlaceholderText(self.tr("写明不符合要求的原因，告知书会列出（Enter 确认，Esc 取消）"))
        self.reason.returnPressed.connect(self._confirm_reason)
        reason_layout.addWidget(self.reason_label)
        reason_layout.addWidget(self.reason, 1)
        self.reason_row.hide()
        self._reason_code = ""

        self.hint = QLabel(self)
        self.hint.setObjectName("KeyHint")
        self.hint.setWordWrap(True)
        self.all_button = QPushButton(self.tr("其余全部已收取 (Ctrl+Shift+A)"), self)
        self.all_button.setToolTip(self.tr("把所有“未核验”的材料标为已收取；已标记的不变"))
        self.all_button.clicked.connect(self.all_received_wanted)
        # the key legend gets the whole width under the table; the bulk action sits above it
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.all_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason_row)
        layout.addWidget(self.hint)
        self.show_key_hint()

    # -- showing ------------------------------------------------------------------------------
    def set_materials(self, materials: tuple[MaterialView, ...], editable: bool = True) -> None:
        row = max(self.table.currentRow(), 0)
        self._materials = materials
        self._problems = {
            k: v for k, v in self._problems.items() if self._state_of(k) in ("pending", "invalid", "missing")
        }
        self.table.setRowCount(len(materials))
        for r, m in enumerate(materials):
            name = QTableWidgetItem(m.name)
            name.setToolTip(m.guide_note or m.name)
            necessity = QTableWidgetItem(m.necessity_label)
            if m.necessity == 1:
                necessity.setForeground(QBrush(QColor(ERROR)))
            copies = QTableWidgetItem(str(m.copies))
            copies.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            state = QTableWidgetItem(m.state_label)
            state.setForeground(QBrush(QColor(STATE_COLOURS.get(m.state, "#1f2933"))))
            problem = self._problems.get(m.code, "")
            note_text = problem or m.clerk_note or m.guide_note
            note = QTableWidgetItem(note_text)
            note.setToolTip(note_text)
            if problem:
                note.setForeground(QBrush(QColor(ERROR)))
                name.setForeground(QBrush(QColor(ERROR)))
            for c, item in enumerate((name, necessity, copies, state, note)):
                self.table.setItem(r, c, item)
        self.table.setEnabled(editable)
        self.all_button.setEnabled(editable and bool(materials))
        if materials:
            self.table.setCurrentCell(min(row, len(materials) - 1), _STATE)

    def clear(self) -> None:
        self._problems.clear()
        self.set_materials(())
        self.cancel_prompt()
        self.show_key_hint()

    def show_problems(self, problems: dict[str, str]) -> None:
        """``{material code: message}`` from a refused decision, shown in the row itself."""
        self._problems = dict(problems)
        self.set_materials(self._materials, self.table.isEnabled())
        if problems:
            self.hint.setText("；".join(problems.values()))

    def state_of(self, code: str) -> str:
        return self._state_of(code)

    def _state_of(self, code: str) -> str:
        return next((m.state for m in self._materials if m.code == code), "")

    def show_key_hint(self) -> None:
        self.hint.setText(
            self.tr(
                "1 已收取 2 缺少 3 不符合要求 4 容缺后补 5 告知承诺 6 电子证照 7 不提供 0 未核验 空格 切换"
            )
        )

    # -- keys ---------------------------------------------------------------------------------
    def _refusal(self, m: MaterialView, state: str) -> str:
        """Why this material cannot take this state, or '' (the same rules the service keeps)."""
        if state == "deferred" and m.necessity != 3:
            return self.tr("“{0}”不属于容缺后补材料，不能容缺受理").format(m.name)
        if state == "commitment" and not m.commitment_allowed:
            return self.tr("“{0}”不适用告知承诺").format(m.name)
        if state == "e_licence" and not m.e_licence_allowed:
            return self.tr("“{0}”不能以电子证照替代").format(m.name)
        if state == "not_provided" and m.necessity == 1:
            return self.tr("“{0}”是必要材料，请核验为已收取、缺少或不符合要求").format(m.name)
        return ""

    def _on_state_key(self, row: int, state: str) -> None:
        m = self._materials[row]
        why = self._refusal(m, state)
        if why:
            self.hint.setText(why)
            return
        if state == "invalid":
            self._ask_reason(m)
            return
        self.show_key_hint()
        self.state_wanted.emit(m.code, state, "")
        self.advance()

    def _on_toggle(self, row: int) -> None:
        m = self._materials[row]
        self.state_wanted.emit(m.code, "pending" if m.state == "received" else "received", "")

    def _ask_reason(self, m: MaterialView) -> None:
        self._reason_code = m.code
        self.reason_label.setText(self.tr("“{0}”不符合要求的原因：").format(m.name))
        self.reason.setText(m.clerk_note)
        self.reason_row.show()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm_reason(self) -> None:
        note = self.reason.text().strip()
        if not note:
            self.hint.setText(self.tr("请写明不符合要求的原因，告知书会一并列出"))
            return
        code = self._reason_code
        self.cancel_prompt()
        self.state_wanted.emit(code, "invalid", note)
        self.advance()

    def cancel_prompt(self) -> bool:
        if self.reason_row.isHidden():
            return False
        self.reason_row.hide()
        self._reason_code = ""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.table.rowCount() and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, _STATE)

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.table.rowCount():
            self.table.setCurrentCell(0, _STATE)

    def advance(self) -> None:
        """After a row is set, the next one is what the clerk looks at."""
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount() - 1:
            self.table.setCurrentCell(row + 1, _STATE)
