"""The HTTP transport: answers become protocol models, failures become the few typed errors."""

from __future__ import annotations

import httpx
import pytest

from app.sync.protocol import LoginRequest, PushRequest
from app.sync.transport import (
    HttpTransport,
    Refused,
    SeqGap,
    ServerUnreachable,
    Unauthorised,
    normalise_base_url,
)

PUSH = PushRequest.model_validate(
    {
        "mutations": [
            {
                "seq": 1,
                "mutation_id": "m1",
                "kind": "accepted",
                "payload": {},
                "created_at": "2026-11-23T09:30:00",
            }
        ]
    }
)


def _transport(handler) -> HttpTransport:
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return HttpTransport("http://server.example/v1/", client, terminal_id="t-1", secret="s3cret")


def _answer(status: int, body) -> httpx.MockTransport:
    return lambda request: httpx.Response(status, json=body)


def test_base_url_is_normalised():
    assert normalise_base_url(" http://h:8000/v1/ ") == "http://h:8000"
    assert normalise_base_url("https://h") == "https://h"


def test_a_push_goes_to_v1_with_the_terminal_credential_and_comes_back_as_a_model():
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["url"] = str(request.url)
        seen["auth"] = request.headers["authorization"]
        return httpx.Response(
            200,
            json={"results": [{"seq": 1, "mutation_id": "m1", "status": "applied"}], "last_applied_seq": 1},
        )

    answer = _transport(handler).push(PUSH)
    assert seen == {"url": "http://server.example/v1/sync/push", "auth": "Terminal t-1:s3cret"}
    assert answer.last_applied_seq == 1 and answer.results[0].status == "applied"


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (500, {"detail": "服务器内部错误", "code": "server_error"}, ServerUnreachable),
        (503, "not json", ServerUnreachable),
        (401, {"detail": "终端凭据无效", "code": "unauthorised"}, Unauthorised),
        (400, {"detail": "请求格式不正确", "code": "bad_request"}, Refused),
        (409, {"detail": "序号不连续", "code": "seq_gap", "expected_seq": 7}, SeqGap),
        (429, {"detail": "登录失败次数过多", "code": "throttled"}, Refused),
    ],
)
def test_failures_become_typed_errors_with_the_servers_sentence(status, body, error):
    with pytest.raises(error) as info:
        _transport(_answer(status, body)).push(PUSH)
    if isinstance(body, dict):
        assert info.value.detail == body["detail"]
        assert info.value.code == body["code"]
    if error is SeqGap:
        assert info.value.expected_seq == 7


def test_no_connection_and_timeouts_are_offline():
    def refuse(request):
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request):
        raise httpx.ReadTimeout("timed out", request=request)

    for handler in (refuse, slow):
        with pytest.raises(ServerUnreachable):
            _transport(handler).login(LoginRequest(username="lixm", password="x"))


def test_an_answer_that_is_not_the_protocol_is_treated_as_a_server_fault():
    with pytest.raises(ServerUnreachable) as info:
        _transport(_answer(200, {"hello": "proxy"})).push(PUSH)
    assert "无法识别" in str(info.value)


def test_a_chunk_is_sent_raw_with_its_offset():
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["offset"] = request.url.params["offset"]
        seen["body"] = request.content
        return httpx.Response(200, json={"sha256": "a" * 64, "size": 10, "received": 10, "complete": True})

    state = _transport(handler).upload_chunk("a" * 64, 4, b"\x00\x01\x02")
    assert seen == {"offset": "4", "body": b"\x00\x01\x02"} and state.complete
