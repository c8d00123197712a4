"""电子证照 from a real workbench to a real server and its licence library simulator: 王小明's
不动产权证书 taken in the clerk's name, its PDF archived in the hall's blob store and the read on
the audit log; 李秀英's cancelled 结婚证 refused with the library's words; a workbench whose
server is away says to take the paper."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select
from sync_server import SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.services.errors import RuleViolation
from app.services.views import PartyInput
from app.settings import demo_settings
from server.blobs import BlobStore
from server.store.models import AttachmentRow, AuditRow

WANG = PartyInput(
    name="王小明", cert_number="341021199003074518", phone="13800003210", address="安和县人民路88号"
)
LI = PartyInput(
    name="李秀英", cert_number="341021195608120021", phone="13900001234", address="安和县人民路188号"
)


def _workbench(server, folder):
    services = build_services(demo_settings(folder, sample_cases=False), sync_client=Network(server.client))
    services.sync.enrol(SERVER_URL, server.code, "W03 3号综合窗口")
    services.sign_in.sign_in("lixm", "onewindow")
    return services


def _draft(services, applicant: PartyInput):
    case = services.intake.start_case(services.catalog.search("购房户口迁入登记")[0].code)
    services.intake.save_applicant(case.id, applicant)
    return case


def test_a_licence_is_taken_archived_and_the_read_audited(server, tmp_path):
    services = _workbench(server, tmp_path / "w03")
    try:
        case = _draft(services, WANG)
        view = services.intake.take_e_licence(case.id, "property_certificate")
        taken = next(m for m in view.materials if m.code == "property_certificate")
        assert taken.state == "e_licence" and "签发" in taken.licence_line
        detail = services.cases.detail(case.id)
        assert (
            next(m for m in detail.materials if m.code == "property_certificate").licence_line
            == taken.licence_line
        )
        ctx = server.ctx
        with ctx.sessions() as s:
            pdfs = s.scalars(select(AttachmentRow).where(AttachmentRow.media_type == "application/pdf")).all()
            audits = [a for a in s.scalars(select(AuditRow)).all() if a.event == "licence_looked_up"]
        assert len(pdfs) == 1 and pdfs[0].complete and pdfs[0].hall_code == "330429"
        data = b"".join(BlobStore(ctx.config.blob_dir, ctx.keyring).read(pdfs[0].sha256))
        assert data.startswith(b"%PDF") and hashlib.sha256(data).hexdigest() == pdfs[0].sha256
        assert len(audits) == 1
    finally:
        services.close()


def test_a_cancelled_licence_is_refused_in_the_library_s_words_and_nothing_changes(server, tmp_path):
    services = _workbench(server, tmp_path / "w03")
    try:
        case = _draft(services, LI)
        with pytest.raises(RuleViolation, match="已被注销，不能作为申请材料：请收取纸质材料"):
            services.intake.take_e_licence(case.id, "marriage_certificate")
        after = services.cases.detail(case.id)
        assert next(m for m in after.materials if m.code == "marriage_certificate").state == "pending"
    finally:
        services.close()
