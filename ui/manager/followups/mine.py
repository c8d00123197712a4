"""我的整改 (Ctrl+4 for a back-office account): the 差评 follow-ups assigned to the signed-in
account, and the 回访 and 整改 of the chosen one, recorded from the keyboard.

Left, those on the holder's desk (办理中 and 待审核, soonest due first, overdue ones in red), or
the closed ones (Alt+W). Right, the chosen one: the case, matter, clerk and window, the rating's
reasons and comment, and the applicant's identity — the holder calls them back — read from the
server, which audits every such reading; under it the form (Alt+T, M, A, R). Ctrl+Enter reports
the 回访 and 整改 with the version shown. One changed meanwhile (assigned again, sent back) is
refused by the server: the tab says so and reads it again, and what was typed stays. Typing is
kept per follow-up while the holder moves between them. F5 reloads; a "change" or "hello" poke
reloads the list, and the detail only when its line changed (each reading is an audited event).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.rating_followups import FollowupMove, FollowupState
from app.services.errors import ServiceError
from app.services.manager.followups import FollowupLine, FollowupRefused, FollowupView, MyFollowupsPage
from ui.manager.followups.detail import OVERDUE, detail_html, level_name
from ui.manager.followups.list_pane import followup_list
from ui.manager.followups.record_form import Draft, RecordForm
from ui.messages import describe
from ui.worker import Worker


def my_cells(line: FollowupLine) -> list[str]:
    """The list's columns: 状态, 办结期限, 评价, 评价时间, 办件, 事项, 窗口人员."""
    late = QCoreApplication.translate("FollowupsTab", "（已超期）") if line.overdue else ""
    return [
        QCoreApplication.translate("messages", line.state.label),
        line.due.label() + late,
        level_name(line.level),
        line.rated_at.strftime("%m-%d %H:%M"),
        line.case_number,
        line.matter,
        f"{line.clerk}（{line.window}）",
    ]


class MyFollowupsTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.followups = services.followups
        self.worker = Worker(self)
        self.page: MyFollowupsPage | None = None
        self.view: FollowupView | None = None
        self.drafts: dict[int, Draft] = {}  # what was typed for a follow-up not shown now
        self._form_for: int | None = None  # the follow-up the form's text belongs to
        self._poke_waiting = False
        self._build()
        self._keys()
        self.worker.busy_changed.connect(self._busy)
        services.pokes.poked.connect(self._poked)
        self.reload()

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("待办（办理中、待审核）"), False)
        self.scope.addItem(self.tr("已办结"), True)
        self.scope.currentIndexChanged.connect(lambda *_: self.reload())
        scope_label = QLabel(self.tr("显示（&W）"), self)
        scope_label.setBuddy(self.scope)
        self.refresh_button = QPushButton(self.tr("刷新 (F5)"), self)
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for widget in (scope_label, self.scope, self.refresh_button):
            top.addWidget(widget)

        self.table, left = followup_list(
            self,
            [
                self.tr("状态"),
                self.tr("办结期限"),
                self.tr("评价"),
                self.tr("评价时间"),
                self.tr("办件"),
                self.tr("事项"),
                self.tr("窗口人员"),
            ],
            self.tr("分派给我的差评回访（&L）"),
        )
        self.table.itemSelectionChanged.connect(self._chosen)

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.form = RecordForm(self)
        self.form.submit.clicked.connect(self.submit)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.form)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 700])
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._enable_form()

    def _keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("F5", self.reload), ("Ctrl+Return", self.submit), ("Ctrl+Enter", self.submit)):
            QShortcut(QKeySequence(keys), self, activated=slot, context=context)

    # -- loading -------------------------------------------------------------------------------
    def reload(self, detail: bool = True) -> None:
        """The list again; the detail shown is read again too unless `detail` is False (a poke),
        in which case only a changed line reads it again."""
        closed = bool(self.scope.currentData())
        self.worker.run(
            lambda: self.followups.mine(closed), lambda page: self._show_page(page, detail), self._failed
        )

    def _poked(self, kind: str) -> None:
        if kind not in ("change", "hello"):
            return
        if self.worker.is_idle():
            self.reload(detail=False)
        else:
            self._poke_waiting = True

    def _busy(self, busy: bool) -> None:
        if not busy and self._poke_waiting:
            self._poke_waiting = False
            self.reload(detail=False)

    def _show_page(self, page: MyFollowupsPage, detail: bool) -> None:
        same_scope = self.page is not None and self.page.closed == page.closed
        self.page = page
        self.summary.setText(self._summary(page))
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(page.lines))
        for row, line in enumerate(page.lines):
            for column, value in enumerate(my_cells(line)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                if line.overdue:
                    item.setForeground(OVERDUE)
                self.table.setItem(row, column, item)
        ids = [line.id for line in page.lines]
        shown = self.view.line.id if self.view is not None else None
        if shown in ids:
            self.table.selectRow(ids.index(shown))
        self.table.blockSignals(False)
        if shown in ids:
            if detail or page.lines[ids.index(shown)] != self.view.line:
                self.open_followup(shown)
            return
        if shown is not None and same_scope and self._form_for == shown and self.form.draft().typed:
            self._say(
                self.tr(
                    "您填写的回访与整改没有报送：这条差评回访已不在您的待办中（可能已改派）。"
                    "内容仍在下方，可复制留存。"
                ),
                error=True,
            )
        self.view = None
        self.detail.clear()
        self._enable_form()

    def _summary(self, page: MyFollowupsPage) -> str:
        count = len(page.lines)
        if page.closed:
            text = (
                self.tr("您经办的已办结差评回访：{0}条。").format(count)
                if count
                else self.tr("您经办的差评回访还没有已办结的。")
            )
        elif not count:
            text = self.tr("目前没有分派给您的差评回访。大厅管理员分派后会列在这里（F5 刷新）。")
        else:
            late = sum(1 for line in page.lines if line.overdue)
            text = self.tr("分派给您的差评回访：{0}条，其中已超期：{1}条。").format(count, late)
        if page.truncated:
            text += self.tr("（只列出了前{0}条）").format(count)
        return text

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_followup(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def open_followup(self, followup_id: int) -> None:
        self.worker.run(lambda: self.followups.detail(followup_id), self._show_detail, self._failed)

    def _show_detail(self, view: FollowupView) -> None:
        if self._form_for != view.line.id:
            self._keep_draft()
            self.form.restore(self.drafts.pop(view.line.id, None))
            self._form_for = view.line.id
        self.view = view
        self.detail.setHtml(detail_html(view))
        self._enable_form()

    def _keep_draft(self) -> None:
        if self._form_for is None:
            return
        draft = self.form.draft()
        if draft.typed:
            self.drafts[self._form_for] = draft
        else:
            self.drafts.pop(self._form_for, None)

    def _enable_form(self) -> None:
        view = self.view
        if view is None:
            self.form.set_open(False, self.tr("请在左侧选择一条差评回访。"))
        elif FollowupMove.RECORD in view.moves:
            self.form.set_open(True, "")
        elif view.line.state is FollowupState.REPORTED:
            self.form.set_open(False, self.tr("已报送，等待大厅管理员审核；如被退回，可再次填写。"))
        else:
            self.form.set_open(False, self.tr("已办结。"))

    # -- recording -----------------------------------------------------------------------------
    def submit(self) -> None:
        view = self.view
        if view is None or FollowupMove.RECORD not in view.moves or not self.form.submit.isEnabled():
            return
        values = self.form.values()
        self.message.clear()
        self.form.submit.setEnabled(False)  # one report per press; the answer enables it again
        self.worker.run(
            lambda: self.followups.record(view, *values),
            lambda _: self._recorded(view.line.id),
            self._record_failed,
        )

    def _recorded(self, followup_id: int) -> None:
        self.drafts.pop(followup_id, None)
        if self._form_for == followup_id:
            self.form.restore(None)
        self._say(self.tr("回访与整改已报送大厅管理员审核。"))
        self.reload()

    def _record_failed(self, error: ServiceError) -> None:
        self._enable_form()
        if isinstance(error, FollowupRefused) and error.stale:
            self._say(
                self.tr(
                    "没有报送：这条差评回访在您打开后有了变动（如被重新分派或退回），已重新读取。"
                    "您填写的内容都还在，请核对后再按 Ctrl+Enter 报送。"
                ),
                error=True,
            )
            self.reload()
        else:
            self._say(describe(error), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {OVERDUE.name()};" if error else "")
        self.message.setText(text)

    def _failed(self, error: ServiceError) -> None:
        self._say(describe(error), error=True)

    def stop(self) -> None:
        self.worker.stop()
