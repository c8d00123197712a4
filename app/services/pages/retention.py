"""Scans kept on a window PC only as long as the hall says (PIPL art. 19: no longer than needed).

A case's scans are the hall's archive on the server; the window PC needs them while the case is
open, and for a while after (a reprint, a question at the counter). Once a case has been final
(不予受理, 已出件, 已终止) for the hall's ``scans_on_window_days``, its pages' image files are
deleted from this PC — only when the server holds every one of them (uploaded) and the case has
no change still waiting to be sent, so nothing exists nowhere else. The page rows stay (marked
purged: the case's record says which pages there were), and the purge is recorded for the audit
log like a read (access.recorded, event scans_purged: exactly once through the sync).

A workbench not enrolled with a server (standalone) keeps its scans: they are its only copy.
Order for a power cut: the rows are marked and the record queued in one commit, the files deleted
after; a file left behind by a crash is deleted by the next run, which also sweeps those.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.access_records import SCANS_PURGED
from app.domain.case_status import CaseStatus
from app.services.cases.access import AccessRecords
from app.services.clock import Clock
from app.services.pages.files import PageFiles
from app.services.pages.images import EXTENSIONS
from app.store.models import CaseEventRow, CasePageRow, CaseRow
from app.store.sync_repository import SyncRepository
from app.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
FINAL = tuple(s.value for s in CaseStatus if s.is_final)
EVERY = timedelta(hours=1)  # how often the sync rounds look for what is due


@dataclass(frozen=True)
class PurgeReport:
    cases: int
    pages: int
    files: int


class ScanRetention:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        files: PageFiles,
        clock: Clock,
        days: Callable[[], int],
        enrolled: Callable[[], bool],
        access: AccessRecords,
    ) -> None:
        self._sessions = sessions
        self._files = files
        self._clock = clock
        self._days = days  # the hall's scans_on_window_days, as last pulled
        self._enrolled = enrolled
        self._access = access
        self._last_run: datetime | None = None

    def after_sync(self, status) -> None:
        """A sync listener: after a round that reached the server, at most once an hour."""
        now = self._clock()
        if not getattr(status, "online", False):
            return
        if self._last_run is not None and now - self._last_run < EVERY:
            return
        self._last_run = now
        try:
            self.purge_due()
        except Exception:  # the sync goes on; the next hour tries again
            log.exception("scans due for purging were not purged")

    def purge_due(self) -> PurgeReport:
        if not self._enrolled():
            return PurgeReport(0, 0, 0)
        now = self._clock()
        cutoff = now - timedelta(days=max(1, self._days()))
        purged: dict[str, list[CasePageRow]] = {}
        with UnitOfWork(self._sessions) as uow:
            s = uow.session
            sync = SyncRepository(s)
            last_event = (
                select(CaseEventRow.case_id, func.max(CaseEventRow.at).label("closed_at"))
                .group_by(CaseEventRow.case_id)
                .subquery()
            )
            due = s.scalars(
                select(CaseRow.id)
                .join(last_event, last_event.c.case_id == CaseRow.id)
                .where(CaseRow.status.in_(FINAL), last_event.c.closed_at < cutoff)
            ).all()
            waiting = sync.cases_with_pending()
            for case_id in due:
                if case_id in waiting:
                    continue  # its changes are not on the server yet
                pages = s.scalars(
                    select(CasePageRow).where(CasePageRow.case_id == case_id, CasePageRow.purged_at.is_(None))
                ).all()
                if not pages or not all(sync.is_uploaded(p.sha256) for p in pages):
                    continue
                for page in pages:
                    page.purged_at = now
                purged[case_id] = list(pages)
                self._access.add(uow, SCANS_PURGED, case_id, f"{len(pages)}页")
            uow.commit()
        files = self._delete_files()
        if purged:
            log.info(
                "purged the scans of %d closed cases (%d pages, %d files)",
                len(purged),
                sum(map(len, purged.values())),
                files,
            )
        return PurgeReport(len(purged), sum(len(p) for p in purged.values()), files)

    def _delete_files(self) -> int:
        """Delete the files of purged pages that no page still kept refers to (the same bytes may
        be another case's page), with their thumbnails."""
        with UnitOfWork(self._sessions) as uow:
            s = uow.session
            kept = set(s.scalars(select(CasePageRow.sha256).where(CasePageRow.purged_at.is_(None))))
            gone = s.execute(
                select(CasePageRow.sha256, CasePageRow.media_type)
                .where(CasePageRow.purged_at.is_not(None))
                .distinct()
            ).all()
        deleted = 0
        for sha, media_type in gone:
            if sha in kept:
                continue
            path = self._files.path_for(sha, EXTENSIONS.get(media_type, ".jpg"))
            if path.exists():
                path.unlink(missing_ok=True)
                deleted += 1
            self._files.forget_thumbs(sha)
        return deleted
