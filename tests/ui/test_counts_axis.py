"""Chart axes of counts read whole numbers, however small the day's figures (the forecast chart
of a quiet Sunday read 0, 0, 1, 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.manager.staffing import HourPoint
from ui.manager.counts_axis import counts_axis
from ui.manager.staffing.chart import ForecastChart


def ticks(axis) -> list[float]:
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    return [axis.min() + i * step for i in range(axis.tickCount())]


@pytest.mark.parametrize("highest", [0, 0.3, 1, 1.1, 2.5, 7, 13.4, 130])
def test_every_tick_of_a_counts_axis_is_a_whole_number_and_the_top_fits(qtbot, highest):
    axis = counts_axis(highest)
    values = ticks(axis)
    assert all(v == int(v) for v in values), values
    assert len(set(values)) == len(values) and values[-1] >= highest


def test_the_forecast_chart_of_a_quiet_day_has_whole_ticks(qtbot):
    chart = ForecastChart()
    qtbot.addWidget(chart)
    chart.show_hours(tuple(HourPoint(hour=h, forecast=0.4, actual=0) for h in range(9, 12)))
    axis = chart.chart().axes(Qt.Orientation.Vertical)[0]
    assert all(v == int(v) for v in ticks(axis)), ticks(axis)
