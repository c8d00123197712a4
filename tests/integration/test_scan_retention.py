"""Scans leave a window PC once the hall's keeping period after the case closed has passed, and only
when the server holds them (issue 14, item 6). Real workbenches against the server (SQLite).

A refused case's scanned page is uploaded with the sync; 30 days after the refusal (the hall's
default) the image file is deleted from the PC, its row kept and marked, the purge recorded and
written to the server's audit log once; the server still has the bytes. A case whose changes are
still waiting, a case not yet due and a standalone workbench keep theirs.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select
from sync_server import HALL, SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.services.errors import NotFound
from app.services.views import PartyInput
from app.settings import demo_settings
from app.store.models import CasePageRow
from app.store.unit_of_work import UnitOfWork
from server.store.models import AttachmentRow, AuditRow
from tests.second_party import SECOND_PARTY

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="民主路1号"
)


def _jpeg(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (620, 877), (shade, shade, shade)).save(out, "JPEG", quality=85)
    return out.getvalue()


def _refused_with_a_page(services, shade: int) -> tuple[str, str]:
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    page = services.pages.attach(case.id, case.materials[0].code, _jpeg(shade), "scanimage")
    services.intake.refuse(case.id, "不属于本窗口受理范围")
    return case.id, page.id


def _page_file(services, page_id: str):
    """(sha256, purged_at) of the page's row, and where its image file is."""
    with UnitOfWork(services.sync._sessions) as uow:
        row = uow.session.get(CasePageRow, page_id)
        kept = (row.sha256, row.purged_at)
    return kept, services.pages._files.path_for(kept[0], ".jpg")


@pytest.fixture
def workbench(server, tmp_path, clock):
    network = Network(server.client)
    services = build_services(
        demo_settings(tmp_path / "wb", sample_cases=False), clock=clock, sync_client=network
    )
    services.enrol(SERVER_URL, server.code)
    services.use_clerk(services.sign_in.sign_in("lixm", "onewindow"))
    yield services, network
    services.close()


def test_a_closed_cases_scans_leave_the_pc_after_the_halls_days_once_the_server_has_them(
    server, workbench, clock
):
    services, network = workbench
    _case, page_id = _refused_with_a_page(services, 120)
    assert services.sync.sync_once().last_error == ""
    row, path = _page_file(services, page_id)
    assert path.exists() and services.retention.purge_due().pages == 0  # not due yet
    network.down = True
    _waiting, waiting_page = _refused_with_a_page(services, 200)  # its changes wait offline
    network.down = False
    clock.advance(days=31)
    network.down = True  # the waiting case stays unsent
    report = services.retention.purge_due()
    assert (report.cases, report.pages, report.files) == (1, 1, 1)
    assert not path.exists()
    row, _ = _page_file(services, page_id)
    assert row[1] is not None  # the record of the page stays
    assert _page_file(services, waiting_page)[1].exists()  # not on the server yet: kept
    with pytest.raises(NotFound, match="保存期限"):
        services.pages.image(page_id)
    assert services.retention.purge_due().pages == 0  # nothing twice
    network.down = False
    assert services.sync.sync_once().last_error == ""
    with server.ctx.sessions() as s:
        purges = s.scalars(select(AuditRow).where(AuditRow.event == "window_scans_purged")).all()
        kept = s.get(AttachmentRow, (HALL, row[0]))
    # one entry for each person the case is about (the two parties of a marriage), one purge
    assert len(purges) == 2 and len({p.person_key for p in purges}) == 2
    assert {p.username for p in purges} == {"lixm"} and all("1页" in p.detail for p in purges)
    assert kept is not None and kept.complete  # the server's archive copy


def test_a_standalone_workbench_keeps_its_scans(tmp_path, clock):
    services = build_services(demo_settings(tmp_path / "alone", sample_cases=False), clock=clock)
    try:
        _case, page_id = _refused_with_a_page(services, 90)
        clock.advance(days=400)
        assert services.retention.purge_due().pages == 0
        assert _page_file(services, page_id)[1].exists()
    finally:
        services.close()
