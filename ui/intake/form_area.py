"""The applicant's part of the intake (申请人, and 女方 for a two-party matter) in a scroll area.

On a 1366×768 screen a two-party intake with every problem written under its field is taller than
the screen: without this the window grew past the screen's bottom and took the status bar (the
sync state) and the decision buttons with it. The area asks for the form's whole height when
there is room, gives it up when there is not, and scrolls the field that takes the focus (a
problem's field, F3, Enter to the next field) into view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSizePolicy, QWidget

MINIMUM_HEIGHT = 150  # about four rows of fields: enough to see where one is


class FormArea(QScrollArea):
    def __init__(self, form: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.setWidget(form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._follow_focus)

    def eventFilter(self, watched, event) -> bool:
        # the form grew or shrank (女方 shown, a problem line under a field): ask the layout again
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        return QSize(hint.width(), hint.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.widget().minimumSizeHint().width(), MINIMUM_HEIGHT)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.widget().isAncestorOf(new):
            self.ensureWidgetVisible(new, 0, 24)  # the problem line under the editor too
