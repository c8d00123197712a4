"""Today's forecast against what arrived, hour by hour (QtCharts), so the manager sees how far
to trust the suggestions: bars for the arrivals (the current hour so far), a line for the
forecast (for an hour begun: as forecast at its start). Nothing here computes a figure."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.services.manager.staffing import HourPoint
from ui.manager.counts_axis import counts_axis

CONTEXT = "ForecastChart"  # the context of every string here
ACTUAL_COLOUR = QColor("#3b82c4")
FORECAST_COLOUR = QColor("#d9822b")


# lupdate reads the context of translate() from its first argument, a literal: a tr() function
# of the module would be filed under no context at all, and never found on screen
translate = QCoreApplication.translate


class ForecastChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 220)
        self.show_hours(())

    def show_hours(self, hours: tuple[HourPoint, ...], category: tuple[str, str] | None = None) -> None:
        """The whole hall's hours, or one category's: (code, name)."""
        code = category[0] if category else None
        figures = [h.of(code) for h in hours]
        chart = QChart()
        title = translate("ForecastChart", "今日每小时来号（张）：预测与实际")
        chart.setTitle(f"{title} — {category[1]}" if category else title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        labels = [f"{h.hour}:00" for h in hours]
        actual = QBarSet(translate("ForecastChart", "实际来号"))
        actual.setColor(ACTUAL_COLOUR)
        actual.append([float(arrived or 0) for _, arrived in figures])
        bars = QBarSeries()
        bars.append(actual)
        line = QLineSeries()
        line.setName(translate("ForecastChart", "预测来号"))
        pen = QPen(FORECAST_COLOUR)
        pen.setWidth(3)
        line.setPen(pen)
        line.setPointsVisible(True)
        for i, (forecast, _) in enumerate(figures):
            line.append(float(i), forecast)
        chart.addSeries(bars)
        chart.addSeries(line)
        x = QBarCategoryAxis()
        x.append(labels or [""])
        top = max([f for f, _ in figures] + [float(a or 0) for _, a in figures] + [0.0])
        y = counts_axis(top)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, line):
            series.attachAxis(x)
            series.attachAxis(y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
