"""A year entered on the central server reaches the window by pull; the window recounts its
estimated promised dates and the server learns the new dates by push (real server, SQLite)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sync_server import SERVER_URL, Network, server_fixture  # noqa: F401
from test_calendar_import import LONG, YEAR_2027, _accept

from app.bootstrap import build_services
from app.domain.calendar_years import parse_year
from app.settings import demo_settings
from server.calendar_years import enter_year
from server.store.models import ServerCaseEventRow, ServerCaseRow


def _server_case(server, case_id: str) -> tuple[date, bool, list[str]]:
    with server.ctx.sessions() as db:
        row = db.get(ServerCaseRow, case_id)
        kinds = db.scalars(
            select(ServerCaseEventRow.kind)
            .where(ServerCaseEventRow.case_id == case_id)
            .order_by(ServerCaseEventRow.position)
        ).all()
        return row.promised_date, row.snapshot["promised_estimated"], list(kinds)


def test_a_year_entered_on_the_server_recounts_the_windows_estimated_dates(server, tmp_path, clock):
    clock.now = datetime(2026, 12, 4, 10, 0)
    s = build_services(
        demo_settings(tmp_path / "wb", sample_cases=False), clock=clock, sync_client=Network(server.client)
    )
    try:
        s.sync.enrol(SERVER_URL, server.code, "3号综合窗口")
        case_id = _accept(s, LONG)
        assert s.sync.sync_once().last_error == ""
        assert _server_case(server, case_id) == (date(2027, 1, 1), True, ["accepted"])

        with server.ctx.transaction() as db:
            assert enter_year(db, parse_year(YEAR_2027), "张管理", datetime.now(UTC))
        clock.now = datetime(2026, 12, 11, 9, 0)
        assert s.sync.sync_once().last_error == ""  # the pull brings 2027: recounted at once
        view = s.cases.detail(case_id)
        assert (view.promised_date, view.promised_estimated) == (date(2027, 1, 4), False)
        assert view.events[-1].summary == (
            "承诺办结日期由2027-01-01调整为2027-01-04（已按国务院节假日安排重新计算）"
        )
        assert view.events[-1].actor == "中心服务器节假日安排"
        assert s.calendar_years.enter_from_server(YEAR_2027) is None  # the same year again: nothing

        assert s.sync.sync_once().last_error == ""  # … and the next push tells the server
        assert _server_case(server, case_id) == (date(2027, 1, 4), False, ["accepted", "promised_recounted"])
    finally:
        s.close()
