"""The hall display against a real embedded server: tickets issued and called through the queue API
show up at once (the "queue" poke), recalls are read out again, a server restart is survived
without reading anything out twice, and `onewindow display --demo` comes up by itself."""

from __future__ import annotations

import argparse
import re
import uuid

import pytest

from app.services.queue.hall_board import HallBoardService, identity_opener
from app.services.sync.terminal_identity import enrol_terminal
from app.sync.protocol import LoginRequest
from app.sync.queue_protocol import ApplicantCard, TicketRequest, WindowAction, WindowActionRequest
from app.sync.queue_transport import QueueTransport
from server.embedded import start_embedded_server
from server.seed import DEMO_PASSWORD
from ui.app import register_fonts
from ui.demo_server import catalog_document
from ui.display.app import open_display
from ui.display.window import DisplayWindow

WINDOW = "3号综合窗口"


class FakeAnnouncer:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def announce(self, number: str, window_name: str) -> None:
        self.calls.append((number, window_name))

    def set_volume(self, volume: int) -> None:
        pass

    def set_repeat(self, repeat: int) -> None:
        pass

    def set_windows(self, names) -> None:
        pass

    def close(self) -> int:
        return 0


def rid() -> str:
    return str(uuid.uuid4())


def signed_in(identity) -> QueueTransport:
    """The window's queue with its clerk lixm signed in (a window's actions are theirs)."""
    transport = identity.transport()
    token = transport.login(LoginRequest(username="lixm", password=DEMO_PASSWORD)).token
    return QueueTransport(transport, lambda: token)


def act(queue: QueueTransport, action: WindowAction, window: str = WINDOW):
    return queue.act(window, WindowActionRequest(request_id=rid(), action=action, clerk="lixm"))


@pytest.fixture(scope="module")
def catalog():
    return catalog_document()


def test_calls_appear_at_once_are_read_out_once_and_survive_a_server_restart(qtbot, qapp, tmp_path, catalog):
    register_fonts(qapp)
    server = start_embedded_server(tmp_path, catalog)
    port = int(server.url.rsplit(":", 1)[1])
    display_dir = tmp_path / "display"
    enrol_terminal(display_dir, server.url, server.issue_code("D01", kind="display"), "大厅叫号屏")
    clerk = enrol_terminal(tmp_path / "window", server.url, server.issue_code("W01"), "1号综合窗口")
    queue = signed_in(clerk)
    voice = FakeAnnouncer()
    window = DisplayWindow(announcer=voice)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    # a long safety-net interval: what the display shows within the test came through the pokes
    service = HallBoardService(
        identity_opener(display_dir),
        window.board_updated.emit,
        poll_seconds=600,
        min_retry=0.2,
        max_retry=0.5,
    )
    service.start()
    try:
        qtbot.waitUntil(lambda: window.last is not None and window.last.connection.connected, timeout=30_000)
        assert window.current.number.text() == "请留意叫号" and window.hall.text() == "安和县政务服务中心"
        qtbot.waitUntil(lambda: service.stream_connected, timeout=30_000)

        card = ApplicantCard(name="张三丰", id_number="330429199001011234")
        queue.take_ticket(
            TicketRequest(request_id=rid(), category="general", source="id_card", applicant=card)
        )
        queue.take_ticket(TicketRequest(request_id=rid(), category="general"))
        qtbot.waitUntil(lambda: window.waiting.cards[0].count.text() == "等候 2 人", timeout=30_000)

        assert act(queue, WindowAction.CALL_NEXT).ticket.number == "A001"
        qtbot.waitUntil(lambda: window.current.number.text() == "A001", timeout=30_000)
        assert window.flashing and voice.calls == [("A001", WINDOW)]
        assert window.current.name.text() == "张**"  # masked; the ID number is nowhere on screen
        assert not re.search(r"\d{15}", " ".join(label.text() for label in window.labels()))

        act(queue, WindowAction.RECALL)
        qtbot.waitUntil(lambda: len(voice.calls) == 2, timeout=30_000)
        assert voice.calls == [("A001", WINDOW), ("A001", WINDOW)]

        server.stop()
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
        assert window.dimmed and not window.flashing and window.current.number.text() == "A001"

        server = start_embedded_server(tmp_path, catalog, port)  # same data, same address
        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=30_000)
        assert window.current.number.text() == "A001" and not window.dimmed
        assert voice.calls == [("A001", WINDOW), ("A001", WINDOW)]  # nothing read out twice

        assert act(queue, WindowAction.CALL_NEXT, "1号综合窗口").ticket.number == "A002"
        qtbot.waitUntil(lambda: window.current.number.text() == "A002", timeout=30_000)
        assert voice.calls[-1] == ("A002", "1号综合窗口") and len(voice.calls) == 3
        assert window.recent.shown()[0] == ("A001", WINDOW, "张**")
    finally:
        service.stop()
        queue.http.close()
        server.stop()


def test_the_demo_display_starts_its_own_server_and_shows_its_calls(qtbot, qapp, tmp_path):
    register_fonts(qapp)
    args = argparse.Namespace(
        server="",
        enrol_code="",
        demo=True,
        data_dir=tmp_path,
        windowed=True,
        lang="zh_CN",
        voice="sim://?speed=50",
    )
    running = open_display(args)
    window = running.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.last is not None and window.last.connection.connected, timeout=30000)
        assert window.hall.text() == "安和县政务服务中心"
        clerk = enrol_terminal(
            tmp_path / "window", running.demo.server.url, running.demo.server.issue_code("W01"), "W"
        )
        queue = signed_in(clerk)
        queue.take_ticket(TicketRequest(request_id=rid(), category="realty"))
        act(queue, WindowAction.CALL_NEXT, "4号不动产窗口")
        qtbot.waitUntil(lambda: window.current.number.text() == "C001", timeout=30_000)
        assert window.current.sentence.text() == "请C001号到4号不动产窗口办理"
        assert running.announcer.wait_idle(10)
        assert running.announcer.announced == ["请C001号到4号不动产窗口办理"]
        queue.http.close()
    finally:
        running.stop()
    assert (tmp_path / "terminal.json").exists()
