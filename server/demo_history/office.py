"""What happens to the history's cases after the window: the back office, and the visits back.

A 承诺件 accepted at the window is examined and decided by its department and its result reaches
the window (审核, 办结, 结果到件), each step through the back office's own write path
(server.backoffice.apply_step, audited as its route audits it) on the day the department gets to
it: mostly before the promised date, a few a little late, a very few not yet — the overdue cases
a hall really has. The applicant then comes back to collect (出件 at a window: cases.py), as a 补正
applicant comes back with what was missing; a 补正 nobody answers is closed at its window once
its deadline has passed (补正超时驳回).
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.case_status import CaseStatus, ResultCode
from app.domain.cases import Case
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.working_days import WorkCalendar
from app.sync.protocol import BackofficeAction, BackofficeStep
from server.auth.audit import audit
from server.backoffice import apply_step
from server.demo_history.people import Person
from server.store.models import ServerCaseRow

ON_TIME, LATE = 0.93, 0.05  # of 承诺件: decided by the promised date, a little after; the rest: not yet
COLLECTED = 0.85  # of results ready: the applicant has come for it (the rest: not yet)
BACK_OFFICE_USER = "backoffice"  # the demo's back-office account (server/seed.py)
STEP, DECIDE, CERTIFICATE = BackofficeAction.STEP, BackofficeAction.DECIDE, int(ResultCode.CERTIFICATE)
EXAMINED, OPINION = "审核", "材料齐全，符合条件"


@dataclass(frozen=True)
class Visit:
    """An applicant coming back to the hall: with the missing materials, or for the result."""

    person: Person
    case: Case
    purpose: str  # "supplement" | "collect"
    category: str  # the queue category they take a number in


@dataclass(frozen=True)
class Decision:
    case: Case
    person: Person
    category: str  # the queue category the applicant comes back in for the result


class Office:
    """The back office's and the applicants' later days, by date."""

    def __init__(self, hall_code: str, calendar: WorkCalendar, rng: random.Random) -> None:
        self.hall_code, self.calendar, self.rng = hall_code, calendar, rng
        self.decisions: dict[date, list[Decision]] = defaultdict(list)
        self.visits: dict[date, list[Visit]] = defaultdict(list)
        self.timeouts: dict[date, list[tuple[Case, str]]] = defaultdict(list)  # (case, terminal code)

    # --- planning, as the window decides ------------------------------------------------------
    def accepted(self, case: Case, person: Person, category: str) -> None:
        """Plan the department's decision of a 承诺件 just accepted."""
        if case.promised_date is None or case.accepted_at is None:
            return
        accepted, promised = case.accepted_at.astimezone(HALL_TIMEZONE).date(), case.promised_date
        draw = self.rng.random()
        if draw < ON_TIME:
            span = max(1, self.calendar.working_days_between(accepted, promised))
            day = self.calendar.add_working_days(accepted, self.rng.randint(1, span))
        elif draw < ON_TIME + LATE:
            day = self.calendar.add_working_days(promised, self.rng.randint(1, 3))
        else:
            return
        self.decisions[day].append(Decision(case, person, category))

    def supplement_requested(
        self, case: Case, person: Person, category: str, terminal: str, comes_back: bool
    ):
        if comes_back:
            day = self.calendar.add_working_days(self._day_of(case), self.rng.randint(1, 8))
            self.visits[day].append(Visit(person, case, "supplement", category))
        elif case.supplement_deadline is not None:
            self.timeouts[self.calendar.add_working_days(case.supplement_deadline, 1)].append(
                (case, terminal)
            )

    def result_ready(self, decision: Decision, day: date) -> None:
        if self.rng.random() < COLLECTED:
            back = self.calendar.add_working_days(day, self.rng.randint(1, 6))
            self.visits[back].append(Visit(decision.person, decision.case, "collect", decision.category))

    # --- a day's work ----------------------------------------------------------------------------
    def visits_on(self, day: date) -> list[Visit]:
        """Who comes back today, with those of earlier days who did not get a number then."""
        due = [v for d in sorted(self.visits) if d <= day for v in self.visits.pop(d)]
        return due

    def decide_due(self, session: Session, day: date) -> None:
        """The back office's steps on the cases it decides today, each at its moment."""
        for decision in self.decisions.pop(day, []):
            case = decision.case
            if case.status is not CaseStatus.ACCEPTED:
                continue
            start = datetime.combine(day, time(9, 30), HALL_TIMEZONE)
            start += timedelta(minutes=self.rng.randint(0, 360))
            actor = f"{case.department}审批科"
            row = session.scalars(
                select(ServerCaseRow)
                .where(ServerCaseRow.hall_code == self.hall_code, ServerCaseRow.number == case.number)
                .with_for_update()
            ).one()
            examined, decided, ready = start, start + timedelta(minutes=40), start + timedelta(minutes=120)
            self._step(
                session,
                row,
                examined,
                BackofficeStep(action=STEP, actor=actor, step=EXAMINED, opinion=OPINION),
            )
            self._step(
                session, row, decided, BackofficeStep(action=DECIDE, actor=actor, result_code=CERTIFICATE)
            )
            self._step(session, row, ready, BackofficeStep(action=BackofficeAction.RESULT_READY, actor=actor))
            # the window learns them by its pull (app.services.sync.apply adopts the server's events)
            case.record_step(examined, actor, EXAMINED, OPINION)
            case.decide(decided, actor, ResultCode.CERTIFICATE)
            case.result_arrived(ready, actor)
            self.result_ready(decision, day)

    def _step(self, session: Session, row: ServerCaseRow, at: datetime, body: BackofficeStep) -> None:
        """One step as POST /backoffice/cases/{number}/events records it: the step, its audit entry."""
        at = at.astimezone(UTC)
        apply_step(session, row, body, at, self.calendar)
        detail = f"{row.number} {body.action.value} {body.actor}"
        audit(session, at, "backoffice_step", username=BACK_OFFICE_USER, detail=detail)

    def timeouts_on(self, day: date) -> list[tuple[Case, str]]:
        return [
            (case, terminal)
            for case, terminal in self.timeouts.pop(day, [])
            if case.status is CaseStatus.SUPPLEMENT_REQUESTED
        ]

    @staticmethod
    def _day_of(case: Case) -> date:
        return case.events[-1].at.astimezone(HALL_TIMEZONE).date()
