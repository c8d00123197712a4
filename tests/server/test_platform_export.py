"""The 办件 export to the province platform: every field of a case's records, exactly once across
outages and restarts, and a refused record corrected and resent."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from platform_cases import CLERK, HALL, accepted, promised, publish_matter, whole_life
from sqlalchemy import select
from sync_helpers import make_terminal, mutation, push, rating_payload, settle

from app.domain.licences import Licence
from app.domain.platform_tables import ACCEPT, MATERIAL, PROCESS, RESULT, SPECIAL_PROCEDURE
from server.app import create_app
from server.platform.export import export_pass
from server.platform.links import PlatformUnavailable, SimPlatform
from server.platform.send import LOCAL_CHECK
from server.store.models_platform import PlatformRecordRow

NOW = datetime(2026, 12, 8, 2, 0, tzinfo=UTC)
NUMBER = "330429-20261201-W03-0001"


@pytest.fixture
def server(server_config):
    app = create_app(server_config)  # no platform address: the export runs only when a test says
    with TestClient(app) as client:
        publish_matter(app.state.ctx)
        yield client, app.state.ctx


@pytest.fixture
def platform():
    return SimPlatform(f"sim://test-{uuid.uuid4()}")


def send_case(client, terminal, w, first_seq: int) -> int:
    mutations = w.new_mutations(first_seq)
    r = push(client, terminal, *mutations)
    assert r.status_code == 200, r.text
    assert {x["status"] for x in r.json()["results"]} == {"applied"}, r.text
    return first_seq + len(mutations)


def rows(ctx) -> list[PlatformRecordRow]:
    with ctx.sessions() as s:
        return list(s.scalars(select(PlatformRecordRow).order_by(PlatformRecordRow.id)))


def taken(platform: SimPlatform, table: str) -> list[dict]:
    return sorted(
        (fields for t, fields in platform.rows.values() if t == table), key=lambda f: int(f.get("SN", 0))
    )


def test_every_field_of_a_whole_life_reaches_the_platform(server, platform):
    client, ctx = server
    t = make_terminal(ctx, HALL, "W03")
    w = whole_life(NUMBER)
    seq = send_case(client, t, w, 1)
    rating = mutation(seq, "rating.recorded", {**rating_payload(w.case.id, level=4), "case_number": NUMBER})
    assert push(client, t, rating).status_code == 200
    settle(ctx)
    report = export_pass(ctx, platform, NOW)
    # the 电子证照 material names no licence yet (the window records none): held back, not sent
    assert (report.cases, report.queued, report.sent, report.refused) == (1, 11, 10, 1)

    common = {"PROJID": NUMBER, "ORGCODE": "113304290025001116"}
    [accept] = taken(platform, ACCEPT)
    assert accept == {
        "ROWGUID": accept["ROWGUID"],
        **common,
        "ITEMID": "113304290025001116000104002000",
        "ITEMCODE": "113304290025001116000104002000001",
        "ITEMNAME": "食品经营许可",
        "ITEMVERSION": "3",
        "CATALOGCODE": "000104002000",
        "PROJECTNAME": "张三申请食品经营许可",
        "ORGNAME": "安和县市场监督管理局",
        "APPLYERTYPE": "1",
        "APPLYERNAME": "张三",
        "APPLYERPAGETYPE": "111",
        "APPLYERPAGECODE": "11010519491231002X",
        "CONTACTMAN": "李四",
        "CONTACTMAN_PAGETYPE": "111",
        "CONTACTMAN_PAGECODE": "110105194912310038",
        "TELPHONE": "13812343210",
        "ADDRESS": "安和县城关镇人民路1号",
        "PROJECTTYPE": "2",
        "APPLYDATE": "2026-12-01 09:10:00",
        "ACCEPTDATE": "2026-12-01 09:30:00",
        "ACCEPTDOCNO": f"受字〔2026〕第{NUMBER}号",
        "HANDLEUSERNAME": CLERK,
        "PROMISEDATE": promised(w).isoformat(),
        "WINDOWNAME": "3号窗口",
    }
    assert len(accept["ROWGUID"]) == 36
    nodes = [
        (n["SN"], n["NODENAME"], n["HANDLEUSERNAME"], n["STARTTIME"], n["ENDTIME"])
        for n in taken(platform, PROCESS)
    ]
    assert nodes == [
        ("0", "受理", CLERK, "2026-12-01 09:10:00", "2026-12-01 09:30:00"),
        ("1", "审查", "科员甲", "2026-12-01 09:30:00", "2026-12-02 10:00:00"),
        ("4", "批准", "科长乙", "2026-12-02 10:00:00", "2026-12-07 09:00:00"),
        ("6", "办结", "科长乙", "2026-12-07 09:00:00", "2026-12-07 10:00:00"),
    ]
    assert [n.get("HANDLEEXPLAIN") for n in taken(platform, PROCESS)][1:3] == ["材料齐全", "同意"]
    [special] = taken(platform, SPECIAL_PROCEDURE)
    assert {k: v for k, v in special.items() if k not in ("ROWGUID", "SPECIALREASON")} == {
        **common,
        "SN": "2",
        "SPECIALTYPE": "8",
        "SPECIALNAME": "专家评审",
        "STARTTIME": "2026-12-02 15:00:00",
        "ENDTIME": "2026-12-04 11:00:00",
        "SPECIALDAYS": str(w.case.suspended_days),
    }
    assert special["SPECIALREASON"] == "特别程序开始：专家评审，暂停计时"
    materials = {
        m["MATERIALCODE"]: (m["SN"], m["MATERIALNAME"], m["TAKETYPE"]) for m in taken(platform, MATERIAL)
    }
    assert materials == {
        "M01": ("1", "食品经营许可申请书", "1"),
        "M03": ("3", "消防安全承诺书", "1"),  # 容缺后补, brought on 7 December: on paper after all
        "M04": ("4", "住所证明", "3"),
    }
    [result] = taken(platform, RESULT)
    assert {k: v for k, v in result.items() if k != "ROWGUID"} == {
        **common,
        "RESULTCODE": "0",
        "TRANSACTTIME": "2026-12-07 10:00:00",
        "TRANSACTUSER": "科长乙",
        "CERTNAME": "食品经营许可证",
        "CERTNO": "JY13304290012345",
        "ISPOST": "1",
        "ISSUEDATE": "2026-12-08 09:00:00",
        "SATISFACTION": "4",
    }
    [held] = [r for r in rows(ctx) if r.status == "refused"]
    assert (held.table_name, held.record_key) == (MATERIAL, "material-M05")
    assert held.reason == f"{LOCAL_CHECK}：申请材料·LICENCENO：以电子证照收取的材料须填写电子证照编号"
    assert held.row_guid not in platform.rows  # never sent


def test_each_record_goes_once_and_again_only_when_it_says_something_new(server, platform):
    client, ctx = server
    t = make_terminal(ctx, HALL, "W03")
    w = accepted(NUMBER)
    seq = send_case(client, t, w, 1)
    settle(ctx)
    first = export_pass(ctx, platform, NOW)
    assert (first.sent, first.refused) == (5, 1)  # 受理, its node, three materials; 电子证照 held
    assert export_pass(ctx, platform, NOW + timedelta(minutes=1)).queued == 0  # nothing new: nothing
    w.step(lambda c: c.record_step(datetime(2026, 12, 2, 10), "科员甲", "审查", "材料齐全"), NOW)
    send_case(client, t, w, seq)
    settle(ctx)
    second = export_pass(ctx, platform, NOW + timedelta(minutes=2))
    # the step's node only: 受理 and its materials say what they said
    assert (second.cases, second.queued, second.sent) == (1, 1, 1)
    assert platform.repeats == 0 and len(platform.batches) == 2


def test_a_licence_taken_at_the_window_goes_with_its_number_and_issuer(server, platform):
    client, ctx = server
    t = make_terminal(ctx, HALL, "W03")
    licence = Licence(
        "居民身份证", "11010519491231002X", "张三", "11010519491231002X", "北京市公安局朝阳分局",
        date(2016, 5, 4), date(2036, 5, 4), pdf_sha256="c3" * 32,
    )  # fmt: skip
    send_case(client, t, accepted(NUMBER, licence=licence), 1)
    settle(ctx)
    report = export_pass(ctx, platform, NOW)
    assert (report.sent, report.refused) == (6, 0)  # nothing held back: the licence is named
    [material] = [f for f in taken(platform, MATERIAL) if f["MATERIALCODE"] == "M05"]
    assert (material["TAKETYPE"], material["LICENCENO"], material["LICENCEORG"]) == (
        "2",
        "11010519491231002X",
        "北京市公安局朝阳分局",
    )


def test_an_outage_of_days_loses_nothing_and_a_restart_sends_each_record_once(server_config, platform):
    app = create_app(server_config)
    with TestClient(app) as client:
        ctx = app.state.ctx
        publish_matter(ctx)
        t = make_terminal(ctx, HALL, "W03")
        seq = 1
        for n in range(3):
            seq = send_case(client, t, accepted(f"330429-20261201-W03-{n + 1:04d}"), seq)
        settle(ctx)
        platform.down = True
        for hours in (0, 1, 30, 60):  # two and a half days without the platform
            report = export_pass(ctx, platform, NOW + timedelta(hours=hours))
            assert report.sent == 0
        waiting = [r for r in rows(ctx) if r.status == "pending"]
        assert len(waiting) == 15 and all(r.reason == "模拟省平台暂不可用" for r in waiting)
        assert len({r.batch_id for r in waiting}) == 1  # the same batch each time it is tried
    platform.down = False
    restarted = create_app(server_config)  # the server restarted while the platform was away
    report = export_pass(restarted.state.ctx, platform, NOW + timedelta(hours=70))
    assert report.sent == 15
    assert len(platform.rows) == 15 and platform.repeats == 0
    assert export_pass(restarted.state.ctx, platform, NOW + timedelta(hours=71)).sent == 0
    restarted.state.ctx.engine.dispose()


class LostAnswer:
    """The platform takes the batch, but its answer never arrives."""

    def __init__(self, platform: SimPlatform) -> None:
        self.platform, self.url = platform, platform.url

    def deliver(self, delivery):
        self.platform.deliver(delivery)
        raise PlatformUnavailable("连接在答复前中断")


def test_a_batch_whose_answer_was_lost_goes_again_as_the_same_batch(server, platform):
    client, ctx = server
    t = make_terminal(ctx, HALL, "W03")
    send_case(client, t, accepted(NUMBER), 1)
    settle(ctx)
    assert export_pass(ctx, LostAnswer(platform), NOW).waiting == 5
    assert export_pass(ctx, platform, NOW + timedelta(minutes=1)).sent == 5  # after the first backoff
    assert len(platform.batches) == 2 and platform.batches[0] == platform.batches[1]
    assert platform.repeats == 5 and len(platform.rows) == 5  # the repeat: one row per record


def test_the_manager_corrects_a_refused_record_and_it_goes(server, platform):
    client, ctx = server
    t = make_terminal(ctx, HALL, "W03")
    send_case(client, t, accepted(NUMBER), 1)
    settle(ctx)
    export_pass(ctx, platform, NOW)
    [held] = [r for r in rows(ctx) if r.status == "refused"]
    from server.platform import refused

    with ctx.transaction() as s:
        detail = refused.detail(s, HALL, held.id)
        assert detail.fields["TAKETYPE"] == "2"
        item = refused.correct(
            s,
            HALL,
            held.id,
            detail.digest,
            {"LICENCENO": "330429202600012345", "LICENCEORG": "安和县公安局"},
            "zhangjl",
            NOW,
        )
    assert item.status == "pending" and item.corrected_by == "zhangjl"
    assert export_pass(ctx, platform, NOW + timedelta(minutes=1)).sent == 1
    assert platform.rows[held.row_guid][1]["LICENCENO"] == "330429202600012345"


def test_the_platform_refuses_with_reasons_and_a_refused_record_goes_again_when_asked(server):
    client, ctx = server
    strict = SimPlatform(f"sim://strict-{uuid.uuid4()}")
    t = make_terminal(ctx, HALL, "W03")
    send_case(client, t, accepted(NUMBER), 1)
    settle(ctx)

    class Strict:
        url = strict.url

        def deliver(self, delivery):
            refusals = strict.deliver(delivery)
            accept = next(r for r in delivery.records if r.table == ACCEPT)
            return {**refusals, accept.row_guid: ["受理部门编码在本省组织机构库中不存在"]}

    report = export_pass(ctx, Strict(), NOW)
    assert (report.sent, report.refused) == (4, 2)
    [accept] = [r for r in rows(ctx) if r.table_name == ACCEPT]
    assert (accept.status, accept.reason) == ("refused", "受理部门编码在本省组织机构库中不存在")
    assert accept.fields["APPLYERNAME"] == "张三"  # kept whole, for the correction
    from server.platform import refused
    from server.refusals import BadRequest, Conflict

    later = NOW + timedelta(days=1)
    with ctx.transaction() as s:  # the province added the department: sent again as it is
        item = refused.resend(s, HALL, accept.id, accept.digest, later)
    assert (item.status, item.queued_at) == ("pending", later)
    [held] = [r for r in rows(ctx) if r.record_key == "material-M05"]
    with ctx.transaction() as s, pytest.raises(BadRequest, match="须先更正"):
        refused.resend(s, HALL, held.id, held.digest, later)  # it would only come back refused
    with ctx.transaction() as s, pytest.raises(Conflict, match="正在等待上报"):
        refused.resend(s, HALL, accept.id, accept.digest, later)
    assert export_pass(ctx, strict, later).sent == 1
    with ctx.transaction() as s, pytest.raises(Conflict, match="省平台已接收"):
        refused.resend(s, HALL, accept.id, accept.digest, later)


def test_refused_records_of_one_hall_are_not_another_halls(server, platform):
    client, ctx = server
    t = make_terminal(ctx, HALL, "W03")
    send_case(client, t, accepted(NUMBER), 1)
    settle(ctx)
    export_pass(ctx, platform, NOW)
    [held] = [r for r in rows(ctx) if r.status == "refused"]
    from server.platform import refused
    from server.refusals import NotFound

    with ctx.sessions() as s, pytest.raises(NotFound):
        refused.detail(s, "330421", held.id)


def test_no_platform_address_runs_no_export(server_config):
    app = create_app(replace(server_config, platform_url=""))
    with TestClient(app):
        threads = {th.name for th in __import__("threading").enumerate()}
    assert "platform-export" not in threads
    app.state.ctx.engine.dispose()
