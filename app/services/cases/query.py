"""Reading cases for the screens: today's list, one case in full, a case found by its number."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

from app.domain.case_numbers import CaseNumber, CaseNumberError
from app.domain.cases import WorkingDays
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.services.cases.case_views import case_summary, case_view
from app.services.cases.hall_cases import brought_here
from app.services.clock import Clock
from app.services.errors import NotFound
from app.services.views import CaseSummary, CaseView
from app.store.sync_repository import SyncRepository
from app.store.unit_of_work import UnitOfWork

NO_SUCH_CASE = QT_TRANSLATE_NOOP("messages", "找不到该办件")
NOT_AT_THIS_WINDOW = QT_TRANSLATE_NOOP("messages", "本窗口没有办件编号为 {number} 的办件，请核对编号")


class CaseQueryService:
    def __init__(self, sessions: sessionmaker[Session], days: WorkingDays, clock: Clock) -> None:
        self._sessions = sessions
        self._days = days
        self._clock = clock

    def today(self) -> list[CaseSummary]:
        """Today's cases, newest first, then earlier ones still waiting at this window."""
        today = self._clock().date()
        with UnitOfWork(self._sessions) as uow:
            # another window's cases opened here (查找办件) are not this window's work
            elsewhere = brought_here(uow.session)
            rows = [r for r in uow.cases.rows_for_day(today) if r.id not in elsewhere]
            seen = {r.id for r in rows} | elsewhere
            waiting = [r for r in uow.cases.open_rows() if r.id not in seen]
            waiting.sort(key=lambda r: r.created_at, reverse=True)
            unsynced = SyncRepository(uow.session).cases_with_pending()
            return [
                replace(case_summary(r, today, self._days), synced=r.id not in unsynced)
                for r in rows + waiting
            ]

    def detail(self, case_id: str) -> CaseView:
        with UnitOfWork(self._sessions) as uow:
            case = uow.cases.get(case_id)
            if case is None:
                raise NotFound(Message(NO_SUCH_CASE))
            return case_view(case, uow.documents.for_case(case.id), self._clock().date(), self._days)

    def find_by_number(self, text: str) -> CaseView:
        try:
            number = str(CaseNumber.parse(text))
        except CaseNumberError as exc:
            raise NotFound(message_of(exc)) from exc
        with UnitOfWork(self._sessions) as uow:
            case = uow.cases.get_by_number(number)
            if case is None:
                raise NotFound(Message(NOT_AT_THIS_WINDOW, number=number))
            return case_view(case, uow.documents.for_case(case.id), self._clock().date(), self._days)
