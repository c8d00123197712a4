"""Plain http:// to another machine is refused by the client unless allowed; loopback is fine."""

from __future__ import annotations

import pytest

from app.sync.transport import (
    ALLOW_INSECURE_HTTP_ENV,
    HttpTransport,
    InsecureServer,
    ServerUnreachable,
    check_server_url,
)
from ui.cli import main


@pytest.fixture(autouse=True)
def _not_allowed(monkeypatch):
    monkeypatch.delenv(ALLOW_INSECURE_HTTP_ENV, raising=False)


@pytest.mark.parametrize(
    "url",
    [
        "https://hall.example",
        "wss://hall.example/v1/halls/330429/events",
        "http://127.0.0.1:8000",
        "http://127.8.0.1:8000/v1",
        "http://[::1]:8000",
        "http://localhost:8000",
        "ws://localhost:8000/v1/halls/330429/events",
    ],
)
def test_tls_and_this_machine_are_allowed(url):
    check_server_url(url)


@pytest.mark.parametrize(
    "url", ["http://192.168.1.20:8000", "http://hall-server.example", "ws://10.0.0.5/v1/halls/x/events"]
)
def test_plain_http_to_another_machine_is_refused_with_a_reason(url):
    with pytest.raises(InsecureServer) as refused:
        check_server_url(url)
    assert "未加密" in refused.value.detail and "--allow-insecure-http" in refused.value.detail
    assert refused.value.code == "insecure_http"
    check_server_url(url, allow_insecure_http=True)


def test_the_setting_allows_it_for_the_whole_process(monkeypatch):
    monkeypatch.setenv(ALLOW_INSECURE_HTTP_ENV, "1")
    check_server_url("http://192.168.1.20:8000")


def test_the_transport_does_not_connect_and_the_terminal_counts_as_offline():
    transport = HttpTransport("http://192.0.2.1:8000", terminal_id="t", secret="s")
    try:
        with pytest.raises(InsecureServer) as refused:
            transport.health()
    finally:
        transport.close()
    # an offline terminal keeps working; the reason is the one the clerk reads
    assert isinstance(refused.value, ServerUnreachable) and "https://" in str(refused.value)


@pytest.mark.parametrize("command", ["clerk", "display", "kiosk"])
def test_the_programs_refuse_such_an_address_at_start(command, capsys):
    assert main([command, "--server", "http://192.168.1.20:8000"]) == 2
    assert "未加密" in capsys.readouterr().err
