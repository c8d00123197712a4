"""统计报表's three charts (QtCharts): arrivals and waits by hour, load per window, ratings by level.

Each chart is redrawn from the use case's plain series (app/services/manager/statistics.py);
nothing here computes a figure. Titles and axes go through translate("StatisticsCharts", …).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from app.services.manager.statistics import HourLine, LevelLine, WindowLine
from ui.manager.counts_axis import counts_axis
from ui.messages import render

CONTEXT = "StatisticsCharts"
ARRIVALS_COLOUR = QColor("#3b82c4")
WAIT_COLOUR = QColor("#d9822b")
LOAD_COLOUR = QColor("#4f9a6b")
LEVEL_COLOURS = ("#2e7d32", "#66bb6a", "#9e9e9e", "#ef6c00", "#c62828")  # 非常满意 … 非常不满意
OPEN_HOURS = range(7, 20)  # the hours a chart always shows; earlier or later ones when used


# lupdate reads the context of translate() from its first argument, a literal: a tr() function
# of the module would be filed under no context at all, and never found on screen
translate = QCoreApplication.translate


class _Chart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(300, 220)

    def fresh_chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart


class HourChart(_Chart):
    """Arrivals (bars, left axis) and the mean wait in minutes (line, right axis) by hour."""

    def show_hours(self, hours: tuple[HourLine, ...]) -> None:
        chart = self.fresh_chart(translate("StatisticsCharts", "分时段取号量与平均等候"))
        used = [h for h in hours if h.arrivals or h.hour in OPEN_HOURS]
        arrivals = QBarSet(translate("StatisticsCharts", "取号量"))
        arrivals.setColor(ARRIVALS_COLOUR)
        arrivals.append([float(h.arrivals) for h in used])
        bars = QBarSeries()
        bars.append(arrivals)
        wait = QLineSeries()
        wait.setName(translate("StatisticsCharts", "平均等候(分)"))
        wait.setColor(WAIT_COLOUR)
        for i, h in enumerate(used):
            if h.wait_minutes is not None:
                wait.append(float(i), h.wait_minutes)
        chart.addSeries(bars)
        chart.addSeries(wait)
        hours_axis = QBarCategoryAxis()
        hours_axis.append([f"{h.hour}" for h in used])
        hours_axis.setTitleText(translate("StatisticsCharts", "时"))
        chart.addAxis(hours_axis, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(hours_axis)
        wait.attachAxis(hours_axis)
        count_axis = counts_axis(
            max((h.arrivals for h in used), default=0), translate("StatisticsCharts", "人次")
        )
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(count_axis)
        wait_axis = counts_axis(
            max((h.wait_minutes or 0 for h in used), default=0), translate("StatisticsCharts", "分钟")
        )
        chart.addAxis(wait_axis, Qt.AlignmentFlag.AlignRight)
        wait.attachAxis(wait_axis)


class WindowChart(_Chart):
    """Tickets served per window (horizontal bars, the busiest on top)."""

    def show_windows(self, windows: tuple[WindowLine, ...]) -> None:
        chart = self.fresh_chart(translate("StatisticsCharts", "各窗口办结量"))
        chart.legend().setVisible(False)
        ordered = sorted(windows, key=lambda w: w.served)
        served = QBarSet(translate("StatisticsCharts", "办结数"))
        served.setColor(LOAD_COLOUR)
        served.append([float(w.served) for w in ordered])
        bars = QHorizontalBarSeries()
        bars.append(served)
        bars.setLabelsVisible(True)
        chart.addSeries(bars)
        names = QBarCategoryAxis()
        names.append([w.window for w in ordered] or [translate("StatisticsCharts", "（无）")])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(names)
        counts = counts_axis(max((w.served for w in ordered), default=0), translate("StatisticsCharts", "件"))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(counts)


class RatingChart(_Chart):
    """Ratings by level, 非常满意 to 非常不满意, each in its own colour."""

    def show_levels(self, levels: tuple[LevelLine, ...], satisfaction: str) -> None:
        chart = self.fresh_chart(translate("StatisticsCharts", "好差评（满意率{0}）").format(satisfaction))
        # the five levels one under the other at the right: in a row below, "Very satisfied" …
        # "Very dissatisfied" were cut to "Very s…" in a chart a third of the screen wide
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        bars = QBarSeries()
        for line, colour in zip(levels, LEVEL_COLOURS, strict=False):
            level = QBarSet(render(line.label))  # one set per level: its own colour and legend
            level.setColor(QColor(colour))
            level.append(float(line.count))
            bars.append(level)
        bars.setLabelsVisible(True)
        chart.addSeries(bars)
        names = QBarCategoryAxis()
        names.append([translate("StatisticsCharts", "评价数")])
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(names)
        axis = counts_axis(
            max((line.count for line in levels), default=0), translate("StatisticsCharts", "条")
        )
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis)
