"""办不成事 反映 (Ctrl+Shift+B at the window): an applicant's report that something could not be
got done at the hall, taken down for the hall manager.

Who (姓名, an ID card on the reader fills it; 联系电话, for the answer), 反映类型, the matter
(typed to search the catalog as in the intake, or any words when there is no matter for it),
the window where it could not be done, and what went wrong. With a case open in the intake its
number, its applicant and its matter come in already. Keys only: Tab or Enter to the next field
(Enter in 问题描述 starts a new line), Ctrl+Enter submits, Esc closes. A refused report shows
each problem under its field and keeps everything typed; a kept one says whether it reached the
hall manager or waits in this PC for the server. The dialog is not modal (like 查找办件) and is
kept for the session, so a report put aside with Esc is still there when it is opened again.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.masking import mask_name
from app.domain.unresolved_reports import MAX_NAME, MAX_TEXT, MAX_WINDOW, ProblemKind, UnresolvedReport
from app.services.errors import ServiceError, ValidationFailed
from app.services.unresolved_reports import Kept, TakenReport, UnresolvedReports
from ui.banner import Banner
from ui.devices.card_holder import CardHolder
from ui.field import ProblemField
from ui.intake.matter_search import MatterSearch
from ui.messages import describe, render
from ui.unresolved.opening import Prefill
from ui.unresolved.today_list import TodayReports

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReportDialog(QDialog):
    kept = Signal(str)  # what the clerk was told, for the workbench's status bar too

    def __init__(self, worker, reports: UnresolvedReports, catalog_search, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("办不成事反映"))
        self._worker, self._reports = worker, reports
        self._sending = False  # a second Ctrl+Enter while the first is written must not file it twice
        self._picked: tuple[str, str, str] | None = None  # code, name, the text it showed
        self.user = None  # the clerk it was opened for (the main window's SignedInUser)
        self.banner = Banner(self)
        self.name = self._line(MAX_NAME)
        self.phone = self._line(20)
        self.kind = QComboBox(self)
        for kind in ProblemKind:
            self.kind.addItem(QCoreApplication.translate("messages", kind.label), kind)
        self.matter = MatterSearch(catalog_search, self)
        self.matter.edit.setPlaceholderText(self.tr("输入名称、编码或拼音首字母查找；没有对应事项时直接写明"))
        self.matter.picked.connect(self._matter_picked)
        self.failed_window = self._line(MAX_WINDOW)
        self.failed_window.setPlaceholderText(self.tr("如：5号不动产窗口；不知到哪里办可不填"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("办的是什么事、卡在哪里、窗口怎么说的（至少5个字，不超过{0}个字）").format(MAX_TEXT)
        )
        self.description.setMaximumHeight(130)  # the rest of the height goes to the day's list
        self.case_number = self._line(50)
        self.case_number.setPlaceholderText(self.tr("有办件时填写，如收件中的办件"))
        self.fields = self._form_fields()
        self._layout()
        walked = (self.name, self.phone, self.kind, self.matter.edit, self.failed_window, self.case_number)
        for edit in walked:
            edit.installEventFilter(self)  # after MatterSearch's own filter: this one sees keys first
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.submit)
        self.resize(780, 640)

    def _line(self, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(limit + 10)  # a little over: the rule's message says the limit, not a wall
        return edit

    def _form_fields(self) -> dict[str, ProblemField]:
        editors = {
            "report.name": self.name,
            "report.phone": self.phone,
            "report.kind": self.kind,
            "report.matter": self.matter,
            "report.failed_window": self.failed_window,
            "report.description": self.description,
            "report.case_number": self.case_number,
        }
        fields = {key: ProblemField(editor, self) for key, editor in editors.items()}
        for key, editor in editors.items():
            editor = self.matter.edit if editor is self.matter else editor
            text_edited = getattr(editor, "textEdited", None) or getattr(editor, "textChanged", None)
            if text_edited is not None:  # what was corrected stops being marked at once
                text_edited.connect(lambda *_, key=key: self.fields[key].set_problem(""))
        return fields

    def _layout(self) -> None:
        form = QFormLayout()
        labels = (
            (self.tr("姓名（&N）"), "report.name"),
            (self.tr("联系电话（&P）"), "report.phone"),
            (self.tr("反映类型（&K）"), "report.kind"),
            (self.tr("事项（&M）"), "report.matter"),
            (self.tr("在哪个窗口办不成（&W）"), "report.failed_window"),
            (self.tr("问题描述（&D）"), "report.description"),
            (self.tr("关联办件编号（&C）"), "report.case_number"),
        )
        for text, key in labels:
            label = QLabel(text, self)
            field = self.fields[key]
            label.setBuddy(field.editor.edit if field.editor is self.matter else field.editor)
            form.addRow(label, field)
        self.submit_button = QPushButton(self.tr("提交给大厅管理员 (Ctrl+Enter)"), self)
        self.submit_button.setObjectName("Primary")
        self.submit_button.clicked.connect(self.submit)
        close = QPushButton(self.tr("关闭 (Esc)"), self)
        close.clicked.connect(self.reject)
        for button in (self.submit_button, close):
            button.setAutoDefault(False)  # Enter moves between fields; it never submits by itself
        hint = QLabel(self.tr("Tab 或 Enter 到下一栏 · 放身份证到读卡器可填入姓名 · Ctrl+Enter 提交"), self)
        hint.setObjectName("KeyHint")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(close)
        self.today = TodayReports(self)
        self.today_label = QLabel(self.tr("本窗口今日登记的反映"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.today_label)
        layout.addWidget(self.today, 1)
        order = [self.name, self.phone, self.kind, self.matter.edit, self.failed_window]
        order += [self.description, self.case_number, self.submit_button, close]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- keys -----------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False  # Ctrl+Enter: the submit shortcut's
            if obj is self.matter.edit and self.matter.hits.isVisible():
                return False  # Enter picks the highlighted matter (MatterSearch), then moves on
            self.focusNextChild()
            return True
        return super().eventFilter(obj, event)

    def _matter_picked(self, code: str, name: str) -> None:
        self._picked = (code, name, self.matter.edit.text())
        self.fields["report.matter"].set_problem("")
        self.failed_window.setFocus()

    def reject(self) -> None:
        """Esc: put aside (what was typed stays for the next Ctrl+Shift+B); the workbench's keys
        work again at once, without a click on its window."""
        super().reject()
        if self.parentWidget() is not None:
            self.parentWidget().activateWindow()

    # -- opening --------------------------------------------------------------------------------
    def is_blank(self) -> bool:
        texts = (self.name.text(), self.phone.text(), self.matter.edit.text(), self.failed_window.text())
        return not any(t.strip() for t in (*texts, self.description.toPlainText(), self.case_number.text()))

    def start(self, prefill: Prefill | None = None) -> None:
        """Shown by Ctrl+Shift+B: the intake's case comes in when nothing is typed yet (what
        was typed before, and put aside with Esc, is never overwritten)."""
        if prefill is not None and self.is_blank() and any(vars(prefill).values()):
            self._apply(prefill)
        self.show()
        self.raise_()
        self.activateWindow()
        self._focus_first_empty()
        self.refresh_today()

    def _apply(self, prefill: Prefill) -> None:
        self.name.setText(prefill.name)
        self.phone.setText(prefill.phone)
        self.case_number.setText(prefill.case_number)
        if prefill.matter_name:
            shown = (
                f"{prefill.matter_name}（{prefill.matter_code}）"
                if prefill.matter_code
                else prefill.matter_name
            )
            self.matter.edit.setText(shown)
            self._picked = (prefill.matter_code, prefill.matter_name, shown) if prefill.matter_code else None
        if prefill.case_number:
            text = self.tr("已带入收件中的办件 {0} 及其申请人，请核对。").format(prefill.case_number)
            self.banner.show_message(text, "info")

    def _focus_first_empty(self) -> None:
        for edit in (self.name, self.phone):
            if not edit.text().strip():
                edit.setFocus()
                return
        self.kind.setFocus()

    def take_card(self, holder: CardHolder) -> None:
        """An ID card placed on the reader while the dialog is open: the reporter's name."""
        self.name.setText(holder.name)
        self.fields["report.name"].set_problem("")
        text = self.tr("已读取{0}：{1}，已填入姓名。").format(holder.card_label, mask_name(holder.name))
        self.banner.show_message(text, "info")
        if not self.phone.text().strip():
            self.phone.setFocus()

    # -- submitting -----------------------------------------------------------------------------
    def typed(self) -> UnresolvedReport:
        code, name = "", self.matter.edit.text()
        if self._picked is not None and self._picked[2] == self.matter.edit.text():
            code, name = self._picked[0], self._picked[1]
        return UnresolvedReport(
            name=self.name.text(),
            phone=self.phone.text(),
            kind=self.kind.currentData(),
            description=self.description.toPlainText(),
            matter_code=code,
            matter_name=name,
            failed_window=self.failed_window.text(),
            case_number=self.case_number.text(),
        )

    def submit(self) -> None:
        if self._sending:
            return
        self._sending = True
        self.submit_button.setEnabled(False)
        typed, reports = self.typed(), self._reports
        self._worker.run(lambda: reports.report(typed), self._kept, self._refused, changes=True)

    def _kept(self, kept: Kept) -> None:
        self._sending = False
        self.submit_button.setEnabled(True)
        self.clear_form()
        who, kind = kept.report.name, QCoreApplication.translate("messages", kept.report.kind.label)
        if kept.online:
            text = self.tr("已登记{0}（{1}）的反映，已转给大厅管理员处理。").format(who, kind)
            short = self.tr("办不成事反映已登记，已转给大厅管理员")
        else:
            text = self.tr(
                "已登记{0}（{1}）的反映，存在本机：暂时连不上服务器，连通后自动发送给大厅管理员。"
            ).format(who, kind)
            short = self.tr("办不成事反映已登记，连通服务器后发送给大厅管理员")
        self.banner.show_message(text, "success")
        self.kept.emit(short)  # the status bar has one line
        self.name.setFocus()
        self.refresh_today()

    def _refused(self, error: ServiceError) -> None:
        self._sending = False
        self.submit_button.setEnabled(True)
        problems = error.problems if isinstance(error, ValidationFailed) else ()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(render(problem.message))
        for key, field in self.fields.items():
            field.set_problem("；".join(by_field.pop(key, [])))
        # a problem on no field of the form (none expected) is still said, in the banner
        extra = "；".join(text for texts in by_field.values() for text in texts)
        self.banner.show_message("　".join(t for t in (describe(error), extra) if t), "error")
        first = next((f for f in self.fields.values() if f.problem_text()), None)
        if first is not None:
            (self.matter.edit if first.editor is self.matter else first.editor).setFocus()

    def clear_form(self) -> None:
        for edit in (self.name, self.phone, self.failed_window, self.case_number):
            edit.clear()
        self.description.clear()
        self.matter.reset()
        self._picked = None
        self.kind.setCurrentIndex(0)
        for field in self.fields.values():
            field.set_problem("")

    def refresh_today(self) -> None:
        self._worker.run(
            self._reports.today, self._show_today, lambda e: self.today_label.setText(describe(e))
        )

    def _show_today(self, reports: tuple[TakenReport, ...]) -> None:
        self.today.show_reports(reports)
        label = self.tr("本窗口今日登记的反映（{0}条）").format(len(reports))
        self.today_label.setText(label)
