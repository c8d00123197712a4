"""Cases' and ratings' figures of some days, from cases, case_events and ratings.

* Decisions: the 受理 / 一次性告知 (补正) / 不予受理 events whose time falls in the days (the
  hall's days), counted under the case's window, clerk (who took it in, as the window's snapshot
  records them) or matter (the first matter of the case: a bundle counts under its first).
* Overdue (超期): cases promised for one of the days that has passed (before today) and with no
  办结 event on or before that promised date. The server's promised date is the one the window
  counted in working days (recounted when a year's holidays arrive).
* Ratings: by level, the rating's own window and clerk, or the matter of its case.
* A matter's name is the one its counted cases recorded (the greatest, if they differ).

The same statements give the live days' figures of a report and, day by day, what is kept of
the closed days (statistics_case_rollup), so both read the same. They read one row per decision,
overdue case and rating with its case's keys, read from the case's JSON once, and add them up
here for the whole hall, window, clerk and matter together.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import String, and_, exists, func, literal, select
from sqlalchemy.orm import Session

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.statistics import Grouping, Period
from server.manager.statistics_sql import as_date, local_date
from server.store.models import RatingRow, ServerCaseEventRow, ServerCaseRow

CASES = ServerCaseRow.__table__
CASE_EVENTS = ServerCaseEventRow.__table__
RATINGS = RatingRow.__table__
DECISIONS = ("accepted", "supplement_requested", "refused")
LEVELS = (1, 2, 3, 4, 5)
CASE_GROUPINGS = (Grouping.HALL, Grouping.WINDOW, Grouping.CLERK, Grouping.MATTER)


@dataclass
class CaseTally:
    accepted: int = 0
    supplement: int = 0
    refused: int = 0
    overdue: int = 0
    levels: dict[int, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    name: str = ""  # a matter's name as its cases recorded it

    def add(self, other: CaseTally) -> None:
        self.accepted += other.accepted
        self.supplement += other.supplement
        self.refused += other.refused
        self.overdue += other.overdue
        for level, n in other.levels.items():
            self.levels[level] += n
        self.name = max(self.name, other.name)


def utc_bounds(period: Period) -> tuple[datetime, datetime]:
    """The period's first and after-last instants (the hall's midnights), in UTC."""
    start = datetime.combine(period.start, time(), HALL_TIMEZONE).astimezone(UTC)
    end = datetime.combine(period.end + timedelta(days=1), time(), HALL_TIMEZONE).astimezone(UTC)
    return start, end


def snapshot_text(*path) -> object:
    """A text of the case's snapshot (JSON) at this path."""
    column = CASES.c.snapshot
    return column[path if len(path) > 1 else path[0]].as_string()


def matter_names(session: Session, hall_code: str, codes: set[str]) -> dict[str, str]:
    """{matter code: name} as any of the hall's cases recorded it (the first matter of each): for
    a code whose counted cases recorded no name."""
    code, name = snapshot_text("matter_codes", 0), snapshot_text("matter_names", 0)
    found = select(code, func.max(name)).where(CASES.c.hall_code == hall_code, code.in_(codes))
    return {c: n or c for c, n in session.execute(found.group_by(code)).all()}


SEPARATOR = "\x1f"


def case_keys():
    """A case's keys as one text: its window, clerk, matter and the matter's name (what a kept
    day counted it under, statistics_case_keys)."""
    parts = [
        func.coalesce(snapshot_text(*path), "")
        for path in (("window",), ("clerk",), ("matter_codes", 0), ("matter_names", 0))
    ]
    joined = parts[0]
    for part in parts[1:]:
        joined = joined + literal(SEPARATOR, String) + part
    return joined


Tallies = dict[tuple[Grouping, date | None, str], CaseTally]  # (grouping, day, key) → tally


@dataclass
class CaseCounts:
    tallies: Tallies = field(default_factory=lambda: defaultdict(CaseTally))
    # (day, case) → (its keys, how many of its decisions the day counts)
    counted: dict[tuple[date, str], tuple[str, int]] = field(default_factory=dict)
    overdue: list[tuple[date, str]] = field(default_factory=list)  # (promised date, case)


