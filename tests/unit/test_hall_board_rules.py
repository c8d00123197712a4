"""The hall display's rules, on plain QueueBoards: what is new, what a reconnect may not do."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services.queue.hall_board import BoardState, CallTracker, problem_text
from app.sync.queue_protocol import CallView, CategoryWaiting, QueueBoard
from app.sync.transport import ServerUnreachable, Unauthorised

T0 = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # 09:30 in the hall


def call(
    call_id: int, number: str, window: str = "3号综合窗口", at: datetime = T0, name: str = ""
) -> CallView:
    return CallView(
        call_id=call_id,
        number=number,
        window=window,
        masked_name=name,
        at=at,
        text=f"请{number}号到{window}办理",
    )


def board(calls: list[CallView], now: datetime = T0, waiting: int = 3) -> QueueBoard:
    return QueueBoard(
        hall_code="330429",
        hall_name="安和县政务服务中心",
        calls=sorted(calls, key=lambda c: -c.call_id),
        waiting=[CategoryWaiting(code="general", name="综合受理", prefix="A", waiting=waiting)],
        windows=[],
        notices=["请携带身份证原件"],
        server_time=now,
    )


def ids(calls) -> list[int]:
    return [c.call_id for c in calls]


def test_a_recent_call_not_seen_before_is_new_once():
    state = BoardState()
    first = state.fetched(board([call(1, "A001", at=T0)], now=T0 + timedelta(seconds=2)))
    assert ids(first.new_calls) == [1] and first.flash and first.connection.connected
    again = state.fetched(board([call(1, "A001", at=T0)], now=T0 + timedelta(seconds=5)))
    assert again.new_calls == () and not again.flash
    assert again.current is not None and again.current.number == "A001"  # still shown, not flashed


def test_a_recall_is_a_new_call_and_several_new_calls_come_oldest_first():
    state = BoardState()
    state.fetched(board([call(1, "A001")]))
    later = T0 + timedelta(seconds=10)
    update = state.fetched(
        board(
            [call(1, "A001"), call(2, "B001", "1号综合窗口", at=later), call(3, "A001", at=later)], now=later
        )
    )
    assert ids(update.new_calls) == [2, 3]  # announced in the order they were made
    assert update.current.call_id == 3 and update.flash


def test_an_old_call_is_shown_but_neither_flashed_nor_announced():
    state = BoardState()
    update = state.fetched(board([call(7, "A007", at=T0)], now=T0 + timedelta(minutes=5)))
    assert update.new_calls == () and not update.flash
    assert update.current.number == "A007"


def test_a_reconnect_shows_the_fresh_board_and_announces_only_the_recent_calls_of_the_gap():
    state = BoardState()
    state.fetched(board([call(1, "A001")]))
    lost_at = datetime(2026, 11, 23, 9, 31)
    down = state.failed("网络不通或连接被中断（ConnectError）", lost_at)
    assert not down.connection.connected and down.connection.since == lost_at
    assert down.current.number == "A001" and down.new_calls == () and not down.flash  # dimmed, not flashed
    # a second failure keeps the moment the link was lost
    assert state.failed("连接中心服务器超时", lost_at + timedelta(seconds=30)).connection.since == lost_at
    back = T0 + timedelta(minutes=10)
    update = state.fetched(
        board(
            [call(1, "A001"), call(2, "A002", at=T0 + timedelta(minutes=3)), call(3, "A003", at=back)],
            now=back + timedelta(seconds=1),
        )
    )
    assert update.connection.connected and update.connection.since is None
    assert update.current.number == "A003"  # the fresh board's current call, not A001
    assert ids(update.new_calls) == [3]  # A002 was called 7 minutes ago: not announced now
    assert state.board is update.board


def test_a_reconnect_whose_newest_call_is_old_flashes_nothing():
    state = BoardState()
    state.fetched(board([call(1, "A001")]))
    state.failed("连接中心服务器超时", datetime(2026, 11, 23, 9, 31))
    update = state.fetched(
        board([call(2, "A002", at=T0 + timedelta(minutes=1))], now=T0 + timedelta(minutes=20))
    )
    assert update.current.number == "A002" and not update.flash and update.new_calls == ()
    assert 2 in state.tracker.seen  # seen: it will not flash later either
    later = state.fetched(
        board([call(2, "A002", at=T0 + timedelta(minutes=1))], now=T0 + timedelta(minutes=1))
    )
    assert later.new_calls == () and not later.flash


def test_the_counter_starting_again_on_a_new_day_counts_recency_only():
    tracker = CallTracker()
    tracker.new_calls(board([call(150, "A090"), call(151, "A091")]))
    next_day = T0 + timedelta(days=1)
    fresh = tracker.new_calls(board([call(1, "A001", at=next_day)], now=next_day + timedelta(seconds=3)))
    assert ids(fresh) == [1] and set(tracker.seen) == {1}  # yesterday's calls are forgotten


def test_a_restored_server_reusing_an_id_for_a_new_call_is_still_new():
    tracker = CallTracker()
    tracker.new_calls(board([call(5, "A005")]))
    later = T0 + timedelta(seconds=20)
    assert ids(tracker.new_calls(board([call(5, "A009", at=later)], now=later))) == [5]


def test_calls_committed_out_of_id_order_by_two_server_processes_are_each_announced():
    tracker = CallTracker()
    assert ids(tracker.new_calls(board([call(8, "A008")]))) == [8]
    later = T0 + timedelta(seconds=1)
    # id 7 was taken first but committed after 8: "above the highest seen" would drop it
    fresh = tracker.new_calls(board([call(8, "A008"), call(7, "B003", "1号综合窗口", at=later)], now=later))
    assert ids(fresh) == [7]


def test_an_empty_board_keeps_what_was_seen_and_has_no_current_call():
    state = BoardState()
    state.fetched(board([call(4, "A004")]))
    update = state.fetched(board([]))
    assert update.current is None and not update.flash and 4 in state.tracker.seen


def test_naive_times_are_read_as_utc():
    naive = T0.replace(tzinfo=None)
    fresh = CallTracker().new_calls(board([call(1, "A001", at=naive)], now=T0 + timedelta(seconds=1)))
    assert ids(fresh) == [1]


def test_problems_are_sentences_never_tracebacks():
    assert (
        problem_text(ServerUnreachable("连接中心服务器超时", "timeout"))
        == "无法连接中心服务器：连接中心服务器超时"
    )
    assert "重新登记" in problem_text(Unauthorised("凭据无效"))
    text = problem_text(KeyError("secret"))
    assert "KeyError" in text and "secret" not in text and "Traceback" not in text
