"""The windows' side of each service: the case (办件) and the applicant's rating.

The case is the domain's own Case (app.domain.cases), moved by the window's methods (accept,
request_supplement, refuse, complete_at_window, issue), so its events, summaries and promised
dates are exactly what a workbench records; each event goes to the server as the mutation the
workbench's outbox would hold (app.services.cases.mutations), and the rating as the
`rating.recorded` the evaluator leaves (app.services.ratings), pushed by the window's terminal
through server.sync.push.push at the moment it happened.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from app.domain.applicants import Applicant
from app.domain.case_events import status_after
from app.domain.case_factory import open_case
from app.domain.case_numbers import next_case_number
from app.domain.case_status import CaseStatus, IssuanceMethod
from app.domain.cases import Case, Issuance
from app.domain.collectors import IdentitySource
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.materials_check import MaterialState
from app.domain.matters import CaseKind, Matter, Necessity
from app.domain.working_days import WorkCalendar
from app.sync.protocol import Mutation, MutationStatus
from server.demo_history import profile
from server.demo_history.day import Service
from server.demo_history.office import Office, Visit
from server.demo_history.people import People, Person
from server.demo_history.replay import Ids
from server.demo_history.snapshot import case_snapshot
from server.sync.payloads import RATING_RECORDED
from server.sync.push import push

_REFUSALS = (
    "所申请事项不属于本机关职权范围，请向户籍所在地主管部门申请",
    "申请人不具备申请资格（未满法定年龄）",
    "申请事项依法不需要取得行政许可",
)


class HistoryRefused(RuntimeError):
    """The server refused a mutation the history built: the generator and the rules disagree."""


@dataclass
class Terminal:
    """One window's terminal: its id, its outbox sequence, today's case numbers."""

    id: str
    code: str  # W01 …
    window: str
    clerk_name: str  # the display name the workbench records on cases and ratings
    clerk_username: str  # the account a rating and each case event name beside it
    seq: int = 0
    day: date | None = None
    cases_today: int = 0

    def case_number(self, hall_code: str, day: date) -> str:
        if day != self.day:
            self.day, self.cases_today = day, 0
        number = next_case_number(hall_code, self.code, day, self.cases_today)
        self.cases_today += 1
        return number.format()


@dataclass
class Desk:
    """What every window does with a service that ended, for the whole history."""

    session: Session
    hall_code: str
    terminals: dict[str, Terminal]  # by window name
    matters: dict[str, list[Matter]]  # by queue category
    calendar: WorkCalendar
    rng: random.Random
    people: People
    office: Office
    ids: Ids
    visitors: list[Visit] = field(default_factory=list)  # due back, not yet at the kiosk
    at_the_hall: dict[str, Visit] = field(default_factory=dict)  # by ID number: took a number today
    rated: set[str] = field(default_factory=set)  # case ids
    cases: int = 0
    ratings: int = 0

    def start_day(self, session: Session, day: date) -> None:
        """The back office's work of the day and the 补正 closed for their deadline; who is due back."""
        self.session = session
        self.ids.start_day(day)
        self.visitors.extend(self.office.visits_on(day))
        self.at_the_hall.clear()
        self.office.decide_due(session, day)
        opening = datetime.combine(day, time(9, 0), HALL_TIMEZONE).astimezone(UTC)
        by_code = {t.code: t for t in self.terminals.values()}
        for case, code in self.office.timeouts_on(day):
            terminal, before, first_new = by_code[code], case.status, len(case.events)
            case.close_for_supplement_timeout(opening, terminal.clerk_name)
            self._push(
                terminal, _case_mutations(terminal, case, first_new, before, opening, self.ids), opening
            )

    def arriving(self, category: str) -> Person:
        """Who takes this number: someone due back for this category, else a newcomer."""
        for i, visit in enumerate(self.visitors):
            if visit.category == category and visit.person.id_number not in self.at_the_hall:
                del self.visitors[i]
                self.at_the_hall[visit.person.id_number] = visit
                return visit.person
        return self.people.next()

    def served(self, service: Service) -> None:
        """The window's clerk decides the case (or takes the 补正, or hands out the result); the
        applicant may rate it."""
        terminal = self.terminals[service.window]
        decided_at = service.ended - timedelta(minutes=1)
        visit = self.at_the_hall.pop(service.person.id_number, None)
        if visit is None and self.rng.random() < profile.CONSULTATION_SHARE:
            return  # a question answered: nothing to decide
        if visit is None:
            case = self._new_case(service, terminal, decided_at)
            before, first_new = CaseStatus.DRAFT, 1  # the window's "created" event stays local
        else:
            case, before, first_new = visit.case, visit.case.status, len(visit.case.events)
            if visit.purpose == "collect":
                case.issue(decided_at, terminal.clerk_name, _in_person(visit.person, decided_at))
            else:
                for check in list(case.materials):
                    if check.state is MaterialState.MISSING:
                        case.check_material(check.code, MaterialState.RECEIVED)
                case.accept(decided_at, terminal.clerk_name, self.calendar)
        if case.status is CaseStatus.ACCEPTED and case.kind is CaseKind.IMMEDIATE:
            case.complete_at_window(decided_at, terminal.clerk_name)
            case.issue(
                decided_at + timedelta(seconds=30),
                terminal.clerk_name,
                _in_person(service.person, decided_at),
            )
        elif case.status is CaseStatus.ACCEPTED:
            self.office.accepted(case, service.person, service.ticket.category)
        mutations = _case_mutations(terminal, case, first_new, before, service.ended, self.ids)
        rates = case.id not in self.rated and case.status is not CaseStatus.REFUSED
        if rates and self.rng.random() < profile.RATED_SHARE:  # 一次一评: one rating per case
            self.rated.add(case.id)
            mutations.append(self._rating(terminal, case, service))
        self._push(terminal, mutations, service.ended)

    def _new_case(self, service: Service, terminal: Terminal, at: datetime) -> Case:
        person = service.person
        matter = self.rng.choice(self.matters[service.ticket.category])
        day = service.started.astimezone(HALL_TIMEZONE).date()
        number = terminal.case_number(self.hall_code, day)
        case = open_case(matter, self.ids(), number, service.started, terminal.clerk_name, terminal.window)
        case.update_applicant(_applicant(person))
        self.cases += 1
        draw = self.rng.random()
        checks = list(case.materials)
        if draw < profile.REFUSED_SHARE:
            for check in checks:
                case.check_material(check.code, MaterialState.RECEIVED)
            case.refuse(at, terminal.clerk_name, self.rng.choice(_REFUSALS))
            return case
        required = [c for c in checks if c.material.necessity is Necessity.REQUIRED]
        missing = (
            {c.code for c in self.rng.sample(required, k=min(len(required), self.rng.choice((1, 1, 2))))}
            if draw < profile.REFUSED_SHARE + profile.SUPPLEMENT_SHARE and required
            else set()
        )
        for check in checks:
            state = MaterialState.MISSING if check.code in missing else MaterialState.RECEIVED
            if check.material.necessity is Necessity.OPTIONAL and check.code not in missing:
                state = MaterialState.NOT_PROVIDED if self.rng.random() < 0.3 else state
            case.check_material(check.code, state)
        if missing:
            case.request_supplement(at, terminal.clerk_name, self.calendar)
            comes_back = self.rng.random() < profile.SUPPLEMENT_RETURNS
            self.office.supplement_requested(case, person, service.ticket.category, terminal.code, comes_back)
            return case
        case.accept(at, terminal.clerk_name, self.calendar)
        return case

    def _rating(self, terminal: Terminal, case: Case, service: Service) -> Mutation:
        level = profile.rating_level(self.rng)
        reasons: tuple[str, ...] = ()
        comment = ""
        if level <= 2:
            reasons, comment = self.rng.choice(profile.BAD_COMMENTS)
        self.ratings += 1
        terminal.seq += 1
        rated_at = service.ended - timedelta(seconds=20)
        return Mutation(
            seq=terminal.seq,
            mutation_id=self.ids(),
            kind=RATING_RECORDED,
            created_at=rated_at,
            payload={
                "rating_id": self.ids(),
                "case_id": case.id,
                "case_number": case.number,
                "ticket": service.ticket.number,
                "level": level,
                "reasons": list(reasons),
                "comment": comment,
                "source": "sim://",
                "clerk": terminal.clerk_name,
                "clerk_username": terminal.clerk_username,
                "window": terminal.window,
                "rated_at": rated_at.isoformat(),
            },
        )

    def _push(self, terminal: Terminal, mutations: list[Mutation], now: datetime) -> None:
        if not mutations:
            return
        answer = push(self.session, terminal.id, mutations, now)
        refused = [r for r in answer.results if r.status is not MutationStatus.APPLIED]
        if refused:
            raise HistoryRefused(f"演示历史数据被服务器拒绝：{refused[0].reason}")


