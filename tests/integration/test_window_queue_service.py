"""The window's queue use case against the real central server (the demo hall seeded: window
3号综合窗口 serves 综合受理 A, 不动产登记 C and 企业开办 B), on SQLite and on PostgreSQL.

The workbench talks through the sync tests' Network, which can cut the link or lose the answer
of a request the server did commit (a timeout after the fact): the cases a resend must survive.
`open_hall` and `hall_workbench` are used by the panel's tests too (tests/ui/test_queue_panel.py).
"""

from __future__ import annotations

import sys
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeded_server import demo_catalog  # (tests/server) also makes argon2 cheap for the sign-ins
from sync_server import SERVER_URL, Network

from app.bootstrap import QUEUE_JOURNAL_DIR, build_services
from app.domain.tickets import TicketSource
from app.services.queue.views import QueueRefused
from app.settings import demo_settings
from app.sync.queue_protocol import (
    ApplicantCard,
    OfflineKind,
    TicketRequest,
    WindowAction,
    WindowActionRequest,
)
from server.app import create_app
from server.config import ServerConfig
from server.seed import seed_demo

WANG = ApplicantCard(name="王小明", id_number="11010519491231002X", sex="男", address="安和县民主路1号")


@dataclass
class Hall:
    app: object
    client: TestClient
    code: str  # a W03 enrolment code

    def tickets(self) -> dict[str, tuple[str, str, str]]:
        """number → (state, window, source) on the server, for today's tickets."""
        from server.store.models import TicketRow

        with self.app.state.ctx.sessions() as s:
            rows = s.execute(select(TicketRow)).scalars().all()
            return {r.number: (r.state, r.window or "", r.source) for r in rows}

    def events(self, kind: str) -> list[str]:
        from server.store.models import QueueEventRow

        with self.app.state.ctx.sessions() as s:
            rows = s.execute(select(QueueEventRow).where(QueueEventRow.kind == kind)).scalars().all()
            return [r.number for r in rows]


@contextmanager
def open_hall(url: str, tmp_path: Path):
    app = create_app(ServerConfig(database_url=url, blob_dir=tmp_path / "blobs"))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Hall(app, client, seed_demo(app.state.ctx, demo_catalog()))


def hall_workbench(hall: Hall, folder: Path, *, sign_in: bool = True):
    """A workbench enrolled with the hall as W03 (3号综合窗口); lixm signed in. `.net` cuts it."""
    net = Network(hall.client)
    services = build_services(demo_settings(folder, sample_cases=False), sync_client=net)
    services.sync.enrol(SERVER_URL, hall.code, "W03 3号综合窗口")
    if sign_in:
        services.sign_in.sign_in("lixm", "onewindow")
    services.net = net
    return services


def take(services, category: str = "general", applicant: ApplicantCard | None = None) -> str:
    """A ticket from the kiosk (through the workbench's own terminal credentials)."""
    answer = services.queue_link().take_ticket(
        TicketRequest(
            request_id=str(uuid.uuid4()),
            category=category,
            source=TicketSource.ID_CARD if applicant else TicketSource.WALK_IN,
            applicant=applicant,
        )
    )
    return answer.ticket.number


