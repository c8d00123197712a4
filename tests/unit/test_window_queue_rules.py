"""The window queue's own rules with a fake server: one request_id per intent (reused only when
the same action is asked again after no answer), refusals in the server's words, and the paper
tickets' journal (each serve sent once; a no-show never)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.domain.tickets import PriorityClass, TicketSource, TicketState
from app.services.queue.offline_journal import OfflineJournal
from app.services.queue.paper_tickets import PaperTickets
from app.services.queue.views import QueueRefused
from app.services.queue.window import WindowQueueService
from app.sync.queue_protocol import (
    OfflineAnswer,
    OfflineOutcome,
    OfflineResult,
    TicketView,
    WindowAction,
    WindowAnswer,
    WindowQueueState,
)
from app.sync.transport import Refused, ServerUnreachable

NOW = datetime(2026, 11, 23, 9, 30)


class FakeServer:
    """Answers like the server; `fail` makes the next answers raise (a timeout, a refusal)."""

    def __init__(self) -> None:
        self.requests = []
        self.batches = []
        self.fail: list[Exception] = []

    def act(self, window, request):
        self.requests.append(request)
        if self.fail:
            raise self.fail.pop(0)
        ticket = None
        if request.action in (WindowAction.CALL_NEXT, WindowAction.CALL_NUMBER):
            ticket = TicketView(
                number=request.number or "A001", category="general", category_name="综合受理",
                source=TicketSource.WALK_IN, priority=PriorityClass.GREEN, state=TicketState.CALLED,
                service_day=NOW.date(), issued_at=datetime.now(UTC), calls=1,
            )  # fmt: skip
        state = WindowQueueState(
            window=window, paused=False, current=ticket, waiting=[], server_time=datetime.now(UTC)
        )
        return WindowAnswer(action=request.action, ticket=ticket, state=state, message="好")

    def window_state(self, window):
        if self.fail:
            raise self.fail.pop(0)
        return WindowQueueState(window=window, paused=False, waiting=[], server_time=datetime.now(UTC))

    def reconcile(self, batch):
        self.batches.append([r.number for r in batch.records])
        ok = OfflineOutcome.APPLIED
        results = [OfflineResult(record_id=r.record_id, outcome=ok) for r in batch.records]
        return OfflineAnswer(results=results)


@pytest.fixture
def server():
    return FakeServer()


@pytest.fixture
def queue(server, tmp_path):
    paper = PaperTickets(OfflineJournal(tmp_path / "journal"))
    return WindowQueueService(lambda: server, paper, lambda: "3号综合窗口", lambda: "lixm", lambda: NOW)


def test_an_unanswered_action_asked_again_reuses_its_request_id_and_nothing_else_does(queue, server):
    server.fail = [ServerUnreachable("连接中心服务器超时", "timeout")]
    assert queue.call_next().can_retry
    queue.call_next()
    first, resend = server.requests
    assert resend.request_id == first.request_id and queue.last_request_id == ""
    queue.call_next()  # answered before: a new intent
    assert server.requests[2].request_id != first.request_id
    server.fail = [ServerUnreachable("网络不通", "unreachable")]
    queue.recall()
    queue.finish()  # another action after the unanswered recall: a new intent of its own
    assert server.requests[4].request_id != server.requests[3].request_id
    assert server.requests[0].clerk == "lixm"


def test_a_refusal_is_the_servers_sentence_and_ends_the_intent(queue, server):
    server.fail = [Refused("本窗口已暂停叫号，请先恢复", "window_paused")]
    with pytest.raises(QueueRefused) as refused:
        queue.call_next()
    assert str(refused.value) == "本窗口已暂停叫号，请先恢复" and refused.value.code == "window_paused"
    queue.call_next()
    assert server.requests[1].request_id != server.requests[0].request_id


def test_the_view_carries_the_priority_and_a_typed_number_is_normalised(queue, server):
    view = queue.call_number(" c 7 ")
    assert server.requests[0].number == "C007" and view.current.priority_label == "绿色通道"
    with pytest.raises(QueueRefused) as bad:
        queue.call_number("7C")
    assert bad.value.code == "bad_number" and len(server.requests) == 1


def test_each_paper_serve_is_sent_once_and_a_no_show_never(queue, server, tmp_path):
    server.fail = [ServerUnreachable("网络不通", "unreachable")]
    queue.call_next()  # offline now: typed numbers are served here at once
    assert queue.call_number("A801").current.offline
    assert queue.call_number("A802").current.number == "A802"  # A801 ended with a twin record
    assert queue.no_show().current is None  # A802 did not come
    queue.call_number("A803")
    queue.finish()
    assert queue.state().pending_offline == 0  # the server answers again: reported
    assert server.batches == [["A801", "A803"]]
    sent = PaperTickets(OfflineJournal(tmp_path / "journal")).journal.records()
    assert {r.number for r in sent if r.finished_at is not None} == {"A801", "A803"}
    queue.state()
    assert server.batches == [["A801", "A803"]]  # nothing twice


def test_an_open_serve_is_current_again_after_a_restart(server, tmp_path):
    paper = PaperTickets(OfflineJournal(tmp_path / "journal"))
    paper.start("B012", "", "3号综合窗口", "lixm", NOW)
    again = PaperTickets(OfflineJournal(tmp_path / "journal"))
    assert again.open_serve("3号综合窗口", date(2026, 11, 23)).number == "B012"
    assert again.open_serve("1号综合窗口", date(2026, 11, 23)) is None
    assert again.open_serve("3号综合窗口", date(2026, 11, 24)) is None
