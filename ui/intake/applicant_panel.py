"""The applicant (申请人) and the agent or contact (代理人/经办人), as typed.

Whatever is typed is saved to the draft (debounced by the intake view), valid or not, so nothing
is lost. Problems appear in red under their field and the field is highlighted; there is no
validation dialog. ``fill_from_card`` is where the ID card reader's reads land.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.services.views import PartyInput
from ui.devices.card_holder import CardHolder
from ui.field import ProblemField
from ui.labels import applicant_types, certificate_types
from ui.messages import render

_PERSON = 1


class ApplicantPanel(QWidget):
    edited = Signal()  # something was typed: the intake view saves it after a pause
    finished = Signal()  # Enter in the last field the clerk usually fills: go to the materials
    field_left = Signal(str)  # a field id the clerk typed in and left: its problems may show now

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.type_box = QComboBox(self)
        for code, label in applicant_types():
            self.type_box.addItem(label, code)
        self.name = QLineEdit(self)
        self.cert_type = self._cert_combo()
        self.cert_number = QLineEdit(self)
        self.cert_number.setMaxLength(30)
        self.english_name = QLineEdit(self)  # 外国人永久居留身份证's English name
        self.english_name.setMaxLength(120)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(20)
        self.address = QLineEdit(self)
        self.agent_name = QLineEdit(self)
        self.agent_cert_type = self._cert_combo()
        self.agent_cert_number = QLineEdit(self)
        self.agent_cert_number.setMaxLength(30)
        self.agent_phone = QLineEdit(self)
        self.agent_phone.setMaxLength(20)

        self.fields: dict[str, ProblemField] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        self.name_label = QLabel(self)
        self.agent_label = QLabel(self)
        rows = [
            [(self.tr("申请人类型"), "applicant.type", self.type_box), (None, "applicant.name", self.name)],
            [
                (self.tr("证件类型"), "applicant.cert_type", self.cert_type),
                (self.tr("证件号码"), "applicant.cert_number", self.cert_number),
            ],
            [(self.tr("英文姓名"), "applicant.english_name", self.english_name)],
            [
                (self.tr("联系电话"), "applicant.phone", self.phone),
                (self.tr("地址"), "applicant.address", self.address),
            ],
            [(None, "agent.name", self.agent_name), (self.tr("电话"), "agent.phone", self.agent_phone)],
            [
                (self.tr("证件类型"), "agent.cert_type", self.agent_cert_type),
                (self.tr("证件号码"), "agent.cert_number", self.agent_cert_number),
            ],
        ]
        for r, row in enumerate(rows):
            for c, (text, field_id, editor) in enumerate(row):
                label = (
                    QLabel(text, self)
                    if text
                    else (self.name_label if field_id == "applicant.name" else self.agent_label)
                )
                label.setBuddy(editor)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label.setContentsMargins(0, 4, 0, 0)
                field = ProblemField(editor, self)
                self.fields[field_id] = field
                grid.addWidget(label, r, c * 2)
                grid.addWidget(field, r, c * 2 + 1)
                if field_id == "applicant.english_name":
                    self._english_row = (label, field)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        self._relabel()
        # the fields were re-parented into their _Field: say the order the eye reads them in
        order = [
            self.type_box, self.name, self.cert_type, self.cert_number, self.english_name, self.phone,
            self.address,
            self.agent_name, self.agent_phone, self.agent_cert_type, self.agent_cert_number,
        ]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._order = order

        self._loading = False
        for edit in self._line_edits():
            edit.textEdited.connect(self._on_edit)
            edit.installEventFilter(self)
        for box in (self.type_box, self.cert_type, self.agent_cert_type):
            box.currentIndexChanged.connect(self._on_edit)
        self.type_box.currentIndexChanged.connect(self._relabel)
        self.cert_type.currentIndexChanged.connect(self._show_english_row)
        self._show_english_row()

    def _cert_combo(self) -> QComboBox:
        box = QComboBox(self)
        for code, label in certificate_types():
            box.addItem(label, code)
        return box

    def _line_edits(self) -> list[QLineEdit]:
        return [
            self.name,
            self.cert_number,
            self.phone,
            self.address,
            self.agent_name,
            self.agent_cert_number,
            self.agent_phone,
            self.english_name,
        ]

    def _show_english_row(self) -> None:
        # only a foreign card's holder has an English name; the row stays out of the way otherwise
        shown = self.cert_type.currentData() == "553" or bool(self.english_name.text().strip())
        for widget in self._english_row:
            widget.setVisible(shown)

    def _relabel(self) -> None:
        person = self.type_box.currentData() == _PERSON
        self.name_label.setText(self.tr("姓名") if person else self.tr("单位名称"))
        self.agent_label.setText(self.tr("代理人") if person else self.tr("经办人"))
        if not self._loading_or_none() and not person and self.cert_type.currentData() == "111":
            # organisations identify by their credit code; spare the clerk a step
            self.cert_type.setCurrentIndex(self.cert_type.findData("001"))

    def _loading_or_none(self) -> bool:
        return getattr(self, "_loading", True)

    def _on_edit(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _next_text_field(self, current: QWidget) -> None:
        """Enter goes to the next field to type in: certificate types rarely change (Tab reaches
        them), and Enter on a combo box would open its list instead of moving on."""
        later = self._order[self._order.index(current) + 1 :]
        # a hidden row (the English name of a resident) is not a field to type in
        target = next((w for w in later if isinstance(w, QLineEdit) and w.isVisibleTo(self)), None)
        if target is None:
            self.finished.emit()
        else:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            target.selectAll()

    # Enter moves on like Tab; from the address (or the agent's phone) the materials come next
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if (
                obj is self.address
                and (self.type_box.currentData() == _PERSON or self.agent_name.text().strip())
            ) or obj is self.agent_cert_number:
                self.finished.emit()
            else:
                self._next_text_field(obj)
            return True
        if event.type() == QEvent.Type.FocusOut and isinstance(obj, QLineEdit) and obj.isModified():
            field_id = self.field_id_of(obj)
            if field_id:
                self.field_left.emit(field_id)
        return super().eventFilter(obj, event)

    # -- values -------------------------------------------------------------------------------
    def value(self) -> PartyInput:
        return PartyInput(
            type=int(self.type_box.currentData()),
            name=self.name.text().strip(),
            cert_type=str(self.cert_type.currentData()),
            cert_number=self.cert_number.text().strip().upper(),
            phone=self.phone.text().strip(),
            address=self.address.text().strip(),
            agent_name=self.agent_name.text().strip(),
            agent_cert_type=str(self.agent_cert_type.currentData()),
            agent_cert_number=self.agent_cert_number.text().strip().upper(),
            agent_phone=self.agent_phone.text().strip(),
            english_name=self.english_name.text().strip(),
        )

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self._line_edits())

    def set_value(self, party: PartyInput) -> None:
        self._loading = True
        try:
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(party.type)))
            self._set_combo(self.cert_type, party.cert_type)
            self._set_combo(self.agent_cert_type, party.agent_cert_type)
            for edit, text in zip(
                self._line_edits(),
                [
                    party.name,
                    party.cert_number,
                    party.phone,
                    party.address,
                    party.agent_name,
                    party.agent_cert_number,
                    party.agent_phone,
                    party.english_name,
                ],
                strict=True,
            ):
                edit.setText(text)
            self._relabel()
            self._show_english_row()
        finally:
            self._loading = False
        self.clear_problems()

    @staticmethod
    def _set_combo(box: QComboBox, code: str) -> None:
        index = box.findData(code)
        box.setCurrentIndex(index if index >= 0 else box.findData("999"))

    def clear(self) -> None:
        self.set_value(PartyInput())

    def fill_from_card(self, holder: CardHolder) -> str:
        """What the ID card reader read lands where the clerk would type it; returns the role.

        An organisation's applicant is never the card's holder: the card is its 经办人's. A person
        already entered with another number means the one at the window is an agent (代办); the
        clerk sees which it was and can move it with F3. The card has no phone number, so the
        focus goes to the phone field that still needs typing.
        """
        person = self.type_box.currentData() == _PERSON
        current = self.cert_number.text().strip().upper()
        as_agent = not person or (bool(current) and current != holder.cert_number)
        if as_agent:
            targets = (self.agent_name, self.agent_cert_type, self.agent_cert_number, None, self.agent_phone)
            keys = ("agent.name", "agent.cert_type", "agent.cert_number")
        else:
            targets = (self.name, self.cert_type, self.cert_number, self.address, self.phone)
            keys = ("applicant.name", "applicant.cert_type", "applicant.cert_number", "applicant.address")
        name_edit, type_box, number_edit, address_edit, next_edit = targets
        self._loading = True
        try:
            name_edit.setText(holder.name)
            self._set_combo(type_box, holder.cert_type)
            number_edit.setText(holder.cert_number)
            if address_edit is not None:
                address_edit.setText(holder.address)
            if not as_agent:  # only the applicant's English name is kept (agents have none)
                self.english_name.setText(holder.english_name)
                self._show_english_row()
        finally:
            self._loading = False
        for key in keys:
            self.fields[key].set_problem("")
        self.edited.emit()
        next_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return "agent" if as_agent else "applicant"

    # -- problems -----------------------------------------------------------------------------
    def show_problems(self, problems, only: set[str] | None = None) -> None:
        """Mark each field named by a problem; ``only`` limits it to the fields already left."""
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(render(p.message))
        for field_id, field in self.fields.items():
            if only is not None and field_id not in only:
                continue
            field.set_problem("；".join(by_field.get(field_id, [])))

    def clear_problems(self) -> None:
        for field in self.fields.values():
            field.set_problem("")

    def problem_text(self, field_id: str) -> str:
        field = self.fields[field_id]
        return "" if field.problem.isHidden() else field.problem.text()

    def field_id_of(self, widget: QWidget) -> str | None:
        for field_id, field in self.fields.items():
            if field.editor is widget:
                return field_id
        return None

    def focus_first_problem(self) -> bool:
        for field in self.fields.values():
            if not field.problem.isHidden():
                field.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def focus(self) -> None:
        self.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.name.selectAll()
