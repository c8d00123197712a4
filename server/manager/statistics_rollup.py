"""What 统计报表 keeps of the queue's closed days, and the live facts of the others.

A year's report used to derive every ticket's facts (its wait, service, who served it, whether
it was passed over or transferred) from the tickets and their events each time, then sort a
year of waits for its p90s: 4–10 s on PostgreSQL for 675,000 tickets. A closed day's tickets no
longer change, so when a report first needs a closed day it keeps:

* its tickets' facts in statistics_tickets, one row per ticket, exactly the row `ticket_facts`
  derives — the values the p90s are picked from (statistics_p90), at their full precision —
  each marked when it is among the top quarter of its day's values under a key (the whole
  hall, its category, window, clerk), which is what the p90 indexes hold;
* per key of every grouping (the whole hall, category, window, clerk, hour of issue) the counts
  and the sums of waits and services in whole microseconds (statistics_ticket_sums), which is
  all the means, the hourly series and the windows' loads need.

The days not kept (today, yesterday) are derived live at each report and added to the same
tallies (statistics_tally): every figure is the same whichever days were kept.

* Kept lazily, when a report first needs a closed day: no write path of the queue pays for it,
  a hall nobody reports on keeps nothing. The first report over a year not yet kept pays the
  year once (bench/manager_statistics.py) — unless every server process's keeper
  (statistics_keeper) has kept it ahead already, a week per tick, newest days first.
* A day is closed once the day after it has passed too (`today` − 2 and earlier): a ticket
  still called at midnight may be 办结 after it, on the next day's clock.
* The one write that reaches back into a past day's tickets, an offline record reconciled
  later (server/queue/offline.py), forgets that day's kept facts: the next report derives it
  anew. A day without tickets is never kept: the demo's history is replayed day by day (one
  transaction each) after its server has started, so a past day may get all its tickets later;
  finding a day empty again is one index lookup.
* Cases and ratings are kept per day too, with their own rule for late changes
  (statistics_case_rollup).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    Date,
    String,
    and_,
    case,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    null,
    select,
    text,
    union_all,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.statistics import Period
from server.manager.statistics_queue import TICKETS, microseconds, ticket_facts
from server.manager.statistics_sql import as_date
from server.store.models_statistics import (
    MEASURES,
    P90_KEYS,
    StatisticsDayRow,
    StatisticsTicketRow,
    StatisticsTicketSumRow,
    top_flag,
)

KEPT = StatisticsTicketRow.__table__
KEPT_DAYS = StatisticsDayRow.__table__
SUMS = StatisticsTicketSumRow.__table__
OPEN_DAYS = 2  # today and yesterday are always derived live (see the module's note)
KEEP_DAYS = 31  # closed days kept per transaction
CHUNK = 100
# the p90 indexes hold the top quarter of each day's values of a key and eight more: a key with
# few tickets a day (a window: about 40) varies most from day to day, and a day whose quarter
# reaches below a year's p90 is read whole (statistics_p90)
TOP_SHARE, TOP_EXTRA = 4, 8
COLUMNS = ("category", "hour", "served", "wait", "service", "window", "no_show", "transferred", "clerk")
# a grouping's key among a ticket's facts ("hall": one key, ""); clerks by username, as kept
SUM_KEYS = {"hall": None, "category": "category", "window": "window", "clerk": "clerk", "hour": "hour"}


def last_closed_day(today: date) -> date:
    return today - timedelta(days=OPEN_DAYS)


def split_period(period: Period, today: date) -> tuple[Period | None, Period | None]:
    """(the closed days, kept or to keep; the days derived live), either None when empty."""
    kept_until = min(period.end, last_closed_day(today))
    closed = Period(period.start, kept_until) if kept_until >= period.start else None
    live_from = max(period.start, kept_until + timedelta(days=1))
    return closed, (Period(live_from, period.end) if live_from <= period.end else None)


def live_facts(session: Session, hall_code: str, live: Period, with_clerk: bool) -> list:
    """The facts of the days not kept, one row per ticket (COLUMNS and wait_us, service_us).
    The clerk is '' unless with_clerk (its lookup is per ticket)."""
    facts = ticket_facts(hall_code, live, with_clerk).subquery("live")
    return session.execute(
        select(
            *(facts.c[name] for name in COLUMNS),
            microseconds(facts.c.wait).label("wait_us"),
            microseconds(facts.c.service).label("service_us"),
        )
    ).all()


def keep_closed_days(session: Session, hall_code: str, closed: Period, now: datetime) -> None:
    """Keep the facts and sums of the closed days of `closed` not kept yet, committing every
    KEEP_DAYS days (a year's first report so keeps what it has done even if cut short)."""
    have = set(
        session.scalars(
            select(KEPT_DAYS.c.day).where(
                KEPT_DAYS.c.hall_code == hall_code, KEPT_DAYS.c.day.between(closed.start, closed.end)
            )
        )
    )
    missing = with_tickets(session, hall_code, [d for d in _days(closed) if d not in have])
    for i in range(0, len(missing), KEEP_DAYS):
        try:
            _keep(session, hall_code, missing[i : i + KEEP_DAYS], now)
            session.commit()
        except IntegrityError:
            # another report kept the same days at the same moment: theirs are the same rows
            session.rollback()
    if len(missing) >= KEEP_DAYS:
        tidy(session, vacuum=(KEPT.name,), analyze=(SUMS.name, KEPT_DAYS.name))


def tidy(session: Session, vacuum: tuple[str, ...] = (), analyze: tuple[str, ...] = ()) -> None:
    """After keeping a month or more at once (PostgreSQL): what autovacuum would do a minute or
    so later, now. The p90 walks read their index alone only where the table's pages are marked
    all visible (VACUUM), and the planner must see the new rows (ANALYZE: without it a year's
    sums were sorted on disk instead of hashed, 0.3 s)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    with session.get_bind().connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        for table in vacuum:
            c.execute(text(f"VACUUM (ANALYZE) {table}"))
        for table in analyze:
            c.execute(text(f"ANALYZE {table}"))


def with_tickets(session: Session, hall_code: str, days: list[date]) -> list[date]:
    """The days that have tickets: a day without is not kept, it may still get them (see the
    module's note); one index lookup per day (a list of a year's weekends read all its tickets)."""
    found: list[date] = []
    for i in range(0, len(days), CHUNK):
        probes = [
            select(literal(d, Date).label("day")).where(
                exists().where(TICKETS.c.hall_code == hall_code, TICKETS.c.day == d)
            )
            for d in days[i : i + CHUNK]
        ]
        found += [as_date(d) for d in session.scalars(union_all(*probes) if len(probes) > 1 else probes[0])]
    return sorted(found)


def _keep(session: Session, hall_code: str, days: list[date], now: datetime) -> None:
    derived = (
        ticket_facts(hall_code, Period(days[0], days[-1]), with_clerk=True, with_identity=True)
        .where(TICKETS.c.day.in_(days))
        .subquery("derived")
    )
    tops = {
        top_flag(by, measure): _in_top_quarter(derived, column, measure)
        for by, column in P90_KEYS.items()
        for measure in MEASURES
    }
    names = ("hall_code", "day", "ticket_id", *COLUMNS, *tops)
    source = select(
        literal(hall_code).label("hall_code"),
        derived.c.day,
        derived.c.id,
        *(derived.c[n] for n in COLUMNS),
        *(flag.label(name) for name, flag in tops.items()),
    )
    session.execute(insert(KEPT).from_select(names, source))
    for by in SUM_KEYS:
        session.execute(_sums_of_kept(hall_code, days, by))
    counts = dict(
        session.execute(
            select(SUMS.c.day, SUMS.c.tickets).where(
                SUMS.c.hall_code == hall_code, SUMS.c.by == "hall", SUMS.c.day.in_(days)
            )
        ).all()
    )
    kept_at = now.astimezone(UTC)
    session.execute(
        insert(KEPT_DAYS),
        [{"hall_code": hall_code, "day": d, "tickets": counts.get(d, 0), "kept_at": kept_at} for d in days],
    )


def _in_top_quarter(derived, column: str | None, measure: str):
    """1 when the ticket's value is among the top quarter and eight of its day's under its key:
    fewer than ⌈n/4⌉ + 8 of the n values are larger (so a value equal to the last is in too)."""
    value = derived.c[measure]
    part = [derived.c.day] + ([derived.c[column]] if column else [])
    rank = func.rank().over(partition_by=part, order_by=value.desc().nulls_last())
    count = func.count(value).over(partition_by=part)
    # rank ≤ ⌈n/4⌉ + 8, integers only
    within = rank * TOP_SHARE <= count + TOP_SHARE - 1 + TOP_EXTRA * TOP_SHARE
    return case((and_(value.is_not(None), within), 1), else_=0)


def _sums_of_kept(hall_code: str, days: list[date], by: str):
    """INSERT … SELECT the sums of one grouping's keys over the kept facts of `days`."""
    column = SUM_KEYS[by]
    key = literal("") if column is None else cast(KEPT.c[column], String)
    group = [KEPT.c.day] + ([] if column is None else [KEPT.c[column]])
    cuts = []
    for measure in MEASURES:
        if by in P90_KEYS:  # the smallest value of the top quarter (what the p90 index holds)
            flag = KEPT.c[top_flag(by, measure)]
            cuts.append(func.min(case((flag == 1, KEPT.c[measure]))).label(f"{measure}_cut"))
        else:
            cuts.append(null().label(f"{measure}_cut"))
    source = (
        select(
            literal(hall_code).label("hall_code"),
            KEPT.c.day,
            literal(by).label("by"),
            key.label("key"),
            func.count().label("tickets"),
            func.sum(KEPT.c.served).label("served"),
            func.sum(KEPT.c.no_show).label("no_shows"),
            func.sum(KEPT.c.transferred).label("transfers"),
            func.count(KEPT.c.wait).label("waits"),
            func.coalesce(func.sum(microseconds(KEPT.c.wait)), 0).label("wait_us"),
            func.count(KEPT.c.service).label("services"),
            func.coalesce(func.sum(microseconds(KEPT.c.service)), 0).label("service_us"),
            *cuts,
        )
        .where(KEPT.c.hall_code == hall_code, KEPT.c.day.in_(days))
        .group_by(*group)
    )
    names = [c.name for c in source.selected_columns]
    return insert(SUMS).from_select(names, source)


def forget_day(session: Session, hall_code: str, day: date) -> None:
    """A past day's tickets changed (an offline record reconciled late): derive it anew."""
    for table in (KEPT, SUMS, KEPT_DAYS):
        session.execute(delete(table).where(table.c.hall_code == hall_code, table.c.day == day))


def _days(period: Period) -> list[date]:
    return [period.start + timedelta(days=i) for i in range(period.days)]
