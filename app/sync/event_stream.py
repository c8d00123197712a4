"""The hall's event stream (WebSocket): every message is a poke, and so is every (re)connection.

A poke only says "something changed, pull from your cursor"; what changed comes from the pull.
So a message lost while disconnected costs nothing: the reconnect pokes, and the pull catches up.
The stream runs on its own thread and reconnects with exponential backoff and jitter.

A listener that cares which kind of poke came (the hall display refetches its board on "queue",
"change" and "hello", not on any other kind) passes ``on_message``: it then gets each
message's text instead of ``on_poke``, which still fires on every (re)connection.
``on_connection(True/False)`` says when the stream opens and when it drops, so a screen can show
at once that it lost the server instead of finding out at its next fetch.

The terminal authenticates in the ``Authorization`` header of the WebSocket handshake, as on the
HTTP API: the URL holds no credential, so none reaches an access log or a proxy's log. A plain
``ws://`` stream to a server other than this machine is refused like plain ``http://``
(app/sync/transport.py), since the header would cross the network in clear.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from urllib.parse import quote

from websockets.exceptions import InvalidURI, WebSocketException
from websockets.sync.client import ClientConnection, connect

from app.sync.protocol import API_PREFIX
from app.sync.tls import HallCaUnusable, tls_verification
from app.sync.transport import InsecureServer, check_server_url, normalise_base_url

log = logging.getLogger(__name__)
# the websockets library writes the handshake's headers (our Authorization among them) to its
# logger at DEBUG: the stream's connections log through one that never goes below INFO
_wire_log = logging.getLogger(f"{__name__}.wire")
_wire_log.setLevel(logging.INFO)


def _tls(url: str) -> dict:
    """A wss:// stream pinned to the hall's CA when the terminal is (app/sync/tls.py)."""
    if not url.startswith("wss://"):
        return {}
    verify = tls_verification()  # HallCaUnusable: the stream retries and says so in the log
    return {} if verify is True else {"ssl": verify}


def events_url(server_url: str, hall_code: str) -> str:
    """ws(s)://host/v1/halls/{hall}/events for the server at `server_url` (no credential in it:
    EventStream sends the terminal's in the Authorization header)."""
    base = normalise_base_url(server_url)
    if base.startswith("https://"):
        base = "wss://" + base[len("https://") :]
    elif base.startswith("http://"):
        base = "ws://" + base[len("http://") :]
    return f"{base}{API_PREFIX}/halls/{quote(hall_code, safe='')}/events"


def backoff_delay(failures: int, min_delay: float, max_delay: float, rng: random.Random) -> float:
    """Exponential in the failures so far, capped, with jitter so a hall's terminals spread out
    instead of all hitting a restarted server in the same second."""
    ceiling = min(max_delay, min_delay * (2 ** min(failures, 30)))
    return rng.uniform(min(min_delay, ceiling), ceiling)


class EventStream:
    def __init__(
        self,
        url: str,
        on_poke: Callable[[], None],
        min_backoff: float = 1.0,
        max_backoff: float = 60.0,
        open_timeout: float = 10.0,
        rng: random.Random | None = None,
        *,
        authorization: str = "",
        on_message: Callable[[str], None] | None = None,
        on_connection: Callable[[bool], None] | None = None,
    ) -> None:
        self.url = url
        # "Terminal <id>:<secret>" (transport.terminal_authorization) or "Bearer <token>"
        self._headers = {"Authorization": authorization} if authorization else None
        self._on_poke = on_poke
        self._on_message = on_message
        self._on_connection = on_connection
        self._min, self._max = min_backoff, max_backoff
        self._open_timeout = open_timeout
        self._rng = rng or random.Random()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._conn: ClientConnection | None = None
        self._thread: threading.Thread | None = None
        self.connections = 0  # how many times a connection was opened (for the status and tests)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="hall-events", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            conn = self._conn
        if conn is not None:
            conn.close()  # wakes the thread blocked in recv
        if self._thread is not None:
            self._thread.join(timeout=self._open_timeout + 5)
            self._thread = None

    def _notify_connection(self, connected: bool) -> None:
        if self._on_connection is None:
            return
        try:
            self._on_connection(connected)
        except Exception:  # a listener's bug must not end the stream
            log.exception("hall event stream connection listener failed")

    def _run(self) -> None:
        failures = 0
        opened = False
        try:
            check_server_url(self.url)
        except InsecureServer as refused:
            log.error("hall event stream not started: %s", refused)
            return
        while not self._stop.is_set():
            try:
                with connect(
                    self.url,
                    open_timeout=self._open_timeout,
                    additional_headers=self._headers,
                    logger=_wire_log,
                    **_tls(self.url),
                ) as conn:
                    with self._lock:
                        self._conn = conn
                    if self._stop.is_set():
                        break
                    failures = 0
                    self.connections += 1
                    opened = True
                    self._notify_connection(True)
                    self._on_poke()  # events may have been missed while we were away
                    for message in conn:
                        if self._on_message is None:
                            self._on_poke()
                        else:
                            text = message if isinstance(message, str) else message.decode("utf-8", "replace")
                            self._on_message(text)
            except HallCaUnusable as exc:  # said on every try, until the file is put right
                log.error("hall event stream not connected: %s", exc)
            except (OSError, TimeoutError, WebSocketException) as exc:
                if isinstance(exc, InvalidURI):
                    log.error("hall event stream URL is invalid: %s", exc)
                    return
                log.info("hall event stream unavailable (%s)", type(exc).__name__)
            finally:
                with self._lock:
                    self._conn = None
                if opened:
                    opened = False
                    self._notify_connection(False)
            if self._stop.is_set():
                break
            failures += 1
            self._stop.wait(backoff_delay(failures, self._min, self._max, self._rng))
