"""Reads of a citizen's record at this window, kept and sent to the audit log (app/domain/access_records.py).

Each read is an outbox change like any other: kept on this PC (the window's own trail, in the same
database as the cases), pushed to the server by the sync, written to the server's audit log once
whatever the network does. Recording never stands in the clerk's way: a failure to record is
logged and the read goes on (the case is on screen already).
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session, sessionmaker

from app.domain.access_records import ACCESS_EVENTS, ACCESS_RECORDED, MAX_DETAIL
from app.services.clock import Clock
from app.services.config import WindowConfig, WindowContext, window_context
from app.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


class AccessRecords:
    def __init__(
        self, sessions: sessionmaker[Session], config: WindowConfig | WindowContext, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._window = window_context(config)  # the clerk on duty, read for each record
        self._clock = clock

    def record(self, event: str, case_id: str, detail: str = "") -> None:
        if event not in ACCESS_EVENTS:
            raise ValueError(f"not a read the audit log knows: {event}")
        try:
            with UnitOfWork(self._sessions) as uow:
                self.add(uow, event, case_id, detail)
                uow.commit()
        except Exception:  # the read has happened; its record must not undo it
            log.exception("the %s of case %s was not recorded for the audit log", event, case_id)

    def add(self, uow: UnitOfWork, event: str, case_id: str, detail: str = "") -> None:
        """The record, in the caller's transaction (a reprint records with the print)."""
        case = uow.cases.get(case_id)
        now = self._clock()
        payload = {
            "case_id": case_id,
            "case_number": case.number if case is not None else "",
            "event": event,
            "at": now.isoformat(),
            "actor_username": self._window.config.clerk_username or None,
            "detail": detail[:MAX_DETAIL],
        }
        uow.outbox.add(ACCESS_RECORDED, payload, now)
