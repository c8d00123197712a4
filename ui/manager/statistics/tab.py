"""统计报表 (Ctrl+5): a period's figures by a grouping, three charts, XLSX and a printable PDF.

Keys (within the tab): Alt+1 今天, Alt+2 本周, Alt+3 本月, Alt+4 自定义 (the focus goes to the
first date; Enter in either date loads), Alt+G the grouping, F5 reload, Ctrl+E export to Excel,
Ctrl+P the printable report (PDF). Loading runs on the tab's own worker, so a year's report
never holds up the other tabs. While the period runs to today, a queue poke reloads it (at most
once every RELOAD_AFTER_POKE_MS), as the day's figures grow.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
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

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.statistics import Grouping, Period, PeriodKind
from app.services.errors import ServiceError
from app.services.manager.statistics import StatisticsView, columns_of
from ui.manager.statistics.charts import HourChart, RatingChart, WindowChart
from ui.manager.wrapping_header import wrap_titles
from ui.messages import describe, render
from ui.worker import Worker

RELOAD_AFTER_POKE_MS = 30_000
CONTEXT = "StatisticsTab"
PERIODS = (
    (PeriodKind.TODAY, QT_TRANSLATE_NOOP("StatisticsTab", "今天 (Alt+1)")),
    (PeriodKind.WEEK, QT_TRANSLATE_NOOP("StatisticsTab", "本周 (Alt+2)")),
    (PeriodKind.MONTH, QT_TRANSLATE_NOOP("StatisticsTab", "本月 (Alt+3)")),
    (PeriodKind.CUSTOM, QT_TRANSLATE_NOOP("StatisticsTab", "自定义 (Alt+4)")),
)
GROUPINGS = (Grouping.HALL, Grouping.CATEGORY, Grouping.WINDOW, Grouping.CLERK, Grouping.MATTER)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StatisticsTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statistics = services.statistics
        self.worker = Worker(self)
        self.view: StatisticsView | None = None
        self.kind = PeriodKind.TODAY
        self.export_folder = Path.home()
        self._poke_timer = QTimer(self)
        self._poke_timer.setSingleShot(True)
        self._poke_timer.setInterval(RELOAD_AFTER_POKE_MS)
        self._poke_timer.timeout.connect(self.reload)
        self._build()
        self._keys()
        services.pokes.poked.connect(self._poked)
        self.choose_period(PeriodKind.TODAY)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QHBoxLayout()
        self.period_buttons = QButtonGroup(self)
        for i, (kind, title) in enumerate(PERIODS):
            button = QPushButton(QCoreApplication.translate(CONTEXT, title), self)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, kind=kind: self.choose_period(kind))
            self.period_buttons.addButton(button, i)
            bar.addWidget(button)
        today = _qdate(self.statistics.today())
        self.start = QDateEdit(today, self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.editingFinished.connect(self._custom_dates)
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("至"), self))
        bar.addWidget(self.end)
        grouping_label = QLabel(self.tr("分组 (Alt+G)"), self)
        self.grouping = QComboBox(self)
        for grouping in GROUPINGS:
            self.grouping.addItem(render(grouping.label), grouping)
        self.grouping.currentIndexChanged.connect(lambda _: self.reload())
        grouping_label.setBuddy(self.grouping)
        bar.addSpacing(12)
        bar.addWidget(grouping_label)
        bar.addWidget(self.grouping)
        bar.addStretch(1)
        # the actions sit on the title's row, not after the grouping: in English one row of
        # periods, dates, grouping and actions was 1395 px, wider than the hall's 1366 screens
        self.reload_button = QPushButton(self.tr("刷新 (F5)"), self)
        self.xlsx_button = QPushButton(self.tr("导出Excel (Ctrl+E)"), self)
        self.pdf_button = QPushButton(self.tr("打印报表PDF (Ctrl+P)"), self)
        self.reload_button.clicked.connect(self.reload)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))

        self.title = QLabel(self)
        self.title.setWordWrap(True)  # a custom period's title in English is long: it wraps
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.state, 1)
        for button in (self.reload_button, self.xlsx_button, self.pdf_button):
            heading.addWidget(button)

        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        wrap_titles(self.table)  # in English the sixteen columns were wider than the screen
        self.hour_chart = HourChart(self)
        self.window_chart = WindowChart(self)
        self.rating_chart = RatingChart(self)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        for chart in (self.hour_chart, self.window_chart, self.rating_chart):
            charts.addWidget(chart)
        charts.setSizes([520, 420, 380])
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.table)
        body.addWidget(charts)
        body.setSizes([300, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(heading)
        layout.addWidget(body, 1)

    def _keys(self) -> None:
        def key(sequence: str, slot) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        for i, (kind, _) in enumerate(PERIODS):
            key(f"Alt+{i + 1}", lambda kind=kind: self.choose_period(kind))
        key("Alt+G", self._focus_grouping)
        key("F5", self.reload)
        key("Ctrl+E", lambda: self.export("xlsx"))
        key("Ctrl+P", lambda: self.export("pdf"))

    def _focus_grouping(self) -> None:
        self.grouping.setFocus()
        self.grouping.showPopup()

    # -- choosing ------------------------------------------------------------------------------
    def choose_period(self, kind: PeriodKind) -> None:
        self.kind = kind
        self.period_buttons.button([k for k, _ in PERIODS].index(kind)).setChecked(True)
        custom = kind is PeriodKind.CUSTOM
        if not custom:
            period = self.statistics.period(kind)
            for edit, day in ((self.start, period.start), (self.end, period.end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
            self.reload()
        else:
            self.start.setFocus()
            self.start.selectAll()

    def _custom_dates(self) -> None:
        if self.kind is PeriodKind.CUSTOM:
            self.reload()

    def _period(self) -> Period:
        if self.kind is PeriodKind.CUSTOM:
            start, end = (e.date().toPython() for e in (self.start, self.end))
            return self.statistics.period(PeriodKind.CUSTOM, start, end)
        return self.statistics.period(self.kind)

    def grouping_chosen(self) -> Grouping:
        return Grouping(self.grouping.currentData())  # Qt hands the enum back as its str

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._poke_timer.stop()
        try:
            period = self._period()
        except ServiceError as exc:
            self._failed(exc)
            return
        grouping = self.grouping_chosen()
        self.state.setText(self.tr("正在统计……"))
        self.worker.run(lambda: self.statistics.load(period, grouping), self._show, self._failed)

    def _poked(self, kind: str) -> None:
        running = self.view is not None and self.view.period.end >= self.statistics.today()
        if kind in ("queue", "hello") and running and not self._poke_timer.isActive():
            self._poke_timer.start()

    def _failed(self, error) -> None:
        self.state.setText(describe(error))
        self.state.setStyleSheet("color: #b00020;")

    def _show(self, view: StatisticsView) -> None:
        self.view = view
        self.state.setStyleSheet("")
        self.state.setText(
            self.tr("共{0}行").format(len(view.lines)) if view.grouping is not Grouping.HALL else ""
        )
        self.title.setText(render(view.title))
        self._fill_table(view)
        self.hour_chart.show_hours(view.hours)
        self.window_chart.show_windows(view.windows)
        self.rating_chart.show_levels(view.levels, view.satisfaction)

    def _fill_table(self, view: StatisticsView) -> None:
        lines = list(view.lines)
        with_total = view.grouping is not Grouping.HALL
        self.table.clear()
        self.table.setColumnCount(len(view.columns))
        self.table.setRowCount(len(lines) + (1 if with_total else 0))
        self.table.setHorizontalHeaderLabels([render(c.title) for c in view.columns])
        for row, line in enumerate(lines):
            self._fill_row(row, line.cells)
        if with_total:
            keys = [c.key for c in view.columns]
            whole = dict(zip([c.key for c in columns_of(Grouping.HALL)], view.total.cells, strict=True))
            cells = [self.tr("合计") if k == "name" else whole.get(k, "—") for k in keys]
            self._fill_row(len(lines), cells, bold=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_row(self, row: int, cells, bold: bool = False) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setToolTip(text)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    # -- exports -------------------------------------------------------------------------------
    def export(self, kind: str, path: Path | None = None) -> None:
        """Save the report on screen as XLSX or PDF (`path`, else asked for)."""
        view = self.view
        if view is None:
            return
        if path is None:
            suffix = "xlsx" if kind == "xlsx" else "pdf"
            name = f"统计报表_{view.period.start:%Y%m%d}_{view.period.end:%Y%m%d}.{suffix}"
            wanted = self.tr("Excel 工作簿 (*.xlsx)") if kind == "xlsx" else self.tr("PDF 文件 (*.pdf)")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存统计报表"), str(self.export_folder / name), wanted
            )
            if not chosen:
                return
            path = Path(chosen)
        self.export_folder = path.parent
        save = self.statistics.save_xlsx if kind == "xlsx" else self.statistics.save_pdf
        self.state.setText(self.tr("正在导出……"))
        self.worker.run(lambda: save(view, path), lambda _: self._saved(path), self._failed)

    def _saved(self, path: Path) -> None:
        self.state.setStyleSheet("")
        self.state.setText(self.tr("已保存：{0}").format(str(path)))

    def stop(self) -> None:
        self._poke_timer.stop()
        self.worker.stop()
