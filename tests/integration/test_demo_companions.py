"""`onewindow demo --with display,kiosk`: the display and the kiosk start as programs of their
own, enrol with the workbench's embedded server, and close when the demo stops."""

from __future__ import annotations

import os
import time

import pytest
from sqlalchemy import select

from app.services.sync.terminal_identity import load_identity
from server.embedded import start_embedded_server
from server.store.models import TerminalRow
from ui.demo_companions import DemoCompanions, companion_command, parse_companions
from ui.demo_server import catalog_document


def test_the_with_list_is_checked_and_deduplicated():
    assert parse_companions("display, kiosk,display") == ("display", "kiosk")
    assert parse_companions("") == ()
    with pytest.raises(ValueError, match="evaluator"):
        parse_companions("display,evaluator")


def test_a_companion_is_started_windowed_with_its_own_data_folder(tmp_path):
    command = companion_command("kiosk", "http://127.0.0.1:9", "ABCD-EFGH", tmp_path, "en")
    assert command[1:4] == ["-m", "ui.cli", "kiosk"]
    assert command[command.index("--data-dir") + 1] == str(tmp_path / "kiosk")
    assert "--windowed" in command and command[command.index("--lang") + 1] == "en"


def test_display_and_kiosk_enrol_with_the_demo_server_and_stop_with_it(tmp_path, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("PYTHONPATH", os.getcwd())
    server = start_embedded_server(tmp_path / "server", catalog_document())
    companions = DemoCompanions(("display", "kiosk"), tmp_path)
    try:
        assert companions.start(server) == ""
        deadline = time.monotonic() + 60
        identities = {}
        while time.monotonic() < deadline and len(identities) < 2:
            for name in ("display", "kiosk"):
                identity = load_identity(tmp_path / name)
                if identity is not None:
                    identities[name] = identity
            for name, process in companions.processes.items():
                assert process.poll() is None, f"the {name} exited early with {process.returncode}"
            time.sleep(0.2)
        assert set(identities) == {"display", "kiosk"}, "not both enrolled within 60 s"
        assert {i.server_url for i in identities.values()} == {server.url.rstrip("/")}
        # each enrolled with a code of its kind: the server serves them only their own work
        with server._ctx.sessions() as s:
            kinds = {t.code: t.kind for t in s.scalars(select(TerminalRow))}
        assert kinds == {"D01": "display", "K01": "kiosk"}
    finally:
        processes = dict(companions.processes)
        companions.stop(timeout=15)
        server.stop()
    # SIGTERM closes each cleanly (exit 0), not killed
    assert {name: p.returncode for name, p in processes.items()} == {"display": 0, "kiosk": 0}
    assert companions.processes == {}
