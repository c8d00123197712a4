"""The `onewindow-server` command: chores on a database, the published OpenAPI spec, TLS."""

from __future__ import annotations

import ssl
import subprocess
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from server_process import serving

from server.api.access_table import render as render_access_table
from server.app import create_app
from server.cli import main, render_openapi
from server.config import ServerConfig

SPEC_FILE = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_the_published_openapi_spec_is_current():
    assert SPEC_FILE.exists(), (
        "docs/openapi.json is missing: run `onewindow-server openapi --output docs/openapi.json`"
    )
    assert SPEC_FILE.read_text(encoding="utf-8") == render_openapi(), (
        "docs/openapi.json is stale: run `onewindow-server openapi --output docs/openapi.json`"
    )


def test_openapi_writes_the_spec(tmp_path, capsys):
    out = tmp_path / "openapi.json"
    assert main(["openapi", "--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert '"/v1/terminals/enrol"' in text and "终端" in text  # Chinese kept readable


def test_access_table_writes_the_table(tmp_path, capsys):
    out = tmp_path / "access.md"
    assert main(["access-table", "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render_access_table()
    assert main(["access-table"]) == 0
    assert "| GET | `/v1/cases/search` |" in capsys.readouterr().out


def test_first_admin_and_an_enrolment_code(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["init-admin", "--database", url, "--username", "root", "--password", "short"]) == 1
    assert "至少需要8个字符" in capsys.readouterr().err
    assert main(["init-admin", "--database", url, "--username", "root", "--password", "Keeper-pass-1"]) == 0
    assert main(["init-admin", "--database", url, "--username", "root", "--password", "Keeper-pass-1"]) == 1
    assert "已存在" in capsys.readouterr().err
    assert main(["issue-code", "--database", url, "--hall", "330429", "--terminal-code", "W03"]) == 1
    assert "没有编码为330429的大厅" in capsys.readouterr().err
    with TestClient(create_app(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))) as client:
        # the admin enrols a console terminal, signs in and creates the hall
        assert main(["seed-demo", "--database", url]) == 0
        capsys.readouterr()
        assert main(["issue-code", "--database", url, "--hall", "330429", "--terminal-code", "W09"]) == 0
        code = capsys.readouterr().out.strip()
        enrolled = client.post("/v1/terminals/enrol", json={"code": code, "terminal_name": "管理终端"}).json()
        assert enrolled["terminal_code"] == "W09"
        terminal = {"Authorization": f"Terminal {enrolled['terminal_id']}:{enrolled['secret']}"}
        login = client.post(
            "/v1/sessions", json={"username": "root", "password": "Keeper-pass-1"}, headers=terminal
        )
        assert login.status_code == 200 and login.json()["user"]["role"] == "admin"


def test_seed_demo_is_idempotent_and_gives_a_fresh_code_each_time(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert main(["seed-demo", "--database", url]) == 0
    first = capsys.readouterr().out.strip()
    assert main(["seed-demo", "--database", url]) == 0
    second = capsys.readouterr().out.strip()
    assert first != second and len(second) == 14
    with TestClient(create_app(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))) as client:
        enrolled = client.post("/v1/terminals/enrol", json={"code": first, "terminal_name": "W03"}).json()
        terminal = {"Authorization": f"Terminal {enrolled['terminal_id']}:{enrolled['secret']}"}
        assert client.get("/v1/catalog", headers=terminal).json()["version"] == 1  # not published twice
        assert len(client.get("/v1/users", headers=terminal).json()["users"]) == 2  # clerk, manager


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    try:
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                str(key),
                "-out",
                str(cert),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"!!! no openssl to make a test certificate: {exc} !!!")
    return cert, key


def test_serve_over_tls(tmp_path):
    cert, key = _self_signed(tmp_path)
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    with serving(
        url, tmp_path / "blobs", "--ssl-certfile", str(cert), "--ssl-keyfile", str(key), scheme="https"
    ) as base:
        r = httpx.get(f"{base}/v1/health", verify=ssl.create_default_context(cafile=str(cert)))
        assert r.status_code == 200 and r.json()["status"] == "ok"
        with pytest.raises(httpx.HTTPError):
            httpx.get(base.replace("https", "http") + "/v1/health", timeout=5)  # no plain HTTP
