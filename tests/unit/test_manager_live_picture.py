"""The live hall's picture between two snapshots (app/services/manager/live_hall.picture): the
durations and the alarms move on with the time elapsed since the snapshot, from the server's
clock, never from this machine's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.hall_alarms import AlarmKind, WindowStatus
from app.services.manager.live_hall import picture
from app.sync.manager_live import (
    CategoryThresholds,
    LiveCategory,
    LiveHall,
    LiveWindow,
    ServedCategory,
    ServingTicket,
)

SERVER = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in the hall


def snapshot(**thresholds) -> LiveHall:
    general = ServedCategory(code="general", name="综合受理", weight=10)
    return LiveHall(
        hall_code="330429",
        hall_name="安和县政务服务中心",
        day=SERVER.date(),
        server_time=SERVER,
        offline_after_seconds=60,
        windows=[
            LiveWindow(
                window="1号综合窗口",
                status=WindowStatus.OPEN,
                clerk="lixm",
                clerk_name="李晓梅",
                last_contact=SERVER - timedelta(seconds=5),
                serving=ServingTicket(
                    number="A007", category_name="综合受理", called_at=SERVER - timedelta(minutes=3)
                ),
                categories=[general],
            ),
            LiveWindow(
                window="2号综合窗口",
                status=WindowStatus.OPEN,
                last_contact=SERVER - timedelta(seconds=5),
                idle_since=SERVER - timedelta(minutes=4, seconds=30),
                categories=[general],
            ),
        ],
        categories=[
            LiveCategory(
                code="general",
                name="综合受理",
                prefix="A",
                waiting=4,
                oldest_issued_at=SERVER - timedelta(minutes=9, seconds=40),
                open_windows=2,
                service_minutes=6.0,
                estimated_wait_minutes=12,
                served_today=6,
                mean_service_seconds=390.0,
            )
        ],
        thresholds=[CategoryThresholds(category="general", **thresholds)] if thresholds else [],
    )


def test_durations_tick_from_the_server_clock():
    now = picture(snapshot(), timedelta(seconds=30))
    assert now.now == SERVER + timedelta(seconds=30)
    first, second = now.windows
    assert (first.serving, first.serving_for, first.idle_for) == (
        "A007",
        timedelta(minutes=3, seconds=30),
        None,
    )
    assert str(first.clerk) == "李晓梅" and first.categories == "综合受理×10"
    assert second.idle_for == timedelta(minutes=5) and str(second.clerk) == "无人登录"
    (line,) = now.categories
    assert line.longest_wait == timedelta(minutes=10, seconds=10)
    assert (line.mean_service_minutes, line.estimated_wait_minutes) == (6.5, 12)


def test_an_alarm_rises_between_two_snapshots_when_its_limit_is_crossed():
    limits = snapshot(max_wait_minutes=10, max_idle_minutes=5)
    before = picture(limits, timedelta(seconds=0))
    assert before.alarms == ()
    after = picture(limits, timedelta(seconds=31))
    assert [(a.kind, a.window) for a in after.alarms] == [
        (AlarmKind.WAIT_TOO_LONG, ""),
        (AlarmKind.WINDOW_IDLE, "2号综合窗口"),
    ]
    assert after.categories[0].alarmed
    assert [str(t) for t in after.windows[1].alarms] == [
        "2号综合窗口已空闲5分钟（上限5分钟），而综合受理仍有4人等候"
    ]
    assert after.windows[0].alarms == ()
