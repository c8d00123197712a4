"""统计报表 (GET /manager/statistics): one hall's figures of a period, by a grouping.

The figures are added up from what is kept of the hall's closed days (statistics_rollup for the
queue, statistics_case_rollup for cases and ratings) and the live figures of the other days
(today, yesterday): statistics_tally for the queue, statistics_case_rollup.case_part for cases
and ratings; 办不成事 反映 are counted live on every day (statistics_unresolved). This module
keeps the closed days first, then puts the figures of one key side by side, names them (a
category's or matter's name) and orders them. A figure the grouping cannot carry stays None
(app.domain.statistics.Grouping).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain.statistics import Grouping, Period
from app.sync.manager_statistics import HourPoint, StatisticsReport, StatisticsRow, WindowLoad
from server.errors import not_found
from server.manager.statistics_case_rollup import case_part, keep_case_days
from server.manager.statistics_cases import CaseTally, matter_names
from server.manager.statistics_queue import QueueFigures
from server.manager.statistics_rollup import keep_closed_days, split_period
from server.manager.statistics_tally import queue_part
from server.manager.statistics_unresolved import ReportCount, unresolved_counts
from server.store.models import HallRow, ServiceCategoryRow

UNRECORDED = "（未记录）"  # a ticket nobody called, a case or rating without a window or clerk


def _queue_fields(figures: QueueFigures | None) -> dict:
    figures = figures or QueueFigures(0, 0, 0, 0, None, None, None, None)
    return {
        "tickets": figures.tickets,
        "served": figures.served,
        "no_shows": figures.no_shows,
        "transfers": figures.transfers,
        "mean_wait_seconds": figures.mean_wait,
        "p90_wait_seconds": figures.p90_wait,
        "mean_service_seconds": figures.mean_service,
        "p90_service_seconds": figures.p90_service,
    }


def _case_fields(tally: CaseTally | None) -> dict:
    tally = tally or CaseTally()
    return {name: getattr(tally, name) for name in ("accepted", "supplement", "refused", "overdue")}


def _rating_fields(tally: CaseTally | None) -> dict:
    levels = (tally or CaseTally()).levels
    return {"ratings": {level: levels[level] for level in (5, 4, 3, 2, 1)}}


def statistics_report(
    session: Session, hall_code: str, period: Period, grouping: Grouping, now: datetime, today: date
) -> StatisticsReport:
    hall = session.get(HallRow, hall_code)
    if hall is None:
        raise not_found(f"没有大厅{hall_code}")
    closed, _live = split_period(period, today)
    if closed is not None:  # first: keeping commits (ending the transaction SET LOCAL applies to)
        keep_closed_days(session, hall_code, closed, now)
        keep_case_days(session, hall_code, closed, today, now)
    if session.get_bind().dialect.name == "postgresql":
        # no JIT: the live days' per-ticket event lookups make the planner expect a huge cost,
        # and compiling the statement took longer than the JIT saved (bench/manager_statistics.py);
        # a year's sums by matter (about 100,000 rows) grouped in memory
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL work_mem = '32MB'"))
    queue = queue_part(session, hall_code, period, grouping, today)
    cases, case_total = case_part(session, hall_code, period, grouping, today)
    reports, report_total = unresolved_counts(session, hall_code, period, grouping)
    total = StatisticsRow(
        key=hall_code,
        label=hall.name,
        **_queue_fields(queue.whole),
        **_case_fields(case_total),
        **_rating_fields(case_total),
        unresolved_reports=report_total,
    )
    if grouping is Grouping.HALL:
        rows = [total]
    else:
        rows = _rows(session, hall_code, grouping, queue.rows, cases, reports)
    return StatisticsReport(
        hall_code=hall_code,
        hall_name=hall.name,
        date_from=period.start,
        date_to=period.end,
        by=grouping,
        rows=rows,
        total=total,
        hours=[
            HourPoint(
                hour=h,
                arrivals=queue.hours.get(h, (0, None))[0],
                mean_wait_seconds=queue.hours.get(h, (0, None))[1],
            )
            for h in range(24)
        ],
        windows=[WindowLoad(window=w, served=n, service_seconds=s) for w, n, s in queue.windows],
        generated_at=now,
    )


def _rows(session, hall_code, grouping, queue, cases, reports: dict[str, ReportCount]) -> list[StatisticsRow]:
    keys = set(queue) | set(cases) | set(reports)
    labels = _labels(session, hall_code, grouping, keys, cases)
    rows = []
    for key in keys:
        fields: dict = {}
        if grouping.has_queue:
            fields.update(_queue_fields(queue.get(key)))
        if grouping.has_cases:
            fields.update(_case_fields(cases.get(key)))
        if grouping.has_ratings:
            fields.update(_rating_fields(cases.get(key)))
        reported = reports.get(key, ReportCount(0))
        if grouping.has_unresolved_reports:
            fields["unresolved_reports"] = reported.count
        label = labels.get(key) or reported.name or key or UNRECORDED
        rows.append(StatisticsRow(key=key, label=label, **fields))
    order = list(labels) if grouping is Grouping.CATEGORY else []
    # the hall's category order; else by name; the unrecorded last
    return sorted(
        rows, key=lambda r: (r.key == "", order.index(r.key) if r.key in order else len(order), r.label)
    )


def _labels(
    session: Session, hall_code: str, grouping: Grouping, keys: set[str], cases: dict[str, CaseTally]
) -> dict[str, str]:
    if grouping is Grouping.CATEGORY:
        rows = session.execute(
            select(ServiceCategoryRow.code, ServiceCategoryRow.name)
            .where(ServiceCategoryRow.hall_code == hall_code)
            .order_by(ServiceCategoryRow.id)
        ).all()
        return {code: name for code, name in rows}
    if grouping is Grouping.MATTER:  # the name its counted cases recorded, else any case's
        names = {key: cases[key].name for key in keys if key and key in cases and cases[key].name}
        unnamed = {key for key in keys if key and key not in names}
        return names | (matter_names(session, hall_code, unnamed) if unnamed else {})
    return {}
