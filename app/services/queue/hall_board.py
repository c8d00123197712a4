"""The hall display's picture of the queue: the board from the server, which calls are new, and
whether the server can be reached. No Qt: the window only paints the BoardUpdates given to it.

Rules that keep the screen honest (issue 5: "never shows a stale call as current after a
reconnect"):

* Every board fetched replaces everything shown: the screen never merges what it had before a
  gap with what came after it.
* A call is new (flashed and announced) only if this display has not seen it yet (its call_id
  and time: ids grow but two server processes may commit theirs out of order, so "above the
  highest seen" would drop one) AND it was made at most RECENT_CALL_SECONDS before the board's
  server_time (both server clock, so a display whose own clock is wrong still judges right).
  A display that comes back after ten minutes away therefore shows the calls made meanwhile
  but neither flashes nor announces them: the people called then have gone to their windows
  or missed their turn.
* A call is remembered by id and time, so a counter that started again (a restored server)
  reusing an id is still a new call; calls neither on the board nor recent are forgotten.
* A failed fetch never ends the loop: the board shown stays (the window dims it under
  "连接中断，正在重新连接…") and fetching goes on with backoff until the server answers.

Fetches happen on the service's own thread: at start, on every poke of kind "queue", "change" or
"hello" on the hall's event stream (a reconnection pokes too), and every few seconds as a safety net.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.services.clock import Clock, system_clock
from app.services.errors import ServiceError
from app.services.sync.terminal_identity import TerminalIdentity, enrol_terminal, load_identity
from app.sync.event_stream import EventStream, backoff_delay, events_url
from app.sync.queue_protocol import CallView, QueueBoard
from app.sync.queue_transport import QueueTransport
from app.sync.transport import (
    ServerUnreachable,
    TransportError,
    Unauthorised,
    normalise_base_url,
    terminal_authorization,
)

log = logging.getLogger(__name__)

RECENT_CALL_SECONDS = 30.0
POLL_SECONDS = 5.0  # the safety net while the event stream is up
POLL_WITHOUT_STREAM_SECONDS = 2.0  # no pokes arrive: fetch more often
MIN_RETRY_SECONDS, MAX_RETRY_SECONDS = 1.0, 15.0
# "change" too: the hall's configuration (notices, categories, windows) travels as one, and the
# server sends one to everybody after a gap in what it heard; case-sync changes cost a refetch
REFETCH_KINDS = frozenset({"queue", "hello", "change"})


NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "messages", "本叫号屏尚未登记到中心服务器：请用 --server 服务器地址 和 --enrol-code 登记码 启动。"
)
NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "messages", "中心服务器不再接受本叫号屏的登记（{detail}），请管理员重新登记本机。"
)
CANNOT_REACH = QT_TRANSLATE_NOOP("messages", "无法连接中心服务器：{detail}")
INTERNAL = QT_TRANSLATE_NOOP("messages", "连接中心服务器时出现内部错误（{error}），正在重试。")


class BoardLinkProblem(ServiceError):
    """The display cannot talk to its server yet; str() says why, in Chinese."""


@dataclass(frozen=True)
class Connection:
    connected: bool
    since: datetime | None = None  # when the server was lost (the display's clock); None: connected
    problem: Message | str = ""  # the latest reason, for the screen


@dataclass(frozen=True)
class BoardUpdate:
    """What the window shows next. `board` is the newest board (None before the first)."""

    board: QueueBoard | None
    connection: Connection
    new_calls: tuple[CallView, ...] = ()  # oldest first: each is announced once
    flash: bool = False  # the current call (board.calls[0]) is new

    @property
    def current(self) -> CallView | None:
        return self.board.calls[0] if self.board is not None and self.board.calls else None


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


class CallTracker:
    """Which calls of a fresh board are new (see the module's rules)."""

    def __init__(self, recent_seconds: float = RECENT_CALL_SECONDS) -> None:
        self.recent = timedelta(seconds=recent_seconds)
        self.seen: dict[int, datetime] = {}  # call_id → when it was made, for calls seen lately

    def new_calls(self, board: QueueBoard) -> tuple[CallView, ...]:
        now = _utc(board.server_time)
        fresh = [
            c
            for c in board.calls
            if self.seen.get(c.call_id) != _utc(c.at) and now - _utc(c.at) <= self.recent
        ]
        shown = {call.call_id: _utc(call.at) for call in board.calls}
        forget = now - 2 * self.recent  # too old to be announced anyway
        self.seen = {i: at for i, at in self.seen.items() if at >= forget} | shown
        return tuple(sorted(fresh, key=lambda c: (_utc(c.at), c.call_id)))


class BoardState:
    """The board shown and the connection, updated by fetch results (pure; the loop drives it)."""

    def __init__(self, tracker: CallTracker | None = None) -> None:
        self.tracker = tracker or CallTracker()
        self.board: QueueBoard | None = None
        self.connection = Connection(connected=False)

    def fetched(self, board: QueueBoard) -> BoardUpdate:
        fresh = self.tracker.new_calls(board)
        self.board = board  # everything replaced: nothing from before a gap survives
        self.connection = Connection(connected=True)
        flash = bool(board.calls) and any(c.call_id == board.calls[0].call_id for c in fresh)
        return BoardUpdate(board, self.connection, fresh, flash)

    def failed(self, problem: Message | str, now: datetime) -> BoardUpdate:
        since = self.connection.since if not self.connection.connected and self.connection.since else now
        self.connection = Connection(connected=False, since=since, problem=problem)
        return BoardUpdate(self.board, self.connection)


# --- the link to the server ----------------------------------------------------------------------
class BoardLink(Protocol):
    events_url: str  # "" → no event stream: polling alone
    events_authorization: str  # the Authorization header of the stream (never in its URL)

    def board(self) -> QueueBoard: ...

    def close(self) -> None: ...


@dataclass
class ServerLink:
    """An enrolled display's link: its queue transport and its hall's event stream URL."""

    identity: TerminalIdentity
    queue: QueueTransport = field(init=False)
    events_url: str = field(init=False)
    events_authorization: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.queue = QueueTransport(self.identity.transport())
        i = self.identity
        self.events_url = events_url(i.server_url, i.hall_code)
        self.events_authorization = terminal_authorization(i.terminal_id, i.secret)

    def board(self) -> QueueBoard:
        return self.queue.board()

    def close(self) -> None:
        self.queue.http.close()


def identity_opener(
    data_dir: Path, server_url: str = "", enrol_code: str = "", terminal_name: str = "大厅叫号屏"
) -> Callable[[], ServerLink]:
    """Open the display's link: its saved identity, else enrol once with `enrol_code` (also when
    the display was enrolled with another server and is now given a code for this one)."""

    def open_link() -> ServerLink:
        identity = load_identity(data_dir)
        moved = (
            identity is not None
            and bool(server_url and enrol_code)
            and normalise_base_url(server_url) != identity.server_url
        )
        if identity is None or moved:
            if not (server_url and enrol_code):
                raise BoardLinkProblem(Message(NOT_ENROLLED))
            identity = enrol_terminal(data_dir, server_url, enrol_code, terminal_name)
        return ServerLink(identity)

    return open_link


def problem_text(exc: BaseException) -> Message:
    """A sentence for the screen; never a traceback."""
    if isinstance(exc, Unauthorised):
        return Message(NOT_ACCEPTED, detail=message_of(exc))
    if isinstance(exc, ServerUnreachable):
        return Message(CANNOT_REACH, detail=message_of(exc))
    if isinstance(exc, TransportError | ServiceError):
        return message_of(exc)
    return Message(INTERNAL, error=type(exc).__name__)


# --- the loop --------------------------------------------------------------------------------------
class HallBoardService:
    """Fetches the board on its own thread and hands each BoardUpdate to `on_update` (called on
    that thread: a GUI forwards it to its own). `open_link` is retried until it succeeds."""

    def __init__(
        self,
        open_link: Callable[[], BoardLink],
        on_update: Callable[[BoardUpdate], None],
        *,
        poll_seconds: float = POLL_SECONDS,
        poll_without_stream_seconds: float = POLL_WITHOUT_STREAM_SECONDS,
        min_retry: float = MIN_RETRY_SECONDS,
        max_retry: float = MAX_RETRY_SECONDS,
        clock: Clock = system_clock,
        stream_factory: Callable[..., EventStream] = EventStream,
        rng: random.Random | None = None,
    ) -> None:
        self._open_link = open_link
        self._on_update = on_update
        self._poll, self._poll_alone = poll_seconds, poll_without_stream_seconds
        self._min, self._max = min_retry, max_retry
        self._clock = clock
        self._stream_factory = stream_factory
        self._rng = rng or random.Random()
        self.state = BoardState()
        self._link: BoardLink | None = None
        self._stream: EventStream | None = None
        self._stream_up = False
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0  # fetches (or link openings) failed in a row
        self.fetches = 0  # boards fetched (for tests and the status)

    # -- control -------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="hall-board", daemon=True)
        self._thread.start()

    def refresh(self) -> None:
        """Fetch now (a poke)."""
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._stream is not None:
            self._stream.stop()
            self._stream = None
        if self._link is not None:
            self._link.close()
            self._link = None

    @property
    def stream_connected(self) -> bool:
        """The hall's event stream is up (pokes arrive; the safety-net fetch is slower)."""
        return self._stream_up

    # -- the event stream's callbacks (its thread) ----------------------------------------------
    def on_message(self, text: str) -> None:
        try:
            kind = json.loads(text).get("kind", "")
        except (ValueError, AttributeError):
            kind = ""  # unreadable: fetch anyway, a fetch too many costs little
        if not kind or kind in REFETCH_KINDS:
            self._wake.set()

    def on_connection(self, connected: bool) -> None:
        self._stream_up = connected
        self._wake.set()  # lost: find out now whether the server is gone; back: catch up

    # -- the loop -------------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()  # pokes from here on ask for another fetch
            delay = self._round()
            self._wake.wait(delay)

    def _round(self) -> float:
        try:
            if self._link is None:
                self._link = self._open_link()
                self._start_stream(self._link)
            board = self._link.board()
        except Exception as exc:  # whatever happens, the display keeps trying
            if not isinstance(exc, TransportError | ServiceError):
                log.exception("hall board fetch failed unexpectedly")
            else:
                log.info("hall board not fetched: %s", type(exc).__name__)
            self.failures += 1
            self._publish(self.state.failed(problem_text(exc), self._clock()))
            return backoff_delay(self.failures, self._min, self._max, self._rng)
        self.failures = 0
        self.fetches += 1
        self._publish(self.state.fetched(board))
        return self._poll if self._stream_up else self._poll_alone

    def _start_stream(self, link: BoardLink) -> None:
        if not link.events_url or self._stream is not None:
            return
        self._stream = self._stream_factory(
            link.events_url,
            self._wake.set,
            self._min,
            self._max,
            rng=self._rng,
            authorization=link.events_authorization,
            on_message=self.on_message,
            on_connection=self.on_connection,
        )
        self._stream.start()

    def _publish(self, update: BoardUpdate) -> None:
        if self._stopping.is_set():
            return
        try:
            self._on_update(update)
        except Exception:  # a listener's bug must not stop the board
            log.exception("hall board listener failed")
