"""One past day of the demo hall's queue, replayed through the queue's own functions.

Arrivals take numbers at the kiosk (issue_ticket); each window calls the next number when it is
free (act: call_next, which also finishes the one it held), and the server's call order decides
whom it gets, as on a live day. A few called numbers never come (recalled, then 过号), a few
综合受理 numbers turn out to belong to another category (转移), two windows take their lunch
break (暂停 … 恢复). Kiosks stop issuing at 16:45; windows serve until nobody waits, so every
number of the day ends 已办结 or 已过号.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.domain.tickets import HALL_TIMEZONE, PriorityClass, TicketSource
from app.sync.queue_protocol import (
    ApplicantCard,
    TicketRequest,
    TicketView,
    WindowAction,
    WindowActionRequest,
)
from server.demo_history import profile
from server.demo_history.people import Person
from server.demo_history.replay import Ids, Replay
from server.queue.actions import act
from server.queue.issue import issue_ticket
from server.refusals import Refused

# a window's service of one number, handed to the case side when it ends
Served = Callable[["Service"], None]


@dataclass(frozen=True)
class Service:
    ticket: TicketView
    window: str
    person: Person
    started: datetime
    ended: datetime


@dataclass
class _Window:
    name: str
    clerk: str  # username: who the queue records as calling
    held: TicketView | None = None
    started: datetime | None = None
    busy: bool = False  # a call or a service is scheduled for it
    paused: bool = False
    lunch_due: bool = False


class Day:
    """Replays `day` on `replay` (its open transaction): `arriving(category)` says who takes each
    number, `served` gets each finished service."""

    def __init__(
        self,
        replay: Replay,
        hall_code: str,
        day: date,
        windows: dict[str, str],
        rng: random.Random,
        arriving: Callable[[str], Person],
        served: Served,
        ids: Ids,
    ) -> None:
        self.replay, self.hall_code, self.day, self.ids = replay, hall_code, day, ids
        self.rng, self.arriving, self.served = rng, arriving, served
        self.windows = {name: _Window(name, clerk) for name, clerk in windows.items()}
        self.persons: dict[str, Person] = {}  # ticket number → who holds it
        self._events: list[tuple[datetime, int, str, str]] = []
        self._order = 0

    # --- the clock ---------------------------------------------------------------------------------
    def moment(self, minute: float) -> datetime:
        local = datetime.combine(self.day, time(0), HALL_TIMEZONE) + timedelta(minutes=minute)
        return local.astimezone(UTC)

    def _at(self, when: datetime, kind: str, subject: str = "") -> None:
        self._order += 1
        heapq.heappush(self._events, (when, self._order, kind, subject))

    # --- the day -------------------------------------------------------------------------------------
    def run(self) -> int:
        """Replay the day; returns the numbers issued."""
        arrivals = profile.arrivals(self.rng, self.day.weekday())
        for arrival in arrivals:
            self._at(self.moment(arrival.minute), "arrive", arrival.category)
        lunch_from = self.moment(profile.LUNCH_FROM.hour * 60 + profile.LUNCH_FROM.minute)
        lunch_to = self.moment(profile.LUNCH_TO.hour * 60 + profile.LUNCH_TO.minute)
        for name in profile.LUNCH_WINDOWS:
            if name in self.windows:
                self._at(lunch_from, "lunch", name)
                self._at(lunch_to, "back", name)
        while self._events:
            when, _order, kind, subject = heapq.heappop(self._events)
            getattr(self, f"_{kind}")(when, subject)
        return len(self.persons)

    def _arrive(self, when: datetime, category: str) -> None:
        person = self.arriving(category)
        by_card = self.rng.random() < profile.ID_CARD_SHARE
        green = self.rng.random() < profile.GREEN_SHARE
        request = TicketRequest(
            request_id=self.ids(),
            category=category,
            source=TicketSource.ID_CARD if by_card else TicketSource.WALK_IN,
            priority=PriorityClass.GREEN if green else PriorityClass.NONE,
            applicant=_card(person) if by_card else None,
        )
        try:
            answer = issue_ticket(self.replay.at(when), self.hall_code, request)
        except Refused as exc:
            if exc.code != "hall_closed":
                raise
            return  # the hall's own hours or closures (节假日与营业时间): the kiosk turned them away
        self.persons[answer.ticket.number] = person
        for window in self.windows.values():  # an idle window calls the newcomer
            if not window.busy and not window.paused:
                window.busy = True
                self._at(when + timedelta(seconds=self.rng.uniform(5, 40)), "call", window.name)

    def _call(self, when: datetime, name: str) -> None:
        """The window is free: finish what it held (the case is done) and call the next number."""
        window = self.windows[name]
        self._end_service(window, when - timedelta(seconds=20))
        if window.lunch_due:
            if window.held is not None:
                self._act(window, when, WindowAction.FINISH)
            window.held, window.busy, window.lunch_due, window.paused = None, False, False, True
            self._act(window, when, WindowAction.PAUSE, reason="午休")
            return
        answer = self._act(window, when, WindowAction.CALL_NEXT)
        window.held = answer.ticket
        if window.held is None:
            window.busy = False
            return
        window.started = when
        draw = self.rng.random()
        if draw < profile.NO_SHOW_SHARE:
            self._at(when + timedelta(minutes=1), "recall", name)
        elif window.held.category == "general" and draw < profile.NO_SHOW_SHARE + profile.TRANSFER_SHARE:
            self._at(when + timedelta(minutes=self.rng.uniform(1, 3)), "transfer", name)
        else:
            minutes = profile.service_minutes(self.rng, window.held.category)
            self._at(when + timedelta(minutes=minutes), "call", name)

    def _recall(self, when: datetime, name: str) -> None:
        self._act(self.windows[name], when, WindowAction.RECALL)
        self._at(when + timedelta(minutes=1), "no_show", name)

    def _no_show(self, when: datetime, name: str) -> None:
        window = self.windows[name]
        self._act(window, when, WindowAction.NO_SHOW)
        window.held = None
        self._at(when + timedelta(seconds=10), "call", name)

    def _transfer(self, when: datetime, name: str) -> None:
        window = self.windows[name]
        to = self.rng.choice(("realty", "social"))
        self._act(window, when, WindowAction.TRANSFER, to_category=to, reason="所办事项属其他业务类别")
        window.held = None
        self._at(when + timedelta(seconds=20), "call", name)

    def _lunch(self, when: datetime, name: str) -> None:
        window = self.windows[name]
        if window.busy:
            window.lunch_due = True  # after the one it is serving
            return
        window.paused = True
        self._act(window, when, WindowAction.PAUSE, reason="午休")

    def _back(self, when: datetime, name: str) -> None:
        window = self.windows[name]
        window.lunch_due = False
        if window.paused:
            window.paused = False
            self._act(window, when, WindowAction.RESUME)
            window.busy = True
            self._at(when + timedelta(seconds=30), "call", name)

    # --- helpers ---------------------------------------------------------------------------------
    def _end_service(self, window: _Window, ended: datetime) -> None:
        if window.held is None or window.started is None:
            return
        person = self.persons[window.held.number]
        self.served(Service(window.held, window.name, person, window.started, ended))

    def _act(self, window: _Window, when: datetime, action: WindowAction, **fields):
        request = WindowActionRequest(request_id=self.ids(), action=action, clerk=window.clerk, **fields)
        return act(self.replay.at(when), self.hall_code, window.name, request)


def _card(person: Person) -> ApplicantCard:
    return ApplicantCard(
        name=person.name,
        id_number=person.id_number,
        sex=person.sex,
        ethnicity="汉",
        birth_date=person.birth_date.isoformat(),
        address=person.address,
    )
