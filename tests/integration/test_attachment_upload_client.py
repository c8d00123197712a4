"""The workbench uploads a scanned page in one request (PUT that offers it), falls back to offer
and chunks with a server from before such PUTs, and a lost answer of that one request changes
nothing (app/services/sync/push.py against the real server, in-process)."""

from __future__ import annotations

import random
import sys
import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reliability.workload import Clerk
from sync_server import SERVER_URL, Network, pg_server_fixture, server_fixture  # noqa: F401

from app.bootstrap import build_services
from app.services.sync.push import UPLOADS_AT_ONCE
from app.settings import demo_settings
from server.store.models import AppliedMutationRow, AttachmentRow


class OldServerNetwork(Network):
    """Between the workbench and a server from before one-request uploads: it ignores a PUT's
    size and media_type, so a page it was not offered is unknown to it (404)."""

    def request(self, method: str, url: str, **kwargs):
        params = dict(kwargs.get("params") or {})
        if method == "PUT":
            params.pop("size", None)
            params.pop("media_type", None)
            kwargs["params"] = params
        return super().request(method, url, **kwargs)


def _workbench(server, tmp_path, clock, net: Network):
    s = build_services(demo_settings(tmp_path / "wb", sample_cases=False), clock=clock, sync_client=net)
    s.sync.enrol(SERVER_URL, server.code, "3号综合窗口")
    s.net = net
    return s


@pytest.fixture
def workbench(server, tmp_path, clock):
    s = _workbench(server, tmp_path, clock, Network(server.client))
    yield s
    s.close()


def _uploads(net: Network) -> list[str]:
    return [
        line.split(" ")[0]
        for line in net.requests
        if line.startswith(("POST /v1/attachments", "PUT /v1/attachments"))
    ]


def _complete(server) -> int:
    with server.ctx.sessions() as db:
        return db.scalar(select(func.count()).select_from(AttachmentRow).where(AttachmentRow.complete))


def _all_applied(server) -> bool:
    with server.ctx.sessions() as db:
        return all(r.status == "applied" for r in db.scalars(select(AppliedMutationRow)))


def _check_one_request_a_page(server, s):
    Clerk(s, random.Random(11)).one_case(pages=3)
    done = s.sync.sync_once()
    assert (done.waiting, done.last_error) == (0, "")
    assert _uploads(s.net) == ["PUT"] * 3  # no offer round trip
    assert _complete(server) == 3 and _all_applied(server)


def test_each_page_is_one_request(server, workbench):
    _check_one_request_a_page(server, workbench)


def test_each_page_is_one_request_on_postgresql(pg_server, tmp_path, clock):
    s = _workbench(pg_server, tmp_path, clock, Network(pg_server.client))
    try:
        _check_one_request_a_page(pg_server, s)
    finally:
        s.close()


def test_a_server_from_before_gets_the_offer_first(server, tmp_path, clock):
    s = _workbench(server, tmp_path, clock, OldServerNetwork(server.client))
    try:
        Clerk(s, random.Random(12)).one_case(pages=3)
        done = s.sync.sync_once()
        assert (done.waiting, done.last_error) == (0, "")
        # the pages go up side by side: a PUT refused as not offered (the first, and any begun
        # before its refusal came back) is offered and put again
        first = _uploads(s.net)
        assert first.count("POST") == 3 and 4 <= first.count("PUT") <= 6, first
        assert _complete(server) == 3 and _all_applied(server)
    finally:
        s.close()


def test_a_lost_answer_of_the_one_request_changes_nothing(server, workbench):
    Clerk(workbench, random.Random(13)).one_case(pages=1)
    workbench.net.lose_answer_of = "PUT /v1/attachments/"  # the page stored, its answer lost
    assert "无法连接" in workbench.sync.sync_once().last_error
    assert _complete(server) == 1
    done = workbench.sync.sync_once()
    assert (done.waiting, done.last_error) == (0, "")
    # the page whose answer was lost is sent again and answered done; nothing counted twice
    assert _uploads(workbench.net) == ["PUT", "PUT"]
    assert _complete(server) == 1 and _all_applied(server)


class SideBySide(Network):
    """Holds each page's PUT until UPLOADS_AT_ONCE of them are under way together (a client that
    uploads one page at a time never gets past the first); can fail one page's PUT once."""

    def __init__(self, client) -> None:
        super().__init__(client)
        self.together = threading.Barrier(UPLOADS_AT_ONCE, timeout=120)
        self.fail_once = False  # the first PUT past the barrier is cut
        self._lock = threading.Lock()

    def request(self, method: str, url: str, **kwargs):
        path = httpx.URL(url).path
        if method == "PUT" and path.startswith("/v1/attachments/") and not self.together.broken:
            self.together.wait()  # raises BrokenBarrierError if the pages go one at a time
            with self._lock:
                cut, self.fail_once = self.fail_once, False
            if cut:
                self.requests.append(f"{method} {path} (cut)")
                raise httpx.ConnectError("the network dropped this upload")
        return super().request(method, url, **kwargs)


def test_pages_go_up_side_by_side_and_a_failed_one_costs_only_itself(server, tmp_path, clock):
    net = SideBySide(server.client)
    s = _workbench(server, tmp_path, clock, net)
    try:
        Clerk(s, random.Random(15)).one_case(pages=UPLOADS_AT_ONCE)
        net.fail_once = True
        assert "无法连接" in s.sync.sync_once().last_error
        # the others were under way beside it: they finished, were counted and are kept
        assert _complete(server) == UPLOADS_AT_ONCE - 1
        before = len(_uploads(net))
        net.together.abort()  # one page left: it goes alone
        done = s.sync.sync_once()
        assert (done.waiting, done.last_error) == (0, "")
        assert _uploads(net)[before:] == ["PUT"]  # only the failed page again
        assert _complete(server) == UPLOADS_AT_ONCE and _all_applied(server)
    finally:
        s.close()
