"""The 回访 and 整改 of one follow-up, typed beside its detail in 我的整改 (not in a dialog: it is
the holder's routine step, and a refusal must leave what was typed where it was).

A `Draft` is what the form holds, so the tab keeps one per follow-up while the holder moves
between them. The limits are the wire model's (app/sync/manager_followups.py RecordBody).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.rating_followups import VisitMethod
from app.sync.manager_followups import RecordBody


def _limit(name: str) -> int:
    return next(m.max_length for m in RecordBody.model_fields[name].metadata if hasattr(m, "max_length"))


SAID_LIMIT, REMEDY_LIMIT = _limit("said"), _limit("remedy")


@dataclass(frozen=True)
class Draft:
    visited_at: QDateTime
    method: VisitMethod
    said: str
    remedy: str

    @property
    def typed(self) -> bool:
        return bool(self.said.strip() or self.remedy.strip())


class RecordForm(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("回访与整改"))
        self.when = QDateTimeEdit(self)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.method = QComboBox(self)
        for method in VisitMethod:
            self.method.addItem(QCoreApplication.translate("messages", method.label), method)
        self.said = self._text(SAID_LIMIT)
        self.remedy = self._text(REMEDY_LIMIT)
        self.submit = QPushButton(self.tr("报送回访与整改 (Ctrl+Enter)"), self)
        self.state_note = QLabel(self)
        self.state_note.setWordWrap(True)
        form = QFormLayout(self)
        labels = (
            (self.tr("回访时间（&T）"), self.when),
            (self.tr("回访方式（&M）"), self.method),
            (self.tr("申请人意见（&A）"), self.said),
            (self.tr("整改情况（&R）"), self.remedy),
        )
        for text, field in labels:
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state_note, 1)
        bottom.addWidget(self.submit)
        form.addRow(bottom)
        self.restore(None)
        self.set_open(False, "")

    def _text(self, limit: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(80)
        edit.setPlaceholderText(self.tr("不超过{0}个字").format(limit))
        return edit

    def set_open(self, open_: bool, note: str) -> None:
        """Whether a 回访 can be recorded now; `note` says why not. The texts stay readable (and
        selectable) either way, so nothing typed is hidden."""
        for widget in (self.when, self.method, self.submit):
            widget.setEnabled(open_)
        for edit in (self.said, self.remedy):
            edit.setReadOnly(not open_)
        self.state_note.setText(note)

    def draft(self) -> Draft:
        return Draft(
            self.when.dateTime(),
            self.method.currentData(),
            self.said.toPlainText(),
            self.remedy.toPlainText(),
        )

    def restore(self, draft: Draft | None) -> None:
        """Show `draft`, or an empty form timed now (the 回访 is usually just made)."""
        if draft is None:
            now = datetime.now(HALL_TIMEZONE)  # the hall's clock, whatever the machine's zone
            moment = QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
            draft = Draft(moment, VisitMethod.PHONE, "", "")
        self.when.setDateTime(draft.visited_at)
        self.method.setCurrentIndex(list(VisitMethod).index(draft.method))
        self.said.setPlainText(draft.said)
        self.remedy.setPlainText(draft.remedy)

    def values(self) -> tuple[datetime, VisitMethod, str, str]:
        moment = self.when.dateTime().toPython().replace(tzinfo=HALL_TIMEZONE)
        return moment, self.method.currentData(), self.said.toPlainText(), self.remedy.toPlainText()
