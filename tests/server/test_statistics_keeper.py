"""统计报表's closed days kept ahead of the reports, a few per tick (sqlite and postgresql).

The week of test_statistics_rollup (seven working days of tickets, the clock at Tuesday 24 18:00)
is reported with every day derived live; then the keeper ticks until nothing is left: newest days
first, a bounded number per tick, every closed day of the year kept (the queue's days with
tickets, the cases' every day), and the report reads the same figures without keeping anything
more. Two server contexts ticking at once keep each day once; and a server's own keeper, started
with the API, keeps the same days while it serves.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from time import monotonic

import pytest
from queue_hall import open_hall
from sqlalchemy import func, select
from test_statistics_rollup import LAST, _fill, _views

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.statistics import MAX_RANGE_DAYS
from server.context import ServerContext
from server.manager import statistics_rollup
from server.manager.statistics_keeper import keep_ahead
from server.seed import DEMO_HALL
from server.store.db import make_engine, make_sessions
from server.store.models_statistics import (
    StatisticsCaseDayRow,
    StatisticsTicketRow,
    StatisticsTicketSumRow,
)

LAST_CLOSED = date(2026, 11, 22)  # Tuesday 24 − 2
QUEUE_DAYS = [date(2026, 11, d) for d in (16, 17, 18, 19, 20)]  # the closed days with tickets
TICKETS_KEPT = 300  # 60 a day


@pytest.fixture
def hall(server_config):
    for opened in open_hall(server_config):
        opened.clock.now = datetime.combine(LAST, time(18), HALL_TIMEZONE).astimezone(UTC)  # Tuesday 24
        yield opened


def _kept(hall) -> tuple[list[date], list[date], int, int]:
    """(the queue's kept days, the cases' kept days, kept tickets, the whole hall's kept sums)."""
    with hall.ctx.sessions() as s:
        queue = sorted(
            s.scalars(select(StatisticsTicketSumRow.day).where(StatisticsTicketSumRow.by == "hall"))
        )
        cases = sorted(
            s.scalars(select(StatisticsCaseDayRow.day).where(StatisticsCaseDayRow.hall_code == DEMO_HALL))
        )
        tickets = s.scalar(select(func.count()).select_from(StatisticsTicketRow))
        sums = s.scalar(
            select(func.count())
            .select_from(StatisticsTicketSumRow)
            .where(StatisticsTicketSumRow.by == "hall")
        )
    return queue, cases, tickets, sums


def _year() -> list[date]:
    return [LAST_CLOSED - timedelta(days=i) for i in range(MAX_RANGE_DAYS)]


def test_ticks_keep_the_year_newest_first_and_the_report_reads_the_same(hall, monkeypatch):
    _fill(hall)
    with monkeypatch.context() as m:
        m.setattr(statistics_rollup, "OPEN_DAYS", 30)  # every day derived live
        live = _views(hall)

    first = keep_ahead(hall.ctx, hall.clock.now, budget=3)
    assert first == [(DEMO_HALL, date(2026, 11, d)) for d in (22, 21, 20)]  # newest first
    queue, cases, _, _ = _kept(hall)
    assert queue == [date(2026, 11, 20)] and cases == [date(2026, 11, d) for d in (20, 21, 22)]

    ticks = 1
    while keep_ahead(hall.ctx, hall.clock.now, budget=40):
        ticks += 1
        assert ticks < 20
    assert ticks == 1 + -(-(MAX_RANGE_DAYS - 3) // 40)  # each tick kept its budget, no more
    queue, cases, tickets, _ = _kept(hall)
    assert queue == QUEUE_DAYS and cases == sorted(_year()) and tickets == TICKETS_KEPT

    assert _views(hall) == live
    assert _kept(hall) == (
        QUEUE_DAYS,
        sorted(_year()),
        TICKETS_KEPT,
        len(QUEUE_DAYS),
    )  # the report kept nothing


def test_two_processes_ticking_at_once_keep_each_day_once(hall, monkeypatch):
    _fill(hall)
    with monkeypatch.context() as m:
        m.setattr(statistics_rollup, "OPEN_DAYS", 30)
        live = _views(hall)
    engine = make_engine(hall.ctx.config.database_url)
    other = ServerContext(
        config=hall.ctx.config, engine=engine, sessions=make_sessions(engine, hall.ctx.audit_key)
    )
    start, failures = threading.Barrier(2), []

    def ticks(ctx: ServerContext) -> None:
        try:
            start.wait(timeout=60)
            while keep_ahead(ctx, hall.clock.now, budget=31):
                pass
        except Exception as exc:  # the test fails below with what went wrong
            failures.append(exc)

    try:
        threads = [threading.Thread(target=ticks, args=(ctx,)) for ctx in (hall.ctx, other)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        engine.dispose()
    assert failures == []
    assert _kept(hall) == (QUEUE_DAYS, sorted(_year()), TICKETS_KEPT, len(QUEUE_DAYS))
    assert _views(hall) == live


@pytest.fixture
def ticking_hall(server_config):
    for opened in open_hall(replace(server_config, statistics_keep_interval=0.05)):
        opened.clock.now = datetime.combine(LAST, time(18), HALL_TIMEZONE).astimezone(UTC)  # Tuesday 24
        yield opened


def test_every_server_process_keeps_ahead_while_it_serves(ticking_hall, monkeypatch):
    hall = ticking_hall
    _fill(hall)
    deadline = monotonic() + 300  # a limit for a broken keeper, not a timing guess
    while not set(_year()) <= set(_kept(hall)[1]) or _kept(hall)[0] != QUEUE_DAYS:
        assert monotonic() < deadline, _kept(hall)[:2]
        threading.Event().wait(0.05)
    kept = _views(hall)
    monkeypatch.setattr(statistics_rollup, "OPEN_DAYS", 30)  # every day derived live
    assert _views(hall) == kept
