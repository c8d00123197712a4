"""Terminal kinds (window, kiosk, display, back office) fixed at enrolment, and who may call what.

A kiosk or display stands in the public area: its credential must get nothing personal and do
nothing a clerk does. Every route of the spec states the kinds and signed-in roles it serves;
a window's actions need the clerk signed in on that window, who is the one recorded
(sqlite and postgresql).
"""

from __future__ import annotations

import importlib
import json
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from queue_hall import W3, WANG, open_hall, rid
from sqlalchemy import select
from starlette.websockets import WebSocketDisconnect

from app.sync.protocol import API_PREFIX, TERMINAL_HEADER, TerminalKind
from server.app import API_MODULES, create_app
from server.auth.credentials import route_access
from server.auth.enrolment import issue_code
from server.cli import main
from server.config import ServerConfig
from server.seed import DEMO_HALL
from server.store.models import QueueEventRow, TerminalRow

SPEC = json.loads((Path(__file__).resolve().parents[2] / "docs" / "openapi.json").read_text(encoding="utf-8"))
PUBLIC = {("GET", "/v1/health"), ("POST", "/v1/terminals/enrol")}  # no credential: the code is one
KIOSK_MAY = {
    ("POST", "/v1/queue/tickets"),
    ("GET", "/v1/queue/board"),
    ("GET", "/v1/hall"),
    ("POST", "/v1/queue/offline"),
}
DISPLAY_MAY = {("GET", "/v1/queue/board"), ("GET", "/v1/hall")}
# the online hall's gateway: 预约 and nothing else
ONLINE_MAY = {
    ("GET", "/v1/queue/appointments/slots"),
    ("POST", "/v1/online/appointments"),
    ("POST", "/v1/online/appointments/cancel"),
}
PARAMETERS = {
    "window": quote(W3, safe=""),
    "sha256": "a" * 64,
    "hall_code": DEMO_HALL,
    "username": "lixm",
    "terminal_id": "x",
    "case_number": "330429W03-2026-0001",
    "case_id": "00000000-0000-0000-0000-000000000001",
    "event": "accepted",
    "change_id": "1",  # 窗口调度: a window assignment change, a work profile
    "name": quote("早高峰", safe=""),
    "year": "2027",  # 节假日与营业时间: a year of the State Council's schedule
    "followup_id": "1",  # 好差评: a 差评's follow-up
    "rating_id": "00000000-0000-0000-0000-000000000002",  # 好差评: a rating a clerk asks to review
    "record_id": "1",  # 省平台上报: a record of the 办件 export
    "report_id": "00000000-0000-0000-0000-000000000003",  # 办不成事 反映: a report a window took down
}
# bodies that pass validation, so a refusal can only come from who is calling
BODIES = {
    "/v1/queue/tickets": {"request_id": "r-00000001", "category": "general"},
    "/v1/queue/windows/{window}/actions": {"request_id": "r-00000002", "action": "call_next"},
    "/v1/queue/offline": {
        "records": [
            {
                "record_id": "r-00000003",
                "kind": "served",
                "number": "A901",
                "service_day": "2026-11-23",
                "at": "2026-11-23T09:10:00+08:00",
                "window": W3,
            }
        ]
    },
    "/v1/queue/appointments": {
        "code": "YY9999",
        "category": "general",
        "day": "2026-11-23",
        "slot": "14:00-14:30",
        "name": "王小明",
        "id_number": WANG["id_number"],
        "phone": "13800000009",
    },
    "/v1/queue/appointments/cancel": {"code": "YY0001", "day": "2026-11-23", "id_number": WANG["id_number"]},
    "/v1/manager/appointment-plans": {
        "plans": [{"category": "general", "slot_minutes": 30, "capacity": 4, "horizon_days": 7}],
        "rules": {"open_bookings_limit": 3, "no_show_limit": 3, "no_show_window_days": 30, "block_days": 30},
    },
    "/v1/sync/push": {"mutations": []},
    "/v1/attachments": {"sha256": "a" * 64, "size": 1, "media_type": "image/png"},
    "/v1/sessions": {"username": "lixm", "password": "onewindow"},
    "/v1/licences/lookup": {
        "case_id": PARAMETERS["case_id"],
        "material_code": "M01",
        "kind": "居民身份证",
        "holder_id": "341021199003074518",
    },
}
BODIES["/v1/online/appointments"] = BODIES["/v1/queue/appointments"]
BODIES["/v1/online/appointments/cancel"] = BODIES["/v1/queue/appointments/cancel"]
QUERIES = {"/v1/queue/appointments/slots": "?category=general&day=2026-11-23"}
OPERATIONS = sorted((m.upper(), p) for p, item in SPEC["paths"].items() for m in item)


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def _enrol(hall, kind: TerminalKind, code: str) -> dict:
    with hall.ctx.transaction() as s:
        one_time, _ = issue_code(s, DEMO_HALL, code, "test", hall.clock.now, timedelta(days=1), kind=kind)
    return hall.seeded.enrol(one_time, f"{code}")


