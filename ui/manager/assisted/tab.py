"""帮办代办台账: the hall's cases taken in with a helper's help (帮办) or by an agent (代办).

Top, the period (this month by default; Alt+F the first day, Alt+T the last, Enter loads) and
刷新 F5; left, each helper's totals (and one row for all 代办); right, the cases, newest first,
names masked. Ctrl+E saves the ledger as a CSV file for the hall's records. Loading runs on the
tab's own worker, so a year's ledger never holds up the other tabs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.manager.assisted import HEADINGS, LedgerView
from ui.banner import Banner
from ui.messages import describe, render
from ui.worker import Worker

translate = QCoreApplication.translate  # a literal context, so lupdate files the strings under it


def _table(parent: QWidget, headings: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings), parent)
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AssistedTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = services.assisted
        self.worker = Worker(self)
        self.view: LedgerView | None = None
        today = self.ledger.today()
        self.first = self._date_edit(QDate(today.year, today.month, 1))
        self.last = self._date_edit(QDate(today.year, today.month, today.day))
        self.reload_button = QPushButton(translate("AssistedTab", "刷新 (F5)"), self)
        self.reload_button.clicked.connect(self.reload)
        self.save_button = QPushButton(translate("AssistedTab", "导出台账 (Ctrl+E)"), self)
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("AssistedTab", "帮办代办台账"), self))
        bar.addSpacing(12)
        bar.addWidget(QLabel(translate("AssistedTab", "收件日期 (Alt+F)"), self))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(translate("AssistedTab", "至 (Alt+T)"), self))
        bar.addWidget(self.last)
        bar.addStretch(1)
        bar.addWidget(self.reload_button)
        bar.addWidget(self.save_button)
        self.banner = Banner(self)
        self.helpers = _table(
            self,
            [
                translate("AssistedTab", "帮办人员"),
                translate("AssistedTab", "帮办件数"),
                translate("AssistedTab", "代办件数"),
            ],
        )
        self.cases = _table(self, [render(h) for h in HEADINGS])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.helpers)
        split.addWidget(self.cases)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        for key, slot in (
            ("F5", self.reload),
            ("Ctrl+E", self.save),
            ("Alt+F", self.first.setFocus),
            ("Alt+T", self.last.setFocus),
        ):
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    def stop(self) -> None:
        self.worker.stop()

    def _date_edit(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.editingFinished.connect(self.reload)
        return edit

    def reload(self) -> None:
        start, end = self.first.date().toPython(), self.last.date().toPython()
        ledger = self.ledger
        self.banner.show_message(translate("AssistedTab", "正在读取台账……"), "info")
        self.worker.run(lambda: ledger.ledger(start, end), self._show, self._failed)

    def _show(self, view: LedgerView) -> None:
        self.view = view
        self.helpers.setRowCount(len(view.helpers))
        for r, h in enumerate(view.helpers):
            for c, text in enumerate((h.helper, str(h.helped), str(h.proxy))):
                self.helpers.setItem(r, c, QTableWidgetItem(text))
        self.cases.setRowCount(len(view.lines))
        for r, line in enumerate(view.lines):
            for c, text in enumerate(line.cells):
                self.cases.setItem(r, c, QTableWidgetItem(text))
        if view.note is not None:
            self.banner.show_message(render(view.note), "warning")
        elif not view.lines:
            self.banner.show_message(translate("AssistedTab", "期间内没有帮办或代办的办件。"), "info")
        else:
            total = translate("AssistedTab", "共{0}件：帮办{1}件，代办{2}件。").format(
                len(view.lines), sum(h.helped for h in view.helpers), sum(h.proxy for h in view.helpers)
            )
            self.banner.show_message(total, "info")

    def _failed(self, error: BaseException) -> None:
        self.banner.show_message(describe(error), "error")

    def save(self) -> None:
        if self.view is None or not self.view.lines:
            self.banner.show_message(translate("AssistedTab", "没有可导出的台账，请先读取。"), "error")
            return
        suggested = f"帮办代办台账-{self.view.start:%Y%m%d}-{self.view.end:%Y%m%d}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("AssistedTab", "导出台账"), suggested, "CSV (*.csv)"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            self.ledger.save_csv(self.view, path)
        except ServiceError as exc:
            self.banner.show_message(describe(exc), "error")
            return
        self.banner.show_message(translate("AssistedTab", "台账已保存：{0}").format(path), "success")
