"""The small forms of the 好差评 tab: record 回访 and 整改, decide a review, give a reason.

Each returns what was typed (or None when cancelled); the tab sends it. The limits are the wire
models' (app/sync/manager_followups.py), so the server never sees a text it would refuse for
length.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.rating_followups import ReviewDecision, VisitMethod

CONTEXT = "messages"


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(dialog.tr("确定 (Ctrl+Enter)"))
    box.button(QDialogButtonBox.StandardButton.Ok).setShortcut("Ctrl+Return")
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("取消 (Esc)"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _text(parent: QWidget, limit: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(90)
    edit.setPlaceholderText(parent.tr("不超过{0}个字").format(limit))
    return edit


class RecordDialog(QDialog):
    """回访 (when, how, what the applicant said) and 整改 (what was changed), reported together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录回访与整改"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.method = QComboBox(self)
        for method in VisitMethod:
            self.method.addItem(QCoreApplication.translate(CONTEXT, method.label), method)
        self.said = _text(self, 1000)
        self.remedy = _text(self, 2000)
        form = QFormLayout(self)
        form.addRow(self.tr("回访时间（&T）"), self.when)
        form.addRow(self.tr("回访方式（&M）"), self.method)
        form.addRow(self.tr("申请人意见（&S）"), self.said)
        form.addRow(self.tr("整改情况（&R）"), self.remedy)
        form.addRow(_buttons(self))
        self.resize(560, 360)

    def values(self) -> tuple[datetime, VisitMethod, str, str]:
        moment = self.when.dateTime().toPython().replace(tzinfo=HALL_TIMEZONE)
        return moment, self.method.currentData(), self.said.toPlainText(), self.remedy.toPlainText()


class ReviewDialog(QDialog):
    """The manager's decision on a clerk's 申请复核, with the clerk's reason in view."""

    def __init__(self, clerk_reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("复核决定"))
        asked = QLabel(self.tr("窗口人员的复核理由：{0}").format(clerk_reason), self)
        asked.setWordWrap(True)
        self.stands = QRadioButton(
            QCoreApplication.translate(CONTEXT, ReviewDecision.STANDS.label) + " (&K)", self
        )
        self.excluded = QRadioButton(
            QCoreApplication.translate(CONTEXT, ReviewDecision.EXCLUDED.label) + " (&X)", self
        )
        self.stands.setChecked(True)
        self.note = _text(self, 500)
        layout = QVBoxLayout(self)
        layout.addWidget(asked)
        layout.addWidget(self.stands)
        layout.addWidget(self.excluded)
        label = QLabel(self.tr("决定说明（&N）"), self)
        label.setBuddy(self.note)
        layout.addWidget(label)
        layout.addWidget(self.note)
        layout.addWidget(_buttons(self))
        self.resize(480, 300)

    def values(self) -> tuple[ReviewDecision, str]:
        decision = ReviewDecision.EXCLUDED if self.excluded.isChecked() else ReviewDecision.STANDS
        return decision, self.note.toPlainText()


class ReasonDialog(QDialog):
    """One text: the reason of a send-back, or the note of a close."""

    def __init__(self, title: str, prompt: str, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = _text(self, limit)
        label = QLabel(prompt, self)
        label.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(_buttons(self))
        self.resize(460, 220)

    def value(self) -> str:
        return self.text.toPlainText()