def _terminal(enrolled: dict) -> dict[str, str]:
    return {"Authorization": f"Terminal {enrolled['terminal_id']}:{enrolled['secret']}"}


def _call(hall, method: str, path: str, headers: dict[str, str]):
    url = path.format(**PARAMETERS) + QUERIES.get(path, "")
    body = BODIES.get(path)
    if method in ("POST", "PUT") and body is None:
        body = {}
    if method == "PUT" and path.startswith("/v1/attachments/"):
        return hall.client.put(url + "?offset=0", content=b"x", headers=headers)
    return hall.client.request(method, url, json=body, headers=headers)


def _refused_without_data(response) -> None:
    assert response.status_code in (401, 403), response.text
    body = response.json()
    assert set(body) == {"detail", "code"}, body  # nothing but the reason
    assert not body["detail"].isascii(), body  # a Chinese sentence


def test_every_route_of_the_spec_states_who_may_call_it():
    stated = {}
    for name in API_MODULES:
        for route in importlib.import_module(f"server.api.{name}").router.routes:
            for method in getattr(route, "methods", None) or ():
                if (method, API_PREFIX + route.path) in set(OPERATIONS):
                    stated[(method, API_PREFIX + route.path)] = route_access(route)
    assert set(stated) == set(OPERATIONS)
    unstated = sorted(op for op, access in stated.items() if access is None and op not in PUBLIC)
    assert unstated == []
    # and the spec says it
    described = {
        (m.upper(), p): op.get("description", "")
        for p, item in SPEC["paths"].items()
        for m, op in item.items()
    }
    assert all("调用者：" in described[op] for op, access in stated.items() if access is not None)
    assert (
        "终端：窗口终端；须登录：窗口工作人员、大厅管理员"
        in described[("POST", "/v1/queue/windows/{window}/actions")]
    )
    # the routes that carry a citizen's record on demand name the roles signed in on a terminal
    for operation in [
        ("POST", "/v1/queue/windows/{window}/actions"),
        ("GET", "/v1/queue/windows/{window}"),
        ("GET", "/v1/attachments/{sha256}/content"),
        ("GET", "/v1/cases/search"),
        ("GET", "/v1/cases/{case_id}"),
    ]:
        access = stated[operation]
        assert access.user_needed and access.roles and access.kinds, operation
        assert TerminalKind.KIOSK not in access.kinds and TerminalKind.DISPLAY not in access.kinds


