"""The platform adapters by URL: an https platform's answers read right (taken, refused with
reasons, refused whole, away), the simulator refuses as the standard says, an address that is no
address is said at once."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx
import pytest

from server.platform.links import (
    Delivery,
    FilePlatform,
    HttpPlatform,
    OutgoingRecord,
    PlatformUnavailable,
    SimPlatform,
    open_platform,
)

AT = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
GOOD = {
    "ROWGUID": "a",
    "PROJID": "330429-20261201-W03-0001",
    "ORGCODE": "113304290025001116",
    "RESULTCODE": "0",
    "TRANSACTTIME": "2026-12-07 10:00:00",
    "TRANSACTUSER": "科长乙",
    "CERTNAME": "食品经营许可证",
    "ISPOST": "0",
}


def delivery(*records: OutgoingRecord) -> Delivery:
    return Delivery("batch-1", records, AT)


def platform_answering(handler) -> HttpPlatform:
    return HttpPlatform("https://platform.example/up?token=secret", transport=httpx.MockTransport(handler))


def test_an_https_platform_gets_the_batch_and_names_what_it_refused():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json={"refused": [{"row_guid": "b", "reasons": ["证件号码校验位错误"]}]})

    link = platform_answering(handler)
    good, bad = OutgoingRecord("up_pro_result", "a", GOOD), OutgoingRecord("up_pro_result", "b", GOOD)
    assert link.deliver(delivery(good, bad)) == {"b": ["证件号码校验位错误"]}
    assert seen == [
        {
            "batch_id": "batch-1",
            "records": [
                {"table": "up_pro_result", "row_guid": "a", "fields": GOOD},
                {"table": "up_pro_result", "row_guid": "b", "fields": GOOD},
            ],
        }
    ]


@pytest.mark.parametrize("status", [500, 502, 503, 408, 429])
def test_an_https_platform_that_is_away_is_tried_again(status):
    link = platform_answering(lambda request: httpx.Response(status, text="busy"))
    with pytest.raises(PlatformUnavailable, match=f"HTTP {status}"):
        link.deliver(delivery(OutgoingRecord("up_pro_result", "a", GOOD)))


def test_a_batch_refused_whole_refuses_each_record_with_the_platform_s_words():
    link = platform_answering(lambda request: httpx.Response(401, text="令牌已过期"))
    answer = link.deliver(delivery(OutgoingRecord("up_pro_result", "a", GOOD)))
    assert answer == {"a": ["省平台拒收整批（HTTP 401）：令牌已过期"]}


def test_an_answer_that_cannot_be_read_is_no_answer():
    link = platform_answering(lambda request: httpx.Response(200, text="<html>ok</html>"))
    with pytest.raises(PlatformUnavailable, match="答复无法识别"):
        link.deliver(delivery(OutgoingRecord("up_pro_result", "a", GOOD)))


def test_no_connection_is_an_outage():
    def handler(request):
        raise httpx.ConnectError("refused")

    with pytest.raises(PlatformUnavailable, match="无法连接"):
        platform_answering(handler).deliver(delivery(OutgoingRecord("up_pro_result", "a", GOOD)))


def test_the_simulator_refuses_what_the_standard_refuses_and_keeps_one_row_per_record():
    sim = SimPlatform("sim://links-test")
    bad = {**GOOD, "RESULTCODE": "1", "CERTNAME": ""}
    answer = sim.deliver(
        delivery(OutgoingRecord("up_pro_result", "a", GOOD), OutgoingRecord("up_pro_result", "b", bad))
    )
    assert answer == {"b": ["办结信息·RESULTEXPLAIN：办结结果为“不予许可/退回”时须说明原因"]}
    assert list(sim.rows) == ["a"]
    sim.deliver(delivery(OutgoingRecord("up_pro_result", "a", GOOD)))
    assert sim.repeats == 1 and list(sim.rows) == ["a"]
    sim.down = True
    with pytest.raises(PlatformUnavailable):
        sim.deliver(delivery(OutgoingRecord("up_pro_result", "a", GOOD)))


def test_a_folder_that_cannot_be_written_is_an_outage(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(PlatformUnavailable, match="无法写入交换目录"):
        FilePlatform(f"file://{blocked}").deliver(delivery(OutgoingRecord("up_pro_result", "a", GOOD)))


@pytest.mark.parametrize(
    "url, said",
    [
        ("ftp://platform", "应以 sim://、file:// 或 http(s):// 开头"),
        ("file://relative/up", "file:// 后应是绝对路径"),
    ],
)
def test_an_address_that_is_no_address_is_said(url, said):
    with pytest.raises(ValueError, match=said.replace("(", r"\(").replace(")", r"\)")):
        open_platform(url)
