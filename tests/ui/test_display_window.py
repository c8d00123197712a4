"""The hall display's real widgets fed BoardUpdates: flashing, voice, reconnects, masking, keys."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.tickets import PriorityClass, TicketSource, TicketState
from app.services.queue.hall_board import BoardState
from app.sync.queue_protocol import CallView, CategoryWaiting, QueueBoard, TicketView, WindowQueueState
from ui.app import register_fonts
from ui.display.settings import DisplaySettings
from ui.display.window import FLASH_TOGGLES, DisplayWindow

T0 = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)


class FakeAnnouncer:
    """The drivers.voice Announcer's methods, recording instead of speaking."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.volume, self.repeat = 80, 1
        self.windows: list[str] = []

    def announce(self, number: str, window_name: str) -> None:
        self.calls.append((number, window_name))

    def set_volume(self, volume: int) -> None:
        self.volume = volume

    def set_repeat(self, repeat: int) -> None:
        self.repeat = repeat

    def set_windows(self, names) -> None:
        self.windows = list(names)

    def close(self) -> int:
        return 0


def call(call_id, number, window="3号综合窗口", at=T0, name=""):
    return CallView(call_id=call_id, number=number, window=window, masked_name=name, at=at, text="")


def held_ticket(number: str, window: str) -> TicketView:
    return TicketView(
        number=number,
        category="general",
        category_name="综合受理",
        source=TicketSource.WALK_IN,
        priority=PriorityClass.NONE,
        state=TicketState.CALLED,
        service_day=T0.date(),
        issued_at=T0,
        window=window,
    )


def board(calls, now=T0, notices=("请携带身份证原件办理业务",), finished=()) -> QueueBoard:
    """As the server sends it: each window holds the ticket it called last, unless `finished`
    names that window (it finished the ticket and has not called the next)."""
    windows = ["1号综合窗口", "2号综合窗口", "3号综合窗口", "4号不动产窗口"]
    held = {}
    for c in sorted(calls, key=lambda c: c.call_id):
        held[c.window] = c.number
    for w in finished:
        held.pop(w, None)
    return QueueBoard(
        hall_code="330429",
        hall_name="安和县政务服务中心",
        calls=sorted(calls, key=lambda c: -c.call_id),
        waiting=[
            CategoryWaiting(code="general", name="综合受理", prefix="A", waiting=12),
            CategoryWaiting(code="enterprise", name="企业开办", prefix="B", waiting=3),
            CategoryWaiting(code="realty", name="不动产登记", prefix="C", waiting=0),
            CategoryWaiting(code="social", name="社保医保", prefix="D", waiting=5, active=False),
        ],
        windows=[
            WindowQueueState(
                window=w,
                paused=False,
                current=held_ticket(held[w], w) if w in held else None,
                waiting=[],
                server_time=now,
            )
            for w in windows
        ],
        notices=list(notices),
        server_time=now,
    )


@pytest.fixture
def display(qtbot, qapp):
    register_fonts(qapp)
    voice = FakeAnnouncer()
    saved: list[DisplaySettings] = []
    window = DisplayWindow(DisplaySettings(), voice, hall_name="安和县政务服务中心", on_settings=saved.append)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.voice, window.saved = voice, saved  # for the tests
    yield window
    window.close()


def test_a_new_call_flashes_a_few_times_and_is_announced_once(qtbot, display):
    state = BoardState()
    display.board_updated.emit(
        state.fetched(board([call(1, "A012", name="张*")], now=T0 + timedelta(seconds=1)))
    )
    assert display.flashing and display.current.property("flash")
    assert display.current.number.text() == "A012"
    assert display.current.window.text() == "→ 3号综合窗口"
    assert display.current.sentence.text() == "请A012号到3号综合窗口办理"
    assert display.voice.calls == [("A012", "3号综合窗口")]
    qtbot.waitUntil(lambda: not display.flashing, timeout=FLASH_TOGGLES * 1000)
    assert not display.current.property("flash")
    # the same board again (the safety-net fetch): shown, neither flashed nor announced again
    display.show_update(state.fetched(board([call(1, "A012")], now=T0 + timedelta(seconds=6))))
    assert not display.flashing and display.voice.calls == [("A012", "3号综合窗口")]
    # even an update that (wrongly) lists the call as new again is not read out twice
    update = state.fetched(board([call(1, "A012")], now=T0 + timedelta(seconds=7)))
    display.show_update(type(update)(update.board, update.connection, (call(1, "A012"),), True))
    assert display.voice.calls == [("A012", "3号综合窗口")]


