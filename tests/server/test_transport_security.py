"""HSTS when the server speaks TLS, and the interactive docs can be turned off."""

from __future__ import annotations

import ssl
from dataclasses import replace

import httpx
from fastapi.testclient import TestClient
from server_process import serving
from test_server_cli import _self_signed

from server.app import create_app


def test_docs_are_served_unless_turned_off(server_config):
    with TestClient(create_app(server_config)) as client:
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert client.get(path).status_code == 200
        assert "strict-transport-security" not in client.get("/v1/health").headers  # plain HTTP
    with TestClient(create_app(replace(server_config, docs=False))) as client:
        for path in ("/docs", "/redoc", "/openapi.json"):
            r = client.get(path)
            assert r.status_code == 404 and r.json()["code"] == "not_found"
        assert client.get("/v1/health").status_code == 200


def test_a_tls_server_sends_hsts_and_serve_no_docs_hides_the_docs(tmp_path):
    cert, key = _self_signed(tmp_path)
    database = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    tls = ("--ssl-certfile", str(cert), "--ssl-keyfile", str(key))
    with serving(database, tmp_path / "blobs", *tls, "--no-docs", scheme="https") as base:
        verify = ssl.create_default_context(cafile=str(cert))
        health = httpx.get(f"{base}/v1/health", verify=verify)
        assert health.status_code == 200
        assert health.headers["strict-transport-security"].startswith("max-age=")
        refused = httpx.post(f"{base}/v1/sessions", json={}, verify=verify)  # an error answer too
        assert refused.status_code == 401 and "strict-transport-security" in refused.headers
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert httpx.get(f"{base}{path}", verify=verify).status_code == 404
