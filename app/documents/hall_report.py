"""The hall's printable statistics report (日报 / 月报 / a period's 统计报表), A4 landscape.

The table as on screen (the same formatted cells, 合计 last), then the three charts drawn by
reportlab's own graphics — arrivals (bars) and mean waits (line, right scale) by hour, tickets
served per window, ratings by level — so they print sharp and their labels stay text. Printed
in the bundled CJK font like every other document. The caller (app/services/manager) hands plain
values; nothing here computes a figure.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.flowables import GRID, BoldTitle
from app.documents.fonts import register_fonts

PAGE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
ARRIVALS = colors.HexColor("#3b82c4")
WAIT = colors.HexColor("#d9822b")
LOAD = colors.HexColor("#4f9a6b")
LEVEL_COLOURS = tuple(colors.HexColor(c) for c in ("#2e7d32", "#66bb6a", "#9e9e9e", "#ef6c00", "#c62828"))
HEAD_FILL = colors.Color(0.92, 0.92, 0.92)


@dataclass(frozen=True)
class HallReport:
    title: str  # 某县政务服务中心 日报 2026-11-23
    subtitle: str  # the grouping and when it was made
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None  # 合计, under the rows (None: the table is the whole hall)
    hours: tuple[tuple[int, int, float | None], ...]  # (hour, arrivals, mean wait in minutes)
    windows: tuple[tuple[str, int], ...]  # (window, tickets served)
    levels: tuple[tuple[str, int], ...]  # (非常满意, count) … 非常不满意
    satisfaction: str
    generated_at: datetime


def _styles(font: str) -> tuple[ParagraphStyle, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
    cell = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9)
    return body, cell


def _table(report: HallReport, font: str, cell: ParagraphStyle) -> Table:
    names = [[Paragraph(h, cell) for h in report.headings]]
    data = names + [list(r) for r in report.rows]
    if report.total is not None:
        data.append(list(report.total))
    first = 46 * mm
    rest = (WIDTH - first) / max(1, len(report.headings) - 1)
    rows = [[Paragraph(str(r[0]), cell), *r[1:]] if i else r for i, r in enumerate(data)]
    table = Table(rows, colWidths=[first] + [rest] * (len(report.headings) - 1), repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), font, 7.5),
        ("GRID", (0, 0), (-1, -1), 0.3, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if report.total is not None:
        style.append(("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL))
    table.setStyle(TableStyle(style))
    return table


def _counts(chart, highest: float) -> None:
    """A count axis from 0 in whole steps (an empty chart still gets 0…4, not 0…0.01)."""
    step = max(1, math.ceil(max(4.0, highest * 1.1) / 5))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * 5
    chart.valueAxis.valueStep = step


def _axis_font(chart, font: str) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7


def _caption(drawing: Drawing, text: str, font: str) -> None:
    drawing.add(
        String(drawing.width / 2, drawing.height - 12, text, fontName=font, fontSize=9, textAnchor="middle")
    )


def hour_chart(report: HallReport, font: str, width: float, height: float) -> Drawing:
    used = [h for h in report.hours if h[1] or 7 <= h[0] < 20]
    drawing = Drawing(width, height)
    _caption(drawing, "分时段取号量（柱）与平均等候分钟（折线，右轴）", font)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 70, height - 55
    chart.data = [[h[1] for h in used] or [0]]
    chart.categoryAxis.categoryNames = [str(h[0]) for h in used] or [""]
    _counts(chart, max((h[1] for h in used), default=0))
    chart.bars[0].fillColor = ARRIVALS
    _axis_font(chart, font)
    drawing.add(chart)
    waits = [h[2] for h in used]
    top = max((w for w in waits if w is not None), default=0.0)
    if top > 0:
        step = chart.width / len(used)
        points = []
        for i, wait in enumerate(waits):
            if wait is not None:
                points += [chart.x + (i + 0.5) * step, chart.y + wait / (top * 1.1) * chart.height]
        drawing.add(PolyLine(points, strokeColor=WAIT, strokeWidth=1.5))
        for share in (0.0, 0.5, 1.0):
            value = top * 1.1 * share
            y = chart.y + share * chart.height - 2
            drawing.add(
                String(
                    chart.x + chart.width + 4, y, f"{value:.0f}", fontName=font, fontSize=7, fillColor=WAIT
                )
            )
    return drawing


def window_chart(report: HallReport, font: str, width: float) -> Drawing:
    windows = sorted(report.windows, key=lambda w: w[1])
    bar = 7 if len(windows) > 20 else 12
    height = max(110, 45 + bar * max(1, len(windows)))
    drawing = Drawing(width, height)
    _caption(drawing, "各窗口办结量", font)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 80, 20, width - 100, height - 45
    chart.data = [[w[1] for w in windows] or [0]]
    chart.categoryAxis.categoryNames = [w[0] for w in windows] or ["（无）"]
    _counts(chart, max((w[1] for w in windows), default=0))
    chart.bars[0].fillColor = LOAD
    _axis_font(chart, font)
    drawing.add(chart)
    return drawing


def rating_chart(report: HallReport, font: str, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    _caption(drawing, f"好差评（满意率{report.satisfaction}）", font)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 45, height - 55
    chart.data = [[n for _, n in report.levels]]
    chart.categoryAxis.categoryNames = [label for label, _ in report.levels]
    _counts(chart, max((n for _, n in report.levels), default=0))
    for i, colour in enumerate(LEVEL_COLOURS[: len(report.levels)]):
        chart.bars[(0, i)].fillColor = colour
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    _axis_font(chart, font)
    drawing.add(chart)
    return drawing


def render_hall_report(report: HallReport) -> bytes:
    font = register_fonts()
    body, cell = _styles(font)
    out = io.BytesIO()
    footer = f"{report.title}　打印于 {report.generated_at:%Y-%m-%d %H:%M}"

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(GRID)
        canvas.drawString(MARGIN, 7 * mm, footer)
        canvas.drawRightString(PAGE[0] - MARGIN, 7 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=report.title,
        author="一窗通办",
    )
    charts = Table(
        [[hour_chart(report, font, WIDTH * 0.58, 190), rating_chart(report, font, WIDTH * 0.4, 190)]],
        colWidths=[WIDTH * 0.6, WIDTH * 0.4],
    )
    story = [
        BoldTitle(report.title, 15),
        Paragraph(report.subtitle, body),
        Spacer(1, 3 * mm),
        _table(report, font, cell),
        Spacer(1, 5 * mm),
        KeepTogether([charts]),
        Spacer(1, 3 * mm),
        KeepTogether([window_chart(report, font, WIDTH * 0.7)]),
    ]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
