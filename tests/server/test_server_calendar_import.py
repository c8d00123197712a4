"""`onewindow-server calendar import`: a year's holiday schedule stored on the server, used by its
back office and sent to the halls' terminals by pull. The schedules here are invented."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from seeded_server import seed
from sqlalchemy import select
from sync_helpers import settle

from app.domain.working_days import WorkCalendar
from server.api.backoffice import calendar
from server.app import create_app
from server.cli import main
from server.store.models import AuditRow, CalendarYearRow, ChangeLogRow

MONDAY = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # 10:00 in the hall
# a made-up 2026: the Tuesday to Thursday after MONDAY are days off
YEAR_2026 = {
    "format": "onewindow-year-schedule",
    "year": 2026,
    "source": "测试用安排（虚构）",
    "holidays": ["2026-03-03/2026-03-05"],
    "workdays": [],
}


def _no_package_data(day: date) -> bool:
    raise NotImplementedError  # as chinese_calendar does for a year it does not know


@pytest.fixture
def server(server_config):
    with TestClient(create_app(server_config)) as client:
        seeded = seed(client)
        seeded.ctx.extras["calendar"] = WorkCalendar(official=_no_package_data)
        seeded.ctx.now = lambda: MONDAY
        seeded.url = server_config.database_url
        seeded.blobs = str(
            server_config.blob_dir
        )  # every command of one server shares its blobs and audit key
        yield seeded


def _file(tmp_path, content, name="year.json"):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False), "utf-8")
    return str(path)


def _working_days_while_suspended(server) -> int:
    # what the back office's resume counts for a procedure from Monday 2 to Friday 6 March
    return calendar(server.ctx).working_days_between(date(2026, 3, 2), date(2026, 3, 6))


def test_without_any_schedule_the_back_office_counts_weekends_only(server):
    # NoScheduleError (a 409 "no_schedule" on resume) before: a missing calendar blocks no one
    assert _working_days_while_suspended(server) == 4
    assert calendar(server.ctx).add_working_days(date(2026, 3, 10), 4) == date(2026, 3, 16)


def test_imported_year_is_stored_used_by_the_back_office_and_sent_by_pull(server, tmp_path, capsys):
    assert (
        main(
            [
                "calendar",
                "import",
                _file(tmp_path, YEAR_2026),
                "--database",
                server.url,
                "--blob-dir",
                server.blobs,
                "--by",
                "张管理",
            ]
        )
        == 0
    )
    assert "已导入2026年节假日安排（测试用安排（虚构））" in capsys.readouterr().out
    with server.ctx.sessions() as s:
        row = s.get(CalendarYearRow, 2026)
        assert (row.entered_by, row.schedule["holidays"]) == ("张管理", ["2026-03-03/2026-03-05"])
        changes = s.scalars(select(ChangeLogRow).where(ChangeLogRow.kind == "calendar")).all()
        assert [(c.hall_code, c.key, c.data["year"]) for c in changes] == [("*", "2026", 2026)]
        assert s.scalars(select(AuditRow.event).where(AuditRow.event == "calendar_year_entered")).all()

    # the back office counts with it at once: only Friday was a working day while suspended
    assert _working_days_while_suspended(server) == 1
    assert calendar(server.ctx).add_working_days(date(2026, 3, 2), 1) == date(2026, 3, 6)

    settle(server.ctx)  # PostgreSQL: the pull holds back what other tests' transactions may hide
    pulled = server.client.get("/v1/sync/pull", headers=server.terminal).json()["changes"]
    sent = [c for c in pulled if c["kind"] == "calendar"]
    assert [(c["key"], c["data"]["holidays"]) for c in sent] == [("2026", ["2026-03-03/2026-03-05"])]

    # the same year again: nothing written, no terminal poked
    assert (
        main(
            [
                "calendar",
                "import",
                _file(tmp_path, YEAR_2026),
                "--database",
                server.url,
                "--blob-dir",
                server.blobs,
            ]
        )
        == 0
    )
    assert "与已导入的相同，未作改动" in capsys.readouterr().out
    with server.ctx.sessions() as s:
        assert len(s.scalars(select(ChangeLogRow).where(ChangeLogRow.kind == "calendar")).all()) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"year": 2026, "holidays": [', "不是有效的JSON"),
        ({**YEAR_2026, "holidays": ["2026-03-03", "2027-01-01"]}, "2027-01-01不属于2026年"),
        ({**YEAR_2026, "year": 2026.5}, "year应为四位数字的年份"),
        ({**YEAR_2026, "workdays": ["2026-03-03"]}, "2026-03-03同时出现在放假日期和调休上班日期中"),
        ({**YEAR_2026, "workdays": ["2026-03-09"]}, "调休上班日期2026-03-09是星期一"),
    ],
)
def test_a_bad_file_is_refused_with_its_reason_and_nothing_is_stored(
    server, tmp_path, capsys, content, message
):
    assert (
        main(
            [
                "calendar",
                "import",
                _file(tmp_path, content),
                "--database",
                server.url,
                "--blob-dir",
                server.blobs,
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.startswith("错误：未导入：") and message in err
    with server.ctx.sessions() as s:
        assert s.scalars(select(CalendarYearRow)).all() == []
        assert s.scalars(select(ChangeLogRow).where(ChangeLogRow.kind == "calendar")).all() == []


def test_a_missing_file(server, tmp_path, capsys):
    assert (
        main(
            [
                "calendar",
                "import",
                str(tmp_path / "无此文件.json"),
                "--database",
                server.url,
                "--blob-dir",
                server.blobs,
            ]
        )
        == 1
    )
    assert "无法读取文件" in capsys.readouterr().err
