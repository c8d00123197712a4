"""The materials (申请材料) of the case, checked by keyboard.

The focused row takes 1 已收取, 2 缺少, 3 不符合要求 (the reason is asked inline), 4 容缺后补,
5 告知承诺, 6 电子证照, 7 未提供 (optional ones), 0 未核验; Space toggles 已收取/未核验; Up/Down
move. Which of these a material may take is the domain's answer (materials_check.allowed_states,
carried in MaterialView.choices): the hint line offers only the focused row's allowed keys, and
a key for a refused state shows the domain's reason there, before any call, so the clerk learns
at once and the row keeps its state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence
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

from app.domain.matters import Necessity
from app.services.views import MaterialView
from ui.messages import render
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
        self.table.currentCellChanged.connect(self._on_row_changed)
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
        self._legend = ""  # the key legend last shown (a refusal or problem replaces it)
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
            necessity = QTableWidgetItem(render(m.necessity_label))
            if Necessity(m.necessity) is Necessity.REQUIRED:
                necessity.setForeground(QBrush(QColor(ERROR)))
            copies = QTableWidgetItem(str(m.copies))
            copies.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            state = QTableWidgetItem(render(m.state_label))
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

    def offered_keys(self, row: int) -> list[tuple[str, str]]:
        """(key, state label) the row at `row` takes, in key order: the domain's allowed states."""
        if not 0 <= row < len(self._materials):
            return []
        m = self._materials[row]
        keys = []
        for key, state in KEY_STATES.items():
            choice = m.choice(state)
            if choice is not None and choice.allowed:
                keys.append((QKeySequence(key).toString(), render(choice.label)))
        return keys

    def show_key_hint(self) -> None:
        """The keys the focused row takes (no materials: none), and Space."""
        keys = "  ".join(f"{key} {label}" for key, label in self.offered_keys(self.table.currentRow()))
        # tr() outside the f-string: lupdate does not look inside one (the string went untranslated)
        space = self.tr("空格 切换")
        self._legend = f"{keys}  {space}" if keys else ""
        self.hint.setText(self._legend)

    def _on_row_changed(self, row: int, _col: int, previous: int, _prev_col: int) -> None:
        # a refusal or a problem stays until the clerk acts; the legend follows the focus
        if row != previous and self.hint.text() == self._legend:
            self.show_key_hint()

    # -- keys ---------------------------------------------------------------------------------
    def _on_state_key(self, row: int, state: str) -> None:
        m = self._materials[row]
        choice = m.choice(state)
        if choice is not None and not choice.allowed:
            self.hint.setText(render(choice.refusal))  # the domain's own words
            return
        if state == "invalid":
            self._ask_reason(m)
            return
        self.state_wanted.emit(m.code, state, "")
        self.advance()
        self.show_key_hint()

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
        self.show_key_hint()

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
