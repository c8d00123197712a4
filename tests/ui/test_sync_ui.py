"""The sync slot, the sync panel and the 尚未同步 marks, on the real workbench and services.

The terminal is enrolled with a server that cannot be reached (a day with the network down):
the real SyncService counts the real outbox; what the server answered is written into the
outbox the way the push does (mark_answered), so the panel shows real rejected changes. The
loop with a server that answers is in tests/integration/test_demo_sync.py.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.bootstrap import build_services, demo_settings
from app.services.sync.service import SyncStatus
from app.store.sync_repository import SyncRepository
from app.store.unit_of_work import UnitOfWork
from tests.ui.conftest import close_window, wait_idle
from tests.ui.test_sign_in_screen import enrolled_long_ago
from ui.app import register_fonts
from ui.cases.today_list import UNSYNCED_MARK
from ui.main_window import DETAIL_TAB, MainWindow
from ui.sync.status_text import slot_text
from ui.theme import STYLESHEET
from ui.translations import TS_PATH, ensure_compiled

NOW = datetime(2026, 11, 23, 14, 30)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def status(**kw) -> SyncStatus:
    base = SyncStatus(
        configured=True,
        online=True,
        waiting=0,
        oldest_waiting_at=None,
        last_error="",
        last_sync_at=NOW - timedelta(minutes=1),
        rejected=0,
        server_url="https://sync.anhe.gov.cn",
    )
    return replace(base, **kw)


# -- the words of the slot -------------------------------------------------------------------------
def test_online_and_all_synced_is_calm(qapp):
    shown = slot_text(status(), NOW)
    assert shown.text == "在线 · 已全部同步 · 上次同步 14:29"
    assert shown.tone == "ok"
    assert "https://sync.anhe.gov.cn" in shown.tooltip


def test_offline_with_waiting_changes_is_amber_and_says_how_old_the_oldest_is(qapp):
    shown = slot_text(status(online=False, waiting=12, oldest_waiting_at=NOW - timedelta(minutes=3)), NOW)
    assert shown.text.startswith("离线 · 待同步 12 条（最早一条 3分钟前）")
    assert shown.tone == "warning"
    older = slot_text(status(online=False, waiting=1, oldest_waiting_at=NOW - timedelta(hours=26)), NOW)
    assert "最早一条 1天前" in older.text


def test_the_last_error_is_short_in_the_slot_and_whole_in_the_tooltip(qapp):
    error = "无法连接中心服务器：连接被拒绝（Connection refused），稍后自动重试"
    shown = slot_text(status(online=False, waiting=2, oldest_waiting_at=NOW, last_error=error), NOW)
    assert "无法连接中心服务器" in shown.text and error not in shown.text and shown.text.endswith("…")
    assert error in shown.tooltip
    assert shown.tone == "warning"


def test_rejections_make_it_red_and_a_never_synced_terminal_says_so(qapp):
    assert slot_text(status(rejected=2), NOW).tone == "error"
    assert "被退回 2 条" in slot_text(status(rejected=2), NOW).text
    assert "尚未同步" in slot_text(status(last_sync_at=None, online=False), NOW).text
    standalone = slot_text(status(configured=False), NOW)
    assert standalone.text == "单机模式（未连接服务器）" and standalone.tone == "muted"


def test_an_aware_time_from_the_server_is_measured_against_local_now(qapp):
    then = (NOW - timedelta(minutes=5)).astimezone()  # aware, local zone
    assert "最早一条 5分钟前" in slot_text(status(waiting=1, oldest_waiting_at=then), NOW).text


# -- the workbench -------------------------------------------------------------------------------
@pytest.fixture
def offline_services(tmp_path, clock):
    """A terminal enrolled long ago, with the day's sample cases waiting for the server."""
    settings = demo_settings(tmp_path / "data", sample_cases=False)
    first = build_services(settings, clock=clock)
    enrolled_long_ago(first)
    first.close()
    services = build_services(replace(settings, sample_cases=True), clock=clock)
    yield services
    services.close()


@pytest.fixture
def offline_window(qtbot, qapp, offline_services):
    register_fonts(qapp)
    qapp.setStyleSheet(STYLESHEET)
    w = MainWindow(offline_services)
    # closed by the fixture (close_window), not by qtbot
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.sync.now = lambda: offline_services.clock() + timedelta(minutes=3)
    wait_idle(qtbot, w)
    yield w
    close_window(qtbot, w)  # stops the runner, which has been failing to reach the server meanwhile


def answer(services, seq: int, state: str, reason: str = "") -> None:
    """What a push answer leaves in the outbox."""
    with UnitOfWork(services.sync._sessions) as uow:
        SyncRepository(uow.session).mark_answered(seq, state, reason, services.clock())
        uow.commit()


def pending_seqs(services) -> list[int]:
    with UnitOfWork(services.sync._sessions) as uow:
        return [r.seq for r in SyncRepository(uow.session).pending(1000)]


