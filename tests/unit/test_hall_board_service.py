"""The hall board's loop: fetches at start, on queue/hello pokes, after a lost stream; survives errors."""

from __future__ import annotations

import json
import queue
import threading
import time
from datetime import UTC, datetime

import pytest

from app.services.queue.hall_board import BoardLinkProblem, HallBoardService, identity_opener
from app.sync.queue_protocol import CallView, QueueBoard
from app.sync.transport import ServerUnreachable

T0 = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)


def board(call_id: int) -> QueueBoard:
    calls = [CallView(call_id=call_id, number=f"A{call_id:03d}", window="1号综合窗口", at=T0, text="")]
    return QueueBoard(
        hall_code="330429",
        hall_name="安和县政务服务中心",
        calls=calls,
        waiting=[],
        windows=[],
        notices=[],
        server_time=T0,
    )


class FakeLink:
    """Answers from a script: a QueueBoard, or an exception to raise."""

    def __init__(self, answers, url: str = "ws://hall/events") -> None:
        self.answers = list(answers)
        self.events_url = url
        self.events_authorization = "Terminal t:s"
        self.fetched = threading.Semaphore(0)
        self.closed = False

    def board(self) -> QueueBoard:
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        self.fetched.release()
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def close(self) -> None:
        self.closed = True


MADE: list[FakeStream] = []  # the streams the service made, newest last


class FakeStream:
    def __init__(
        self,
        url,
        on_poke,
        min_backoff,
        max_backoff,
        *,
        rng=None,
        authorization="",
        on_message=None,
        on_connection=None,
    ):
        self.url, self.on_poke, self.on_message, self.on_connection = url, on_poke, on_message, on_connection
        self.authorization = authorization
        self.started = self.stopped = False
        MADE.append(self)

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.stopped = True


@pytest.fixture
def run():
    services = []

    def make(link_or_opener, **kw):
        updates: queue.Queue = queue.Queue()
        opener = link_or_opener if callable(link_or_opener) else (lambda: link_or_opener)
        MADE.clear()
        service = HallBoardService(
            opener,
            updates.put,
            poll_seconds=30,
            poll_without_stream_seconds=30,
            min_retry=0.01,
            max_retry=0.02,
            stream_factory=FakeStream,
            **kw,
        )
        services.append(service)
        service.start()
        return service, updates

    yield make
    for service in services:
        service.stop()


def test_fetches_at_start_and_on_queue_change_and_hello_pokes_only(run):
    link = FakeLink([board(1), board(2), board(3), board(4)])
    service, updates = run(link)
    assert updates.get(timeout=30).current.call_id == 1
    stream = MADE[0]
    assert stream.started and stream.url == "ws://hall/events"
    assert stream.authorization == "Terminal t:s"  # the credential goes in the header, not the URL
    stream.on_message(json.dumps({"hall_code": "330429", "kind": "queue", "at": T0.isoformat()}))
    assert updates.get(timeout=30).current.call_id == 2
    stream.on_message('{"kind": "hello"}')
    assert updates.get(timeout=30).current.call_id == 3
    # a configuration change (new notice, category closed) travels as "change"
    stream.on_message(json.dumps({"hall_code": "330429", "kind": "change", "at": T0.isoformat()}))
    assert updates.get(timeout=30).current.call_id == 4
    assert service.fetches == 4 and updates.empty()


@pytest.mark.parametrize(
    ("frame", "fetch"),
    [
        ('{"kind": "queue"}', True),
        ('{"kind": "change"}', True),
        ('{"kind": "hello"}', True),
        ('{"kind": "typing"}', False),  # a kind the board does not show: no fetch
        ("not json", True),  # unreadable: fetched anyway, never fatal
        ("[1, 2]", True),
    ],
)
def test_which_messages_ask_for_a_fetch(frame, fetch):
    service = HallBoardService(lambda: FakeLink([board(1)]), lambda _update: None, stream_factory=FakeStream)
    service.on_message(frame)  # not started: the poke is only recorded
    assert service._wake.is_set() is fetch


def test_a_failing_server_dims_the_board_keeps_trying_and_recovers(run):
    link = FakeLink(
        [
            board(1),
            ServerUnreachable("网络不通或连接被中断（ConnectError）"),
            ServerUnreachable("x"),
            board(2),
        ]
    )
    service, updates = run(link)
    assert updates.get(timeout=30).connection.connected
    MADE[0].on_connection(False)  # the stream dropped: fetch at once to find out
    down = updates.get(timeout=30)
    assert not down.connection.connected and down.current.call_id == 1
    assert "网络不通" in down.connection.problem
    again = updates.get(timeout=30)  # retried by itself, with backoff
    assert not again.connection.connected and again.connection.since == down.connection.since
    back = updates.get(timeout=30)
    assert back.connection.connected and back.current.call_id == 2 and service.failures == 0


def test_an_unexpected_error_is_reported_as_a_sentence_and_the_loop_goes_on(run):
    link = FakeLink([ValueError("boom"), board(5)])
    _service, updates = run(link)
    first = updates.get(timeout=30)
    assert not first.connection.connected and "ValueError" in first.connection.problem
    assert updates.get(timeout=30).current.call_id == 5


def test_the_link_is_opened_again_until_it_works(run):
    attempts = []

    def opener():
        attempts.append(1)
        if len(attempts) < 3:
            raise BoardLinkProblem("本叫号屏未能登记：登记码无效")
        return FakeLink([board(9)])

    _service, updates = run(opener)
    for _ in range(2):
        update = updates.get(timeout=30)
        assert update.board is None and update.connection.problem == "本叫号屏未能登记：登记码无效"
    assert updates.get(timeout=30).current.call_id == 9 and len(attempts) == 3


def test_a_listener_that_raises_does_not_stop_the_board(run):
    link = FakeLink([board(1), board(2)])
    seen = []

    def listener(update):
        seen.append(update)
        if len(seen) == 1:
            raise RuntimeError("a view bug")

    service = HallBoardService(lambda: link, listener, poll_seconds=0.01, stream_factory=FakeStream)
    service.start()
    try:
        deadline = time.monotonic() + 60  # bounds a hang only: the loop ends at the second update
        while len(seen) < 2 and time.monotonic() < deadline:  # the fetch is counted before it is shown
            time.sleep(0.01)
    finally:
        service.stop()
    assert len(seen) >= 2 and link.closed and MADE[-1].stopped


def test_an_unenrolled_display_without_a_code_says_how_to_start(tmp_path):
    with pytest.raises(BoardLinkProblem, match="--enrol-code"):
        identity_opener(tmp_path)()
