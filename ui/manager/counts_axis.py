"""The value axis of a chart of counts (tickets, cases, ratings, minutes): whole-number ticks.

A "%d" or "%.0f" label of a fractional tick reads wrong (0, 0, 1, 1 for steps of 0.25), so the
axis spans at least 0-4 and Qt's nice numbers put every tick on a whole number."""

from __future__ import annotations

from PySide6.QtCharts import QValueAxis

LOWEST_TOP = 4.0  # with the default five ticks, the smallest span whose steps are whole


def counts_axis(highest: float, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(LOWEST_TOP, highest * 1.15))
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.0f")
    if title:
        axis.setTitleText(title)
    return axis