def test_a_recall_is_announced_again_and_calls_made_together_are_read_in_order(display):
    state = BoardState()
    display.show_update(state.fetched(board([call(1, "A012")])))
    later = T0 + timedelta(seconds=20)
    display.show_update(
        state.fetched(
            board(
                [call(1, "A012"), call(2, "B003", "1号综合窗口", at=later), call(3, "A012", at=later)],
                now=later,
            )
        )
    )
    assert display.voice.calls == [("A012", "3号综合窗口"), ("B003", "1号综合窗口"), ("A012", "3号综合窗口")]
    assert display.flashing and display.current.number.text() == "A012"
    # the recall is the current call, not a second row of A012 in the recent list
    assert display.recent.shown() == [("B003", "1号综合窗口", "")]
    assert display.voice.windows == ["1号综合窗口", "2号综合窗口", "3号综合窗口", "4号不动产窗口"]


def test_a_disconnect_dims_the_call_under_the_banner_and_stops_flashing(display):
    state = BoardState()
    display.show_update(state.fetched(board([call(1, "A012")])))
    assert display.flashing
    display.show_update(state.failed("网络不通或连接被中断（ConnectError）", datetime(2026, 11, 23, 9, 31)))
    assert display.banner.isVisible() and not display.flashing and display.dimmed
    assert display.banner_text.text() == "连接中断，正在重新连接…（09:31起）"
    assert display.banner_detail.text() == "网络不通或连接被中断（ConnectError）"
    assert display.current.number.text() == "A012"  # still there, greyed
    assert display.status.text() == "● 连接中断"


def test_a_reconnect_shows_the_fresh_board_and_does_not_announce_the_calls_of_the_gap(display):
    state = BoardState()
    display.show_update(state.fetched(board([call(1, "A012")])))
    display.show_update(state.failed("连接中心服务器超时", datetime(2026, 11, 23, 9, 31)))
    back = T0 + timedelta(minutes=15)
    fresh = board(
        [
            call(1, "A012"),
            call(2, "A013", at=T0 + timedelta(minutes=2)),
            call(3, "C001", "4号不动产窗口", at=T0 + timedelta(minutes=5)),
        ],
        now=back,
    )
    display.show_update(state.fetched(fresh))
    assert not display.banner.isVisible() and not display.dimmed and not display.flashing
    assert display.current.number.text() == "C001"  # the fresh current call, not the one before the gap
    assert display.recent.shown()[0][0] == "A013"
    assert display.voice.calls == [("A012", "3号综合窗口")]  # nothing of the gap read out
    assert display.status.text() == "● 已连接"


def test_before_the_first_board_the_reason_is_the_biggest_text(display):
    display.show_update(BoardState().failed("登记失败：登记码无效或已过期", datetime(2026, 11, 23, 9, 31)))
    assert display.current.number.text() == "正在连接中心服务器…"
    assert display.current.sentence.text() == "登记失败：登记码无效或已过期"
    assert not display.banner.isVisible() and display.status.text() == "● 连接中"


def test_an_empty_board_invites_to_wait(display):
    display.show_update(BoardState().fetched(board([])))
    assert display.current.number.text() == "请留意叫号" and display.recent.shown() == []
    assert not display.flashing and display.voice.calls == []


def test_only_masked_names_reach_the_screen(display):
    # a server that sent a whole name (or an ID number in the name field) is masked here again
    calls = [
        call(3, "A003", name="张三丰"),
        call(2, "A002", name="欧阳娜娜"),
        call(1, "A001", name="330106199001011234"),
    ]
    display.show_update(BoardState().fetched(board(calls)))
    assert display.current.name.text() == "张**"
    assert [row[2] for row in display.recent.shown()] == ["欧***", "3*****************"]
    texts = " ".join(label.text() for label in display.labels())
    assert "张三丰" not in texts and "娜娜" not in texts
    assert not re.search(r"\d{15}", texts)


def test_waiting_counts_and_notices(display):
    display.show_update(BoardState().fetched(board([call(1, "A001")])))
    cards = [(c.name.text(), c.count.text()) for c in display.waiting.cards if c.isVisible()]
    assert cards == [
        ("综合受理（A）", "等候 12 人"),
        ("企业开办（B）", "等候 3 人"),
        ("不动产登记（C）", "等候 0 人"),
        ("社保医保（D）", "暂停取号"),
    ]
    assert display.notices.current() == "请携带身份证原件办理业务" and display.notice_title.isVisible()
    assert display.hall.text() == "安和县政务服务中心"


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_everything_fits_the_hall_screens(qtbot, display, size):
    long_names = ["12号不动产登记综合窗口", "4号不动产窗口", "3号综合窗口", "1号综合窗口"]
    calls = [call(20 - i, f"{'ABCD'[i % 4]}{120 + i}", long_names[i % 4], name="欧阳娜娜") for i in range(8)]
    state = BoardState()
    display.show_update(state.fetched(board(calls, now=T0 + timedelta(seconds=1))))
    display.show_update(
        state.failed("网络不通或连接被中断（ConnectError），中心服务器暂时无法处理请求（503）", T0)
    )
    display.resize(*size)
    qtbot.waitUntil(lambda: display.size().width() == size[0] and display.size().height() == size[1])
    qtbot.wait(50)
    inside = display.rect()
    for label in display.labels():
        if not label.isVisible() or not label.text():
            continue
        top_left = label.mapTo(display, label.rect().topLeft())
        assert inside.contains(top_left) and inside.contains(top_left + label.rect().bottomRight()), (
            label.text()
        )
        assert label.fits(), (label.text(), label.font().pixelSize(), label.width())
        assert label.font().pixelSize() >= 14, label.text()  # readable from a bench, not shrunk to dust
    # the call is the biggest thing on screen: at least a sixth of the screen's height
    assert display.current.number.font().pixelSize() >= size[1] // 6
    assert display.current.number.font().pixelSize() > max(
        label.font().pixelSize() for label in display.labels() if label is not display.current.number
    )


