"""The kiosk refuses numbers when the hall is closed: online the server says so (with the next
opening), offline the kiosk decides from the hall's hours and closures it cached."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.services.kiosk.service import KioskService, TicketRefused
from app.sync.manager_calendar import ClosureModel, HallHoursModel
from app.sync.transport import Refused
from tests.unit.test_kiosk_service import SHANGHAI, FakeQueue, demo_hall

HOURS = HallHoursModel(
    workday=["09:00-12:00", "13:30-17:00"],
    saturday=["09:00-12:00"],
    closures=[ClosureModel(first="2026-12-08", last="2026-12-09", reason="大厅装修")],
)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class ClosedServer(FakeQueue):
    """The server's answer at a closed hall (server/queue/issue.py: 409 hall_closed)."""

    def take_ticket(self, request):
        self._check()
        raise Refused("现在不在大厅办公时间内（今日09:00-12:00、13:30-17:00），暂停取号。", "hall_closed")


@pytest.fixture
def clock():
    return Clock(datetime(2026, 12, 7, 12, 30, tzinfo=SHANGHAI))  # Monday, lunch


def test_offline_the_cached_hours_refuse_a_number_and_name_the_next_opening(tmp_path, clock):
    queue = FakeQueue(demo_hall().model_copy(update={"hours": HOURS}))
    kiosk = KioskService(tmp_path, queue, clock=clock, retry_pause=0)
    assert kiosk.refresh().online
    queue.down = True
    assert not kiosk.refresh().online
    with pytest.raises(TicketRefused) as refused:
        kiosk.take_ticket("general")
    assert refused.value.code == "hall_closed"
    assert "下次开放：2026-12-07（周一）13:30" in str(refused.value)

    # a restart with the server away: the cached hours hold, the closure names its reason
    clock.now = datetime(2026, 12, 8, 10, 0, tzinfo=SHANGHAI)
    restarted = KioskService(tmp_path, queue, clock=clock, retry_pause=0)
    with pytest.raises(TicketRefused) as refused:
        restarted.take_ticket("general")
    assert "2026-12-08至2026-12-09闭厅（大厅装修）" in str(refused.value)
    assert "下次开放：2026-12-10（周四）09:00" in str(refused.value)

    clock.now = datetime(2026, 12, 12, 11, 0, tzinfo=SHANGHAI)  # Saturday morning: 周六上午 open
    ticket = restarted.take_ticket("general")
    assert ticket.offline and ticket.number


def test_online_the_servers_refusal_is_shown(tmp_path, clock):
    kiosk = KioskService(tmp_path, ClosedServer(demo_hall()), clock=clock, retry_pause=0)
    kiosk.refresh()
    with pytest.raises(TicketRefused) as refused:
        kiosk.take_ticket("general")
    assert refused.value.code == "hall_closed" and "暂停取号" in str(refused.value)


def test_a_hall_without_hours_issues_at_any_time_offline(tmp_path, clock):
    queue = FakeQueue(demo_hall())
    kiosk = KioskService(tmp_path, queue, clock=clock, retry_pause=0)
    kiosk.refresh()
    queue.down = True
    clock.now = datetime(2026, 12, 6, 23, 0, tzinfo=SHANGHAI)  # a Sunday night
    assert kiosk.take_ticket("general").offline
