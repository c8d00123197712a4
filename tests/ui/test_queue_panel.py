"""The queue panel in the real workbench, against the real central server (SQLite, the demo hall):
every action by its key, refusals in the server's words, paper tickets while the network is
down (reported once when it returns), and the ID swipe carried into the intake."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import pick_matter, press, type_text, wait_idle

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from test_window_queue_service import WANG, hall_workbench, open_hall, take

from ui.app import register_fonts
from ui.main_window import INTAKE_TAB, MainWindow
from ui.theme import STYLESHEET

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def hall(tmp_path):
    with open_hall(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path) as h:
        yield h


@pytest.fixture
def workbench(hall, tmp_path):
    services = hall_workbench(hall, tmp_path / "wb")
    services.sync_runner = None  # the panel is under test, not the background sync
    yield services
    services.close()


@pytest.fixture
def window(qtbot, qapp, workbench):
    register_fonts(qapp)
    qapp.setStyleSheet(STYLESHEET)
    w = MainWindow(workbench)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    settle(qtbot, w)
    yield w
    w.intake._save_timer.stop()
    w.hub.stop()
    settle(qtbot, w)
    w.close()
    settle(qtbot, w)
    shiboken6.delete(w)


def settle(qtbot, w) -> None:
    """Every queued job of the workbench and of the queue panel delivered."""
    queue = w.queue
    qtbot.waitUntil(
        lambda: w.worker.is_idle() and queue.worker.is_idle() and not queue._acting, timeout=30_000
    )
    wait_idle(qtbot, w)


def key(qtbot, w, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    press(qtbot, w, k, modifier)
    settle(qtbot, w)


def entry_text(qtbot, w, text: str) -> None:
    entry = w.queue.entry
    assert entry.isVisible() and QApplication.focusWidget() is entry.edit
    type_text(qtbot, entry.edit, text)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    settle(qtbot, w)


def test_f7_calls_the_next_and_shows_it_large_with_the_id_swipe_carried_into_the_intake(
    qtbot, window, workbench, hall
):
    first = take(workbench, applicant=WANG)
    take(workbench, "realty")
    key(qtbot, window, Qt.Key.Key_F7)
    card = window.queue.card
    assert card.number.text() == first
    assert card.number.fontInfo().pointSize() >= 2 * window.queue.waiting.fontInfo().pointSize()
    assert "第1次呼叫" in card.details.text() and "王**" in card.details.text()
    assert "小明" not in card.details.text()  # the panel shows the masked name only
    assert "C 不动产登记 1" in window.queue.waiting.text()
    assert window.status.slot_text("queue") == "叫号：在线 · 当前 A001 · 等候 1 人"
    assert hall.tickets()[first][:2] == ("called", "3号综合窗口")
    # the intake was idle: the applicant of the ID swipe is there already, the ticket remembered
    applicant = window.intake.applicant
    assert window.tabs.currentIndex() == INTAKE_TAB
    assert (applicant.name.text(), applicant.cert_number.text()) == ("王小明", WANG.id_number)
    assert applicant.address.text() == "安和县民主路1号"
    assert window.intake.banner.label.text().startswith(f"{first}号")
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")
    assert window.intake.case.applicant.name == "王小明"  # started with the carried applicant


def test_ctrl_f7_carries_the_applicant_once_the_open_case_is_done(qtbot, window, workbench):
    window.intake.applicant.name.setText("李四")  # someone else's case is still being typed
    take(workbench, applicant=WANG)
    key(qtbot, window, Qt.Key.Key_F7)
    assert window.intake.applicant.name.text() == "李四"  # nothing mixed
    key(qtbot, window, Qt.Key.Key_F7, CTRL)
    assert "未办完" in window.intake.banner.label.text()
    window.intake.reset()
    key(qtbot, window, Qt.Key.Key_F7, CTRL)
    assert window.intake.applicant.cert_number.text() == WANG.id_number
    assert window.intake.banner.label.text().startswith("A001号")


def test_shift_f7_calls_a_typed_number_and_a_refusal_keeps_what_was_typed(qtbot, window, workbench, hall):
    take(workbench)
    second = take(workbench)
    key(qtbot, window, Qt.Key.Key_F7, SHIFT)
    entry_text(qtbot, window, "a2x")  # a typo: refused here, the line stays as typed
    assert "不是有效的排队号" in window.queue.message_text()
    assert window.queue.entry.isVisible() and window.queue.entry.edit.text() == "a2x"
    window.queue.entry.edit.clear()
    entry_text(qtbot, window, "a2")
    assert window.queue.card.number.text() == second and not window.queue.entry.isVisible()
    assert hall.tickets()[second][0] == "called"
    # a number another window holds: the server's sentence, the typed number still there
    third = take(workbench)
    from app.sync.queue_protocol import WindowAction, WindowActionRequest

    workbench.queue_link().act(
        "1号综合窗口",
        WindowActionRequest(
            request_id="r-" + "1" * 10, action=WindowAction.CALL_NUMBER, clerk="x", number=third
        ),
    )
    key(qtbot, window, Qt.Key.Key_F7, SHIFT)
    entry_text(qtbot, window, third)
    assert "1号综合窗口" in window.queue.message_text()
    assert window.queue.entry.edit.text() == third
    key(qtbot, window, Qt.Key.Key_Escape)  # Esc closes the line, nothing else changes
    assert not window.queue.entry.isVisible() and window.queue.card.number.text() == second


def test_recall_no_show_finish_transfer_and_pause_by_key(qtbot, window, workbench, hall):
    a1, a2, a3 = take(workbench), take(workbench), take(workbench)
    key(qtbot, window, Qt.Key.Key_F7)
    key(qtbot, window, Qt.Key.Key_F8, SHIFT)  # 过号 after one call: the server's sentence
    assert "再重呼1次后方可过号" in window.queue.message_text()
    key(qtbot, window, Qt.Key.Key_F8)  # 重呼
    assert "第2次呼叫" in window.queue.card.details.text()
    key(qtbot, window, Qt.Key.Key_F8, SHIFT)
    assert window.queue.card.number.text() == "—" and hall.tickets()[a1][0] == "dropped"
    key(qtbot, window, Qt.Key.Key_F7)
    key(qtbot, window, Qt.Key.Key_F12)  # 办结
    assert hall.tickets()[a2][0] == "finished" and window.queue.card.number.text() == "—"
    key(qtbot, window, Qt.Key.Key_F7)
    key(qtbot, window, Qt.Key.Key_F12, SHIFT)  # 转移: the choice opens inline
    choice = window.queue.entry.choice
    assert window.queue.entry.isVisible() and QApplication.focusWidget() is choice
    choice.setCurrentIndex(choice.findData("category:social"))
    qtbot.keyClick(choice, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert hall.tickets()[a3][0] == "waiting" and window.queue.card.number.text() == "—"
    key(qtbot, window, Qt.Key.Key_F12, CTRL)  # 暂停: the reason inline
    entry_text(qtbot, window, "午休")
    assert window.queue.badge.text().startswith("已暂停")
    assert "恢复" in window.queue.buttons["toggle_pause"].text()
    take(workbench)
    key(qtbot, window, Qt.Key.Key_F7)
    assert "暂停" in window.queue.message_text() and window.queue.card.number.text() == "—"
    key(qtbot, window, Qt.Key.Key_F12, CTRL)  # 恢复
    assert not window.queue.view.paused
    key(qtbot, window, Qt.Key.Key_F7)
    assert window.queue.card.number.text() == "A004"


def test_offline_the_paper_ticket_is_served_and_reported_once_when_the_server_returns(
    qtbot, window, workbench, hall
):
    waiting = take(workbench)
    workbench.net.down = True
    key(qtbot, window, Qt.Key.Key_F7)  # nobody can be called: the paper ticket line opens at once
    queue = window.queue
    assert "离线" in queue.badge.text() and queue.entry.isVisible()
    assert queue.entry.label.text() == "纸质号票号码"
    entry_text(qtbot, window, "a1")
    assert queue.card.number.text() == waiting and "纸质号票" in queue.card.details.text()
    assert "待上报1" in queue.badge.text()
    assert window.status.slot_text("queue") == f"叫号：离线 · 纸质号票 · 当前 {waiting} · 待上报 1 条"
    records = workbench.queue.paper.journal.pending()
    assert [(r.number, r.window, r.clerk) for r in records] == [(waiting, "3号综合窗口", "lixm")]
    key(qtbot, window, Qt.Key.Key_F12)
    assert queue.card.number.text() == "—"
    workbench.net.down = False
    queue.refresh()  # the panel's timer (or a sync round) would do this
    settle(qtbot, window)
    assert queue.badge.text() == "在线" and "已上报" in queue.message_text()
    assert hall.tickets()[waiting][0] == "finished" and hall.events("served_offline") == [waiting]
    queue.refresh()
    settle(qtbot, window)
    assert workbench.net.requests.count("POST /v1/queue/offline") == 1  # nothing twice


def test_a_rating_asked_while_a_ticket_is_served_carries_its_number(qtbot, window, workbench):
    first = take(workbench)
    key(qtbot, window, Qt.Key.Key_F7)
    asked: list[str] = []

    class RecordingPrompt:
        def ask_for(self, case_view, ticket: str = "") -> None:
            asked.append(ticket)

    real, window.rating = window.rating, RecordingPrompt()
    try:
        window.ask_rating(object())  # a decision while A001 is served
        key(qtbot, window, Qt.Key.Key_F12)  # finished: no ticket held any more
        window.ask_rating(object())
    finally:
        window.rating = real
    assert asked == [first, ""]


def test_a_ticket_taken_at_the_kiosk_is_called_by_f7_in_the_clerks_name(qtbot, window, hall):
    """The hall's three kinds of terminal together: a kiosk (enrolled with a kiosk's code) takes
    a number with an ID swipe, F7 at the workbench calls it with the applicant, as the clerk
    signed in there; the display's board shows it masked."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select

    from app.sync.protocol import TerminalKind
    from server.auth.enrolment import issue_code
    from server.store.models import QueueEventRow

    def enrolled(kind: TerminalKind, code: str) -> dict[str, str]:
        with hall.app.state.ctx.transaction() as s:
            one_time, _ = issue_code(
                s, "330429", code, "test", datetime.now(UTC), timedelta(days=1), kind=kind
            )
        r = hall.client.post("/v1/terminals/enrol", json={"code": one_time, "terminal_name": code})
        assert r.status_code == 200 and r.json()["kind"] == kind.value, r.text
        return {"Authorization": f"Terminal {r.json()['terminal_id']}:{r.json()['secret']}"}

    kiosk, display = enrolled(TerminalKind.KIOSK, "K01"), enrolled(TerminalKind.DISPLAY, "D01")
    body = {
        "request_id": "kiosk-0001",
        "category": "general",
        "source": "id_card",
        "applicant": WANG.model_dump(),
    }
    taken = hall.client.post("/v1/queue/tickets", json=body, headers=kiosk)
    assert taken.status_code == 200, taken.text
    number = taken.json()["ticket"]["number"]
    assert taken.json()["ticket"]["applicant"] is None  # the kiosk gets nothing back of the card
    key(qtbot, window, Qt.Key.Key_F7)
    assert window.queue.card.number.text() == number
    assert window.intake.applicant.cert_number.text() == WANG.id_number
    with hall.app.state.ctx.sessions() as s:
        called = s.execute(select(QueueEventRow.clerk).where(QueueEventRow.kind == "called")).scalars().all()
    assert called == ["lixm"]  # the clerk signed in on the workbench
    board = hall.client.get("/v1/queue/board", headers=display).json()
    assert board["calls"][0]["number"] == number and board["calls"][0]["masked_name"] == "王**"
    assert board["windows"] and all(
        w["current"] is None or w["current"]["applicant"] is None for w in board["windows"]
    )


