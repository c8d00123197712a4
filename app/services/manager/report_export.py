"""统计报表 exported: an Excel workbook (openpyxl) and the printable PDF (app/documents/hall_report).

The workbook has the table on screen and the charts' series.

Cells hold numbers, not the screen's text, so the hall can sum and chart them itself: counts
as integers, minutes with one decimal (as shown), 满意率 as a share with a percent format; a
figure the grouping has no value for is left empty. Sheets: 统计表 (with the 合计 row), 分时段,
窗口办结量, 好差评. Headings are Chinese, as the hall's other documents are.

The PDF is titled 日报 for one day, 月报 for a calendar month (up to today in the current one),
else 统计报表, and prints the screen's cells as they are.
"""

from __future__ import annotations

import calendar
import os
from datetime import datetime
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from app.documents.hall_report import HallReport, render_hall_report
from app.domain.statistics import Grouping, Period
from app.services.manager.statistics import StatisticsView, columns_of

BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
PERCENT = "0.0%"
MINUTES = "0.0"


def _headed(sheet, title: str, headings: list[str]) -> None:
    sheet.append([title])
    sheet["A1"].font = TITLE_FONT
    sheet.append(headings)
    for cell in sheet[2]:
        cell.font = BOLD
        cell.alignment = Alignment(horizontal="center")
    sheet.freeze_panes = "B3"


def _formats(sheet, keys: list[str], row: int) -> None:
    for column, key in enumerate(keys, start=1):
        cell = sheet.cell(row=row, column=column)
        if key == "satisfaction":
            cell.number_format = PERCENT
        elif key.startswith(("mean_", "p90_")) or key == "busy":
            cell.number_format = MINUTES


def _widths(sheet, widths: list[int]) -> None:
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def workbook_bytes(view: StatisticsView) -> bytes:
    book = Workbook()
    table = book.active
    table.title = "统计表"
    keys = [c.key for c in view.columns]
    _headed(table, str(view.title), [str(c.title) for c in view.columns])
    for line in view.lines:
        table.append(list(line.values))
        _formats(table, keys, table.max_row)
    if view.grouping is not Grouping.HALL:
        whole = dict(zip([c.key for c in columns_of(Grouping.HALL)], view.total.values, strict=True))
        table.append(["合计" if k == "name" else whole.get(k) for k in keys])
        _formats(table, keys, table.max_row)
        for cell in table[table.max_row]:
            cell.font = BOLD
    _widths(table, [28] + [11] * (len(keys) - 1))

    hours = book.create_sheet("分时段")
    _headed(hours, str(view.title), ["时段", "取号量", "平均等候(分)"])
    for h in view.hours:
        hours.append([f"{h.hour:02d}:00-{h.hour + 1:02d}:00", h.arrivals, h.wait_minutes])
        hours.cell(row=hours.max_row, column=3).number_format = MINUTES
    _widths(hours, [14, 10, 14])

    windows = book.create_sheet("窗口办结量")
    _headed(windows, str(view.title), ["窗口", "办结数", "办理用时合计(分)"])
    for w in view.windows:
        windows.append([w.window, w.served, w.busy_minutes])
        windows.cell(row=windows.max_row, column=3).number_format = MINUTES
    _widths(windows, [20, 10, 18])

    ratings = book.create_sheet("好差评")
    _headed(ratings, str(view.title), ["评价等级", "评价数"])
    for level in view.levels:
        ratings.append([str(level.label), level.count])
    ratings.append(["满意率", view.satisfaction])
    ratings.cell(row=ratings.max_row, column=1).font = BOLD
    _widths(ratings, [14, 10])

    out = BytesIO()
    book.save(out)
    return out.getvalue()


def report_kind(period: Period, today) -> str:
    if period.is_one_day:
        return "日报"
    whole_month = period.start.day == 1 and period.end.month == period.start.month
    last = calendar.monthrange(period.start.year, period.start.month)[1]
    if (
        whole_month
        and period.end.year == period.start.year
        and (period.end.day == last or period.end == today)
    ):
        return "月报"
    return "统计报表"


def hall_report_of(view: StatisticsView, now: datetime) -> HallReport:
    period = view.period
    when = (
        f"{period.start:%Y-%m-%d}"
        if period.is_one_day
        else f"{period.start:%Y-%m-%d} 至 {period.end:%Y-%m-%d}"
    )
    total = None
    if view.grouping is not Grouping.HALL:
        whole = dict(zip([c.key for c in columns_of(Grouping.HALL)], view.total.cells, strict=True))
        total = tuple("合计" if c.key == "name" else whole.get(c.key, "—") for c in view.columns)
    return HallReport(
        title=f"{view.hall_name} {report_kind(period, now.date())} {when}",
        subtitle=f"{view.grouping.label}　共{period.days}天　制表时间 {now:%Y-%m-%d %H:%M}",
        headings=tuple(str(c.title) for c in view.columns),
        rows=tuple(line.cells for line in view.lines),
        total=total,
        hours=tuple((h.hour, h.arrivals, h.wait_minutes) for h in view.hours),
        windows=tuple((w.window, w.served) for w in view.windows),
        levels=tuple((str(level.label), level.count) for level in view.levels),
        satisfaction=view.satisfaction,
        generated_at=now,
    )


def pdf_bytes(view: StatisticsView, now: datetime) -> bytes:
    return render_hall_report(hall_report_of(view, now))


def write_file(path: Path, data: bytes) -> None:
    """Write `data` whole or not at all (a half-written report is worse than none)."""
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    os.replace(part, path)
