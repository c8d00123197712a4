"""How many windows each category needs, and the concrete move when one is short (调度建议).

**Model: Erlang C (M/M/c)**, per category: Poisson arrivals at the forecast rate, exponential
service with the category's mean service time from history, c windows, nobody leaves the
queue. Erlang C is chosen over Erlang A because Erlang A needs the applicants' patience (how
long before one gives up), and a hall does not record who walked out — a no-show is only known
when the number is called, long after. Ignoring abandonment makes Erlang C slightly
pessimistic: it overstaffs a little, which is the safe side for a wait target. Exponential
service overstates the variance of a window's service a little too, in the same direction.

**Wait target**: a category meets its target when at least `target_share` of applicants are
called within `target_minutes` (the hall's setting, e.g. 80 % within 15 minutes); under Erlang C
P(wait ≤ t) = 1 − C(c, a)·e^(−(cμ − λ)t).

**The queue already there** counts too: the people waiting now are spread over the next hour as
extra arrivals (λ = forecast of the next 60 minutes + waiting now), so a long queue at a quiet
hour still asks for windows until it is cleared.

**Windows serving several categories by weight**: a window calls the ticket whose wait × weight
is largest (app.domain.tickets), and is never idle while any of its categories waits, so its
time goes to its categories by weight *and* by how much each brings. We share each open window's
capacity in proportion to weight × offered load (λ/μ), or by weight alone when none of them has
any load. A category served by n windows with a total share of s window-equivalents is then
modelled as n servers each working at s/n of a window's speed (same total capacity, same number
of places a ticket can be called to).

**The move**: for a short category X, each open window W that does not serve it yet (and whose
clerk is qualified for X, when qualifications are known) is tried with X added at W's highest
weight in place of one category D it serves; the move is kept only if every category that met
its target before still meets it, and the best one (largest gain in X's share called within
target) is suggested, with the expected waits of X and D before and after. A window serving
another short category is never taken from it. The moves are meant in order: each is measured
on the hall with the ones before it made, so making them all never leaves a category short
that met its target (made alone, the first is exact and the others close); no window is
suggested twice.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

MAX_WINDOWS = 500  # the search for "windows needed" stops here (a hall has far fewer)
# a hall that set no target for a category: 80 % of applicants called within 20 minutes
DEFAULT_TARGET_MINUTES = 20
DEFAULT_TARGET_SHARE = 0.8


def erlang_c(servers: int, load: float) -> float:
    """Probability that an arrival waits, for `servers` servers and offered `load` in erlangs
    (1.0 when the load reaches the servers: the queue grows without bound)."""
    if load <= 0:
        return 0.0
    if servers <= load:
        return 1.0
    blocking = 1.0  # Erlang B by its stable recursion, B(k) = a·B(k−1) / (k + a·B(k−1))
    for k in range(1, servers + 1):
        blocking = load * blocking / (k + load * blocking)
    return servers * blocking / (servers - load * (1.0 - blocking))


@dataclass(frozen=True)
class Queueing:
    """One category's queue as Erlang C sees it."""

    servers: int  # places a ticket can be called to
    capacity: float  # window-equivalents (servers × their speed)
    arrivals_per_hour: float
    service_minutes: float

    @property
    def load(self) -> float:
        """Offered load in erlangs: how many windows' worth of work arrives."""
        return self.arrivals_per_hour * self.service_minutes / 60.0

    @property
    def stable(self) -> bool:
        return self.load <= 0 or (self.servers > 0 and self.capacity > self.load)

    def _waiting_probability(self) -> float:
        if self.load <= 0:
            return 0.0
        if not self.stable:
            return 1.0
        # n servers at speed s/n: the load in units of one such server is a·n/s
        return erlang_c(self.servers, self.load * self.servers / self.capacity)

    def _drain_per_minute(self) -> float:
        """cμ − λ in tickets per minute (the rate at which a queue empties)."""
        return (self.capacity - self.load) / self.service_minutes

    def mean_wait(self) -> float | None:
        """Mean wait in minutes before being called (None: the queue grows without bound)."""
        if self.load <= 0:
            return 0.0
        if not self.stable:
            return None
        return self._waiting_probability() / self._drain_per_minute()

    def called_within(self, minutes: float) -> float:
        """Share of applicants called within `minutes` (0.0 when the queue grows)."""
        if self.load <= 0:
            return 1.0
        if not self.stable:
            return 0.0
        return 1.0 - self._waiting_probability() * math.exp(-self._drain_per_minute() * minutes)