@pytest.mark.parametrize("kind", [TerminalKind.KIOSK, TerminalKind.DISPLAY])
def test_a_kiosk_or_display_is_refused_everything_but_its_own_work(hall, kind):
    terminal = _terminal(_enrol(hall, kind, "K09" if kind is TerminalKind.KIOSK else "D09"))
    allowed = KIOSK_MAY if kind is TerminalKind.KIOSK else DISPLAY_MAY
    # the kiosk's and the display's own work goes on
    for method, path in sorted(allowed - {("POST", "/v1/queue/offline"), ("POST", "/v1/queue/tickets")}):
        assert _call(hall, method, path, terminal).status_code == 200, (method, path)
    # a ticket is called with its applicant, so the window's answers would carry the ID number
    hall.take(applicant=WANG, source="id_card")
    for method, path in OPERATIONS:
        if (method, path) in allowed | PUBLIC:
            continue
        _refused_without_data(_call(hall, method, path, terminal))
    # not even with a clerk's token beside the kiosk's credential
    clerk = hall.headers
    beside = {"Authorization": clerk["Authorization"], TERMINAL_HEADER: terminal["Authorization"][9:]}
    _refused_without_data(_call(hall, "POST", "/v1/queue/windows/{window}/actions", beside))


def test_a_kiosk_reports_its_offline_numbers_but_not_served_tickets(hall):
    served = BODIES["/v1/queue/offline"]
    r = hall.client.post("/v1/queue/offline", json=served, headers=hall.kiosk)
    _refused_without_data(r)
    issued = {
        "records": [
            {**served["records"][0], "kind": "issued", "window": "", "category": "general", "number": "A901"}
        ]
    }
    assert hall.client.post("/v1/queue/offline", json=issued, headers=hall.kiosk).status_code == 200
    _refused_without_data(hall.client.post("/v1/queue/offline", json=issued, headers=hall.window_terminal))


def test_a_window_needs_its_clerk_signed_in_on_it(hall):
    hall.take()
    path = f"/v1/queue/windows/{quote(W3, safe='')}"
    action = {"request_id": rid(), "action": "call_next", "clerk": "lixm"}
    r = hall.client.post(path + "/actions", json=action, headers=hall.window_terminal)
    _refused_without_data(r)
    assert r.status_code == 401 and r.json()["code"] == "sign_in_required"
    _refused_without_data(hall.client.get(path, headers=hall.window_terminal))
    # a session opened on another window does not travel with this window's credential
    other = _terminal(_enrol(hall, TerminalKind.WINDOW, "W09"))
    elsewhere = hall.seeded.sign_in("lixm", terminal=other)
    borrowed = {**elsewhere, TERMINAL_HEADER: hall.window_terminal["Authorization"][9:]}
    r = hall.client.post(path + "/actions", json=action, headers=borrowed)
    _refused_without_data(r)
    assert r.status_code == 403
    # an admin may sign in on a window, but does not serve one
    admin = {**hall.seeded.sign_in("admin"), TERMINAL_HEADER: hall.window_terminal["Authorization"][9:]}
    _refused_without_data(hall.client.post(path + "/actions", json=action, headers=admin))
    with hall.ctx.sessions() as s:
        assert s.scalar(select(QueueEventRow.id).where(QueueEventRow.kind == "called")) is None
    assert hall.act(W3, "call_next")["ticket"]["number"] == "A001"


def test_the_clerk_recorded_is_the_one_signed_in_whatever_the_request_says(hall):
    hall.take()
    path = f"/v1/queue/windows/{quote(W3, safe='')}/actions"
    action = {"request_id": rid(), "action": "call_next", "clerk": "zhangjl"}  # names another
    r = hall.client.post(path, json=action, headers=hall.as_user("lixm"))
    assert r.status_code == 200, r.text
    assert r.json()["state"]["clerk"] == "lixm"
    pause = {"request_id": rid(), "action": "pause", "reason": "临时离开", "clerk": "nobody"}
    assert hall.client.post(path, json=pause, headers=hall.as_user("wangw")).status_code == 200
    with hall.ctx.sessions() as s:
        clerks = s.execute(select(QueueEventRow.kind, QueueEventRow.clerk).order_by(QueueEventRow.id)).all()
    assert ("called", "lixm") in clerks and ("paused", "wangw") in clerks
    assert {clerk for _kind, clerk in clerks} <= {"", "lixm", "wangw"}
    assert hall.window(W3)["clerk"] == "wangw"


