"""The materials (申请材料) of the case, checked by keyboard.

The focused row takes 1 已收取, 2 缺少, 3 不符合要求 (the reason is asked inline), 4 容缺后补,
5 告知承诺, 6 电子证照, 7 未提供 (optional ones), 0 未核验; Space toggles 已收取/未核验; Up/Down
move. 6 asks the licence library (licence_wanted): the row turns 电子证照 only once a licence is
taken, and shows its number, issuer and validity; what stops it is said on the hint line.
Which of these a material may take is the domain's answer (materials_check.allowed_states,
carried in MaterialView.choices): the hint line offers only the focused row's allowed keys, and
a key for a refused state shows the domain's reason there, before any call, so the clerk learns
at once and the row keeps its state.

Every material name is read whole without a mouse: names and notes wrap and the rows grow, in
whatever width the checklist gets (1366×768, English labels). Each row's text is recomputed from
the material's current state: a refused decision's problem stays on its row only while the
material is still in the state it was raised for, and 不符合要求 always shows the clerk's reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
from ui.table_fit import content_width, one_line_width
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
_MIN_ROW_HEIGHT = 24


class _Table(QTableWidget):
    state_key = Signal(int, str)  # row, state
    toggle = Signal(int)
    viewport_resized = Signal()

    def viewportEvent(self, event: QEvent) -> bool:
        # the viewport narrows when the vertical scroll bar appears: the columns follow it
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.viewport_resized.emit()
        return handled

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
    licence_wanted = Signal(str)  # material code: look its 电子证照 up
    all_received_wanted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._materials: tuple[MaterialView, ...] = ()
        # {material code: (the state it was raised for, message)}: a refused decision's words
        self._problems: dict[str, tuple[str, str]] = {}
        self._problem_hint = ""  # the hint line while it lists those problems
        self._fitting = False
        self.table = _Table(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("申请材料"), self.tr("类别"), self.tr("份数"), self.tr("核验结果"), self.tr("说明")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # names and notes wrap, rows grow: nothing is cut, and nothing needs scrolling sideways
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(_MIN_ROW_HEIGHT)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.viewport_resized.connect(self.fit_columns)
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
        # a problem outlives neither its material nor the state it was about ("尚未核验" is
        # gone once the material is marked 缺少)
        self._problems = {k: v for k, v in self._problems.items() if self._state_of(k) == v[0]}
        self.table.setRowCount(len(materials))
        for r, m in enumerate(materials):
            name = QTableWidgetItem(m.name)
            name.setToolTip(f"{m.name}\n{m.guide_note}" if m.guide_note else m.name)
            necessity = QTableWidgetItem(render(m.necessity_label))
            if Necessity(m.necessity) is Necessity.REQUIRED:
                necessity.setForeground(QBrush(QColor(ERROR)))
            copies = QTableWidgetItem(str(m.copies))
            copies.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            state = QTableWidgetItem(render(m.state_label))
            state.setForeground(QBrush(QColor(STATE_COLOURS.get(m.state, "#1f2933"))))
            problem = self._problems.get(m.code, ("", ""))[1]
            note = self._note_item(m, problem)
            if problem:
                name.setForeground(QBrush(QColor(ERROR)))
            for c, item in enumerate((name, necessity, copies, state, note)):
                self.table.setItem(r, c, item)
        self.table.setEnabled(editable)
        self.all_button.setEnabled(editable and bool(materials))
        self.fit_columns()
        if materials:
            self.table.setCurrentCell(min(row, len(materials) - 1), _STATE)
        if self._problem_hint and self.hint.text() == self._problem_hint:
            self._show_problem_hint()

    @staticmethod
    def _note_item(m: MaterialView, problem: str) -> QTableWidgetItem:
        """说明: 不符合要求 shows the clerk's reason (the notice lists it), a current problem shows
        itself, otherwise the clerk's note or the catalog's."""
        if m.state == "e_licence" and m.licence_line and not problem:
            text, tip, alarming = render(m.licence_line), render(m.licence_line), False
        elif m.state == "invalid" and m.clerk_note:
            text, tip, alarming = m.clerk_note, "\n".join(filter(None, (m.clerk_note, problem))), True
        else:
            text = problem or m.clerk_note or m.guide_note
            tip, alarming = text, bool(problem)
        note = QTableWidgetItem(text)
        note.setToolTip(tip)
        if alarming:
            note.setForeground(QBrush(QColor(ERROR)))
        return note

    def fit_columns(self) -> None:
        """Share the table's width out: 类别 and 份数 as wide as their texts, 核验结果 up to a
        fifth, the rest between 申请材料 and 说明 (the name first, as far as it needs, but not
        more than half when the note needs room too); then every row as tall as its wrapped text."""
        if self._fitting:
            return  # the scroll bar came or went while fitting: the loop below follows it
        self._fitting = True
        try:
            for _attempt in range(3):
                width = self.table.viewport().width()
                self._share_width(width)
                for r in range(self.table.rowCount()):
                    self.table.setRowHeight(r, max(_MIN_ROW_HEIGHT, self.table.sizeHintForRow(r)))
                if self.table.viewport().width() == width:
                    break
        finally:
            self._fitting = False

    def _share_width(self, width: int) -> None:
        t, header = self.table, self.table.horizontalHeader()
        necessity, copies = content_width(t, _NECESSITY), content_width(t, _COPIES)
        state = min(content_width(t, _STATE), max(header.sectionSizeHint(_STATE), width // 5))
        rest = max(width - necessity - copies - state, 2 * header.minimumSectionSize())
        name_needs = max(header.sectionSizeHint(_NAME), one_line_width(t, (m.name for m in self._materials)))
        note_needs = content_width(t, _NOTE)
        if name_needs + note_needs <= rest:
            name = name_needs
        else:
            name = max(min(name_needs, rest // 2), rest - note_needs)
        for col, size in ((_NAME, name), (_NECESSITY, necessity), (_COPIES, copies), (_STATE, state)):
            header.resizeSection(col, size)
        header.resizeSection(_NOTE, max(rest - name, header.minimumSectionSize()))

    def clear(self) -> None:
        self._problems.clear()
        self._problem_hint = ""
        self.set_materials(())
        self.cancel_prompt()
        self.show_key_hint()

    def show_problems(self, problems: dict[str, str]) -> None:
        """``{material code: message}`` from a refused decision, shown in the row itself while
        the material keeps the state the decision saw."""
        self._problems = {code: (self._state_of(code), text) for code, text in problems.items()}
        self._problem_hint = ""
        self.set_materials(self._materials, self.table.isEnabled())
        if problems:
            self._show_problem_hint()

    def _show_problem_hint(self) -> None:
        """The problems still current, or the key legend once none is left."""
        separator = self.tr("；")  # English: "; "
        self._problem_hint = separator.join(text for _state, text in self._problems.values())
        if self._problem_hint:
            self.hint.setText(self._problem_hint)
        else:
            self.show_key_hint()

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
        if state == "e_licence":  # the row changes once the library answered (licence_taken)
            self.hint.setText(self.tr("正在从电子证照库调取“{0}”……").format(m.name))
            self.licence_wanted.emit(m.code)
            return
        self.state_wanted.emit(m.code, state, "")
        self.advance()
        self.show_key_hint()

    def licence_taken(self, code: str) -> None:
        """The licence was taken: the hint says which, and the next row is looked at."""
        m = next((m for m in self._materials if m.code == code), None)
        if m is None or m.state != "e_licence":
            return
        self.hint.setText(self.tr("“{0}”已调取：{1}").format(m.name, render(m.licence_line)))
        if self.table.currentRow() == self._materials.index(m):
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