def test_standalone_slot_and_panel(qtbot, window):
    qtbot.waitUntil(lambda: "单机模式" in window.status.slot_text("sync"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, CTRL_SHIFT)
    wait_idle(qtbot, window)
    panel = window.sync_panel
    assert panel.isVisible()
    assert not panel.sync_button.isEnabled()
    assert "单机模式" in panel.summary.text()
    assert panel.empty.isVisible() and panel.rejected == []
    assert window.today.unsynced_numbers() == []  # nothing to be behind with
    panel.close()


def test_offline_terminal_shows_waiting_changes_and_marks_unsynced_cases(
    qtbot, offline_window, offline_services
):
    w = offline_window
    qtbot.waitUntil(lambda: "待同步" in w.status.slot_text("sync"), timeout=30_000)
    text = w.status.slot_text("sync")
    waiting = offline_services.sync.status().waiting
    assert waiting > 0
    assert f"待同步 {waiting} 条（最早一条 3分钟前）" in text
    assert w.status.slots["sync"].toolTip().startswith("服务器：http://127.0.0.1:9")
    assert text.startswith("同步：离线")  # the server at 127.0.0.1:9 never answers

    cases = {c.number: c for c in offline_services.cases.today()}
    marked = w.today.unsynced_numbers()
    assert marked and set(marked) == {n for n, c in cases.items() if not c.synced}
    row = next(r for r, c in enumerate(w.today.cases) if c.number == marked[0])
    assert w.today.table.item(row, 0).text().startswith(UNSYNCED_MARK)
    assert "尚未同步到服务器" in w.today.table.item(row, 1).toolTip()

    # the server acknowledged everything: after the round the marks are gone
    for seq in pending_seqs(offline_services):
        answer(offline_services, seq, "applied")
    w.sync.show_status(replace(offline_services.sync.status(), last_sync_at=offline_services.clock()))
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.today.unsynced_numbers() == [])


def test_runner_reports_from_its_thread_reach_the_slot(qtbot, offline_window, offline_services):
    w = offline_window
    offline_services.sync_runner.stop()  # only this test's report from now on (queued ones come first)
    report = status(online=False, waiting=4, oldest_waiting_at=datetime.now() - timedelta(minutes=7))
    w.sync.now = datetime.now
    thread = threading.Thread(target=w.sync.report, args=(report,))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: "待同步 4 条（最早一条 7分钟前）" in w.status.slot_text("sync"))


def test_a_rejected_change_is_shown_with_the_servers_reason_until_marked_read(
    qtbot, offline_window, offline_services
):
    w = offline_window
    first = pending_seqs(offline_services)[0]
    reason = "办件已由后台办结，不能再要求补正"
    answer(offline_services, first, "rejected", reason)
    w.sync.refresh()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: "被退回 1 条" in w.status.slot_text("sync"))
    assert w.status.slots["sync"].styleSheet().endswith("#b3261e;")  # red

    w.status.slots["sync"].setFocus()
    qtbot.mouseClick(w.status.slots["sync"], Qt.MouseButton.LeftButton)  # the slot opens the panel
    wait_idle(qtbot, w)
    panel = w.sync_panel
    qtbot.waitUntil(lambda: len(panel.rejected) == 1)
    change = panel.rejected[0]
    assert panel.table.item(0, 1).text() == change.case_number != ""
    assert panel.table.item(0, 2).text() == change.summary != ""
    assert panel.table.item(0, 3).text() == reason
    assert panel.table.item(0, 4).text() == "未读"
    assert panel.sync_button.isEnabled()

    qtbot.keyClick(panel.table, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # 标记已读(&M)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: panel.table.item(0, 4).text() == "已读")
    qtbot.waitUntil(lambda: "被退回" not in w.status.slot_text("sync"))
    assert not panel.seen_button.isEnabled()

    # Enter opens the case the refused change was about
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    wait_idle(qtbot, w)
    assert w.tabs.currentIndex() == DETAIL_TAB
    qtbot.waitUntil(lambda: w.detail.case is not None and w.detail.case.number == change.case_number)
    panel.close()


def test_a_decision_pokes_the_runner_and_counts_at_once(qtbot, offline_window, offline_services):
    w = offline_window
    qtbot.waitUntil(lambda: w.sync.status is not None)
    before = w.sync.status.waiting
    pokes = []

    class RunnerSpy:  # stands in for the runner (which cannot reach its server anyway)
        def poke(self) -> None:
            pokes.append(1)

    w.sync._runner = RunnerSpy()
    # 当场办结 of a waiting case: a decision saved locally
    target = next(c for c in offline_services.cases.today() if c.status == "accepted")
    w.open_case(target.id)
    wait_idle(qtbot, w)
    w.detail.register_result()
    wait_idle(qtbot, w)
    assert pokes
    qtbot.waitUntil(lambda: w.sync.status.waiting > before)


def test_the_timeline_flags_a_case_past_its_promised_date(qtbot, offline_window, offline_services, clock):
    w = offline_window
    target = next(c for c in offline_services.cases.today() if c.status == "accepted")
    clock.advance(days=90)
    w.open_case(target.id)
    wait_idle(qtbot, w)
    assert w.detail.deadline.isVisible()
    assert w.detail.deadline.text().startswith("已超期：承诺办结日")


def test_the_sync_and_sign_in_words_have_english(qapp):
    ts = TS_PATH.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts  # every string on screen has its English
    qm = ensure_compiled()
    translator = QTranslator()
    assert qm is not None and translator.load(str(qm))
    assert translator.translate("SyncStatusText", "待同步 {0} 条") == "{0} waiting"
    assert translator.translate("SignInScreen", "离线登录：使用本机缓存的账号").startswith("Offline sign-in")
    assert translator.translate("SyncPanel", "标记已读(&M)") == "&Mark as read"
    assert translator.translate("TodayList", "尚未同步到服务器") == "Not yet synced to the server"
