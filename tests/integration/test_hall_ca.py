"""A terminal pinned to the hall's CA trusts that CA alone (issue 14, item 7).

Two HTTPS servers on loopback answer GET /v1/health: one with a certificate from the hall's CA,
one from another CA (a misissued certificate, an inspecting proxy). Pinned, the terminal talks to
the first and refuses the second; unpinned it trusts neither (the system's store knows neither
CA: verification is never off); a pinned file that cannot be used is said, and nothing is sent.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.sync.event_stream import _tls
from app.sync.tls import HALL_CA_ENV
from app.sync.transport import HttpTransport, ServerUnreachable


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _ca(tmp_path, name: str):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(_name(name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / f"{name}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, path


def _server_files(tmp_path, ca_key, ca_cert, name: str):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / f"{name}.crt", tmp_path / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


class _Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"status": "ok"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def servers(tmp_path):
    hall_key, hall_cert, hall_pem = _ca(tmp_path, "hall-ca")
    other_key, other_cert, _ = _ca(tmp_path, "other-ca")
    running = {}
    for name, (key, cert) in {"hall": (hall_key, hall_cert), "other": (other_key, other_cert)}.items():
        cert_path, key_path = _server_files(tmp_path, key, cert, name)
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Health)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_path, key_path)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        running[name] = (httpd, f"https://127.0.0.1:{httpd.server_address[1]}")
    yield hall_pem, {name: url for name, (_, url) in running.items()}
    for httpd, _ in running.values():
        httpd.shutdown()
        httpd.server_close()


def _health(url: str) -> int:
    transport = HttpTransport(url, timeout=5)
    try:
        return transport._call("GET", "/health", auth=False).status_code
    finally:
        transport.close()


def test_pinned_to_the_halls_ca_the_terminal_talks_to_its_server_and_no_other(servers, monkeypatch):
    hall_pem, urls = servers
    monkeypatch.setenv(HALL_CA_ENV, str(hall_pem))
    assert _health(urls["hall"]) == 200
    with pytest.raises(ServerUnreachable):
        _health(urls["other"])
    assert isinstance(_tls("wss://127.0.0.1:1/v1/halls/330429/events").get("ssl"), ssl.SSLContext)


def test_unpinned_the_system_store_decides_and_verification_is_never_off(servers, monkeypatch):
    _, urls = servers
    monkeypatch.delenv(HALL_CA_ENV, raising=False)
    for url in urls.values():
        with pytest.raises(ServerUnreachable):
            _health(url)
    assert _tls("wss://127.0.0.1:1/v1/halls/330429/events") == {}


def test_a_pinned_file_that_cannot_be_used_is_said_and_nothing_is_sent(servers, monkeypatch, tmp_path):
    _, urls = servers
    broken = tmp_path / "hall-ca-broken.pem"
    broken.write_text("not a certificate", encoding="utf-8")
    for path in (tmp_path / "missing.pem", broken):
        monkeypatch.setenv(HALL_CA_ENV, str(path))
        with pytest.raises(ServerUnreachable) as refused:
            _health(urls["hall"])
        assert refused.value.code == "bad_hall_ca" and str(path) in str(refused.value)
