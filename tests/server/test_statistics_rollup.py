"""统计报表's kept days read exactly as the live ones (sqlite and postgresql).

Seven working days of the demo hall with 60 tickets each, written straight into the queue's tables
(waits and services to the microsecond, one slow day at one window, two clerks with one name),
are reported once with every day derived live, then again once the closed days are kept: read
whole, read through the p90 indexes, and through indexes that hold so few values that most p90s
need days read whole. Every figure of every grouping must read the same; and the whole hall's
p90 is the nearest-rank value of the waits as written.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

import pytest
from queue_hall import W1, W2, W3, W4, open_hall

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.statistics import nearest_rank
from server.manager import statistics_p90, statistics_rollup
from server.seed import DEMO_HALL
from server.store.models import QueueEventRow, TicketRow, UserRow
from server.store.models_statistics import StatisticsDayRow

FIRST, LAST = date(2026, 11, 16), date(2026, 11, 24)  # Monday to the next Tuesday
CLERKS = {W1: "lixm", W2: "zhangw", W3: "zhangw2", W4: "wangw"}  # zhangw and zhangw2: both 张伟
PATH = "/v1/manager/statistics"


@pytest.fixture
def hall(server_config):
    for opened in open_hall(server_config):
        opened.clock.now = datetime.combine(LAST, time(18), HALL_TIMEZONE).astimezone(UTC)  # Tuesday 24
        yield opened


def _fill(hall) -> list[float]:
    """The days' tickets and their queue events; the waits as written, in seconds."""
    rnd, waits = random.Random(11), []
    with hall.ctx.transaction() as s:
        for username in ("zhangw", "zhangw2"):
            if s.get(UserRow, username) is None:
                s.add(
                    UserRow(
                        username=username,
                        display_name="张伟",
                        role="clerk",
                        hall_code=DEMO_HALL,
                        window_name="",
                        password_hash="-",
                        active=True,
                        updated_at=hall.clock.now,
                    )
                )
        day = FIRST
        while day <= LAST:
            if day.weekday() < 5:
                waits += _day(s, day, rnd)
            day += timedelta(days=1)
    return waits


def _day(s, day: date, rnd: random.Random) -> list[float]:
    opening = datetime.combine(day, time(8, 30), HALL_TIMEZONE).astimezone(UTC)
    waits = []
    for n in range(60):
        window = (W1, W2, W3, W4)[n % 4]
        slow = 4 if (day.day == 18 and window == W2) else 1  # Wednesday's 2号 window is slow
        issued = opening + timedelta(seconds=rnd.uniform(0, 8 * 3600))
        called = issued + timedelta(microseconds=int(rnd.expovariate(1 / 600) * slow * 1e6))
        finished = called + timedelta(microseconds=int(rnd.uniform(60, 1200) * 1e6))
        fate = rnd.random()
        state = "finished" if fate < 0.85 else ("waiting" if fate < 0.92 else "unserved")
        first = None if state == "waiting" else called
        ticket = TicketRow(
            hall_code=DEMO_HALL,
            day=day,
            number=f"A{n + 1:03d}",
            category=("general", "realty")[n % 3 == 0],
            source="walk_in",
            priority="none",
            priority_rank=3,
            order_key=issued.timestamp(),
            state=state,
            window=window if first else "",
            calls=1 if first else 0,
            issued_at=issued,
            called_at=first,
            first_called_at=first,
            finished_at=finished if state == "finished" else None,
        )
        s.add(ticket)
        s.flush()
        events = [("issued", "", "", issued)]
        if first is not None:
            events.append(("called", window, CLERKS[window], first))
            waits.append((first - issued).total_seconds())
        if state == "finished":
            if fate < 0.1:
                events.append(("transferred", window, CLERKS[window], first + timedelta(seconds=5)))
            events.append(("finished", window, CLERKS[window], finished))
        for kind, at_window, clerk, at in events:
            s.add(
                QueueEventRow(
                    hall_code=DEMO_HALL,
                    day=day,
                    ticket_id=ticket.id,
                    number=ticket.number,
                    kind=kind,
                    window=at_window,
                    clerk=clerk,
                    at=at,
                    data={},
                )
            )
    return waits


def _views(hall, date_from: date = FIRST, date_to: date = LAST) -> dict[str, dict]:
    views = {}
    for by in ("hall", "category", "window", "clerk", "matter"):
        params = {"date_from": date_from.isoformat(), "date_to": date_to.isoformat(), "by": by}
        r = hall.client.get(PATH, params=params, headers=hall.manager)
        assert r.status_code == 200, r.text
        views[by] = {k: v for k, v in r.json().items() if k != "generated_at"}
    return views


@pytest.mark.parametrize(
    "few_values, top_share, top_extra",
    [
        pytest.param(statistics_p90.FEW_VALUES, 4, 8, id="read-whole"),
        pytest.param(0, 4, 8, id="walked"),
        pytest.param(0, 40, 0, id="walked-days-read-whole"),  # a tenth of a day's values indexed
    ],
)
def test_kept_days_read_as_the_live_ones(hall, monkeypatch, few_values, top_share, top_extra):
    waits = _fill(hall)
    middle = (date(2026, 11, 18), date(2026, 11, 20))
    monkeypatch.setattr(statistics_rollup, "OPEN_DAYS", 30)  # every day derived live
    live, live_middle = _views(hall), _views(hall, *middle)
    with hall.ctx.sessions() as s:
        assert s.query(StatisticsDayRow).count() == 0
    total = live["hall"]["total"]
    assert total["tickets"] == 420 and total["p90_wait_seconds"] == pytest.approx(
        nearest_rank(waits), abs=0.01
    )
    assert {r["label"] for r in live["clerk"]["rows"]} == {"李晓梅", "张伟", "wangw", "（未记录）"}

    monkeypatch.setattr(statistics_rollup, "OPEN_DAYS", 2)
    monkeypatch.setattr(statistics_rollup, "TOP_SHARE", top_share)
    monkeypatch.setattr(statistics_rollup, "TOP_EXTRA", top_extra)
    monkeypatch.setattr(statistics_p90, "FEW_VALUES", few_values)
    assert _views(hall) == live  # keeps the closed days, Monday 16 to Friday 20
    with hall.ctx.sessions() as s:
        assert s.query(StatisticsDayRow).count() == 5
    assert _views(hall) == live  # read from what was kept
    assert _views(hall, *middle) == live_middle