@dataclass(frozen=True)
class CategoryLoad:
    code: str
    forecast_next_hour: float  # arrivals forecast for the next 60 minutes
    waiting_now: int
    service_minutes: float  # mean, from history
    target_minutes: float
    target_share: float  # 0–1: this share called within target_minutes

    @property
    def arrivals_per_hour(self) -> float:
        return self.forecast_next_hour + self.waiting_now

    @cached_property
    def load(self) -> float:
        return self.arrivals_per_hour * self.service_minutes / 60.0


@dataclass(frozen=True)
class WindowPlan:
    name: str
    categories: Mapping[str, int]  # code → weight (0: not served)
    open: bool = True
    qualified: frozenset[str] | None = None  # its clerk's categories; None: not known

    def serves(self, code: str) -> bool:
        return self.open and self.categories.get(code, 0) > 0


@dataclass(frozen=True)
class CategoryAssessment:
    code: str
    arrivals_per_hour: float
    service_minutes: float
    needed: int  # whole windows that would meet the target on their own
    capacity: float  # window-equivalents serving it now
    windows: tuple[str, ...]
    mean_wait: float | None  # minutes; None: the queue grows without bound
    called_within_target: float  # share, 0–1
    meets_target: bool


@dataclass(frozen=True)
class Move:
    window: str
    to_category: str
    from_category: str  # "" when the window served nothing yet
    categories_before: Mapping[str, int]
    categories_after: Mapping[str, int]
    to_before: CategoryAssessment
    to_after: CategoryAssessment
    from_before: CategoryAssessment | None
    from_after: CategoryAssessment | None


def window_shares(window: WindowPlan, loads: Mapping[str, CategoryLoad]) -> dict[str, float]:
    """How an open window's capacity is shared among its categories (see the module's doc)."""
    served = {code: w for code, w in window.categories.items() if w > 0 and code in loads}
    if not window.open or not served:
        return {}
    pulls = {code: w * loads[code].load for code, w in served.items()}
    total = sum(pulls.values())
    if total <= 0:
        pulls, total = {code: float(w) for code, w in served.items()}, float(sum(served.values()))
    return {code: pull / total for code, pull in pulls.items()}


def needed_windows(load: CategoryLoad) -> int:
    """The fewest whole windows, serving only this category, that meet its target."""
    for servers in range(1, MAX_WINDOWS + 1):
        q = Queueing(servers, float(servers), load.arrivals_per_hour, load.service_minutes)
        if q.stable and q.called_within(load.target_minutes) >= load.target_share:
            return servers if load.load > 0 else 0
    return MAX_WINDOWS


def _assess(load: CategoryLoad, windows: tuple[str, ...], capacity: float, needed: int) -> CategoryAssessment:
    q = Queueing(len(windows), capacity, load.arrivals_per_hour, load.service_minutes)
    within = q.called_within(load.target_minutes)
    return CategoryAssessment(
        code=load.code,
        arrivals_per_hour=load.arrivals_per_hour,
        service_minutes=load.service_minutes,
        needed=needed,
        capacity=capacity,
        windows=windows,
        mean_wait=q.mean_wait(),
        called_within_target=within,
        meets_target=within >= load.target_share - 1e-9,
    )


