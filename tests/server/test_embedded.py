"""The demo's embedded server: in-process, SQLite, a free port, the demo hall and a fresh code."""

from __future__ import annotations

import httpx
from seeded_server import demo_catalog, terminal_header

from server.embedded import start_embedded_server


def test_the_whole_loop_on_one_machine(tmp_path):
    server = start_embedded_server(tmp_path, demo_catalog())
    try:
        assert server.url.startswith("http://127.0.0.1:") and not server.url.endswith(":0")
        assert (tmp_path / "server" / "server.sqlite3").exists()
        enrolled = httpx.post(
            f"{server.url}/v1/terminals/enrol",
            json={"code": server.enrolment_code, "terminal_name": "3号综合窗口"},
        ).json()
        assert (enrolled["hall_code"], enrolled["terminal_code"]) == ("330429", "W03")
        terminal = terminal_header(enrolled)
        login = httpx.post(
            f"{server.url}/v1/sessions", json={"username": "lixm", "password": "onewindow"}, headers=terminal
        )
        assert login.status_code == 200 and login.json()["user"]["display_name"] == "李晓梅"
        hall = httpx.get(f"{server.url}/v1/hall", headers=terminal).json()
        assert hall["name"] == "安和县政务服务中心" and hall["phone"] == "0573-84012345"
        assert "3号综合窗口" in [w["name"] for w in hall["windows"]]
    finally:
        server.stop()
    assert not server.running
    # started again on the same folder: same data, a new code, nothing seeded twice
    again = start_embedded_server(tmp_path, demo_catalog())
    try:
        assert again.enrolment_code != server.enrolment_code
        users = httpx.get(f"{again.url}/v1/users", headers=terminal).json()["users"]
        assert sorted(u["user"]["username"] for u in users) == ["lixm", "zhangjl"]  # a window's
        assert httpx.get(f"{again.url}/v1/catalog", headers=terminal).json()["version"] == 1
    finally:
        again.stop()