def test_f7_with_no_case_opened_asks_whether_the_ticket_was_served(qtbot, window, workbench, hall):
    a1, a2, a3 = take(workbench), take(workbench), take(workbench)
    key(qtbot, window, Qt.Key.Key_F7)
    assert window.queue.card.number.text() == a1
    key(qtbot, window, Qt.Key.Key_F7)  # nobody opened a case for A001: asked, nothing called yet
    choice = window.queue.entry.choice
    assert window.queue.entry.isVisible() and QApplication.focusWidget() is choice
    assert f"{a1}号没有打开办件" in window.queue.message_text()
    assert hall.tickets()[a1][0] == "called"
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # 未办理
    qtbot.keyClick(choice, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert hall.tickets()[a1][0] == "unserved" and window.queue.card.number.text() == a2
    key(qtbot, window, Qt.Key.Key_F7)
    qtbot.keyClick(window.queue.entry.choice, Qt.Key.Key_Return)  # 办结, the first choice
    settle(qtbot, window)
    assert hall.tickets()[a2][0] == "finished" and window.queue.card.number.text() == a3
    pick_matter(qtbot, window, "jhdj", "内地居民结婚登记")  # a case for A003: served, no question
    key(qtbot, window, Qt.Key.Key_F7)
    assert not window.queue.entry.isVisible() and hall.tickets()[a3][0] == "finished"
