"""办不成事 反映 at the window against a real SQLite file: a report is one outbox mutation with the
report whole, a bad one keeps nothing and names every field wrong, and with the server away it
still goes into the outbox, to leave with the next sync that reaches the server."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import func, select
from sync_server import SERVER_URL, Network, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.domain.unresolved_reports import ProblemKind, UnresolvedReport
from app.services.errors import ValidationFailed
from app.settings import demo_settings
from app.sync.unresolved_reports import UNRESOLVED_REPORTED, ReportPayload
from server.store.models_unresolved import UnresolvedReportRow

REPORT = UnresolvedReport(
    name=" 王建国 ",
    phone="13800003210",
    kind=ProblemKind.MATERIALS,
    description="  办理不动产登记，窗口三次要求补交不同的材料  ",
    matter_code="330429-000-XK-0001",
    matter_name="内地居民结婚登记",
    failed_window="5号不动产窗口",
    case_number="330429-20261123-w03-0001",
)


def outbox(services) -> list[tuple[int, str, dict, str]]:
    # through the workbench's own engine: an enrolled workbench's file is sealed (SQLCipher)
    with services.engine.connect() as con:
        rows = con.exec_driver_sql("select seq, kind, payload, state from outbox order by seq")
        return [(seq, kind, json.loads(payload), state) for seq, kind, payload, state in rows]


def test_a_report_is_one_outbox_mutation_with_the_report_whole(services, clock):
    services.window.clerk_on_duty("李晓梅", "", "lixm")
    before = outbox(services)
    kept = services.unresolved.report(REPORT)
    after = outbox(services)
    assert len(after) == len(before) + 1
    _seq, kind, payload, state = after[-1]
    assert (kind, state) == (UNRESOLVED_REPORTED, "pending")
    ReportPayload.model_validate(payload)  # what the server reads, as the server reads it
    assert uuid.UUID(payload["id"]).version == 4 and payload["id"] == kept.report.id
    assert payload == {
        "id": kept.report.id,
        "reported_at": clock.now.isoformat(),
        "window": "3号综合窗口",
        "registered_by": "lixm",
        "name": "王建国",
        "phone": "13800003210",
        "kind": "materials",
        "description": "办理不动产登记，窗口三次要求补交不同的材料",
        "matter_code": "330429-000-XK-0001",
        "matter_name": "内地居民结婚登记",
        "failed_window": "5号不动产窗口",
        "case_number": "330429-20261123-W03-0001",
    }
    assert kept.online is False  # a demo workbench has no server: the clerk is told it waits
    # the window's list of the day reads it back, name and phone masked, waiting for the server
    (today,) = services.unresolved.today()
    assert (today.id, today.name, today.phone, today.kind, today.sent) == (
        kept.report.id,
        "王**",
        "138****3210",
        ProblemKind.MATERIALS,
        "pending",
    )
    assert today.reported_at == clock.now and today.failed_window == "5号不动产窗口"


def test_two_reports_are_two_mutations_and_yesterdays_are_not_today(services, clock):
    first = services.unresolved.report(REPORT).report
    clock.advance(days=1)
    second = services.unresolved.report(REPORT).report
    assert first.id != second.id
    kinds = [kind for _seq, kind, _payload, _state in outbox(services)]
    assert kinds.count(UNRESOLVED_REPORTED) == 2
    assert [r.id for r in services.unresolved.today()] == [second.id]


def test_a_bad_report_keeps_nothing_and_names_every_field_wrong(services):
    before = outbox(services)
    bad = UnresolvedReport(
        name="  ",
        phone="1380000",
        kind=ProblemKind.OTHER,
        description="办不了",
        matter_name="事" * 201,
        failed_window="窗" * 41,
        case_number="3" * 51,
    )
    with pytest.raises(ValidationFailed) as caught:
        services.unresolved.report(bad)
    fields = {p.field: str(p.message) for p in caught.value.problems}
    assert set(fields) == {
        "report.name",
        "report.phone",
        "report.description",
        "report.matter",
        "report.failed_window",
        "report.case_number",
    }
    assert "姓名" in fields["report.name"] and "格式不正确" in fields["report.phone"]
    assert "至少5个字" in fields["report.description"] and "不能超过50个字" in fields["report.case_number"]
    assert "改正" in str(caught.value)
    assert outbox(services) == before
    assert services.unresolved.today() == ()


@pytest.fixture
def window(server, tmp_path):
    network = Network(server.client)
    services = build_services(demo_settings(tmp_path / "w03", sample_cases=False), sync_client=network)
    services.sync.enrol(SERVER_URL, server.code, "W03 3号综合窗口")
    services.use_clerk(services.sign_in.sign_in("lixm", "onewindow"))
    services.network = network
    yield services
    services.close()


def test_offline_the_report_still_goes_into_the_outbox_and_leaves_when_the_server_is_back(window, server):
    window.sync.sync_once()
    assert window.sync.status().online
    window.network.down = True
    window.sync.sync_once()  # the last contact failed: the workbench knows it is offline
    assert not window.sync.status().online
    kept = window.unresolved.report(REPORT)
    assert kept.online is False
    _seq, kind, payload, state = outbox(window)[-1]
    assert (kind, state, payload["registered_by"]) == (UNRESOLVED_REPORTED, "pending", "lixm")
    assert window.sync.status().waiting == 1
    window.network.down = False
    status = window.sync.sync_once()
    assert status.online and status.waiting == 0  # pushed and answered: no longer waiting
    assert "POST /v1/sync/push" in window.network.requests
    (today,) = window.unresolved.today()
    assert (today.id, today.sent) == (kept.report.id, "applied"), today.reason
    # the hall manager's list on the server has it, once, as the window took it down
    with server.ctx.sessions() as s:
        row = s.get(UnresolvedReportRow, kept.report.id)
        assert (row.name, row.phone, row.registered_by, row.kind) == (
            "王建国",
            "13800003210",
            "lixm",
            "materials",
        )
        assert s.scalar(select(func.count()).select_from(UnresolvedReportRow)) == 1