def test_figures_are_a_hall_managers_and_booking_needs_someone_signed_in(hall):
    stats = "/v1/queue/stats"
    _refused_without_data(hall.client.get(stats, headers=hall.headers))  # a clerk
    _refused_without_data(hall.client.get(stats, headers=hall.window_terminal))
    assert hall.client.get(stats, headers=hall.manager).status_code == 200
    booking = BODIES["/v1/queue/appointments"]
    _refused_without_data(
        hall.client.post("/v1/queue/appointments", json=booking, headers=hall.window_terminal)
    )
    # the clerk gets past the door: refused by the booking rules only (this person already holds
    # the seeded booking of that category and day), in words
    r = hall.client.post("/v1/queue/appointments", json=booking, headers=hall.headers)
    assert r.status_code == 409 and r.json()["code"] == "already_booked", r.text
    assert "不能重复预约" in r.json()["detail"]


def test_the_online_hall_calls_its_appointment_routes_and_nothing_else(hall):
    """An ONLINE terminal (the online hall's gateway), enrolled with its one-time code: its own
    routes answer (for the rules, not the caller), every other one refuses it; nobody signs in
    on it, and it gets no event stream."""
    terminal = _terminal(_enrol(hall, TerminalKind.ONLINE, "O01"))
    assert _call(hall, "GET", "/v1/queue/appointments/slots", terminal).status_code == 200
    for path in ("/v1/online/appointments", "/v1/online/appointments/cancel"):
        r = _call(hall, "POST", path, terminal)
        assert r.status_code == 409, r.text  # no hours set / not the booker's: the rules said no
    hall.take(applicant=WANG, source="id_card")
    for method, path in OPERATIONS:
        if (method, path) not in ONLINE_MAY | PUBLIC:
            _refused_without_data(_call(hall, method, path, terminal))
    login = {"username": "lixm", "password": "onewindow"}
    _refused_without_data(hall.client.post("/v1/sessions", json=login, headers=terminal))
    with (
        hall.client.websocket_connect(f"/v1/halls/{DEMO_HALL}/events", headers=terminal) as ws,
        pytest.raises(WebSocketDisconnect) as closed,
    ):
        ws.receive_json()
    assert closed.value.code == 4403


def test_nobody_signs_in_on_a_kiosk_or_display_and_they_get_no_accounts(hall):
    for kind, code in ((TerminalKind.KIOSK, "K08"), (TerminalKind.DISPLAY, "D08")):
        terminal = _terminal(_enrol(hall, kind, code))
        login = {"username": "lixm", "password": "onewindow"}
        _refused_without_data(hall.client.post("/v1/sessions", json=login, headers=terminal))
        _refused_without_data(hall.client.get("/v1/users", headers=terminal))
        _refused_without_data(hall.client.get("/v1/sync/pull", headers=terminal))
    # a window gets its hall's clerks and managers, never an admin's or a back-office account's hash
    users = hall.client.get("/v1/users", headers=hall.window_terminal).json()["users"]
    assert sorted(u["user"]["username"] for u in users) == ["lixm", "zhangjl"]
    assert {u["user"]["role"] for u in users} == {"clerk", "hall_manager"}
    # a back-office account cannot sign in on a window; a back-office terminal takes it
    login = {"username": "backoffice", "password": "onewindow"}
    _refused_without_data(hall.client.post("/v1/sessions", json=login, headers=hall.window_terminal))
    back = _terminal(_enrol(hall, TerminalKind.BACKOFFICE, "B01"))
    assert hall.client.post("/v1/sessions", json=login, headers=back).status_code == 200
    users = hall.client.get("/v1/users", headers=back).json()["users"]
    assert sorted(u["user"]["username"] for u in users) == ["backoffice", "zhangjl"]


