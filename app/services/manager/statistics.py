"""统计报表's use cases: a period's figures from the server as a plain table and chart series.

The server computes every figure (app/sync/manager_statistics.py); this only chooses the
columns a grouping has, formats the cells once (minutes with one decimal, rates in percent) and
keeps the raw values beside them, so the screen, the XLSX export and the printed PDF show the
same numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.domain.hall_time import HALL_TIMEZONE, hall_date
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError, message_of
from app.domain.statistics import (
    LEVEL_LABELS,
    LEVELS,
    Grouping,
    Period,
    PeriodKind,
    check_period,
    minutes,
    percent,
    period_of,
    satisfaction_rate,
)
from app.services.errors import ServiceError
from app.sync.manager_statistics import StatisticsReport, StatisticsRow
from app.sync.manager_statistics_transport import StatisticsTransport
from app.sync.transport import TransportError

Value = int | float | str | None


class StatisticsUnavailable(ServiceError):
    """The period is refused, or the server could not be asked (its reason, in Chinese)."""


NAME_TITLES = {
    Grouping.HALL: QT_TRANSLATE_NOOP("messages", "大厅"),
    Grouping.CATEGORY: QT_TRANSLATE_NOOP("messages", "业务类别"),
    Grouping.WINDOW: QT_TRANSLATE_NOOP("messages", "窗口"),
    Grouping.CLERK: QT_TRANSLATE_NOOP("messages", "工作人员"),
    Grouping.MATTER: QT_TRANSLATE_NOOP("messages", "事项"),
}
# (key, title) of each part's columns; a grouping shows the parts it has (Grouping.has_*)
QUEUE_COLUMNS = (
    ("tickets", QT_TRANSLATE_NOOP("messages", "取号数")),
    ("served", QT_TRANSLATE_NOOP("messages", "办结数")),
    ("no_shows", QT_TRANSLATE_NOOP("messages", "过号")),
    ("transfers", QT_TRANSLATE_NOOP("messages", "转移")),
    ("mean_wait", QT_TRANSLATE_NOOP("messages", "平均等候(分)")),
    ("p90_wait", QT_TRANSLATE_NOOP("messages", "等候P90(分)")),
    ("mean_service", QT_TRANSLATE_NOOP("messages", "平均办理(分)")),
    ("p90_service", QT_TRANSLATE_NOOP("messages", "办理P90(分)")),
)
CASE_COLUMNS = (
    ("accepted", QT_TRANSLATE_NOOP("messages", "受理")),
    ("supplement", QT_TRANSLATE_NOOP("messages", "补正告知")),
    ("refused", QT_TRANSLATE_NOOP("messages", "不予受理")),
    ("overdue", QT_TRANSLATE_NOOP("messages", "超期")),
)
RATING_COLUMNS = (
    ("ratings", QT_TRANSLATE_NOOP("messages", "评价数")),
    ("bad", QT_TRANSLATE_NOOP("messages", "差评")),
    ("satisfaction", QT_TRANSLATE_NOOP("messages", "满意率")),
)
# 办不成事 反映 taken down in the period, beside 差评: what the hall could not do for someone
UNRESOLVED_COLUMN = ("unresolved", QT_TRANSLATE_NOOP("messages", "办不成事"))
TITLE = QT_TRANSLATE_NOOP("messages", "{hall} 统计报表 {start:%Y-%m-%d} 至 {end:%Y-%m-%d}")
NOT_SAVED = QT_TRANSLATE_NOOP("messages", "统计报表未能保存到{path}：{reason}")
ONE_DAY_TITLE = QT_TRANSLATE_NOOP("messages", "{hall} 统计报表 {start:%Y-%m-%d}")


@dataclass(frozen=True)
class Column:
    key: str
    title: Message


@dataclass(frozen=True)
class Line:
    cells: tuple[str, ...]  # as shown ("—" for none)
    values: tuple[Value, ...]  # the same as numbers (minutes, shares 0…1), None for none


@dataclass(frozen=True)
class HourLine:
    hour: int
    arrivals: int
    wait_minutes: float | None


@dataclass(frozen=True)
class WindowLine:
    window: str
    served: int
    busy_minutes: float


@dataclass(frozen=True)
class LevelLine:
    level: int
    label: Message
    count: int


@dataclass(frozen=True)
class StatisticsView:
    title: Message
    hall_name: str
    period: Period
    grouping: Grouping
    columns: tuple[Column, ...]
    lines: tuple[Line, ...]
    total: Line
    hours: tuple[HourLine, ...]
    windows: tuple[WindowLine, ...]
    levels: tuple[LevelLine, ...]  # the whole hall's ratings, 非常满意 first
    satisfaction: str  # the whole hall's, as shown


def columns_of(grouping: Grouping) -> tuple[Column, ...]:
    chosen = [("name", NAME_TITLES[grouping])]
    if grouping.has_queue:
        chosen += QUEUE_COLUMNS
    if grouping.has_cases:
        chosen += CASE_COLUMNS
    if grouping.has_ratings:
        chosen += RATING_COLUMNS
    if grouping.has_unresolved_reports:
        at = next((i + 1 for i, (key, _) in enumerate(chosen) if key == "bad"), len(chosen))
        chosen.insert(at, UNRESOLVED_COLUMN)
    return tuple(Column(key, Message(title)) for key, title in chosen)


def _values(row: StatisticsRow) -> dict[str, Value]:
    levels = row.ratings or {}
    bad = levels.get(1, 0) + levels.get(2, 0)
    return {
        "name": row.label,
        "tickets": row.tickets,
        "served": row.served,
        "no_shows": row.no_shows,
        "transfers": row.transfers,
        "mean_wait": _minutes(row.mean_wait_seconds),
        "p90_wait": _minutes(row.p90_wait_seconds),
        "mean_service": _minutes(row.mean_service_seconds),
        "p90_service": _minutes(row.p90_service_seconds),
        "accepted": row.accepted,
        "supplement": row.supplement,
        "refused": row.refused,
        "overdue": row.overdue,
        "ratings": row.rating_count if row.ratings is not None else None,
        "bad": bad if row.ratings is not None else None,
        "satisfaction": satisfaction_rate(levels) if row.ratings is not None else None,
        "unresolved": row.unresolved_reports,
    }


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


def _cell(key: str, value: Value) -> str:
    if value is None:
        return "—"
    if key == "satisfaction":
        return percent(float(value))
    if isinstance(value, float):
        return minutes(value * 60)
    return str(value)


def line_of(row: StatisticsRow, columns: tuple[Column, ...]) -> Line:
    values = _values(row)
    picked = tuple(values[c.key] for c in columns)
    return Line(tuple(_cell(c.key, v) for c, v in zip(columns, picked, strict=True)), picked)


def view_of(report: StatisticsReport) -> StatisticsView:
    columns = columns_of(report.by)
    period = Period(report.date_from, report.date_to)
    template = ONE_DAY_TITLE if period.is_one_day else TITLE
    args = {"hall": report.hall_name, "start": period.start}
    if not period.is_one_day:
        args["end"] = period.end
    levels = report.total.ratings or {}
    return StatisticsView(
        title=Message(template, **args),
        hall_name=report.hall_name,
        period=period,
        grouping=report.by,
        columns=columns,
        lines=tuple(line_of(row, columns) for row in report.rows),
        total=line_of(report.total, columns_of(Grouping.HALL)),
        hours=tuple(HourLine(p.hour, p.arrivals, _minutes(p.mean_wait_seconds)) for p in report.hours),
        windows=tuple(
            WindowLine(w.window, w.served, _minutes(w.service_seconds) or 0.0) for w in report.windows
        ),
        levels=tuple(LevelLine(n, Message(LEVEL_LABELS[n]), levels.get(n, 0)) for n in LEVELS),
        satisfaction=percent(satisfaction_rate(levels)) if sum(levels.values()) else "—",
    )


class Statistics:
    """The tab's use cases over the console's StatisticsTransport."""

    def __init__(
        self,
        transport: StatisticsTransport,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.transport = transport
        self.today = today or (lambda: hall_date(datetime.now(UTC)))  # the hall's date
        # the hall's wall time, printed on the report
        self.now = now or (lambda: datetime.now(HALL_TIMEZONE).replace(tzinfo=None, microsecond=0))

    def period(self, kind: PeriodKind, start: date | None = None, end: date | None = None) -> Period:
        """The period of a choice (today, this week, this month) or a checked custom range."""
        if kind is PeriodKind.CUSTOM:
            try:
                return check_period(start or self.today(), end or self.today())
            except MessageError as exc:
                raise StatisticsUnavailable(exc.message) from exc
        return period_of(kind, self.today())

    # report_export builds on this module's view model, hence imported where it is used
    def save_xlsx(self, view: StatisticsView, path: Path) -> None:
        from app.services.manager.report_export import workbook_bytes, write_file

        self._write(path, lambda: write_file(path, workbook_bytes(view)))

    def save_pdf(self, view: StatisticsView, path: Path) -> None:
        from app.services.manager.report_export import pdf_bytes, write_file

        self._write(path, lambda: write_file(path, pdf_bytes(view, self.now())))

    def _write(self, path: Path, write: Callable[[], None]) -> None:
        try:
            write()
        except OSError as exc:
            raise StatisticsUnavailable(
                Message(NOT_SAVED, path=str(path), reason=exc.strerror or str(exc))
            ) from exc

    def load(self, period: Period, grouping: Grouping) -> StatisticsView:
        try:
            report = self.transport.report(period.start, period.end, grouping)
        except TransportError as exc:
            raise StatisticsUnavailable(message_of(exc)) from exc
        return view_of(report)
