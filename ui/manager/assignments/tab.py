"""窗口调度 (Ctrl+2): which categories each window serves, with what weight, open or closed;
the history of changes with undo; work profiles and their schedules; clerks' qualifications.

Keys (within the tab): F5 reload; F6 the grid (digits set weights, Space opens/closes a window);
Ctrl+Enter applies the edits (one change, sent with the versions loaded: a window someone else
changed meanwhile is refused, not overwritten); Ctrl+Shift+Z drops the edits; F7 the history and
Ctrl+Z undoes the selected change; F8 the profiles: Enter applies one, Ctrl+L loads it into the
grid, Ctrl+N saves the grid as a profile, Delete deletes one; F9 qualifications, Enter edits.
A change that would leave a category with no open window is asked about once, then confirmed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.manager.assignments import AssignmentsRefused, AssignmentsView
from ui.manager.assignments.dialogs import ProfileDialog, QualificationDialog
from ui.manager.assignments.grid import WeightsGrid
from ui.manager.assignments.lists import ClerksTable, HistoryTable, ProfilesTable
from ui.messages import describe
from ui.worker import Worker

CONTEXT = "AssignmentsTab"
RELOAD_AFTER_POKE_MS = 1500  # a burst of pokes (a sync pull) reloads once


# lupdate reads the context of translate() from its first argument, a literal: a tr() function
# of the module would be filed under no context at all, and never found on screen
translate = QCoreApplication.translate


class AssignmentsTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assignments = services.assignments
        self.worker = Worker(self)
        self.view: AssignmentsView | None = None
        self._poke_timer = QTimer(self)
        self._poke_timer.setSingleShot(True)
        self._poke_timer.setInterval(RELOAD_AFTER_POKE_MS)
        self._poke_timer.timeout.connect(self.reload)
        self._build()
        self._keys()
        services.pokes.poked.connect(self._poked)
        self.reload()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(translate("AssignmentsTab", "窗口调度"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(translate("AssignmentsTab", "调整原因（可不填）"))
        # wide enough for its hint (in English the field was half as wide as "Reason for the …")
        hint = self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText())
        self.reason.setMinimumWidth(hint + 16)
        self.apply_button = QPushButton(translate("AssignmentsTab", "应用调整 (Ctrl+Enter)"), self)
        self.discard_button = QPushButton(translate("AssignmentsTab", "放弃修改 (Ctrl+Shift+Z)"), self)
        self.reload_button = QPushButton(translate("AssignmentsTab", "刷新 (F5)"), self)
        self.apply_button.clicked.connect(self.apply)
        self.discard_button.clicked.connect(self.discard)
        self.reload_button.clicked.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.reason)
        for button in (self.apply_button, self.discard_button, self.reload_button):
            bar.addWidget(button)

        self.grid = WeightsGrid(self)
        self.grid.changed.connect(self._edits_changed)
        self.history = HistoryTable(self)
        self.profiles = ProfilesTable(self)
        self.clerks = ClerksTable(self)
        self.lower = QTabWidget(self)
        self.lower.addTab(self.history, translate("AssignmentsTab", "调整记录 (F7，Ctrl+Z 撤销所选)"))
        self.lower.addTab(
            self.profiles,
            translate(
                "AssignmentsTab",
                "工作方案 (F8：Enter 套用，Ctrl+L 载入表格，Ctrl+N 保存表格为方案，Delete 删除)",
            ),
        )
        self.lower.addTab(self.clerks, translate("AssignmentsTab", "人员资质 (F9，Enter 修改)"))
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(
            QLabel(
                translate(
                    "AssignmentsTab",
                    "各窗口办理的业务类别及权重 (F6)：数字键设权重，0为不办理；空格键开放或关闭窗口",
                ),
                upper,
            )
        )
        upper_layout.addWidget(self.grid, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(self.lower)
        split.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.grid)
        self._edits_changed()

    def _keys(self) -> None:
        self._shortcuts = []
        tab_wide = (
            ("F5", self.reload),
            ("Ctrl+Return", self.apply),
            ("Ctrl+Enter", self.apply),
            ("Ctrl+Shift+Z", self.discard),
            ("F6", self.grid.setFocus),
            ("F7", lambda: self._show(self.history)),
            ("F8", lambda: self._show(self.profiles)),
            ("F9", lambda: self._show(self.clerks)),
            ("Ctrl+N", self.save_profile),
        )
        for sequence, slot in tab_wide:
            self._key(sequence, slot, self, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._key("Ctrl+Z", self.undo_selected, self.history, Qt.ShortcutContext.WidgetShortcut)
        for key in ("Return", "Enter"):
            self._key(key, self.apply_profile, self.profiles, Qt.ShortcutContext.WidgetShortcut)
            self._key(key, self.edit_qualification, self.clerks, Qt.ShortcutContext.WidgetShortcut)
        self._key("Ctrl+L", self.load_profile, self.profiles, Qt.ShortcutContext.WidgetShortcut)
        self._key("Delete", self.delete_profile, self.profiles, Qt.ShortcutContext.WidgetShortcut)

    def _key(self, sequence: str, slot: Callable, widget: QWidget, context: Qt.ShortcutContext) -> None:
        shortcut = QShortcut(QKeySequence(sequence), widget)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

    def _show(self, page: QWidget) -> None:
        self.lower.setCurrentWidget(page)
        page.setFocus()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._poke_timer.stop()
        self.reload_button.setEnabled(False)
        self.worker.run(self.assignments.load, self._loaded, self._failed)

    def _poked(self, kind: str) -> None:
        if kind in ("change", "hello") and not self._poke_timer.isActive():
            self._poke_timer.start()

    def _loaded(self, view: AssignmentsView) -> None:
        self.reload_button.setEnabled(True)
        self.view = view
        self.grid.show_view(view, keep_edits=True)
        self.history.show_changes(view.changes)
        self.profiles.show_profiles(view.profiles)
        self.clerks.show_clerks(view.clerks, view.category_names())
        self._edits_changed()

    def _failed(self, error: ServiceError) -> None:
        self.reload_button.setEnabled(True)
        self.apply_button.setEnabled(self.grid.is_edited())
        self.state.setText(describe(error))

    def _edits_changed(self) -> None:
        edited = self.grid.is_edited()
        self.apply_button.setEnabled(edited)
        self.discard_button.setEnabled(edited)
        if edited:
            self.state.setText(translate("AssignmentsTab", "有未应用的修改（黄色），Ctrl+Enter 应用"))

    # -- actions ---------------------------------------------------------------------------------
    def _send(self, call: Callable[[bool], int], asked: bool = False) -> None:
        """Run `call(allow_unserved)`; a category it would leave unserved is asked about once."""

        def refused(error: ServiceError) -> None:
            if isinstance(error, AssignmentsRefused) and error.code == "unserved_category" and not asked:
                answer = QMessageBox.question(
                    self,
                    translate("AssignmentsTab", "确认调整"),
                    translate("AssignmentsTab", "{0}\n\n仍要提交？").format(describe(error)),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self._send(call, asked=True)
                    return
            self._failed(error)

        self.apply_button.setEnabled(False)
        self.worker.run(lambda: call(asked), self._done, refused)

    def _done(self, change_id: int) -> None:
        self.reason.clear()
        self.state.setText(
            translate("AssignmentsTab", "调整#{0}已生效：各窗口叫下一个号时按新安排").format(change_id)
        )
        if self.view is not None:
            self.grid.show_view(self.view)  # the edits were sent; the reload shows them as they are
        self.reload()

    def apply(self) -> None:
        if self.view is None or not self.grid.is_edited():
            return
        view, edited, reason = self.view, self.grid.edited(), self.reason.text()
        self._send(lambda allow: self.assignments.apply(view, edited, reason, allow))

    def discard(self) -> None:
        if self.view is not None:
            self.grid.show_view(self.view)
            self.state.setText(translate("AssignmentsTab", "已放弃未应用的修改"))
            self._edits_changed()

    def undo_selected(self) -> None:
        line = self.history.selected()
        if line is None:
            return
        if line.undone_by is not None:
            self.state.setText(
                translate("AssignmentsTab", "调整#{0}已由调整#{1}撤销").format(line.change_id, line.undone_by)
            )
            return
        self._send(lambda allow: self.assignments.undo(line.change_id, allow))

    def apply_profile(self) -> None:
        profile = self.profiles.selected()
        if profile is None:
            return
        answer = QMessageBox.question(
            self,
            translate("AssignmentsTab", "套用工作方案"),
            translate("AssignmentsTab", "现在套用工作方案“{0}”？各窗口叫下一个号时生效。").format(
                profile.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._send(lambda allow: self.assignments.apply_profile(profile.name, allow))

    def load_profile(self) -> None:
        profile = self.profiles.selected()
        if profile is None or self.view is None:
            return
        codes = [code for code, _ in self.view.categories]
        for row, line in enumerate(self.view.windows):
            named = next((w for w in profile.windows if w.window == line.window), None)
            if named is None:
                continue
            for column, code in enumerate(codes, start=1):
                self.grid.set_weight(row, column, named.categories.get(code, 0))
            if self.grid.edited()[line.window][1] != named.open:
                self.grid.toggle_open(row)
        self.state.setText(
            translate("AssignmentsTab", "已把工作方案“{0}”载入表格，可修改后应用或保存").format(profile.name)
        )
        self.grid.setFocus()

    def save_profile(self) -> None:
        if self.view is None:
            return
        dialog = ProfileDialog(self.profiles.selected(), self)
        if dialog.exec() != ProfileDialog.DialogCode.Accepted or not dialog.name.text().strip():
            return
        view, edited = self.view, self.grid.edited()
        name, schedules = dialog.name.text(), dialog.schedules()
        self.worker.run(
            lambda: self.assignments.save_profile(view, name, edited, schedules), self._loaded, self._failed
        )

    def delete_profile(self) -> None:
        profile = self.profiles.selected()
        if profile is None:
            return
        answer = QMessageBox.question(
            self,
            translate("AssignmentsTab", "删除工作方案"),
            translate("AssignmentsTab", "删除工作方案“{0}”？").format(profile.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.worker.run(lambda: self.assignments.delete_profile(profile.name), self._loaded, self._failed)

    def edit_qualification(self) -> None:
        clerk = self.clerks.selected()
        if clerk is None or self.view is None:
            return
        dialog = QualificationDialog(clerk, self.view.categories, self)
        if dialog.exec() != QualificationDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        self.worker.run(
            lambda: self.assignments.set_qualification(clerk.username, chosen), self._loaded, self._failed
        )

    def stop(self) -> None:
        self._poke_timer.stop()
        self.worker.stop()
