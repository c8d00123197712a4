"""The hall's archive of scans, destroyed when its period runs out (issue 14, item 6; sqlite and
postgresql): `onewindow-server retention purge` marks the pages, drops the hall's attachments and
deletes the files no hall holds, audits each case, and does it once; a dry run changes nothing; a
file another case still uses stays; an open case's pages are never touched."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from hall_a_routes import ctx_matter
from seeded_server import seed
from sqlalchemy import select, update
from sync_helpers import case_mutation, make_terminal, mutation, page_payload, push, signed_in, upload

from app.sync.protocol import Role
from server.app import create_app
from server.blobs import BlobStore
from server.cli import main
from server.retention import purge_archive
from server.seed import DEMO_HALL
from server.store.models import AttachmentRow, AuditRow, CasePageRow, HallRow, ServerCaseRow

OLD_SCAN = b"\xff\xd8\xff\xe0" + "十年前的户口簿扫描件".encode() * 50
SHARED_SCAN = b"\xff\xd8\xff\xe0" + "两件办件共用的同一页".encode() * 50


@pytest.fixture
def hall(server_config):
    with TestClient(create_app(server_config)) as client:
        yield client, seed(client)


def _case_with_pages(client, window, seq: int, kind: str, *scans: bytes) -> tuple[str, int]:
    case_id = str(uuid.uuid4())
    opening = case_mutation(
        seq, case_id, kind, "draft", kind, matter_codes=(ctx_matter(client.app.state.ctx),)
    )
    opening["payload"]["snapshot"]["applicant"] = {"name": "某人", "cert_number": "11010519491231002X"}
    pages = [
        mutation(seq + 1 + i, "page.attached", page_payload(case_id, scan, position=i))
        for i, scan in enumerate(scans)
    ]
    for scan in scans:
        upload(client, window, scan)
    r = push(client, window, opening, *pages)
    assert {x["status"] for x in r.json()["results"]} == {"applied"}, r.text
    return case_id, seq + 1 + len(scans)


def test_scans_past_the_halls_archive_period_are_destroyed_once(hall, tmp_path):
    client, seeded = hall
    ctx = seeded.ctx
    window = make_terminal(ctx, DEMO_HALL, "W1")
    old, seq = _case_with_pages(client, window, 1, "refused", OLD_SCAN, SHARED_SCAN)
    still_open, seq = _case_with_pages(client, window, seq, "accepted", SHARED_SCAN)
    with ctx.transaction() as s:
        s.get(HallRow, DEMO_HALL).security = {"scan_archive_years": 10}
        s.execute(
            update(ServerCaseRow)
            .where(ServerCaseRow.id.in_([old, still_open]))
            .values(updated_at=ctx.now() - timedelta(days=365 * 11))
        )
    store = BlobStore(ctx.config.blob_dir, ctx.keyring)
    old_sha, shared_sha = (page_payload(old, b)["sha256"] for b in (OLD_SCAN, SHARED_SCAN))
    assert purge_archive(ctx, dry_run=True).pages == 2
    assert store.final_path(old_sha).exists()
    with ctx.sessions() as s:
        assert s.scalars(select(CasePageRow).where(CasePageRow.purged_at.is_not(None))).all() == []

    report = purge_archive(ctx)
    assert (report.cases, report.pages, report.files) == (1, 2, 1)
    assert not store.final_path(old_sha).exists()
    assert store.final_path(shared_sha).exists()  # the open case's page is the same bytes
    with ctx.sessions() as s:
        purged = s.scalars(select(CasePageRow.case_id).where(CasePageRow.purged_at.is_not(None))).all()
        attachments = set(s.scalars(select(AttachmentRow.sha256).where(AttachmentRow.hall_code == DEMO_HALL)))
        audited = s.scalars(select(AuditRow).where(AuditRow.event == "scans_archive_purged")).all()
    assert purged == [old, old] and attachments == {shared_sha}
    assert len(audited) == 1 and audited[0].person_key and "2页" in audited[0].detail
    assert audited[0].username == "retention" and audited[0].hall_code == DEMO_HALL
    # a window asking for the destroyed page's image gets a refusal, not the bytes
    clerk = signed_in(ctx, window, Role.CLERK)
    assert client.get(f"/v1/attachments/{old_sha}/content", headers=clerk).status_code == 404
    # once: the next run finds nothing
    assert purge_archive(ctx) == type(report)(0, 0, 0)
    assert (
        main(
            [
                "retention",
                "purge",
                "--dry-run",
                "--database",
                ctx.config.database_url,
                "--blob-dir",
                str(ctx.config.blob_dir),
            ]
        )
        == 0
    )
