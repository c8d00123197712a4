"""An offline kiosk knows the holiday years entered on the server (SQLite and PostgreSQL).

The packaged calendar has no 2027, so by it 2027-01-01 (a Friday) is a working day; once the hall
manager enters 2027 in the console, GET /hall carries the year, the kiosk caches it with the hall
configuration, and a kiosk restarted with the server away refuses numbers on that holiday with the
hall's closed message instead of issuing them. The 2027 schedule is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from queue_hall import open_hall

from app.services.kiosk.service import KioskService, TicketRefused
from app.sync.queue_transport import QueueTransport
from app.sync.transport import HttpTransport

NEW_YEARS_DAY = datetime(2027, 1, 1, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday, in hours
YEAR_2027 = {
    "source": "国务院办公厅关于2027年部分节假日安排的通知（测试用，虚构）",
    "holidays": ["2027-01-01", "2027-01-02", "2027-01-03"],
    "workdays": [],
}
HOURS = {"workday": ["09:00-12:00", "13:30-17:00"], "saturday": [], "sunday": [], "closures": []}
NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing answers, as when the server is away


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def _kiosk(hall, data_dir, base_url: str = "http://testserver") -> KioskService:
    terminal_id, secret = hall.kiosk["Authorization"].removeprefix("Terminal ").split(":", 1)
    client = hall.client if base_url == "http://testserver" else None
    http = HttpTransport(
        base_url, client=client, terminal_id=terminal_id, secret=secret, timeout=2, allow_insecure_http=True
    )
    return KioskService(data_dir, QueueTransport(http), clock=lambda: NEW_YEARS_DAY, retry_pause=0)


def _offline_after_caching(hall, data_dir) -> KioskService:
    """A kiosk that fetched the hall once, then restarted while the server is away."""
    assert _kiosk(hall, data_dir).refresh().online
    restarted = _kiosk(hall, data_dir, NOWHERE)
    assert not restarted.refresh().online and restarted.state().configured
    return restarted


def test_an_offline_kiosk_is_closed_on_a_holiday_entered_only_on_the_server(hall, tmp_path):
    assert hall.client.put("/v1/manager/calendar/hours", json=HOURS, headers=hall.manager).status_code == 200

    # before 2027 is entered: the package counts it weekends only, so the Friday is open
    before = _offline_after_caching(hall, tmp_path / "before")
    assert before.take_ticket("general").offline

    r = hall.client.put("/v1/manager/calendar/years/2027", json=YEAR_2027, headers=hall.manager)
    assert r.status_code == 200, r.text
    years = hall.client.get("/v1/hall", headers=hall.kiosk).json()["calendar_years"]
    assert [y["year"] for y in years] == [2027]

    kiosk = _offline_after_caching(hall, tmp_path / "after")
    with pytest.raises(TicketRefused) as refused:
        kiosk.take_ticket("general")
    assert refused.value.code == "hall_closed"
    assert str(refused.value) == "今日为法定节假日，大厅不办公，暂停取号。下次开放：2027-01-04（周一）09:00。"
    assert not kiosk.journal.pending()  # nothing issued, nothing to report later
