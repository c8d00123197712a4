"""A big hall under load, for the concurrency test and bench/queue_call.py: many windows and
kiosks over HTTP against `onewindow-server serve` processes on one PostgreSQL."""

from __future__ import annotations

import string
import threading
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

import httpx

from app.sync.protocol import TERMINAL_HEADER

CATEGORY_COUNT = 8
HALL = "330429"


def window_name(i: int) -> str:
    return f"{i}号窗口"


def big_hall(windows: int, categories: int = CATEGORY_COUNT) -> dict:
    """The hall-setup body: `categories` categories (A, B, …), each window serving two of them."""
    codes = [f"cat{k}" for k in range(categories)]
    return {
        "categories": [
            {"code": code, "name": f"业务{k + 1}", "prefix": string.ascii_uppercase[k]}
            for k, code in enumerate(codes)
        ],
        "windows": [
            {
                "name": window_name(i),
                "categories": {codes[i % categories]: 9, codes[(i + 3) % categories]: 5},
            }
            for i in range(1, windows + 1)
        ],
    }


def configure(url: str, enrolment_code: str, windows: int) -> dict[str, str]:
    """Enrol a (window) terminal with the code, set the hall up with `windows` windows as admin;
    the headers of the hall manager signed in on the terminal (a window's actions are a signed-in
    user's: Bearer token, and the terminal's credential beside it)."""
    enrolled = httpx.post(
        f"{url}/v1/terminals/enrol", json={"code": enrolment_code, "terminal_name": "压力测试"}
    ).json()
    terminal = {"Authorization": f"Terminal {enrolled['terminal_id']}:{enrolled['secret']}"}
    login = httpx.post(
        f"{url}/v1/sessions", json={"username": "admin", "password": "onewindow"}, headers=terminal
    )
    admin = {"Authorization": f"Bearer {login.json()['token']}"}
    r = httpx.put(f"{url}/v1/admin/halls/{HALL}/setup", json=big_hall(windows), headers=admin, timeout=60)
    r.raise_for_status()
    login = httpx.post(
        f"{url}/v1/sessions", json={"username": "zhangjl", "password": "onewindow"}, headers=terminal
    )
    login.raise_for_status()
    credential = f"{enrolled['terminal_id']}:{enrolled['secret']}"
    return {"Authorization": f"Bearer {login.json()['token']}", TERMINAL_HEADER: credential}


def clients(urls: list[str], headers: dict[str, str], connections: int) -> list[httpx.Client]:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    return [httpx.Client(base_url=u, headers=headers, limits=limits, timeout=120) for u in urls]


def post(client: httpx.Client, path: str, body: dict) -> httpx.Response:
    """POST as a terminal does: a lost connection is resent with the same request_id (a server
    closes a keep-alive connection idle for 5 s just as a busy client reuses it)."""
    for attempt in range(3):
        try:
            response = client.post(path, json=body)
            response.raise_for_status()
            return response
        except httpx.TransportError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def take(client: httpx.Client, category: str) -> tuple[str, float]:
    start = time.perf_counter()
    r = post(client, "/v1/queue/tickets", {"request_id": str(uuid.uuid4()), "category": category})
    return r.json()["ticket"]["number"], time.perf_counter() - start


def call_next(client: httpx.Client, window: str, request_id: str | None = None) -> tuple[dict, float]:
    body = {"request_id": request_id or str(uuid.uuid4()), "action": "call_next"}
    start = time.perf_counter()
    r = post(client, f"/v1/queue/windows/{quote(window, safe='')}/actions", body)
    return r.json(), time.perf_counter() - start


@dataclass
class Gate:
    """Lets every thread start at the same moment (a barrier that also times the run)."""

    parties: int
    barrier: threading.Barrier = field(init=False)

    def __post_init__(self) -> None:
        self.barrier = threading.Barrier(self.parties)

    def wait(self) -> None:
        self.barrier.wait(120)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def run_threads(targets: list) -> None:
    errors: list[BaseException] = []

    def guarded(target):
        try:
            target()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(t,)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
