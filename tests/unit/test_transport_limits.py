"""The server's refusals of a request body, as the client reads them."""

from __future__ import annotations

import httpx
import pytest

from app.sync.transport import HttpTransport, Refused, ServerUnreachable


def _transport(status: int, body: dict) -> HttpTransport:
    client = httpx.Client(transport=httpx.MockTransport(lambda _r: httpx.Response(status, json=body)))
    return HttpTransport("http://server.example", client, terminal_id="t", secret="s")


def test_a_body_too_slow_for_the_server_is_retried_later_like_a_network_fault():
    answer = {"detail": "请求内容在120秒内未传完，连接已关闭，请检查网络后重试", "code": "timeout"}
    with pytest.raises(ServerUnreachable) as slow:
        _transport(408, answer).health()
    assert slow.value.code == "timeout" and "未传完" in slow.value.detail


def test_a_body_too_large_is_a_refusal_with_the_servers_reason():
    answer = {"detail": "请求内容过大，超过该接口允许的16384字节", "code": "too_large"}
    with pytest.raises(Refused) as large:
        _transport(413, answer).health()
    assert large.value.code == "too_large" and "过大" in large.value.detail
