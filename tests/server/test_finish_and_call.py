"""Call next in one statement (server/queue/finish_and_call.py) and the planner statistics kept
for it (server/queue/planner_statistics.py): the answer a window gets is the one the three
statements gave, on both engines."""

from __future__ import annotations

import random
import time

import pytest
from queue_hall import W1, W3, W4, open_hall
from sqlalchemy import select, text

from server.config import ServerConfig
from server.queue.calling import CANDIDATES, TICKETS, inline
from server.queue.planner_statistics import analyse_if_changed


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


@pytest.fixture
def pg_hall(pg_url, tmp_path):
    config = ServerConfig(
        database_url=pg_url, blob_dir=tmp_path / "blobs", statistics_keep_interval=0, queue_analyze_interval=0
    )
    yield from open_hall(config)


def _states(hall, numbers: list[str]) -> dict[str, str]:
    with hall.ctx.sessions() as s:
        rows = s.execute(select(TICKETS.c.number, TICKETS.c.state).where(TICKETS.c.number.in_(numbers)))
        return dict(rows.all())


def test_each_call_finishes_the_held_ticket_and_counts_as_a_fresh_read_does(hall):
    rng = random.Random(7)
    for _ in range(30):
        hall.number(rng.choice(("general", "general", "realty", "enterprise")))
    called: dict[str, str] = {}
    for n in range(24):
        window = (W1, W3, W4)[n % 3]
        held = called.get(window)
        answer = hall.act(window, "call_next")
        fresh = hall.window(window)
        # the counts answered are the counts after the call, category by category
        assert answer["state"]["waiting"] == fresh["waiting"], (n, window)
        ticket = answer["ticket"]
        assert (fresh["current"] or {}).get("number") == (ticket or {}).get("number")
        assert (answer["state"]["current"] or {}).get("number") == (ticket or {}).get("number")
        done = f"{held}号已办结；" if held else ""
        if ticket is None:
            assert answer["message"] == done + "当前没有等候的群众"
            called.pop(window, None)
        else:
            assert answer["message"] == f"{done}已呼叫{ticket['number']}号"
            called[window] = ticket["number"]
        if held:
            assert _states(hall, [held]) == {held: "finished"}
    with hall.ctx.sessions() as s:
        calls = s.scalar(text("SELECT count(*) FROM queue_events WHERE kind = 'called'"))
    assert calls > 10 and sum(c["waiting"] for c in hall.board()["waiting"]) == 30 - calls


def test_when_other_windows_are_taking_every_head_the_whole_queue_is_sorted(pg_hall):
    numbers = [pg_hall.number("general") for _ in range(CANDIDATES + 3)]
    first = pg_hall.call(W3)
    assert first == numbers[0]
    # another transaction holds every head candidate of 综合受理 as a window taking it would
    heads = numbers[1 : CANDIDATES + 1]
    with pg_hall.ctx.engine.connect() as other:
        other.execute(select(TICKETS.c.id).where(TICKETS.c.number.in_(heads)).with_for_update()).all()
        answer = pg_hall.act(W3, "call_next")
        assert answer["ticket"]["number"] == numbers[CANDIDATES + 1]
        assert answer["message"] == f"{first}号已办结；已呼叫{numbers[CANDIDATES + 1]}号"
        other.rollback()
    general = next(c for c in answer["state"]["waiting"] if c["code"] == "general")
    assert general["waiting"] == len(numbers) - 2 == pg_hall.window(W3)["waiting"][0]["waiting"]
    assert _states(pg_hall, [first]) == {first: "finished"}


def test_the_day_s_tickets_are_analysed_once_enough_of_them_changed(pg_hall):
    def analysed() -> int:
        with pg_hall.ctx.engine.connect() as c:
            c.execute(text("SELECT pg_stat_clear_snapshot()"))
            return c.scalar(
                text("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'queue_tickets'")
            )

    before = analysed()
    for _ in range(6):
        pg_hall.number()
    assert analyse_if_changed(pg_hall.ctx, changes=100) is False  # 6 changes: not yet
    assert analysed() == before
    for _ in range(4):
        pg_hall.call(W1)
    # a backend reports its changes to pg_stat_user_tables when idle for a while, or as it
    # ends: end the pool's, then look until the report has arrived
    pg_hall.ctx.engine.dispose()
    deadline = time.monotonic() + 60
    while not analyse_if_changed(pg_hall.ctx, changes=10):
        assert time.monotonic() < deadline, "the changes never reached pg_stat_user_tables"
        time.sleep(0.02)
    assert analysed() == before + 1
    assert analyse_if_changed(pg_hall.ctx, changes=10) is False  # counted afresh since


def test_sqlite_has_no_planner_statistics_to_keep(hall):
    assert analyse_if_changed(hall.ctx, changes=0) is (hall.ctx.engine.dialect.name == "postgresql")


def test_only_the_call_engine_s_own_constants_are_written_into_sql():
    assert str(inline("waiting")) == "'waiting'" and str(inline(32)) == "32" and str(inline(0.0)) == "0.0"
    for typed in ("it's", "a b", "综合", "x'; DROP TABLE queue_tickets; --"):
        with pytest.raises(ValueError):
            inline(typed)


def test_a_window_s_call_statement_stays_within_what_psycopg_keeps_converted():
    from sqlalchemy.dialects import postgresql

    from server.queue.finish_and_call import _statement

    four = tuple((f"code{n}", n + 1) for n in range(4))
    compiled = _statement(four).compile(dialect=postgresql.psycopg.dialect())
    assert len(str(compiled).encode()) <= 4096 and len(compiled.bind_names) <= 50