@pytest.fixture(params=["sqlite", "postgresql"])
def hall(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    with open_hall(url, tmp_path) as h:
        yield h


@pytest.fixture
def window(hall, tmp_path):
    services = hall_workbench(hall, tmp_path / "wb")
    yield services
    services.close()


# -- online --------------------------------------------------------------------------------------
def test_call_next_shows_the_ticket_with_its_applicant_and_the_waiting_counts(hall, window):
    first = take(window, applicant=WANG)
    take(window, "realty")
    assert window.queue.state().total_waiting == 2
    view = window.queue.call_next()
    assert view.online and view.message == f"已呼叫{first}号"
    assert view.current.number == first and view.current.calls == 1
    assert view.current.applicant.name == "王小明" and view.current.masked_name.startswith("王")
    assert {w.prefix: w.waiting for w in view.waiting} == {"A": 0, "B": 0, "C": 1}
    assert hall.tickets()[first][:2] == ("called", "3号综合窗口")


def test_a_resend_after_a_lost_answer_returns_the_same_ticket(hall, window):
    first, second = take(window), take(window)
    window.net.lose_answer_of = "POST /v1/queue/windows/"
    lost = window.queue.call_next()
    assert not lost.online and lost.can_retry and "重试" in lost.message
    request_id = window.queue.last_request_id
    again = window.queue.call_next()  # the clerk presses F7 again
    assert again.current.number == first and again.message == f"已呼叫{first}号"
    assert window.queue.last_request_id == ""  # answered: the next F7 is a new intent
    assert hall.tickets()[second][0] == "waiting"  # nothing more was called
    sent = [line for line in window.net.requests if line.startswith("POST /v1/queue/windows/")]
    assert len(sent) == 2 and request_id
    # the same request_id from another terminal's retry would change nothing either
    replay = window.queue_link().act(
        "3号综合窗口",
        WindowActionRequest(request_id=request_id, action=WindowAction.CALL_NEXT, clerk="lixm"),
    )
    assert replay.ticket.number == first and hall.tickets()[second][0] == "waiting"


def test_every_window_action_and_the_servers_refusals(hall, window):
    a1, a2, _a3 = take(window), take(window), take(window)
    queue = window.queue
    assert queue.call_number(a2.lower().replace("00", "0")).current.number == a2  # a02 → A002
    with pytest.raises(QueueRefused) as refused:
        queue.no_show()
    assert refused.value.code == "not_yet_no_show" and "再重呼" in str(refused.value)
    assert queue.recall().current.calls == 2
    assert queue.no_show().current is None
    assert hall.tickets()[a2][0] == "dropped"
    assert queue.call_next().current.number == a1
    moved = queue.transfer(to_category="social")
    assert moved.current is None and hall.tickets()[a1][0] == "waiting"
    with pytest.raises(QueueRefused) as bad:
        queue.transfer()
    assert bad.value.code == "bad_transfer"
    paused = queue.pause("午休")
    assert paused.paused and paused.pause_reason == "午休"
    with pytest.raises(QueueRefused) as closed:
        queue.call_next()
    assert closed.value.code == "window_paused" and str(closed.value)
    assert not queue.resume().paused
    assert queue.call_next().current.number == _a3
    assert queue.finish().current is None and hall.tickets()[_a3][0] == "finished"
    with pytest.raises(QueueRefused) as none:
        queue.finish()
    assert none.value.code == "no_ticket"
    with pytest.raises(QueueRefused) as typo:
        queue.call_number("12A")
    assert typo.value.code == "bad_number" and "A012" in str(typo.value)
    targets = queue.transfer_targets()
    assert ("social", "社保医保") in targets.categories and "3号综合窗口" not in targets.windows


def test_a_ticket_held_by_another_window_is_refused_with_the_servers_sentence(hall, window):
    number = take(window)
    window.queue_link().act(
        "1号综合窗口",
        WindowActionRequest(
            request_id=str(uuid.uuid4()), action=WindowAction.CALL_NUMBER, clerk="x", number=number
        ),
    )
    with pytest.raises(QueueRefused) as taken:
        window.queue.call_number(number)
    assert taken.value.code == "ticket_taken" and "1号综合窗口" in str(taken.value)


# -- offline -------------------------------------------------------------------------------------
def test_paper_tickets_served_offline_are_reconciled_once_when_the_server_returns(hall, window, tmp_path):
    waiting = take(window)  # issued online before the network went down
    window.net.down = True
    view = window.queue.call_next()
    assert not view.online and view.can_retry and "Shift+F7" in view.message
    served = window.queue.call_number(waiting.lower())
    assert served.current.number == waiting and served.current.offline and served.pending_offline == 1
    journal = window.queue.paper.journal
    assert [(r.kind, r.number, r.window, r.clerk) for r in journal.pending()] == [
        (OfflineKind.SERVED, waiting, "3号综合窗口", "lixm")
    ]
    assert (tmp_path / "wb" / QUEUE_JOURNAL_DIR / "queue-offline.jsonl").exists()
    nxt = window.queue.call_number("A900")  # the next paper ticket ends the first serve
    assert nxt.current.number == "A900"
    done = window.queue.finish()
    assert done.current is None and done.pending_offline == 2  # two serves, each sent once
    window.net.down = False
    back = window.queue.state()
    assert back.online and back.pending_offline == 0 and "已上报" in back.message
    tickets = hall.tickets()
    assert tickets[waiting][:2] == ("finished", "3号综合窗口")
    assert tickets["A900"][:2] == ("finished", "3号综合窗口") and tickets["A900"][2] == "paper"
    sent = [line for line in window.net.requests if line == "POST /v1/queue/offline"]
    window.queue.state()
    window.queue.after_sync(window.sync.sync_once())
    assert [line for line in window.net.requests if line == "POST /v1/queue/offline"] == sent  # once
    assert sorted(hall.events("served_offline")) == sorted([waiting, "A900"])


def test_a_sync_round_that_reaches_the_server_reconciles(hall, window):
    window.net.down = True
    window.queue.call_number("C801")
    window.queue.finish()
    window.queue.after_sync(window.sync.sync_once())  # still down: nothing sent, nothing lost
    assert window.queue.paper.pending_count() == 1
    window.net.down = False
    window.queue.after_sync(window.sync.sync_once())
    assert window.queue.paper.pending_count() == 0
    assert hall.tickets()["C801"][0] == "finished"
    assert hall.events("served_offline") == ["C801"]


def test_a_serve_open_at_reconnect_is_sent_at_once_and_survives_a_restart(hall, window, tmp_path):
    number = take(window)
    window.net.down = True
    window.queue.call_number(number)
    window.close()
    # the same data folder opened again (a power cut and a restart): the serve is still current
    restarted = build_services(demo_settings(tmp_path / "wb", sample_cases=False), sync_client=window.net)
    try:
        window.net.down = False
        assert restarted.locked  # sealed at the first sign-in: the clerk's sign-in opens it
        restarted.unlock.sign_in("lixm", "onewindow")
        view = restarted.queue.state()
        assert view.current.number == number and view.current.offline
        # reported at once, so no online window calls it meanwhile
        assert hall.tickets()[number][0] == "finished" and view.pending_offline == 0
        assert restarted.queue.finish().current is None
        assert restarted.queue.state().pending_offline == 0
        assert hall.events("served_offline") == [number]
    finally:
        restarted.close()


def test_a_standalone_workbench_serves_paper_tickets_only(tmp_path):
    services = build_services(demo_settings(tmp_path / "solo", sample_cases=False))
    try:
        view = services.queue.call_next()
        assert view.standalone and not view.online and "单机模式" in view.message and not view.can_retry
        served = services.queue.call_number("b7")
        assert served.current.number == "B007" and served.pending_offline == 1
        assert "离线" in services.queue.recall().message
        assert services.queue.no_show().current is None
        assert services.queue.paper.pending_count() == 0  # a no-show is not a serve
    finally:
        services.close()
