"""The nearest-rank p90s of a period, exact, without sorting a year of waits.

The p90 of n values is the ⌈0.9·n⌉-th smallest, which is the m-th largest for
m = n − ⌈0.9·n⌉ + 1: about a tenth of them. The kept days' values (statistics_tickets) have an
index per key and measure ordered by the value (models_statistics.P90_INDEXES), so the m-th
largest of a key's kept values in a period is read from the top of that index, skipping the
values of other days inside the index — no table read, no sort. A year's p90 of a 67-window
hall, every window's and the whole hall's, reads about 70,000 index entries per measure instead
of sorting 675,000 values.

* The index holds only the top quarter (and eight more) of each day's values of a key, from
  the day's "cut" up (statistics_ticket_sums; statistics_rollup.TOP_SHARE), which keeps it
  small enough to be written a year at a time. A p90 read from it is exact when it is at least
  every walked day's cut: then every value at or above it is in the index. A day whose cut is
  higher (a day far slower than the period) is read whole instead and left out of the walk,
  and the p90 picked again.
* A group's values may come from more than one place: the live days (today, yesterday), the
  days read whole, and for a clerk named twice (two usernames, one name) a second username's
  kept values. With l such other values, the m-th largest of all lies between the walked
  values' (m − l)-th and m-th largest, or among the l: only those l + 1 walked values are read
  (OFFSET m − l − 1), and the answer is the (m − offset)-th largest of them and the l together.
  A second username's values count with their m largest only (a value with m larger ones beside
  it cannot be the m-th).
* A short period (at most FEW_VALUES kept values) is simpler to read whole and sort, which is
  also what a day's view needs. Every way picks the same value: the tests run the figures each
  way, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Date, bindparam, literal, select, text
from sqlalchemy.orm import Session

from app.domain.statistics import Period, nearest_rank, nearest_rank_position
from server.store.models_statistics import (
    MEASURES,
    P90_KEYS,
    StatisticsTicketRow,
    StatisticsTicketSumRow,
    top_flag,
)

KEPT = StatisticsTicketRow.__table__
SUMS = StatisticsTicketSumRow.__table__
FEW_VALUES = 20_000  # kept values of a period read whole (about a week of a 67-window hall)
ROUNDS = 3


@dataclass
class Values:
    """One group's values of one measure: its kept ones by subkey (counted, not read), the
    highest cut of their days, and the values read (the live days', the days read whole)."""

    kept: dict[str, int] = field(default_factory=dict)  # subkey → how many kept values
    cut: dict[str, float | None] = field(default_factory=dict)  # subkey → its days' highest cut
    others: list[float] = field(default_factory=list)
    whole_days: dict[str, set[date]] = field(default_factory=dict)  # subkey → days read whole

    @property
    def count(self) -> int:
        return sum(self.kept.values()) + len(self.others)


Groups = dict[str, dict[str, Values]]  # group → measure → its values


def p90s(session: Session, hall_code: str, closed: Period | None, by: str, groups: Groups):
    """{group: {measure: p90}}; `by` is the kept facts' grouping of the groups' subkeys (hall,
    category, window, clerk)."""
    kept = sum(sum(v.kept.values()) for by_measure in groups.values() for v in by_measure.values())
    if closed is not None and kept:
        if kept <= FEW_VALUES * len(MEASURES):
            _read_whole(session, hall_code, closed, by, groups)
        else:
            for _ in range(ROUNDS):
                found, short = _walk(session, hall_code, closed, by, groups)
                if not short:
                    return found
                _read_days_above(session, hall_code, closed, by, short)
            _read_whole(session, hall_code, closed, by, groups)  # not reached in practice
    return {g: {m: nearest_rank(v.others) for m, v in by_measure.items()} for g, by_measure in groups.items()}


def _walk(session, hall_code: str, closed: Period, by: str, groups: Groups):
    """({group: {measure: p90}}, {(group, measure): the p90 picked, or None}: those whose walk
    missed values below a day's cut)."""
    plans: list[tuple[str, str, int]] = []  # (group, measure, its rank among the candidates)
    reads: list[_Read] = []
    candidates: dict[tuple[str, str], list[float]] = defaultdict(list)
    for group, by_measure in groups.items():
        for measure, values in by_measure.items():
            n = values.count
            if n == 0:
                continue
            m = n - nearest_rank_position(n) + 1  # the p90 is the m-th largest
            subkeys = sorted((s for s in values.kept if values.kept[s]), key=lambda s: -values.kept[s])
            for subkey in subkeys[1:]:  # another username's m largest are among those beside
                reads.append(_Read(group, measure, subkey, 0, m, values.whole_days.get(subkey, set())))
            beside = len(values.others) + sum(min(m, values.kept[s]) for s in subkeys[1:])
            offset = max(m - beside - 1, 0) if subkeys else 0
            if subkeys:
                days = values.whole_days.get(subkeys[0], set())
                reads.append(_Read(group, measure, subkeys[0], offset, m - offset, days))
            plans.append((group, measure, m - offset))
            candidates[group, measure] += values.others
    if reads:
        for part, value in session.execute(_walks(hall_code, closed, by, reads)):
            candidates[reads[part].group, reads[part].measure].append(value)
    found: dict[str, dict[str, float | None]] = {
        g: dict.fromkeys(by_measure) for g, by_measure in groups.items()
    }
    short: dict[tuple[str, str], float | None] = {}
    for group, measure, rank in plans:
        ordered = sorted(candidates[group, measure], reverse=True)
        p90 = ordered[rank - 1] if rank <= len(ordered) else None
        values = groups[group][measure]
        cuts = [values.cut.get(s) for s, n in values.kept.items() if n]
        if p90 is None or any(c is not None and c > p90 for c in cuts):
            short[group, measure] = p90  # a day's values below its cut may be the p90
        found[group][measure] = p90
    return found, {k: (p90, groups[k[0]][k[1]]) for k, p90 in short.items()}


def _read_days_above(session, hall_code: str, closed: Period, by: str, short) -> None:
    """Read whole the days whose cut is above the p90 picked (every day if none was), moving
    their values out of the walk into the group's others: one read of the days' cuts, one of
    their values, for every group and measure that needs it."""
    wanted = [(measure, p90, values) for (_group, measure), (p90, values) in short.items()]
    subkeys = sorted({s for _, _, values in wanted for s, n in values.kept.items() if n})
    t = SUMS.c
    cuts = session.execute(
        select(t.key, t.day, t.wait_cut, t.service_cut).where(
            t.hall_code == hall_code, t.by == by, t.day.between(closed.start, closed.end), t.key.in_(subkeys)
        )
    ).all()
    opened: list[tuple[str, Values, dict[str, set[date]]]] = []  # (measure, values, subkey → days)
    for measure, p90, values in wanted:
        days: dict[str, set[date]] = defaultdict(set)
        for subkey, day, wait_cut, service_cut in cuts:
            cut = wait_cut if measure == "wait" else service_cut
            above = p90 is None or (cut is not None and cut > p90)
            if values.kept.get(subkey) and above and day not in values.whole_days.get(subkey, ()):
                days[subkey].add(day)
        opened.append((measure, values, days))
        if p90 is not None:  # the days left in the walk are those cut at or below it
            for subkey in values.kept:
                values.cut[subkey] = p90
    all_days = sorted({d for _, _, days in opened for ds in days.values() for d in ds})
    if not all_days:
        return
    column = KEPT.c[P90_KEYS[by]] if P90_KEYS[by] else literal("")
    read = select(column, KEPT.c.day, KEPT.c.wait, KEPT.c.service).where(
        KEPT.c.hall_code == hall_code, KEPT.c.day.in_(all_days)
    )
    if P90_KEYS[by]:
        read = read.where(column.in_(sorted({s for _, _, days in opened for s in days})))
    rows = session.execute(read).all()
    for measure, values, days in opened:
        for subkey, day, wait, service in rows:
            value = wait if measure == "wait" else service
            if value is not None and day in days.get(subkey, ()):
                values.others.append(value)
                values.kept[subkey] -= 1
        for subkey, ds in days.items():
            values.whole_days.setdefault(subkey, set()).update(ds)


def _read_whole(session, hall_code: str, closed: Period, by: str, groups: Groups) -> None:
    """Move every kept value of the period into its group's others (then kept counts nothing)."""
    key = KEPT.c[P90_KEYS[by]] if P90_KEYS[by] else literal("")
    owner = {s: g for g, by_measure in groups.items() for v in by_measure.values() for s in v.kept}
    rows = session.execute(
        select(key, KEPT.c.day, KEPT.c.wait, KEPT.c.service).where(
            KEPT.c.hall_code == hall_code, KEPT.c.day.between(closed.start, closed.end)
        )
    )
    for subkey, day, wait, service in rows:
        group = groups.get(owner.get(subkey, ""))
        if group is None:
            continue
        for measure, value in zip(MEASURES, (wait, service), strict=True):
            values = group.get(measure)
            if value is not None and values is not None and day not in values.whole_days.get(subkey, ()):
                values.others.append(value)
    for by_measure in groups.values():
        for values in by_measure.values():
            values.kept = {}


@dataclass(frozen=True)
class _Read:
    group: str
    measure: str
    subkey: str
    offset: int
    limit: int
    whole_days: set[date]  # read whole already: not walked


def _walks(hall_code: str, closed: Period, by: str, reads: list[_Read]):
    """One statement of every read, each the `limit` largest indexed values of one subkey after
    the `offset` largest, by (part, value). Written as text: a year's view by window has 136
    parts, whose construction as SQLAlchemy expressions took longer (0.12 s) than running them."""
    params: list = [
        bindparam("hall", hall_code),
        bindparam("first", closed.start, type_=Date),
        bindparam("last", closed.end, type_=Date),
    ]
    parts = []
    for i, read in enumerate(reads):
        measure, column = read.measure, P90_KEYS[by]
        where = [f"hall_code = :hall AND {top_flag(by, measure)} = 1"]
        if column:
            where.append(f'"{column}" = :key{i}')
            params.append(bindparam(f"key{i}", read.subkey))
        where.append("day BETWEEN :first AND :last")
        if read.whole_days:
            names = [f"d{i}_{j}" for j in range(len(read.whole_days))]
            where.append(f"day NOT IN ({', '.join(':' + n for n in names)})")
            params += [
                bindparam(n, d, type_=Date) for n, d in zip(names, sorted(read.whole_days), strict=True)
            ]
        params += [bindparam(f"limit{i}", read.limit), bindparam(f"offset{i}", read.offset)]
        parts.append(
            f"SELECT {i} AS part, v FROM (SELECT {measure} AS v FROM {KEPT.name} WHERE {' AND '.join(where)}"
            f" ORDER BY {measure} DESC LIMIT :limit{i} OFFSET :offset{i}) AS top{i}"
        )
    return text(" UNION ALL ".join(parts)).bindparams(*params)