def case_counts(
    session: Session, hall_code: str, days: Period, today: date, by_day: bool, only: list[date] | None = None
) -> CaseCounts:
    """The days' tallies for every grouping of CASE_GROUPINGS (the whole hall under its code),
    each day apart if by_day (else day None), of `only` these days if given; and which cases
    each day counts, under which keys. One row per decision, overdue case and rating, read with
    its case's keys once (a case's snapshot is JSON) and added up here for the four groupings."""
    counts = CaseCounts()
    start, end = utc_bounds(days)
    keyed = (
        snapshot_text("window"),
        snapshot_text("clerk"),
        snapshot_text("matter_codes", 0),
        snapshot_text("matter_names", 0),
        case_keys(),
    )

    def tallies_of(day, window, clerk, matter, name) -> list[CaseTally]:
        at = as_date(day) if by_day else None
        keys = (hall_code, window, clerk, matter)
        found = [counts.tallies[(g, at, k or "")] for g, k in zip(CASE_GROUPINGS, keys, strict=True)]
        found[-1].name = max(found[-1].name, name or "")  # the matter's (CASE_GROUPINGS' last)
        return found

    def counted(day, case_id, keys, decisions: int = 0) -> None:
        if by_day and case_id is not None:
            _, before = counts.counted.get((as_date(day), case_id), (keys, 0))
            counts.counted[(as_date(day), case_id)] = (keys, before + decisions)

    at, kind = local_date(CASE_EVENTS.c.at), CASE_EVENTS.c.kind
    decided = (
        select(at, CASE_EVENTS.c.case_id, kind, *keyed)
        .select_from(CASE_EVENTS.join(CASES, CASES.c.id == CASE_EVENTS.c.case_id))
        .where(CASES.c.hall_code == hall_code, kind.in_(DECISIONS), CASE_EVENTS.c.at >= start)
        .where(CASE_EVENTS.c.at < end, *([at.in_(only)] if only is not None else []))
    )
    field_of = {"accepted": "accepted", "supplement_requested": "supplement", "refused": "refused"}
    for day, case_id, event, window, clerk, matter, name, keys in session.execute(decided):
        for tally in tallies_of(day, window, clerk, matter, name):
            setattr(tally, field_of[event], getattr(tally, field_of[event]) + 1)
        counted(day, case_id, keys, decisions=1)
    last_due = min(days.end, today - timedelta(days=1))
    if last_due >= days.start:
        promised = CASES.c.promised_date
        late = select(promised, CASES.c.id, *keyed).where(
            overdue_cases(hall_code, Period(days.start, last_due)),
            *([promised.in_(only)] if only is not None else []),
        )
        for day, case_id, window, clerk, matter, name, keys in session.execute(late):
            for tally in tallies_of(day, window, clerk, matter, name):
                tally.overdue += 1
            counted(day, case_id, keys)
            counts.overdue.append((as_date(day), case_id))
    r = RATINGS
    at = local_date(r.c.rated_at)
    rated = (
        select(at, r.c.level, r.c.window, r.c.clerk, r.c.case_id, *keyed[2:])
        .select_from(r.outerjoin(CASES, and_(CASES.c.id == r.c.case_id, CASES.c.hall_code == r.c.hall_code)))
        .where(r.c.hall_code == hall_code, r.c.rated_at >= start, r.c.rated_at < end)
        .where(*([at.in_(only)] if only is not None else []))
    )
    for day, level, window, clerk, case_id, matter, name, keys in session.execute(rated):
        for tally in tallies_of(day, window, clerk, matter, name):
            tally.levels[level] += 1
        counted(day, case_id, keys)
    return counts


def overdue_cases(hall_code: str, due: Period):
    """The condition of the hall's cases promised within `due` and not decided by that date."""
    decided_in_time = exists().where(
        CASE_EVENTS.c.case_id == CASES.c.id,
        CASE_EVENTS.c.kind == "decided",
        local_date(CASE_EVENTS.c.at) <= CASES.c.promised_date,
    )
    return and_(
        CASES.c.hall_code == hall_code, CASES.c.promised_date.between(due.start, due.end), ~decided_in_time
    )


def _grouped(by_day: bool, day, key) -> tuple:
    return (day, key) if by_day else (key,)
