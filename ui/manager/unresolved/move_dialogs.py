"""The forms of the 办不成事 tab's moves: assign, answer, close, send back.

Each stays open until the server has taken the move: Ctrl+Enter asks for it (``wanted``), the
tab sends it and closes the form when it is taken; a refusal is shown in the form, each problem
under its field, and what was typed stays to be corrected (Esc puts the form aside; the tab
keeps it, typed text and all, for the next time the same move of the same report is asked for).
Window-modal and opened with ``open()``: the list and the detail stay in view behind it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.rating_followups import VisitMethod
from app.domain.unresolved_reports import MAX_TEXT, Answer, Outcome
from app.services.errors import ServiceError
from ui.banner import Banner
from ui.field import ProblemField
from ui.messages import describe, render

translate = QCoreApplication.translate


class MoveDialog(QDialog):
    wanted = Signal()  # Ctrl+Enter: send the move (the tab does, with the report it shows)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.sending = False
        self.fields: dict[str, ProblemField] = {}
        self.banner = Banner(self)
        self.form = QFormLayout()
        self.ok = QPushButton(translate("UnresolvedMoves", "确定 (Ctrl+Enter)"), self)
        self.ok.setObjectName("Primary")
        cancel = QPushButton(translate("UnresolvedMoves", "取消 (Esc)"), self)
        for button in (self.ok, cancel):
            button.setAutoDefault(False)  # Enter belongs to the fields (a new line in a text)
        self.ok.clicked.connect(self.want)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.want)

    def add_field(self, label: str, key: str, editor: QWidget) -> None:
        field = ProblemField(editor, self)
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        self.form.addRow(caption, field)
        self.fields[key] = field

    def text_field(self, label: str, key: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(90)
        edit.setPlaceholderText(translate("UnresolvedMoves", "不超过{0}个字").format(MAX_TEXT))
        edit.textChanged.connect(lambda: self.fields[key].set_problem(""))
        self.add_field(label, key, edit)
        return edit

    def showEvent(self, event) -> None:
        super().showEvent(event)
        first = next(iter(self.fields.values()), None)
        (first.editor if first is not None else self.ok).setFocus()  # the keys go to the form at once

    def done(self, result: int) -> None:
        super().done(result)
        if self.parentWidget() is not None:  # the tab's keys work again without a click
            self.parentWidget().window().activateWindow()

    def want(self) -> None:
        if not self.sending:  # a second Ctrl+Enter while the first is on its way sends nothing
            self.sending = True
            self.ok.setEnabled(False)
            self.banner.clear()
            self.wanted.emit()

    def refused(self, error: ServiceError, note: str = "") -> None:
        """The move was refused: why, in the form (each problem under its field), all kept."""
        self.sending = False
        self.ok.setEnabled(True)
        problems = getattr(error, "problems", ())
        for key, field in self.fields.items():
            field.set_problem("；".join(render(p.message) for p in problems if p.field == key))
        self.banner.show_message("　".join(t for t in (describe(error), note) if t), "error")
        marked = next((f for f in self.fields.values() if f.problem_text()), None)
        if marked is not None:
            marked.editor.setFocus()


class AssignDialog(MoveDialog):
    """分派 (again: 改派) to one of the hall's people; type-ahead in the list finds a name."""

    def __init__(self, people: tuple[tuple[str, str], ...], current: str, parent=None) -> None:
        super().__init__(translate("UnresolvedMoves", "分派"), parent)
        self.person = QComboBox(self)
        for username, display in people:
            self.person.addItem(f"{display}（{username}）", username)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.add_field(translate("UnresolvedMoves", "经办人（&P）"), "assign.assignee", self.person)
        self.resize(420, 150)

    def assignee(self) -> str:
        return str(self.person.currentData() or "")


class AnswerDialog(MoveDialog):
    """解决结果, 解决情况, 答复内容, how and when the applicant was answered."""

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(translate("UnresolvedMoves", "记录解决情况与答复"), parent)
        self.outcome = QComboBox(self)
        for outcome in Outcome:
            self.outcome.addItem(translate("messages", outcome.label), outcome)
        self.add_field(translate("UnresolvedMoves", "解决结果（&O）"), "answer.outcome", self.outcome)
        self.resolution = self.text_field(translate("UnresolvedMoves", "解决情况（&R）"), "answer.resolution")
        self.reply = self.text_field(translate("UnresolvedMoves", "答复申请人（&A）"), "answer.reply")
        self.method = QComboBox(self)
        for method in VisitMethod:
            self.method.addItem(translate("messages", method.label), method)
        self.add_field(translate("UnresolvedMoves", "答复方式（&M）"), "answer.reply_method", self.method)
        self.replied_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.replied_on.setDisplayFormat("yyyy-MM-dd")
        self.replied_on.setCalendarPopup(True)
        self.add_field(translate("UnresolvedMoves", "答复日期（&T）"), "answer.replied_on", self.replied_on)
        self.replied_on.dateChanged.connect(lambda *_: self.fields["answer.replied_on"].set_problem(""))
        self.resize(620, 420)

    def answer(self) -> Answer:
        return Answer(
            outcome=self.outcome.currentData(),
            resolution=self.resolution.toPlainText(),
            reply=self.reply.toPlainText(),
            reply_method=self.method.currentData(),
            replied_on=self.replied_on.date().toPython(),
        )


class SendBackDialog(MoveDialog):
    """退回重办, with the reason the person following it up reads."""

    def __init__(self, parent=None) -> None:
        super().__init__(translate("UnresolvedMoves", "退回重办"), parent)
        self.reason = self.text_field(translate("UnresolvedMoves", "退回原因（&R）"), "send_back.reason")
        self.resize(520, 220)


class CloseDialog(MoveDialog):
    """办结: said once more before it is done (a closed report does not open again)."""

    def __init__(self, summary: str, parent=None) -> None:
        super().__init__(translate("UnresolvedMoves", "办结"), parent)
        said = QLabel(summary, self)
        said.setWordWrap(True)
        self.form.addRow(said)
        self.resize(480, 160)
