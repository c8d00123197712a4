"""调度建议 (Ctrl+3): per category the forecast against the windows needed and serving, the moves
with their expected effect, and today's forecast against what arrived.

Keys (within the tab): F5 reload, Ctrl+T 等候目标, ↑/↓ choose a suggestion, Enter applies it
(asked once, then sent as a window assignment change with the version the suggestion was
computed against: a window changed meanwhile is refused, not overwritten). Alt+C goes to the
categories: the chosen one is charted alone (its next hours in the forecast's tooltip), Esc
charts the whole hall again. Loading runs on the
tab's own worker; a queue or configuration poke reloads it, at most once every
RELOAD_AFTER_POKE_MS, since each reload asks the server for eight weeks of history.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import QT_TRANSLATE_NOOP
from app.services.errors import ServiceError
from app.services.manager.staffing import CategoryLine, StaffingScreen, SuggestionLine, TargetLine, wait_text
from ui.manager.staffing.chart import ForecastChart
from ui.manager.staffing.targets import TargetsDialog
from ui.manager.wrapping_header import wrap_titles
from ui.messages import describe, render
from ui.worker import Worker

RELOAD_AFTER_POKE_MS = 15_000
CONTEXT = "StaffingTab"  # the context of every string here; COLUMNS name it literally for lupdate
SHORT = QBrush(QColor("#fde2e1"))
COLUMNS = (
    QT_TRANSLATE_NOOP("StaffingTab", "业务类别"),
    QT_TRANSLATE_NOOP("StaffingTab", "等候人数"),
    QT_TRANSLATE_NOOP("StaffingTab", "未来1小时预计来号"),
    QT_TRANSLATE_NOOP("StaffingTab", "平均办理"),
    QT_TRANSLATE_NOOP("StaffingTab", "所需窗口"),
    QT_TRANSLATE_NOOP("StaffingTab", "在办窗口"),
    QT_TRANSLATE_NOOP("StaffingTab", "预计平均等候"),
    QT_TRANSLATE_NOOP("StaffingTab", "目标内叫号"),
    QT_TRANSLATE_NOOP("StaffingTab", "等候目标"),
)


# lupdate reads the context of translate() from its first argument, a literal: a tr() function
# of the module would be filed under no context at all, and never found on screen
translate = QCoreApplication.translate


class StaffingTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staffing = services.staffing
        self.worker = Worker(self)
        self.screen: StaffingScreen | None = None
        # the sentence of the last move applied stays above the reload it causes (and any reload
        # after it) until the next move: the manager must still read what they changed
        self._outcome = ""
        self._poke_timer = QTimer(self)
        self._poke_timer.setSingleShot(True)
        self._poke_timer.setInterval(RELOAD_AFTER_POKE_MS)
        self._poke_timer.timeout.connect(self.reload)
        self._build()
        self._keys()
        services.pokes.poked.connect(self._poked)
        self.reload()

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(translate("StaffingTab", "调度建议"), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.reload_button = QPushButton(translate("StaffingTab", "刷新 (F5)"), self)
        self.targets_button = QPushButton(translate("StaffingTab", "等候目标 (Ctrl+T)"), self)
        self.apply_button = QPushButton(translate("StaffingTab", "采纳所选建议 (Enter)"), self)
        self.reload_button.clicked.connect(self.reload)
        self.targets_button.clicked.connect(self.edit_targets)
        self.apply_button.clicked.connect(self.apply_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.state, 1)
        for button in (self.reload_button, self.targets_button, self.apply_button):
            bar.addWidget(button)

        self.categories = QTableWidget(0, len(COLUMNS), self)
        self.categories.setHorizontalHeaderLabels([translate("StaffingTab", c) for c in COLUMNS])
        wrap_titles(self.categories)  # "Arrivals expected next hour" was cut in its column
        self.categories.verticalHeader().setVisible(False)
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categories.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.categories.itemSelectionChanged.connect(self._chart_category)

        self.suggestions = QTableWidget(0, 2, self)
        self.suggestions.setHorizontalHeaderLabels(
            [translate("StaffingTab", "建议"), translate("StaffingTab", "预计效果")]
        )
        self.suggestions.verticalHeader().setVisible(False)
        self.suggestions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.suggestions.setWordWrap(True)
        self.none_label = QLabel(self)
        self.none_label.setWordWrap(True)
        self.chart = ForecastChart(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(translate("StaffingTab", "调整建议（Alt+S；↑↓选择，Enter 采纳）"), left))
        left_layout.addWidget(self.suggestions, 1)
        left_layout.addWidget(self.none_label)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(left)
        lower.addWidget(self.chart)
        lower.setSizes([700, 600])
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(
            QLabel(
                translate("StaffingTab", "各业务类别（Alt+C；选中一类则右图只显示该类，Esc 显示全大厅）"),
                upper,
            )
        )
        upper_layout.addWidget(self.categories, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([300, 380])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.suggestions)

    def _keys(self) -> None:
        self._shortcuts = []
        for sequence, slot in (("F5", self.reload), ("Ctrl+T", self.edit_targets)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        for sequence, slot in (("Alt+C", self.categories.setFocus), ("Alt+S", self.suggestions.setFocus)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        whole_hall = QShortcut(QKeySequence("Esc"), self.categories)
        whole_hall.setContext(Qt.ShortcutContext.WidgetShortcut)
        whole_hall.activated.connect(self.categories.clearSelection)
        self._shortcuts.append(whole_hall)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.suggestions)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.apply_selected)
            self._shortcuts.append(shortcut)

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._poke_timer.stop()
        self.reload_button.setEnabled(False)
        self.worker.run(self.staffing.load, self._loaded, self._failed)

    def _poked(self, kind: str) -> None:
        if kind in ("queue", "change", "hello") and not self._poke_timer.isActive():
            self._poke_timer.start()

    def _loaded(self, screen: StaffingScreen) -> None:
        self.reload_button.setEnabled(True)
        self.screen = screen
        if screen.forecast_error is None:
            error = translate("StaffingTab", "今日尚无完整小时可比对")
        else:
            error = translate("StaffingTab", "今日已过各小时预测误差{0:.0f}%").format(
                screen.forecast_error * 100
            )
        if screen.history_days:
            basis = translate("StaffingTab", "按过去{0}个同一星期几与今日进度预测").format(
                screen.history_days
            )
        else:
            basis = translate("StaffingTab", "尚无往周同一星期几的记录，按今日进度预测")
        state = translate("StaffingTab", "{0}；{1}；{2}更新").format(
            basis, error, screen.at.strftime("%H:%M")
        )
        self.state.setText(f"{self._outcome}\n{state}" if self._outcome else state)
        self._show_categories(screen.categories)
        self._show_suggestions(screen.suggestions)
        self._chart_category()

    def _failed(self, error: ServiceError) -> None:
        self.reload_button.setEnabled(True)
        self.state.setText(describe(error))

    def _show_categories(self, lines: tuple[CategoryLine, ...]) -> None:
        self.categories.setRowCount(len(lines))
        for row, line in enumerate(lines):
            service = translate("StaffingTab", "{0:.1f}分钟").format(line.service_minutes)
            if not line.service_from_history:
                service = translate("StaffingTab", "{0}（默认）").format(service)
            target = translate("StaffingTab", "{0}%在{1}分钟内").format(
                line.target_share, line.target_minutes
            )
            cells = (
                line.name,
                str(line.waiting),
                f"{line.forecast_next_hour:.1f}",
                service,
                str(line.needed),
                translate("StaffingTab", "{0:.1f}（{1}个窗口）").format(line.serving, len(line.windows)),
                render(wait_text(line.mean_wait)),
                f"{line.within_target * 100:.0f}%",
                target,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not line.meets_target:
                    item.setBackground(SHORT)
                if column == 2:
                    item.setToolTip(
                        "\n".join(
                            translate("StaffingTab", "{0}时 {1:.1f}").format(h, f)
                            for h, f in line.hours_ahead
                        )
                    )
                if column == 5:
                    item.setToolTip("\n".join(line.windows))
                self.categories.setItem(row, column, item)

    def _show_suggestions(self, lines: tuple[SuggestionLine, ...]) -> None:
        self.suggestions.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self.suggestions.setItem(row, 0, QTableWidgetItem(render(line.title)))
            self.suggestions.setItem(row, 1, QTableWidgetItem("\n".join(render(e) for e in line.effects)))
        self.suggestions.resizeRowsToContents()
        short = self.screen is not None and any(not c.meets_target for c in self.screen.categories)
        if lines:
            self.none_label.setText("")
            self.suggestions.selectRow(0)
        elif short:
            self.none_label.setText(
                translate(
                    "StaffingTab",
                    "有业务类别未达等候目标，但没有窗口可以调出而不影响其他类别：请考虑增开窗口。",
                )
            )
        else:
            self.none_label.setText(
                translate("StaffingTab", "各业务类别预计都能达到等候目标，暂无调整建议。")
            )
        self.apply_button.setEnabled(bool(lines))

    def _chart_category(self) -> None:
        """The chosen category's hours in the chart, or the whole hall's with none chosen."""
        if self.screen is None:
            return
        row = self.categories.currentRow() if self.categories.selectedItems() else -1
        lines = self.screen.categories
        chosen = (lines[row].code, lines[row].name) if 0 <= row < len(lines) else None
        self.chart.show_hours(self.screen.hours, chosen)

    # -- actions -------------------------------------------------------------------------------
    def selected(self) -> SuggestionLine | None:
        row = self.suggestions.currentRow()
        if self.screen is None or not 0 <= row < len(self.screen.suggestions):
            return None
        return self.screen.suggestions[row]

    def apply_selected(self) -> None:
        line = self.selected()
        if line is None:
            return
        asked = QMessageBox.question(
            self,
            translate("StaffingTab", "采纳调整建议"),
            translate("StaffingTab", "{0}\n{1}\n\n现在调整该窗口？它叫下一个号时生效。").format(
                render(line.title), "\n".join(render(e) for e in line.effects)
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        self.apply_button.setEnabled(False)
        self._outcome = ""
        self.worker.run(lambda: self.staffing.apply(line), self._applied, self._failed)

    def _applied(self, said) -> None:
        self._outcome = render(said)
        self.state.setText(self._outcome)
        self.reload()

    def edit_targets(self) -> None:
        self.worker.run(self.staffing.targets, self._edit_targets, self._failed)

    def _edit_targets(self, lines: tuple[TargetLine, ...]) -> None:
        dialog = TargetsDialog(lines, self)
        if dialog.exec() != TargetsDialog.DialogCode.Accepted:
            return
        edited = dialog.edited()
        self.worker.run(lambda: self.staffing.save_targets(edited), lambda _: self.reload(), self._failed)

    def stop(self) -> None:
        self._poke_timer.stop()
        self.worker.stop()
