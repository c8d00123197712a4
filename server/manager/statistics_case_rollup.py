"""What 统计报表 keeps of the cases and ratings of the hall's closed days, and when it forgets it.

Read live, a year's cases and ratings cost a 67-window hall about 3 s a report (300,000 decisions
joined to their cases' JSON, 250,000 promised dates checked for a 办结 in time, 120,000
ratings, and the matters' names), more than the whole 1 s a report may take. So for each closed
day a report covers, the same statements (statistics_cases) are run once, day by day, and their
figures kept per key of the whole hall, window, clerk and matter (statistics_case_sums). A
report adds the kept days' sums to the live figures of the days not kept (today, yesterday).

Unlike a day's tickets, a closed day's cases and ratings can still change: a case decided or
handed out later, a case's snapshot (its window, clerk, matter) or promised date changed, a
window's offline push arriving days late. The rule: a kept day is forgotten, and kept again by
the next report, as soon as anything it counts may have changed —

* every change of a case is in the change log (push and the back office's steps write it in
  their own transaction, server/sync/change_log.py); each report first reads the hall's case
  changes after its cursor (statistics_case_cursor) and forgets the kept days a changed case's
  figures may have moved in: all the days it counts in if the keys it was counted under moved,
  the day of a decision recorded after its day was kept, the days where it is overdue now or
  was kept as overdue (statistics_case_overdue) when the two differ (statistics_case_changes);
* ratings are never changed or deleted, only added (a window's push, possibly late): a kept
  day remembers how many it counted, and a report that finds more ratings over its kept days
  than they counted forgets the days whose count grew.

Nothing in a write path had to change. Every closed day a report covers is kept, with or
without cases, a month per transaction.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.statistics import Grouping, Period
from server.manager.statistics_case_changes import (
    KEYS,
    changed_cases,
    log_end,
    stale_days,
)
from server.manager.statistics_cases import (
    LEVELS,
    RATINGS,
    CaseTally,
    case_counts,
    utc_bounds,
)
from server.manager.statistics_rollup import KEEP_DAYS, split_period, tidy
from server.manager.statistics_sql import as_date, local_date
from server.store.models_statistics import (
    StatisticsCaseCursorRow,
    StatisticsCaseDayRow,
    StatisticsCaseOverdueRow,
    StatisticsCaseSumRow,
)
from server.sync.bulk import bulk_insert

CASE_DAYS = StatisticsCaseDayRow.__table__
CASE_SUMS = StatisticsCaseSumRow.__table__
OVERDUE = StatisticsCaseOverdueRow.__table__
CURSOR = StatisticsCaseCursorRow.__table__
COUNTS = ("accepted", "supplement", "refused", "overdue")
CHUNK = 500
ATTEMPTS = 3


def case_part(
    session: Session, hall_code: str, period: Period, grouping: Grouping, today: date
) -> tuple[dict[str, CaseTally], CaseTally]:
    """({key: tally} of the grouping, empty if it has no cases; the whole hall's) over the
    period, its closed days kept (keep_case_days)."""
    closed, live = split_period(period, today)
    groupings = {grouping, Grouping.HALL} if grouping.has_cases else {Grouping.HALL}
    tallies: dict[Grouping, dict[str, CaseTally]] = {g: defaultdict(CaseTally) for g in groupings}
    if closed is not None:
        for by, key, name, *counts in _kept_sums(session, hall_code, closed, groupings):
            tallies[Grouping(by)][key].add(_tally(name, counts))
    if live is not None:
        for (g, _, key), tally in case_counts(session, hall_code, live, today, by_day=False).tallies.items():
            if g in groupings:
                tallies[g][key].add(tally)
    whole = tallies[Grouping.HALL].get(hall_code, CaseTally())
    return (dict(tallies[grouping]) if grouping.has_cases else {}), whole


def keep_case_days(session: Session, hall_code: str, closed: Period, today: date, now: datetime) -> None:
    """Forget the kept days changed since, keep the closed days not kept, committing as it goes
    (a year's first report so keeps what it has done even if cut short)."""
    for attempt in range(ATTEMPTS):
        try:
            kept = _refresh(session, hall_code, closed, today, now)
            break
        except IntegrityError:
            # another report kept the same days at the same moment: read again what it kept
            session.rollback()
            if attempt == ATTEMPTS - 1:
                raise
    if kept >= KEEP_DAYS:
        tidy(session, analyze=(CASE_SUMS.name, CASE_DAYS.name, KEYS.name, OVERDUE.name))


def _refresh(session: Session, hall_code: str, closed: Period, today: date, now: datetime) -> int:
    """Returns how many days it kept."""
    cursor = session.execute(
        select(CURSOR.c.txid, CURSOR.c.change_id).where(CURSOR.c.hall_code == hall_code)
    ).first()
    if cursor is None:  # the hall's first kept day: from the log's present end
        txid, change_id = log_end(session, hall_code)
        _forget(session, hall_code, None)
        session.execute(insert(CURSOR).values(hall_code=hall_code, txid=txid, change_id=change_id))
    else:
        changed, moved_to = changed_cases(session, hall_code, tuple(cursor))
        if changed:
            kept = set(session.scalars(select(CASE_DAYS.c.day).where(CASE_DAYS.c.hall_code == hall_code)))
            _forget(session, hall_code, stale_days(session, hall_code, changed, kept, today))
        if moved_to != tuple(cursor):
            session.execute(
                update(CURSOR)
                .where(CURSOR.c.hall_code == hall_code)
                .values(txid=moved_to[0], change_id=moved_to[1])
            )
    session.commit()
    kept = set(session.scalars(select(CASE_DAYS.c.day).where(_in(CASE_DAYS, hall_code, closed))))
    missing = [d for d in _days(closed) if d not in kept]
    for i in range(0, len(missing), KEEP_DAYS):
        _keep(session, hall_code, missing[i : i + KEEP_DAYS], today, now)
        session.commit()
    start, end = utc_bounds(closed)
    rated = session.scalar(
        select(func.count()).where(
            RATINGS.c.hall_code == hall_code, RATINGS.c.rated_at >= start, RATINGS.c.rated_at < end
        )
    )
    counted = session.scalar(
        select(func.coalesce(func.sum(CASE_DAYS.c.ratings), 0)).where(_in(CASE_DAYS, hall_code, closed))
    )
    if rated != counted:  # ratings pushed late: forget and keep again the days whose count grew
        grown = _days_with_new_ratings(session, hall_code, closed)
        _forget(session, hall_code, grown)
        _keep(session, hall_code, sorted(grown), today, now)
        session.commit()
    return len(missing)


def _days_with_new_ratings(session: Session, hall_code: str, closed: Period) -> set[date]:
    start, end = utc_bounds(closed)
    day = local_date(RATINGS.c.rated_at)
    rated = session.execute(
        select(day, func.count())
        .where(RATINGS.c.hall_code == hall_code, RATINGS.c.rated_at >= start, RATINGS.c.rated_at < end)
        .group_by(day)
    ).all()
    counted = dict(
        session.execute(
            select(CASE_DAYS.c.day, CASE_DAYS.c.ratings).where(_in(CASE_DAYS, hall_code, closed))
        ).all()
    )
    return {as_date(d) for d, n in rated if counted.get(as_date(d)) != n}


def _keep(session: Session, hall_code: str, days: list[date], today: date, now: datetime) -> None:
    """Keep the figures of these closed days (a day with nothing is kept too, as nothing), the
    cases each counts (with the keys it counted them under) and those it counts as overdue."""
    if not days:
        return
    counts = case_counts(session, hall_code, Period(days[0], days[-1]), today, by_day=True, only=days)
    sums = [_sum_row(hall_code, d, g, k, t) for (g, d, k), t in counts.tallies.items()]
    bulk_insert(session, CASE_SUMS, sums)
    bulk_insert(
        session, OVERDUE, [{"hall_code": hall_code, "day": d, "case_id": c} for d, c in counts.overdue]
    )
    keys = [
        {"hall_code": hall_code, "day": d, "case_id": c, "counted_under": k, "decisions": n}
        for (d, c), (k, n) in counts.counted.items()
    ]
    bulk_insert(session, KEYS, keys)
    whole = {d: t for (g, d, _), t in counts.tallies.items() if g is Grouping.HALL}
    kept_at = now.astimezone(UTC)
    rated = {d: sum(whole[d].levels.values()) if d in whole else 0 for d in days}
    session.execute(
        insert(CASE_DAYS),
        [{"hall_code": hall_code, "day": d, "ratings": rated[d], "kept_at": kept_at} for d in days],
    )


def _sum_row(hall_code: str, day: date, grouping: Grouping, key: str, tally: CaseTally) -> dict:
    return {
        "hall_code": hall_code,
        "day": day,
        "by": grouping.value,
        "key": key,
        "name": tally.name,
        **{name: getattr(tally, name) for name in COUNTS},
        **{f"level_{level}": tally.levels[level] for level in LEVELS},
    }


def _kept_sums(session: Session, hall_code: str, closed: Period, groupings: set[Grouping]):
    counts = [func.sum(CASE_SUMS.c[name]) for name in (*COUNTS, *(f"level_{n}" for n in LEVELS))]
    return session.execute(
        select(CASE_SUMS.c.by, CASE_SUMS.c.key, func.max(CASE_SUMS.c.name), *counts)
        .where(_in(CASE_SUMS, hall_code, closed), CASE_SUMS.c.by.in_([g.value for g in groupings]))
        .group_by(CASE_SUMS.c.by, CASE_SUMS.c.key)
    ).all()


def _tally(name: str | None, counts: list) -> CaseTally:
    n = [int(c or 0) for c in counts]
    return CaseTally(*n[:4], levels=dict(zip(LEVELS, n[4:], strict=True)), name=name or "")


def _forget(session: Session, hall_code: str, days: set[date] | None) -> None:
    """Forget the kept figures of these days (None: of every day)."""
    chosen = sorted(days) if days is not None else None
    if chosen == []:
        return
    for table in (CASE_SUMS, OVERDUE, KEYS, CASE_DAYS):
        if chosen is None:
            session.execute(delete(table).where(table.c.hall_code == hall_code))
            continue
        for i in range(0, len(chosen), CHUNK):
            session.execute(
                delete(table).where(table.c.hall_code == hall_code, table.c.day.in_(chosen[i : i + CHUNK]))
            )


def _in(table, hall_code: str, period: Period):
    return and_(table.c.hall_code == hall_code, table.c.day.between(period.start, period.end))


def _days(period: Period) -> list[date]:
    return [period.start + timedelta(days=i) for i in range(period.days)]