def test_enrolment_codes_carry_the_kind_from_admin_api_and_command_line(hall, tmp_path, capsys):
    manager = hall.seeded.sign_in("zhangjl")
    for body, kind in (
        ({"hall_code": DEMO_HALL, "terminal_code": "K03", "kind": "kiosk"}, "kiosk"),
        ({"hall_code": DEMO_HALL, "terminal_code": "D03", "kind": "display"}, "display"),
        ({"hall_code": DEMO_HALL, "terminal_code": "O03", "kind": "online"}, "online"),
        ({"hall_code": DEMO_HALL, "terminal_code": "W05"}, "window"),  # as before kinds
    ):
        r = hall.client.post("/v1/admin/enrolment-codes", json=body, headers=manager)
        assert r.status_code == 201 and r.json()["kind"] == kind, r.text
        enrolled = hall.seeded.enrol(r.json()["code"], body["terminal_code"])
        assert enrolled["kind"] == kind
        with hall.ctx.sessions() as s:
            assert s.get(TerminalRow, enrolled["terminal_id"]).kind == kind
    listed = hall.client.get("/v1/admin/terminals", params={"hall_code": DEMO_HALL}, headers=manager).json()
    assert {t["code"]: t["kind"] for t in listed}["K03"] == "kiosk"
    bad = {"hall_code": DEMO_HALL, "terminal_code": "X01", "kind": "printer"}
    assert hall.client.post("/v1/admin/enrolment-codes", json=bad, headers=manager).status_code in (400, 422)


def test_the_command_line_issues_a_code_of_a_kind(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["seed-demo", "--database", url]) == 0
    capsys.readouterr()
    args = [
        "issue-code",
        "--database",
        url,
        "--hall",
        DEMO_HALL,
        "--terminal-code",
        "D01",
        "--kind",
        "display",
    ]
    assert main(args) == 0
    code = capsys.readouterr().out.strip()
    with TestClient(create_app(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))) as client:
        enrolled = client.post(
            "/v1/terminals/enrol", json={"code": code, "terminal_name": "大厅显示屏"}
        ).json()
        assert enrolled["kind"] == "display"
        display = _terminal(enrolled)
        assert client.get("/v1/queue/board", headers=display).status_code == 200
        assert client.get("/v1/catalog", headers=display).status_code == 403


def test_terminals_enrolled_before_kinds_become_windows(server_config):
    """Migration 0004_terminal_kinds on a store from before it: every terminal and unused code
    is a window (what they all were), so no workbench stops working on upgrade."""
    from alembic import command
    from sqlalchemy import text

    from server.store.db import make_engine
    from server.store.migrate import alembic_config, upgrade_to_head

    engine = make_engine(server_config.database_url)
    try:
        command.upgrade(alembic_config(engine), "0002")
        with engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO halls (code, name, address, phone, created_at)"
                    " VALUES ('330429', '安和县政务服务中心', '', '', CURRENT_TIMESTAMP)"
                )
            )
            c.execute(
                text(
                    "INSERT INTO terminals (id, hall_code, name, code, secret_hash, enrolled_at,"
                    " last_applied_seq, revoked) VALUES ('t-old', '330429', 'W01', 'W01', 'x',"
                    " CURRENT_TIMESTAMP, 0, false)"
                )
            )
            c.execute(
                text(
                    "INSERT INTO enrolment_codes (code_hash, hall_code, terminal_code, created_by,"
                    " created_at, expires_at) VALUES ('h-old', '330429', 'W02', 'admin',"
                    " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                )
            )
        upgrade_to_head(engine)
        with engine.connect() as c:
            assert c.execute(text("SELECT kind FROM terminals WHERE id = 't-old'")).scalar() == "window"
            assert (
                c.execute(text("SELECT kind FROM enrolment_codes WHERE code_hash = 'h-old'")).scalar()
                == "window"
            )
    finally:
        engine.dispose()