def test_operator_keys_change_volume_and_repeat_and_keep_them(qtbot, display):
    qtbot.keyClick(display, Qt.Key.Key_Plus)
    assert display.voice.volume == 90 and display.osd.text() == "音量 90%"
    for _ in range(3):
        qtbot.keyClick(display, Qt.Key.Key_Minus)
    assert display.voice.volume == 60
    qtbot.keyClick(display, Qt.Key.Key_R)
    assert display.voice.repeat == 2 and display.osd.text() == "每次叫号播报 2 遍"
    assert display.saved[-1] == DisplaySettings(volume=60, repeat=2)


def test_full_screen_keys_and_quit(qtbot, display):
    qtbot.keyClick(display, Qt.Key.Key_F11)
    qtbot.waitUntil(display.isFullScreen)
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not display.isFullScreen())
    qtbot.keyClick(display, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not display.isVisible())


def test_a_broken_announcer_does_not_take_the_board_down(display):
    def broken(number, window):
        raise ValueError("窗口名称无法播报")

    display.voice.announce = broken
    display.show_update(BoardState().fetched(board([call(1, "A012")])))
    assert display.current.number.text() == "A012" and display.flashing


def test_a_finished_ticket_is_no_longer_being_called(display):
    state = BoardState()
    display.show_update(state.fetched(board([call(1, "B003", "1号综合窗口"), call(2, "A012")])))
    assert display.current.caption.text() == "正在呼叫" and display.current.number.text() == "A012"
    later = T0 + timedelta(minutes=6)
    calls = [call(1, "B003", "1号综合窗口"), call(2, "A012")]
    display.show_update(state.fetched(board(calls, now=later, finished=["3号综合窗口"])))
    assert display.current.caption.text() != "正在呼叫" and display.current.number.text() == "请留意叫号"
    assert [row[0] for row in display.recent.shown()] == ["A012", "B003"]


def test_recalls_are_listed_once(display):
    calls = [
        call(1, "A010"),
        call(2, "A011", "1号综合窗口"),
        call(3, "A010"),
        call(4, "A010"),
        call(5, "B001", "2号综合窗口"),
    ]
    display.show_update(BoardState().fetched(board(calls)))
    assert [row[0] for row in display.recent.shown()] == ["A010", "A011"]


def test_the_name_column_shows_only_when_a_call_has_a_name(display):
    display.show_update(BoardState().fetched(board([call(2, "A002"), call(1, "A001")])))
    assert not display.recent.heads[2].isVisible()
    named = [call(4, "A004"), call(3, "A003", "1号综合窗口", name="张*")]
    display.show_update(BoardState().fetched(board(named)))
    assert display.recent.heads[2].isVisible() and display.recent.shown()[0][2] == "张*"


def test_no_audio_output_or_a_failing_sink_is_said_on_screen(qtbot, display):
    from ui.devices.voice_sink import QtVoiceSink
    from ui.display.sound import SoundWatch

    outputs: list = []
    sink = QtVoiceSink()
    watch = SoundWatch(display, sink, outputs=lambda: outputs)
    assert display.osd.text() == "无音频输出，叫号无声" and display.osd.property("warn")
    outputs.append("speakers")  # plugged in: Qt reports the outputs changed
    watch.check()
    assert display.osd.text() == "" and not display.osd.property("warn")
    # the sink could not play a call (told on the voice thread): said until one is heard again
    with qtbot.waitSignal(display.sink_trouble):
        threading.Thread(target=sink.listeners[0], args=("音频设备出错（OpenError）",)).start()
    assert display.osd.text() == "语音播报失败，叫号无声"
    with qtbot.waitSignal(display.sink_trouble):
        threading.Thread(target=sink.listeners[0], args=("",)).start()
    assert display.osd.text() == ""
