"""节假日与营业时间 on the server (SQLite and PostgreSQL): a year entered through the console reaches
the terminals' pull, a bad schedule stores nothing, the hall's hours and closures reach its
terminals and close the kiosk; hall-scoped and role-checked. The 2027 schedules are invented."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from queue_hall import open_hall
from seeded_server import terminal_header
from sqlalchemy import select
from sync_helpers import settle

from app.domain.working_days import WorkCalendar, YearSchedule
from app.sync.protocol import TerminalKind
from server.auth.enrolment import issue_code
from server.seed import DEMO_HALL
from server.store.models import AuditRow, CalendarYearRow, ChangeLogRow, ServerCaseRow, UserRow

YEARS = "/v1/manager/calendar/years"
HOURS = "/v1/manager/calendar/hours"
YEAR_2027 = {
    "source": "国务院办公厅关于2027年部分节假日安排的通知（测试用，虚构）",
    "holidays": ["2027-01-01", "2027-01-02", "2027-01-03"],
    "workdays": [],
}
WEEKDAY_HOURS = {"workday": ["09:00-12:00", "13:30-17:00"], "saturday": [], "sunday": [], "closures": []}


@pytest.fixture
def hall(server_config):
    yield from open_hall(server_config)


def _case_accepted(hall, accepted: date, promised: date, number: str = "330429-TEST-0001") -> None:
    """An open case of the hall whose promised date was counted weekends-only (暂按周末计算)."""
    now = hall.clock.now
    snapshot = {
        "accepted_at": datetime.combine(accepted, datetime.min.time()).isoformat(),
        "promised_date": promised.isoformat(),
        "promised_estimated": True,
        "promised_limit": {"amount": 20, "unit": "working_days"},
    }
    with hall.ctx.transaction() as s:
        s.add(
            ServerCaseRow(
                id=str(uuid.uuid4()),
                number=number,
                hall_code=DEMO_HALL,
                terminal_id=hall.seeded.terminal_id,
                status="accepted",
                version=1,
                promised_date=promised,
                snapshot=snapshot,
                created_at=now,
                updated_at=now,
            )
        )


def test_the_console_shows_2027_as_weekends_only_and_a_manager_enters_it_with_a_preview(hall):
    overview = hall.client.get("/v1/manager/calendar", headers=hall.manager).json()
    years = {y["year"]: y for y in overview["years"]}
    assert years[2026]["source"] == "official" and date(2026, 10, 1).isoformat() in years[2026]["holidays"]
    assert years[2027]["source"] == "missing" and years[2027]["holidays"] == []
    assert overview["may_replace_years"] is False and overview["hours"]["workday"] is None

    counted = WorkCalendar()  # the package: 2027 counts weekends only
    accepted = date(2026, 12, 21)
    promised = counted.add_working_days(accepted, 20)
    _case_accepted(hall, accepted, promised)
    r = hall.client.post(f"{YEARS}/2027/preview", json=YEAR_2027, headers=hall.manager)
    assert r.status_code == 200, r.text
    preview = r.json()
    after = counted.with_years({2027: YearSchedule(2027, holidays={date(2027, 1, 1)})}).add_working_days(
        accepted, 20
    )
    assert preview["replaces"] is False and preview["added_days_off"] == 1  # 01-02/03 are a weekend
    assert (preview["estimated_cases"], preview["moved"]) == (1, 1)
    assert preview["cases"] == [
        {"number": "330429-TEST-0001", "before": str(promised), "after": str(after), "estimated": False}
    ]
    with hall.ctx.sessions() as s:
        assert s.get(CalendarYearRow, 2027) is None  # a preview stores nothing

    r = hall.client.put(f"{YEARS}/2027", json=YEAR_2027, headers=hall.manager)
    assert r.status_code == 200, r.text
    assert r.json()["stored"] is True and r.json()["moved"] == 1
    # a resend (the answer lost on the way) is answered, and writes nothing again
    again = hall.client.put(f"{YEARS}/2027", json=YEAR_2027, headers=hall.manager)
    assert again.status_code == 200 and again.json()["stored"] is True and again.json()["moved"] == 0
    with hall.ctx.sessions() as s:
        assert s.get(CalendarYearRow, 2027).entered_by == "zhangjl"
        assert s.scalars(select(AuditRow).where(AuditRow.event == "calendar_year_entered")).all()
    settle(hall.ctx)  # PostgreSQL: the pull holds back what other tests' transactions may hide
    pulled = hall.client.get("/v1/sync/pull", headers=hall.window_terminal).json()["changes"]
    sent = [c for c in pulled if c["kind"] == "calendar"]
    assert [(c["key"], c["data"]["holidays"]) for c in sent] == [("2027", ["2027-01-01/2027-01-03"])]  # once
    years = {
        y["year"]: y for y in hall.client.get("/v1/manager/calendar", headers=hall.manager).json()["years"]
    }
    assert years[2027]["source"] == "entered" and years[2027]["entered_by"] == "zhangjl"


def test_a_known_year_is_replaced_by_an_admin_only(hall):
    assert hall.client.put(f"{YEARS}/2027", json=YEAR_2027, headers=hall.manager).status_code == 200
    changed = {**YEAR_2027, "holidays": ["2027-01-01"]}
    r = hall.client.put(f"{YEARS}/2027", json=changed, headers=hall.manager)
    assert "系统管理员" in hall.refused(r, 403, "year_known")
    r = hall.client.put(f"{YEARS}/2026", json={"holidays": ["2026-01-01"]}, headers=hall.manager)
    hall.refused(r, 403, "year_known")  # the package's year too
    admin = hall.seeded.sign_in("admin")
    r = hall.client.put(f"{YEARS}/2027?hall={DEMO_HALL}", json=changed, headers=admin)
    assert r.status_code == 200, r.text
    with hall.ctx.sessions() as s:
        assert s.get(CalendarYearRow, 2027).schedule["holidays"] == ["2027-01-01"]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"holidays": ["2027-01-01", "2027-01-01"]}, "2027-01-01在放假日期中出现了两次"),
        ({"holidays": ["2027-01-01", "2028-01-01"]}, "2028-01-01不属于2027年"),
        ({"holidays": ["2027-01-01"], "workdays": ["2027-01-01"]}, "同时出现在放假日期和调休上班日期中"),
        ({"holidays": ["2027-01-01"], "workdays": ["2027-01-04"]}, "2027-01-04是星期一"),
        ({"holidays": []}, "未列出任何放假日期"),
    ],
)
def test_a_bad_schedule_is_refused_with_its_reason_and_nothing_is_stored(hall, body, said):
    for method, path in (("post", f"{YEARS}/2027/preview"), ("put", f"{YEARS}/2027")):
        r = getattr(hall.client, method)(path, json=body, headers=hall.manager)
        assert said in hall.refused(r, 400, "bad_schedule")
    with hall.ctx.sessions() as s:
        assert s.scalars(select(CalendarYearRow)).all() == []
        assert s.scalars(select(ChangeLogRow).where(ChangeLogRow.kind == "calendar")).all() == []


def test_hours_and_closures_reach_the_terminals_and_close_the_kiosk(hall):
    # Monday 23 November 2026, 09:30 in the hall: open
    assert hall.take()["ticket"]["number"]
    body = {
        **WEEKDAY_HOURS,
        "closures": [{"first": "2026-11-24", "last": "2026-11-24", "reason": "停电检修"}],
    }
    r = hall.client.put(HOURS, json=body, headers=hall.manager)
    assert r.status_code == 200, r.text
    config = hall.client.get("/v1/hall", headers=hall.kiosk).json()
    assert config["hours"]["workday"] == ["09:00-12:00", "13:30-17:00"]
    assert config["hours"]["closures"][0]["reason"] == "停电检修"
    settle(hall.ctx)
    pulled = hall.client.get("/v1/sync/pull", headers=hall.window_terminal).json()["changes"]
    assert [c["data"]["hours"]["closures"] for c in pulled if c["kind"] == "hall"][-1][0][
        "first"
    ] == "2026-11-24"

    # the display shows the hours and the closure ahead beside the hall's notices
    notices = hall.board()["notices"]
    assert "办公时间：工作日 09:00-12:00、13:30-17:00；周六不办公；周日不办公" in notices
    assert "2026-11-24闭厅（停电检修），暂停办理业务" in notices

    hall.clock.now = datetime(2026, 11, 23, 4, 30, tzinfo=UTC)  # 12:30, lunch
    detail = hall.refused(hall.take_raw(), 409, "hall_closed")
    assert "下次开放：2026-11-23（周一）13:30" in detail
    hall.clock.now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # 18:00: tomorrow is closed
    detail = hall.refused(hall.take_raw(), 409, "hall_closed")
    assert "下次开放：2026-11-25（周三）09:00" in detail
    hall.clock.now = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    assert "今日闭厅（停电检修）" in hall.refused(hall.take_raw(), 409, "hall_closed")
    with hall.ctx.sessions() as s:
        assert s.scalars(select(AuditRow).where(AuditRow.event == "hall_hours_set")).all()


def test_closures_leave_the_legal_working_days_alone(hall):
    body = {
        **WEEKDAY_HOURS,
        "closures": [{"first": "2026-11-24", "last": "2026-11-24", "reason": "停电检修"}],
    }
    assert hall.client.put(HOURS, json=body, headers=hall.manager).status_code == 200
    from server.api.backoffice import calendar

    assert calendar(hall.ctx).is_workday(date(2026, 11, 24))


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"workday": ["12:00-09:00"]}, "不是有效的时段"),
        ({"workday": ["09:00-12:00", "11:00-17:00"]}, "重叠"),
        ({"closures": [{"first": "2026-12-05", "last": "2026-12-01", "reason": "装修"}]}, "结束日期不能早于"),
    ],
)
def test_bad_hours_are_refused_and_nothing_changes(hall, body, said):
    assert said in hall.refused(hall.client.put(HOURS, json=body, headers=hall.manager), 400, "bad_hours")
    assert hall.client.get("/v1/hall", headers=hall.kiosk).json()["hours"]["workday"] is None


def test_clerks_kiosks_and_window_terminals_get_nothing_here(hall):
    for headers in (hall.headers, hall.kiosk, hall.window_terminal):
        assert hall.client.get("/v1/manager/calendar", headers=headers).status_code in (401, 403)
        assert hall.client.put(HOURS, json=WEEKDAY_HOURS, headers=headers).status_code in (401, 403)
        r = hall.client.put(f"{YEARS}/2027", json=YEAR_2027, headers=headers)
        assert r.status_code in (401, 403)
    with hall.ctx.sessions() as s:
        assert s.scalars(select(CalendarYearRow)).all() == []
    assert hall.client.get("/v1/hall", headers=hall.kiosk).json()["hours"]["workday"] is None


def test_a_manager_of_another_hall_neither_reads_nor_writes_this_one(hall):
    admin = hall.seeded.sign_in("admin")
    assert hall.client.post("/v1/admin/halls", json={"code": "330100", "name": "另一大厅"}, headers=admin)
    r = hall.client.put(
        "/v1/admin/users/wangm",
        json={
            "display_name": "王敏",
            "role": "hall_manager",
            "hall_code": "330100",
            "password": "Initial-pass-1",
        },
        headers=admin,
    )
    assert r.status_code == 200, r.text
    with hall.ctx.transaction() as s:
        code, _ = issue_code(
            s, "330100", "B01", "test", hall.clock.now, timedelta(days=1), kind=TerminalKind.BACKOFFICE
        )
    console = terminal_header(hall.seeded.enrol(code, "另一大厅的管理终端"))
    with hall.ctx.transaction() as s:  # wangm has chosen her own password since (test_passwords.py)
        s.get(UserRow, "wangm").must_change_password = False
    other = hall.seeded.sign_in("wangm", password="Initial-pass-1", terminal=console)
    query = f"?hall={DEMO_HALL}"
    assert hall.client.get("/v1/manager/calendar" + query, headers=other).status_code == 403
    assert hall.client.put(HOURS + query, json=WEEKDAY_HOURS, headers=other).status_code == 403
    # their own hall's hours are theirs, and this hall's stay unset
    assert hall.client.put(HOURS, json=WEEKDAY_HOURS, headers=other).status_code == 200
    assert hall.client.get("/v1/hall", headers=hall.kiosk).json()["hours"]["workday"] is None
    # an admin names the hall
    assert hall.client.get("/v1/manager/calendar", headers=admin).status_code == 400
    assert hall.client.get("/v1/manager/calendar?hall=999999", headers=admin).status_code == 404
    r = hall.client.get("/v1/manager/calendar" + query, headers=admin)
    assert r.status_code == 200 and r.json()["may_replace_years"] is True


def test_a_full_list_of_closures_with_long_reasons_fits(hall):
    reason = "因大厅整体装修改造暂停对外办理业务" * 5  # 85 characters
    closures = [
        {
            "first": str(date(2027, 1, 1) + timedelta(days=3 * i)),
            "last": str(date(2027, 1, 1) + timedelta(days=3 * i)),
            "reason": reason,
        }
        for i in range(100)
    ]
    r = hall.client.put(HOURS, json={**WEEKDAY_HOURS, "closures": closures}, headers=hall.manager)
    assert r.status_code == 200, r.text
    assert len(hall.client.get("/v1/hall", headers=hall.kiosk).json()["hours"]["closures"]) == 100
    r = hall.client.put(
        HOURS, json={**WEEKDAY_HOURS, "closures": [*closures, closures[0]]}, headers=hall.manager
    )
    assert r.status_code == 422  # 101: past the wire model's bound
