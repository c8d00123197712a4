"""统计报表's closed days kept ahead of the reports, a few at a time, by every server process.

Kept lazily only, a year nobody has reported on yet costs its first report about a minute on
PostgreSQL (a 67-window hall, bench/manager_statistics.py), far past the console's patience: a
server upgraded with a year of history, or a hall whose manager has not opened 统计报表 for months.
So every process also looks every TICK seconds (a thread started with the API, as the work
profiles' schedule, see server/api/manager_statistics.py) and keeps at most DAYS_PER_TICK of the
closed days a report could need and nothing has kept yet, with the report's own functions
(statistics_rollup.keep_closed_days, statistics_case_rollup.keep_case_days): the same rows,
the same figures, a short transaction per tick instead of a long one per report.

* Newest first: the reports a manager opens most (this week, this month, the last quarter) are
  fast after the first ticks, and a year's report has less left to keep with every tick; the
  oldest days wait for the last minutes of the catch-up.
* Back to a year before the last closed day (MAX_RANGE_DAYS: the longest period a report
  covers); an older period is still kept by its first report, as before.
* Two processes keeping the same day at once: the kept days' primary key lets one insert win, as
  when two reports keep the same day — the loser rolls back (statistics_rollup), or reads again
  what the winner kept (statistics_case_rollup), and the day is kept once.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain.hall_time import hall_date
from app.domain.statistics import MAX_RANGE_DAYS, Period
from server.context import ServerContext
from server.manager.statistics_case_rollup import CASE_DAYS, keep_case_days
from server.manager.statistics_rollup import KEPT_DAYS, keep_closed_days, last_closed_day, with_tickets
from server.periodic import EveryFewSeconds
from server.store.models import HallRow

TICK = 10.0  # seconds between looks: a year is kept within about ten minutes
DAYS_PER_TICK = 7  # about a second of PostgreSQL's time for a 67-window hall


def keep_ahead(ctx: ServerContext, now: datetime, budget: int = DAYS_PER_TICK) -> list[tuple[str, date]]:
    """Keep up to `budget` of the newest closed days not kept yet, hall by hall; the
    (hall, day) it chose (another process may have kept some of them at the same moment).
    A budget within KEEP_DAYS is one transaction per rollup, so one meeting with another
    process at most."""
    today = hall_date(now)
    last = last_closed_day(today)
    horizon = Period(last - timedelta(days=MAX_RANGE_DAYS - 1), last)
    chosen: list[tuple[str, date]] = []
    with ctx.sessions() as s:
        halls = list(s.scalars(select(HallRow.code).order_by(HallRow.code)))
    for hall_code in halls:
        if len(chosen) >= budget:
            break
        with ctx.sessions() as s:
            days = _not_kept(s, hall_code, horizon)[: budget - len(chosen)]
            if not days:
                continue
            # the newest ones: the period from the oldest chosen to the newest holds no other
            # day left to keep, so each function keeps exactly those
            chosen_period = Period(min(days), max(days))
            try:
                keep_closed_days(s, hall_code, chosen_period, now)
                keep_case_days(s, hall_code, chosen_period, today, now)
                s.commit()
            except IntegrityError:
                # another process is keeping the same days (keep_case_days read again and met it
                # once more): they are left to it, this process looks again next tick
                s.rollback()
                return chosen + [(hall_code, d) for d in days]
        chosen += [(hall_code, d) for d in days]
    return chosen


def _not_kept(session, hall_code: str, horizon: Period) -> list[date]:
    """The days of the horizon one of the two rollups would keep and has not, newest first:
    the queue's only with tickets (statistics_rollup), the cases' every day."""
    in_horizon = (horizon.start, horizon.end)
    queue_kept = set(
        session.scalars(
            select(KEPT_DAYS.c.day).where(
                KEPT_DAYS.c.hall_code == hall_code, KEPT_DAYS.c.day.between(*in_horizon)
            )
        )
    )
    case_kept = set(
        session.scalars(
            select(CASE_DAYS.c.day).where(
                CASE_DAYS.c.hall_code == hall_code, CASE_DAYS.c.day.between(*in_horizon)
            )
        )
    )
    every = [horizon.start + timedelta(days=i) for i in range(horizon.days)]
    queue_missing = with_tickets(session, hall_code, [d for d in every if d not in queue_kept])
    missing = set(queue_missing) | {d for d in every if d not in case_kept}
    return sorted(missing, reverse=True)


def statistics_keeper(ctx: ServerContext, tick: float = TICK) -> EveryFewSeconds:
    """The thread that keeps closed days ahead of the reports every TICK seconds (about) until
    stopped; its looks drift, so that two processes do not keep the same days at the same moment
    tick after tick (one of them would roll back its work)."""
    return EveryFewSeconds(
        "statistics-keeper",
        tick,
        lambda: keep_ahead(ctx, ctx.now()),
        "统计报表: closed days could not be kept ahead; trying again next tick",
        drift=True,
    )