class _Hall:
    """Shares and assessments of a hall's windows, recomputed cheaply for one changed window:
    each category keeps its serving windows and their shares, so trying a move touches only
    the categories of that window (the search tries hundreds of moves in a big hall)."""

    def __init__(self, windows: Sequence[WindowPlan], loads: Mapping[str, CategoryLoad]) -> None:
        self.loads = loads
        self.order = {w.name: i for i, w in enumerate(windows)}
        self.needed = {code: needed_windows(load) for code, load in loads.items()}
        self.shares = {w.name: window_shares(w, loads) for w in windows}
        self.serving: dict[str, dict[str, float]] = {code: {} for code in loads}
        for name, shares in self.shares.items():
            for code, share in shares.items():
                if share > 0:
                    self.serving[code][name] = share
        self.assessments = {code: self.assess(code, self.serving[code]) for code in loads}

    def assess(self, code: str, serving: Mapping[str, float]) -> CategoryAssessment:
        windows = tuple(sorted(serving, key=self.order.__getitem__))
        return _assess(self.loads[code], windows, sum(serving.values()), self.needed[code])

    def with_window(self, window: WindowPlan) -> dict[str, CategoryAssessment]:
        """The assessments of the categories touched when `window` is changed as given."""
        before = self.shares[window.name]
        after = window_shares(window, self.loads)
        changed = {}
        for code in set(before) | set(after):
            serving = {name: share for name, share in self.serving[code].items() if name != window.name}
            if after.get(code, 0.0) > 0:
                serving[window.name] = after[code]
            changed[code] = self.assess(code, serving)
        return changed

    def make(self, window: WindowPlan) -> None:
        """Take `window` as changed from now on (a suggested move, for the ones after it)."""
        after = window_shares(window, self.loads)
        for code in set(self.shares[window.name]) | set(after):
            self.serving[code].pop(window.name, None)
            if after.get(code, 0.0) > 0:
                self.serving[code][window.name] = after[code]
            self.assessments[code] = self.assess(code, self.serving[code])
        self.shares[window.name] = after


def assess_hall(windows: Sequence[WindowPlan], loads: Iterable[CategoryLoad]) -> list[CategoryAssessment]:
    """Each category's forecast need against what serves it now, in the order given."""
    by_code = {load.code: load for load in loads}
    return list(_Hall(windows, by_code).assessments.values())


def _gain(before: CategoryAssessment, after: CategoryAssessment) -> tuple[float, float]:
    """What a move does for a category: first the share called within target; for a queue so
    long that one window more still cannot hold it, the capacity it gains (it grows slower)."""
    within = after.called_within_target - before.called_within_target
    return (round(within, 9), after.capacity - before.capacity)


def _helps(gain: tuple[float, float]) -> bool:
    within, capacity = gain
    return within > 0 or (within == 0 and capacity > 1e-9)


def suggest_moves(windows: Sequence[WindowPlan], loads: Iterable[CategoryLoad], limit: int = 5) -> list[Move]:
    """Up to `limit` moves, the shortest category first (see the module's doc)."""
    by_code = {load.code: load for load in loads}
    hall = _Hall(windows, by_code)
    short = sorted(
        (a for a in hall.assessments.values() if not a.meets_target and a.arrivals_per_hour > 0),
        key=lambda a: (a.called_within_target, -a.arrivals_per_hour),
    )
    used: set[str] = set()
    moves: list[Move] = []
    for lacking in short:
        best = _best_move(hall, windows, lacking.code, used)
        if best is not None:
            moves.append(best)
            used.add(best.window)
            hall.make(WindowPlan(best.window, best.categories_after, True))
        if len(moves) >= limit:
            break
    return moves


def _best_move(hall: _Hall, windows: Sequence[WindowPlan], code: str, used: set[str]) -> Move | None:
    best: Move | None = None
    best_gain = (0.0, 0.0)
    for window in windows:
        if window.name in used or not window.open or window.serves(code):
            continue
        if window.qualified is not None and code not in window.qualified:
            continue
        weights = {c: w for c, w in window.categories.items() if w > 0}
        if any(c in hall.assessments and not hall.assessments[c].meets_target for c in weights):
            continue  # a window of another short category is not taken from it
        top = max(weights.values(), default=1)
        for donor in list(weights) or [""]:
            after = {c: w for c, w in weights.items() if c != donor} | {code: top}
            changed = hall.with_window(WindowPlan(window.name, after, True, window.qualified))
            if any(c != code and not a.meets_target for c, a in changed.items()):
                continue  # it would only move the shortage elsewhere
            gain = _gain(hall.assessments[code], changed[code])
            if _helps(gain) and (best is None or gain > best_gain):
                best_gain = gain
                best = Move(
                    window=window.name,
                    to_category=code,
                    from_category=donor,
                    categories_before=dict(window.categories),
                    categories_after=after,
                    to_before=hall.assessments[code],
                    to_after=changed[code],
                    from_before=hall.assessments.get(donor),
                    from_after=changed.get(donor, hall.assessments.get(donor)),
                )
    return best
