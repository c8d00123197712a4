"""The queue's figures of a period: the kept days' sums and the live days' facts, added up.

The same on SQLite and PostgreSQL. Per key of the report's grouping, of the whole hall, of each
hour of issue and of each window (the charts), a tally adds up the kept days' sums
(statistics_ticket_sums, one row per day and key) and the live days' facts (statistics_rollup);
the means are the integer sums of microseconds ÷ the counts, the p90s are picked from the
values themselves (statistics_p90). Clerks are kept by username and shown by name, as cases and
ratings record them: two usernames with one name are one row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.statistics import Grouping, Period
from server.manager.statistics_p90 import Groups, Values, p90s
from server.manager.statistics_queue import USERS, QueueFigures
from server.manager.statistics_rollup import SUMS, live_facts, split_period

# the kept sums' grouping of a report's grouping (a matter has no tickets: none)
SUM_BY = {Grouping.CATEGORY: "category", Grouping.WINDOW: "window", Grouping.CLERK: "clerk"}
CHARTS = ("hall", "hour", "window")  # every report's total, hourly series and windows' loads
MICRO = 1_000_000


@dataclass
class Tally:
    tickets: int = 0
    served: int = 0
    no_shows: int = 0
    transfers: int = 0
    waits: int = 0
    wait_us: int = 0
    services: int = 0
    service_us: int = 0

    def add(self, other: Tally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def add_fact(self, fact) -> None:
        self.tickets += 1
        self.served += fact.served
        self.no_shows += fact.no_show
        self.transfers += fact.transferred
        if fact.wait is not None:
            self.waits, self.wait_us = self.waits + 1, self.wait_us + int(fact.wait_us)
        if fact.service is not None:
            self.services, self.service_us = self.services + 1, self.service_us + int(fact.service_us)

    def figures(self, p90: dict[str, float | None]) -> QueueFigures:
        return QueueFigures(
            tickets=self.tickets,
            served=self.served,
            no_shows=self.no_shows,
            transfers=self.transfers,
            mean_wait=_mean(self.wait_us, self.waits),
            p90_wait=_round(p90.get("wait")),
            mean_service=_mean(self.service_us, self.services),
            p90_service=_round(p90.get("service")),
        )


@dataclass(frozen=True)
class QueuePart:
    rows: dict[str, QueueFigures]  # by the report's key (empty for the whole hall or a matter)
    whole: QueueFigures
    hours: dict[int, tuple[int, float | None]]  # hour → (arrivals, mean wait)
    windows: list[tuple[str, int, float]]  # (window, tickets served, total service seconds)


def queue_part(session: Session, hall_code: str, period: Period, grouping: Grouping, today) -> QueuePart:
    """The period's queue figures, its closed days kept (statistics_rollup.keep_closed_days)."""
    closed, live = split_period(period, today)
    by = SUM_BY.get(grouping)
    bys = CHARTS if by in (None, "window") else (*CHARTS, by)
    tallies: dict[str, dict[str, Tally]] = {b: defaultdict(Tally) for b in bys}
    values: dict[str, Groups] = {b: {} for b in ("hall", by) if b}  # the p90s' values by subkey

    def values_of(b: str, subkey: str) -> dict[str, Values]:
        return values[b].setdefault(subkey, {"wait": Values(), "service": Values()})

    if closed is not None:
        for row in _kept_sums(session, hall_code, closed, bys):
            tally = Tally(*(int(n or 0) for n in row[2:-2]))
            tallies[row.by][row.key].add(tally)
            if row.by in values:
                kept = values_of(row.by, row.key)
                kept["wait"].kept[row.key], kept["wait"].cut[row.key] = tally.waits, row.wait_cut
                kept["service"].kept[row.key] = tally.services
                kept["service"].cut[row.key] = row.service_cut
    if live is not None:
        for fact in live_facts(session, hall_code, live, with_clerk=grouping is Grouping.CLERK):
            for b in bys:
                subkey = "" if b == "hall" else str(fact._mapping[b])
                tallies[b][subkey].add_fact(fact)
                if b in values:
                    live_values = values_of(b, subkey)
                    for measure in ("wait", "service"):
                        if (value := getattr(fact, measure)) is not None:
                            live_values[measure].others.append(value)
    whole_p90 = p90s(session, hall_code, closed, "hall", values["hall"]).get("", {})
    rows: dict[str, QueueFigures] = {}
    if by is not None:
        names = _clerk_names(session, set(tallies[by])) if grouping is Grouping.CLERK else {}
        merged: dict[str, Tally] = defaultdict(Tally)
        groups: Groups = {}
        for subkey, tally in tallies[by].items():
            group = names.get(subkey, subkey)
            merged[group].add(tally)
            into = groups.setdefault(group, {"wait": Values(), "service": Values()})
            for measure, sub in values[by][subkey].items():
                into[measure].kept.update(sub.kept)
                into[measure].cut.update(sub.cut)
                into[measure].others += sub.others
        found = p90s(session, hall_code, closed, by, groups)
        rows = {group: tally.figures(found[group]) for group, tally in merged.items()}
    return QueuePart(
        rows=rows,
        whole=tallies["hall"][""].figures(whole_p90),
        hours={int(h): (t.tickets, _mean(t.wait_us, t.waits)) for h, t in tallies["hour"].items()},
        windows=sorted(
            (w, t.served, _round(t.service_us / MICRO) or 0.0)
            for w, t in tallies["window"].items()
            if w and t.served
        ),
    )


def _kept_sums(session: Session, hall_code: str, closed: Period, bys: tuple[str, ...]):
    sums = [func.sum(SUMS.c[f.name]) for f in fields(Tally)]
    cuts = [func.max(SUMS.c[f"{m}_cut"]).label(f"{m}_cut") for m in ("wait", "service")]
    return session.execute(
        select(SUMS.c.by, SUMS.c.key, *sums, *cuts)
        .where(
            SUMS.c.hall_code == hall_code, SUMS.c.day.between(closed.start, closed.end), SUMS.c.by.in_(bys)
        )
        .group_by(SUMS.c.by, SUMS.c.key)
    ).all()


def _clerk_names(session: Session, usernames: set[str]) -> dict[str, str]:
    """username → the name the report shows (the user's display name, else the username)."""
    rows = session.execute(
        select(USERS.c.username, USERS.c.display_name).where(USERS.c.username.in_(usernames))
    ).all()
    return {u: name for u, name in rows if name is not None}


def _mean(total_us: int, count: int) -> float | None:
    return None if count == 0 else round(total_us / count / MICRO, 3)


def _round(value) -> float | None:
    return None if value is None else round(float(value), 3)
