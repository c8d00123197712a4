"""办理方式 of the case: 本人办理, 帮办 (a hall helper fills in for the applicant) or 代办 (an agent
under a signed 委托书), one row under the applicant.

Ctrl+Shift+H puts the keyboard on it; the arrow keys choose. 帮办 asks who helps and why; 代办
offers the 委托书 template (Ctrl+Shift+W) and the checklist gains the 委托书 as a material. Each
change is kept at once (``changed``); what a helped case still lacks is said when the clerk decides.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.assistance import MAX_HELPER, MAX_NOTE, AssistanceKind, HelpReason
from app.services.views import AssistanceInput
from ui.messages import render


class AssistanceRow(QWidget):
    changed = Signal(object)  # AssistanceInput
    print_form_wanted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        self.label = QLabel(self)
        self.kind = QComboBox(self)
        for kind in AssistanceKind:
            self.kind.addItem(render(kind.label), kind.value)
        self.kind.setAccessibleName(self.tr("办理方式"))
        self.helper = QLineEdit(self)
        self.helper.setPlaceholderText(self.tr("帮办人员姓名"))
        self.helper.setMaxLength(MAX_HELPER)
        self.helper.setMinimumWidth(110)  # a name and its placeholder whole on the title line
        self.reason = QComboBox(self)
        self.reason.addItem(self.tr("帮办原因…"), "")
        for reason in HelpReason:
            self.reason.addItem(render(reason.label), reason.value)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("写明原因"))
        self.note.setMaxLength(MAX_NOTE)
        self.note.setMinimumWidth(110)
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.print_button = QPushButton(self.tr("打印委托书模板 (Ctrl+Shift+W)"), self)
        self.print_button.clicked.connect(self.print_form_wanted)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.kind)
        layout.addWidget(self.helper, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.print_button)
        layout.addStretch(0)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.reason.currentIndexChanged.connect(self._edited)
        self.helper.editingFinished.connect(self._edited)
        self.note.editingFinished.connect(self._edited)
        self._show_fields()

    def _show_label(self, compact: bool) -> None:
        """With the 帮办 fields beside it the key moves to the tooltip: the fields need the room."""
        key = "Ctrl+Shift+H"
        self.label.setText(self.tr("办理方式") if compact else self.tr("办理方式 [{0}]").format(key))
        self.label.setToolTip(key)

    def value(self) -> AssistanceInput:
        helped = self.kind.currentData() == AssistanceKind.HELPED.value
        return AssistanceInput(
            kind=self.kind.currentData(),
            helper=self.helper.text().strip() if helped else "",
            reason=self.reason.currentData() if helped else "",
            note=self.note.text().strip() if helped and self.reason.currentData() == "other" else "",
        )

    def set_value(self, value: AssistanceInput) -> None:
        """Show the case's 办理方式 without sending it back as a change."""
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(self.kind.findData(value.kind), 0))
            self.helper.setText(value.helper)
            self.reason.setCurrentIndex(max(self.reason.findData(value.reason), 0))
            self.note.setText(value.note)
        finally:
            self._loading = False
        self._show_fields()

    def take_focus(self) -> None:
        self.kind.setFocus()

    def _kind_changed(self) -> None:
        self._show_fields()
        if self.kind.currentData() == AssistanceKind.HELPED.value and not self._loading:
            self.helper.setFocus()  # who helps is the next thing to say
        self._edited()

    def _edited(self) -> None:
        self._show_fields()
        if not self._loading:
            self.changed.emit(self.value())

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        helped = kind == AssistanceKind.HELPED.value
        self.helper.setVisible(helped)
        self.reason.setVisible(helped)
        self.note.setVisible(helped and self.reason.currentData() == "other")
        self.print_button.setVisible(kind == AssistanceKind.PROXY.value)
        self._show_label(compact=kind != AssistanceKind.NONE.value)
