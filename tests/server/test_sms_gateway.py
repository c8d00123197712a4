"""The http(s):// SMS adapter against a gateway on 127.0.0.1: JSON posted, bounded retries, refusals."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from server.notices.senders import (
    GatewayRefused,
    GatewayUnavailable,
    HttpSender,
    Sms,
    open_sender,
    url_for_logs,
)

SMS = Sms(phone="13812345678", text="【安和县政务服务中心】张三您好", ref="case-1:accepted")


class Gateway:
    """Answers each POST with the next status of `answers` (the last one repeats)."""

    def __init__(self, *answers: int) -> None:
        self.answers = list(answers)
        self.bodies: list[dict] = []
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                gateway.bodies.append(json.loads(body))
                status = gateway.answers.pop(0) if len(gateway.answers) > 1 else gateway.answers[0]
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"13812345678 is on the blocklist" if status == 400 else b"ok")

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sms/send?token=s3cret"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Gateway:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_posts_the_message_as_json():
    with Gateway(200) as gateway:
        open_sender(gateway.url).send(SMS)
    assert gateway.bodies == [
        {"phone": "13812345678", "text": "【安和县政务服务中心】张三您好", "ref": "case-1:accepted"}
    ]


def test_a_passing_5xx_is_tried_again_within_the_attempt():
    with Gateway(503, 200) as gateway:
        HttpSender(gateway.url, tries=2).send(SMS)
    assert len(gateway.bodies) == 2


def test_a_gateway_that_stays_down_is_given_up_after_its_tries():
    with Gateway(502) as gateway, pytest.raises(GatewayUnavailable, match="HTTP 502"):
        HttpSender(gateway.url, tries=2).send(SMS)
    assert len(gateway.bodies) == 2  # bounded: the dispatcher tries again later, not this call


def test_a_refusal_is_not_tried_again():
    with Gateway(400) as gateway, pytest.raises(GatewayRefused, match="HTTP 400"):
        HttpSender(gateway.url, tries=3).send(SMS)
    assert len(gateway.bodies) == 1


def test_no_gateway_listening_is_unavailable_in_bounded_time():
    with Gateway(200) as gateway:
        url = gateway.url
    with pytest.raises(GatewayUnavailable, match="无法连接"):
        HttpSender(url, timeout=1.0, tries=1).send(SMS)


def test_urls_are_checked_and_logged_without_their_token():
    with pytest.raises(ValueError, match="应以 sim:// 或 http"):
        open_sender("smtp://mail")
    assert url_for_logs("https://sms.example/send?token=s3cret") == "https://sms.example/send"
