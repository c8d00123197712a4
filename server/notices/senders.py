"""SMS adapters chosen by URL: `sim://` records, `http(s)://` posts to the hall's SMS gateway.

    sim://                       kept in memory (the tests, a server with no gateway yet)
    sim://?file=/srv/sms.jsonl   also appended to a file the demo can show (phones masked)
    https://sms.example.gov.cn/send?token=…   POST JSON {phone, text, ref} to the gateway

`ref` is the notice's key (case id and event): a gateway that saw it already can drop the
repeat of a send whose answer was lost. An attempt is bounded (a timeout per request and
`tries` requests); the outbox's dispatcher retries a failed attempt later with a backoff.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import ClassVar, Protocol
from urllib.parse import parse_qs, urlsplit

import httpx

from app.domain.masking import mask_phone


@dataclass(frozen=True)
class Sms:
    phone: str
    text: str
    ref: str  # <case id>:<event>, the same for every attempt of one notice


class GatewayUnavailable(RuntimeError):
    """Not sent this time (gateway down, timed out, 5xx): try again later."""


class GatewayRefused(RuntimeError):
    """The gateway answered that it will not send this one (4xx): trying again will not help."""


class SmsSender(Protocol):
    url: str

    def send(self, sms: Sms) -> None: ...


class SimSender:
    """Records what would have been sent; `sent` holds full messages for the tests."""

    _by_url: ClassVar[dict[str, SimSender]] = {}
    _lock = threading.Lock()

    def __init__(self, url: str) -> None:
        self.url = url
        file = parse_qs(urlsplit(url).query).get("file", [""])[0]
        self.file = Path(file) if file else None
        self.sent: list[Sms] = []
        self.down = False  # a test sets it to play a gateway that is down

    @classmethod
    def named(cls, url: str) -> SimSender:
        """One recorder per URL in a process, so a test or the demo reads what the server sent."""
        with cls._lock:
            return cls._by_url.setdefault(url, cls(url))

    def send(self, sms: Sms) -> None:
        if self.down:
            raise GatewayUnavailable("模拟短信网关不可用")
        self.sent.append(sms)
        if self.file is not None:
            # the file is for people to read: the phone masked, like every other record
            line = {**asdict(sms), "phone": mask_phone(sms.phone), "at": time.strftime("%Y-%m-%d %H:%M:%S")}
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with self.file.open("a", encoding="utf-8") as out:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")


class HttpSender:
    def __init__(self, url: str, timeout: float = 5.0, tries: int = 2, transport=None) -> None:
        self.url = url
        self.timeout = timeout
        self.tries = max(1, tries)
        self._transport = transport

    def send(self, sms: Sms) -> None:
        last = ""
        for attempt in range(self.tries):
            try:
                with httpx.Client(timeout=self.timeout, transport=self._transport) as client:
                    answer = client.post(self.url, json=asdict(sms))
            except httpx.HTTPError as exc:
                last = f"短信网关无法连接：{type(exc).__name__}"
            else:
                if answer.is_success:
                    return
                if 400 <= answer.status_code < 500 and answer.status_code not in (408, 429):
                    code, said = answer.status_code, answer.text[:200]
                    raise GatewayRefused(f"短信网关拒绝发送（HTTP {code}）：{said}")
                last = f"短信网关暂不可用（HTTP {answer.status_code}）"
            if attempt + 1 < self.tries:
                time.sleep(0.5 * (attempt + 1))
        raise GatewayUnavailable(last)


def open_sender(url: str) -> SmsSender:
    scheme = urlsplit(url).scheme.lower()
    if scheme == "sim":
        return SimSender.named(url)
    if scheme in ("http", "https"):
        return HttpSender(url)
    raise ValueError(f"短信网关地址“{url}”无效：应以 sim:// 或 http(s):// 开头")


def url_for_logs(url: str) -> str:
    """The gateway's address without its query (a token often rides there)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
