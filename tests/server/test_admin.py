"""The admin API and what terminals fetch from it: halls, users, codes, terminals, the catalog."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from seeded_server import demo_catalog, seed, terminal_header
from sqlalchemy import select

from server.app import create_app
from server.store.models import AuditRow, ChangeLogRow


@pytest.fixture
def server(server_config):
    with TestClient(create_app(server_config)) as client:
        yield seed(client)


def _changes(server, hall="330429") -> list[ChangeLogRow]:
    # read the log directly: a pull on PostgreSQL holds back rows while any older transaction of
    # the cluster is open (other tests' databases share the cluster), which is not tested here
    with server.ctx.sessions() as s:
        query = select(ChangeLogRow).where(ChangeLogRow.hall_code.in_([hall, "*"])).order_by(ChangeLogRow.id)
        return list(s.scalars(query))


def _audited(server) -> list[str]:
    with server.ctx.sessions() as s:
        return [a.event for a in s.scalars(select(AuditRow).where(AuditRow.outcome == "ok"))]


def _new_hall(server, admin, code="330401"):
    r = server.client.post("/v1/admin/halls", json={"code": code, "name": "嘉禾市民中心"}, headers=admin)
    assert r.status_code == 201, r.text
    return r.json()


def test_admin_creates_a_hall_once(server):
    admin = server.sign_in("admin")
    assert _new_hall(server, admin)["name"] == "嘉禾市民中心"
    again = server.client.post("/v1/admin/halls", json={"code": "330401", "name": "x"}, headers=admin)
    assert again.status_code == 409 and "已存在" in again.json()["detail"]
    clerk = server.sign_in("lixm")
    r = server.client.post("/v1/admin/halls", json={"code": "330402", "name": "x"}, headers=clerk)
    assert r.status_code == 403
    assert "hall_created" in _audited(server)


def test_hall_setup_flows_to_terminals_and_the_change_log(server):
    manager = server.sign_in("zhangjl")
    setup = {
        "categories": [
            {"code": "general", "name": "综合受理", "prefix": "A"},
            {"code": "tax", "name": "税务", "prefix": "T"},
        ],
        "windows": [{"name": "1号综合窗口", "categories": {"general": 9, "tax": 3}}],
    }
    r = server.client.put("/v1/admin/halls/330429/setup", json=setup, headers=manager)
    assert r.status_code == 200, r.text
    hall = server.client.get("/v1/hall", headers=server.terminal).json()
    assert [w["name"] for w in hall["windows"]] == ["1号综合窗口"]
    assert [c["code"] for c in hall["categories"]] == ["general", "tax"]
    last_hall_change = [c for c in _changes(server) if c.kind == "hall"][-1]
    assert last_hall_change.data == hall
    bad = {**setup, "windows": [{"name": "2号窗口", "categories": {"nope": 1}}]}
    r = server.client.put("/v1/admin/halls/330429/setup", json=bad, headers=manager)
    assert r.status_code == 400 and "不存在的业务类别" in r.json()["detail"]
    # a weight is what the console's 窗口调度 can show and set again (0–9), nothing above
    heavy = {**setup, "windows": [{"name": "1号综合窗口", "categories": {"general": 10}}]}
    r = server.client.put("/v1/admin/halls/330429/setup", json=heavy, headers=manager)
    assert r.status_code == 422 and "9" in r.text
    assert server.client.get("/v1/hall", headers=server.terminal).json() == hall  # nothing applied
    # a hall manager configures their own hall only
    _new_hall(server, server.sign_in("admin"))
    r = server.client.put("/v1/admin/halls/330401/setup", json=setup, headers=manager)
    assert r.status_code == 403


def test_the_halls_idle_lock_minutes_are_set_kept_and_bounded(server):
    manager = server.sign_in("zhangjl")
    hall = server.client.get("/v1/hall", headers=server.terminal).json()
    assert hall["security"] == {
        "idle_lock_minutes": 5,
        "scans_on_window_days": 30,
        "scan_archive_years": 30,
    }  # the defaults
    setup = {"categories": hall["categories"], "windows": hall["windows"]}
    r = server.client.put(
        "/v1/admin/halls/330429/setup", json={**setup, "security": {"idle_lock_minutes": 2}}, headers=manager
    )
    assert r.status_code == 200, r.text
    said = [c for c in _changes(server) if c.kind == "hall"][-1].data["security"]
    assert said == {"idle_lock_minutes": 2, "scans_on_window_days": 30, "scan_archive_years": 30}
    # a setup that does not name it keeps it; a window never left unlocked for hours
    assert server.client.put("/v1/admin/halls/330429/setup", json=setup, headers=manager).status_code == 200
    assert server.client.get("/v1/hall", headers=server.terminal).json()["security"]["idle_lock_minutes"] == 2
    for minutes in (0, 61, "x"):
        bad = {**setup, "security": {"idle_lock_minutes": minutes}}
        assert server.client.put("/v1/admin/halls/330429/setup", json=bad, headers=manager).status_code == 422


def test_users_created_reset_and_deactivated(server):
    admin = server.sign_in("admin")
    user = {"display_name": "王芳", "role": "clerk", "hall_code": "330429", "window_name": "5号窗口"}
    r = server.client.put("/v1/admin/users/wangf", json=user, headers=admin)
    assert r.status_code == 400 and "初始密码" in r.json()["detail"]
    r = server.client.put("/v1/admin/users/wangf", json={**user, "password": "short"}, headers=admin)
    assert r.status_code == 400 and "至少需要8个字符" in r.json()["detail"]
    r = server.client.put("/v1/admin/users/wangf", json={**user, "password": "first-pass-1"}, headers=admin)
    assert r.status_code == 200 and r.json()["window_name"] == "5号窗口"
    session = server.sign_in("wangf", "first-pass-1")
    # a password reset ends the open sessions and the old password
    r = server.client.put("/v1/admin/users/wangf", json={**user, "password": "second-pass-2"}, headers=admin)
    assert r.status_code == 200
    assert server.client.delete("/v1/sessions", headers=session).status_code == 401
    login = {"username": "wangf", "password": "first-pass-1"}
    assert server.client.post("/v1/sessions", json=login, headers=server.terminal).status_code == 401
    server.sign_in("wangf", "second-pass-2")
    r = server.client.put("/v1/admin/users/wangf", json={**user, "active": False}, headers=admin)
    assert r.status_code == 200
    login = {"username": "wangf", "password": "second-pass-2"}
    assert server.client.post("/v1/sessions", json=login, headers=server.terminal).status_code == 403
    cached = {
        u["user"]["username"]: u
        for u in server.client.get("/v1/users", headers=server.terminal).json()["users"]
    }
    # the terminal learns of the deactivation: the account leaves the list, so it cannot sign in
    # there offline (the list replaces the terminal's cache)
    assert "wangf" not in cached and "lixm" in cached
    assert [c.key for c in _changes(server) if c.kind == "users"].count("wangf") == 3
    assert {"user_created", "user_changed"} <= set(_audited(server))


def test_a_hall_manager_looks_after_the_clerks_of_their_own_hall_only(server):
    manager = server.sign_in("zhangjl")
    clerk = {"display_name": "赵敏", "role": "clerk", "hall_code": "330429", "password": "clerk-pass-1"}
    assert server.client.put("/v1/admin/users/zhaom", json=clerk, headers=manager).status_code == 200
    for body in ({**clerk, "role": "hall_manager"}, {**clerk, "role": "admin"}):
        r = server.client.put("/v1/admin/users/zhaom2", json=body, headers=manager)
        assert r.status_code == 403 and "大厅管理员只能管理" in r.json()["detail"]
    r = server.client.put("/v1/admin/users/admin", json={**clerk}, headers=manager)  # an admin's account
    assert r.status_code == 403
    _new_hall(server, server.sign_in("admin"))
    r = server.client.put("/v1/admin/users/zhaom3", json={**clerk, "hall_code": "330401"}, headers=manager)
    assert r.status_code == 403
    clerk_session = server.sign_in("lixm")
    r = server.client.put("/v1/admin/users/zhaom4", json=clerk, headers=clerk_session)
    assert r.status_code == 403


def test_users_for_offline_sign_in(server):
    admin = server.sign_in("admin")
    _new_hall(server, admin)
    other = {"display_name": "外厅", "role": "clerk", "hall_code": "330401", "password": "other-pass-1"}
    assert server.client.put("/v1/admin/users/waiting", json=other, headers=admin).status_code == 200
    users = server.client.get("/v1/users", headers=server.terminal).json()["users"]
    names = sorted(u["user"]["username"] for u in users)
    # a window caches its hall's clerks and managers: not the other hall's clerk, not the
    # back-office account (it cannot sign in on a window), and never an admin's hash
    assert names == ["lixm", "zhangjl"]
    assert all(u["password_hash"].startswith("$argon2id$") for u in users)


def test_enrolment_codes_and_revoking_a_terminal(server):
    manager = server.sign_in("zhangjl")
    r = server.client.post(
        "/v1/admin/enrolment-codes", json={"hall_code": "330429", "terminal_code": "W07"}, headers=manager
    )
    assert r.status_code == 201, r.text
    issued = r.json()
    enrolled = server.enrol(issued["code"], "7号窗口")
    assert enrolled["terminal_code"] == "W07"
    r = server.client.post(
        "/v1/admin/enrolment-codes", json={"hall_code": "330429", "terminal_code": "w 7"}, headers=manager
    )
    assert r.status_code == 400 and "终端编号" in r.json()["detail"]
    listed = server.client.get("/v1/admin/terminals", params={"hall_code": "330429"}, headers=manager).json()
    assert sorted(t["code"] for t in listed) == ["W03", "W07"]
    session = server.sign_in("lixm", terminal=terminal_header(enrolled))
    r = server.client.post(f"/v1/admin/terminals/{enrolled['terminal_id']}/revoke", headers=manager)
    assert r.status_code == 200 and r.json()["revoked"] is True
    r = server.client.get("/v1/hall", headers=terminal_header(enrolled))
    assert r.status_code == 403 and "停用" in r.json()["detail"]
    assert server.client.delete("/v1/sessions", headers=session).status_code == 401  # its sessions ended
    assert server.client.get("/v1/hall", headers=server.terminal).status_code == 200  # W03 unaffected
    assert {"code_issued", "terminal_revoked"} <= set(_audited(server))


def test_catalog_versions_flow_down_with_etags(server):
    first = server.client.get("/v1/catalog", headers=server.terminal)
    assert first.status_code == 200 and first.headers["etag"] == '"1"'
    assert first.json()["catalog"] == demo_catalog()
    same = server.client.get("/v1/catalog", headers={**server.terminal, "If-None-Match": '"1"'})
    assert same.status_code == 304
    admin = server.sign_in("admin")
    newer = {**demo_catalog(), "version": "2025.2"}
    r = server.client.post("/v1/admin/catalog", json=newer, headers=admin)
    assert r.status_code == 201 and r.json() == {"version": 2}
    r = server.client.get("/v1/catalog", headers={**server.terminal, "If-None-Match": '"1"'})
    assert r.status_code == 200 and r.json()["version"] == 2 and r.json()["catalog"]["version"] == "2025.2"
    catalog_changes = [c for c in _changes(server) if c.kind == "catalog"]
    assert [(c.key, c.data) for c in catalog_changes] == [("1", {"version": 1}), ("2", {"version": 2})]
    with server.ctx.sessions() as s:
        halls = set(s.scalars(select(ChangeLogRow.hall_code).where(ChangeLogRow.kind == "catalog")))
    assert halls == {"*"}
    broken = {**demo_catalog(), "matters": [{"name": "缺编码"}]}
    r = server.client.post("/v1/admin/catalog", json=broken, headers=admin)
    assert r.status_code == 400 and r.json()["detail"].startswith("事项清单有误")
    manager = server.sign_in("zhangjl")
    assert server.client.post("/v1/admin/catalog", json=newer, headers=manager).status_code == 403
