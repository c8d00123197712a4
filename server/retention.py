"""The hall's archive of scans kept as long as its rule says, then destroyed (PIPL art. 19/47).

A closed case's scans are the hall's archive (办件归档): kept ``scan_archive_years`` (HallSecurity,
default 30; the hall sets it for its matters' 保管期限) after the case's last change, then
destroyed here: each page is marked purged (the case's record keeps which pages there were), the
hall's attachment row goes, and the file leaves the blob store once no hall's attachment holds
it. Every case purged is an audit entry (one per person it concerns). Run by
``onewindow-server retention purge`` (a daily timer); ``--dry-run`` counts without changing.

Exactly once whatever happens: a page is purged once (marked in the transaction that audits it),
a file is deleted after that transaction commits, and a run cut off between the two leaves files
that the next run finds (no attachment row) and deletes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.domain.case_status import CaseStatus
from app.sync.protocol import HallSecurity
from server.auth.audit import audit_read, people_of
from server.blobs import BlobStore
from server.context import ServerContext
from server.store.models import AttachmentRow, CasePageRow, HallRow, ServerCaseRow

FINAL = tuple(s.value for s in CaseStatus if s.is_final)
SYSTEM = "retention"  # who the audit log names for the scheduled destruction
BATCH = 200  # cases per transaction


@dataclass(frozen=True)
class PurgeReport:
    cases: int
    pages: int
    files: int


def purge_archive(ctx: ServerContext, dry_run: bool = False) -> PurgeReport:
    now = ctx.now()
    cases = pages = 0
    with ctx.sessions() as s:
        halls = [(h.code, HallSecurity.model_validate(h.security or {})) for h in s.scalars(select(HallRow))]
    for hall_code, security in halls:
        cutoff = now - timedelta(days=365 * security.scan_archive_years)
        while True:
            done_cases, done_pages = _purge_batch(ctx, hall_code, cutoff, now, dry_run)
            cases, pages = cases + done_cases, pages + done_pages
            if done_cases < BATCH or dry_run:
                break
    files = 0 if dry_run else _delete_files(ctx)
    return PurgeReport(cases, pages, files)


def _purge_batch(
    ctx: ServerContext, hall_code: str, cutoff: datetime, now: datetime, dry_run: bool
) -> tuple[int, int]:
    with ctx.sessions() if dry_run else ctx.transaction() as s:  # a dry run changes nothing
        due = s.execute(
            select(ServerCaseRow.id, ServerCaseRow.number, ServerCaseRow.snapshot)
            .where(
                ServerCaseRow.hall_code == hall_code,
                ServerCaseRow.status.in_(FINAL),
                ServerCaseRow.updated_at < cutoff,
                ServerCaseRow.id.in_(
                    select(CasePageRow.case_id).where(
                        CasePageRow.hall_code == hall_code, CasePageRow.purged_at.is_(None)
                    )
                ),
            )
            .order_by(ServerCaseRow.id)
            .limit(BATCH)
        ).all()
        purged_pages = 0
        for case_id, number, snapshot in due:
            rows = s.scalars(
                select(CasePageRow).where(
                    CasePageRow.hall_code == hall_code,
                    CasePageRow.case_id == case_id,
                    CasePageRow.purged_at.is_(None),
                )
            ).all()
            purged_pages += len(rows)
            if dry_run:
                continue
            for row in rows:
                row.purged_at = now
            s.flush()
            for sha in {r.sha256 for r in rows}:
                still = s.scalar(
                    select(func.count())
                    .select_from(CasePageRow)
                    .where(
                        CasePageRow.hall_code == hall_code,
                        CasePageRow.sha256 == sha,
                        CasePageRow.purged_at.is_(None),
                    )
                )
                if not still:
                    attachment = s.get(AttachmentRow, (hall_code, sha))
                    if attachment is not None:
                        s.delete(attachment)
            audit_read(
                s,
                now,
                "scans_archive_purged",
                people_of(snapshot),
                username=SYSTEM,
                terminal_id="",
                hall_code=hall_code,
                detail=f"办件{number}：{len(rows)}页扫描件已过档案保管期限，已销毁",
            )
    return len(due), purged_pages


def _delete_files(ctx: ServerContext) -> int:
    """Files of purged pages that no hall's attachment holds any more."""
    with ctx.sessions() as s:
        candidates = set(s.scalars(select(CasePageRow.sha256).where(CasePageRow.purged_at.is_not(None))))
        held = (
            set(s.scalars(select(AttachmentRow.sha256).where(AttachmentRow.sha256.in_(candidates))))
            if candidates
            else set()
        )
    store = BlobStore(ctx.config.blob_dir, ctx.keyring)  # only unlinks: sealed or not, a file goes
    deleted = 0
    for sha in sorted(candidates - held):
        path = store.final_path(sha)
        if path.exists():
            path.unlink()
            deleted += 1
    return deleted
