"""A use case's refusal (server/refusals.py) answered over HTTP: one table in server/api/answers.py
gives each kind its status; the body is the ErrorAnswer every client parses, {"detail", "code"}."""

from __future__ import annotations

import inspect

import pytest
from fastapi.testclient import TestClient

from server import refusals
from server.api.answers import REFUSAL_STATUS
from server.app import create_app
from server.refusals import BadRequest, Busy, Conflict, Forbidden, NotAuthenticated, NotFound, Throttled

KINDS = [
    (BadRequest("预约码只能由字母、数字和连字符组成"), 400, "bad_request"),
    (NotAuthenticated("用户名或密码不正确"), 401, "unauthorised"),
    (Forbidden("当前账号的角色无权管理用户"), 403, "forbidden"),
    (NotFound("本大厅没有名为“9号窗口”的窗口", code="unknown_window"), 404, "unknown_window"),
    (
        Conflict("该请求编号已用于另一项操作，请重新发起本次操作", code="request_reused"),
        409,
        "request_reused",
    ),
    (Throttled("登录失败次数过多，请5分钟后再试"), 429, "throttled"),
    (Busy("同时登录的请求过多，服务器正忙，请稍后再试"), 503, "busy"),
]


def test_every_kind_of_refusal_has_its_status():
    kinds = {k for _, k in inspect.getmembers(refusals, inspect.isclass) if issubclass(k, refusals.Refused)}
    assert kinds - {refusals.Refused} == set(REFUSAL_STATUS)


def test_each_refusal_is_answered_with_its_status_code_and_sentence(server_config):
    app = create_app(server_config)
    for i, (refusal, _status, _code) in enumerate(KINDS):

        def route(refusal=refusal):
            raise refusal

        app.add_api_route(f"/v1/_test_refusal/{i}", route)
    with TestClient(app) as c:
        for i, (refusal, status, code) in enumerate(KINDS):
            r = c.get(f"/v1/_test_refusal/{i}")
            assert (r.status_code, r.json()) == (status, {"detail": refusal.detail, "code": code})
            # who is not proven is told how to prove it, as the credential checks' 401 does
            assert (r.headers.get("www-authenticate") == "Bearer") is (status == 401)


@pytest.mark.parametrize("kind", [BadRequest, Conflict])
def test_a_refusal_keeps_its_kinds_code_unless_it_names_its_own(kind):
    assert kind("x").code == kind.code and kind("x", code="hall_closed").code == "hall_closed"