def _applicant(person: Person) -> Applicant:
    return Applicant(
        name=person.name, cert_number=person.id_number, phone=person.phone, address=person.address
    )


def _in_person(person: Person, at: datetime) -> Issuance:
    return Issuance(
        method=IssuanceMethod.IN_PERSON,
        collector_name=person.name,
        collector_cert_number=person.id_number,
        issued_at=at,
        identity=IdentitySource.CARD,
    )


def _case_mutations(
    terminal: Terminal, case: Case, first_new: int, status_before: CaseStatus, now: datetime, ids: Ids
) -> list[Mutation]:
    """The outbox entries of the case's new events (app.services.cases.mutations' shape)."""
    snapshot = case_snapshot(case)
    result = []
    from_status = status_before
    for position, event in enumerate(case.events[first_new:], start=first_new):
        to_status = status_after(from_status, event.kind, event.detail)
        terminal.seq += 1
        payload = {
            "case_id": case.id,
            "case_number": case.number,
            "version": case.version,
            "status": case.status.value,
            "from_status": from_status.value,
            "to_status": to_status.value,
            "matter_codes": list(case.matter_codes),
            "bundle_code": case.bundle_code,
            "snapshot": snapshot,
            "actor_username": terminal.clerk_username,
            "event": {
                "position": position,
                "kind": event.kind,
                "at": event.at.isoformat(),
                "actor": event.actor,
                "summary": event.summary,
                "detail": event.detail,
            },
        }
        result.append(
            Mutation(
                seq=terminal.seq,
                mutation_id=ids(),
                kind=event.kind,
                payload=payload,
                created_at=now,
            )
        )
        from_status = to_status
    return result
