"""Entering a year's holiday schedule at the workbench, against a real SQLite file.

On 2026-12-04 the packaged schedule ends with 2026: a 20-working-day promise is counted weekends
only (暂按周末计算). Entering 2027 recounts it, in the open. The 2027 holidays here are invented.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from app.services.views import PartyInput

VALID_ID = "11010519491231002X"
APPLICANT = PartyInput(name="王建国", cert_number=VALID_ID, phone="13800003210", address="安和县民主路1号")
LONG = "最低生活保障审核确认"  # 20 working days in the sample catalog
SHORT = "残疾人证核发"  # 15 working days: ends in December 2026, exact
YEAR_2027 = {
    "format": "onewindow-year-schedule",
    "year": 2027,
    "source": "测试用2027年安排（日期为虚构）",
    "holidays": ["2027-01-01/2027-01-03", "2027-02-06/2027-02-14"],
    "workdays": ["2027-02-20"],
}


def _accept(services, name: str) -> str:
    code = next(m.code for m in services.catalog.catalog.matters if m.name == name)
    case = services.intake.start_case(code)
    services.intake.save_applicant(case.id, APPLICANT)
    for m in case.materials:
        services.intake.set_material(case.id, m.code, "received")
    services.intake.accept(case.id)
    return case.id


def _write(tmp_path: Path, data, name: str = "2027.json") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _services(data_dir: Path, clock):
    from app.bootstrap import build_services
    from app.settings import demo_settings

    return build_services(demo_settings(data_dir, sample_cases=False), clock=clock)


@pytest.fixture
def today(clock):
    clock.now = datetime(2026, 12, 4, 10, 0)  # the packaged holiday data ends with this year
    return clock


def test_entering_the_year_recounts_the_estimated_open_cases(services, today, tmp_path):
    long_id, short_id = _accept(services, LONG), _accept(services, SHORT)
    long_view = services.cases.detail(long_id)
    assert (long_view.promised_date, long_view.promised_estimated) == (date(2027, 1, 1), True)
    assert not services.cases.detail(short_id).promised_estimated

    today.now = datetime(2026, 12, 10, 15, 0)
    entered = services.calendar_years.enter_file(_write(tmp_path, YEAR_2027), "张管理")
    assert entered.year == 2027
    assert [(r.before, r.after, r.estimated) for r in entered.recounted] == [
        (date(2027, 1, 1), date(2027, 1, 4), False)
    ]
    view = services.cases.detail(long_id)
    assert (view.promised_date, view.promised_estimated) == (date(2027, 1, 4), False)
    last = view.events[-1]
    assert (last.at, last.actor) == (datetime(2026, 12, 10, 15, 0), "张管理")
    assert last.summary == "承诺办结日期由2027-01-01调整为2027-01-04（已按国务院节假日安排重新计算）"
    assert [s.promised_date for s in services.cases.today() if s.id == long_id] == [date(2027, 1, 4)]
    # the short case was exact: no event
    assert "重新计算" not in services.cases.detail(short_id).events[-1].summary

    con = sqlite3.connect(services.settings.database_path)
    assert con.execute("select promised_estimated from cases where id = ?", (long_id,)).fetchone() == (0,)
    kind, payload = con.execute("select kind, payload from outbox order by seq desc").fetchone()
    assert kind == "promised_recounted"
    snapshot = json.loads(payload)["snapshot"]
    assert (snapshot["promised_date"], snapshot["promised_estimated"]) == ("2027-01-04", False)

    # the running workbench counts with 2027 at once: a new case is exact
    new_view = services.cases.detail(_accept(services, LONG))
    assert (new_view.promised_date, new_view.promised_estimated) == (date(2027, 1, 8), False)


def test_the_year_survives_a_restart_and_nothing_is_recounted_twice(tmp_path, today):
    data = tmp_path / "data"
    first = _services(data, today)
    case_id = _accept(first, LONG)
    first.calendar_years.enter_file(_write(tmp_path, YEAR_2027))
    events = len(first.cases.detail(case_id).events)
    first.close()
    again = _services(data, today)
    assert not again.calendar.year_source(2027).estimated
    assert len(again.cases.detail(case_id).events) == events
    again.close()


def test_a_year_stored_but_not_recounted_is_caught_up_at_the_next_start(tmp_path, today):
    from app.domain.calendar_years import parse_year
    from app.domain.working_days import HallOverrides, dump_overrides
    from app.services.cases.calendar_years import ENTERED_YEARS_FILE

    data = tmp_path / "data"
    first = _services(data, today)
    case_id = _accept(first, LONG)
    first.close()
    # as if the power went out between storing the year and recounting the cases
    years = {2027: parse_year(YEAR_2027)}
    (data / ENTERED_YEARS_FILE).write_text(json.dumps(dump_overrides(HallOverrides(years=years))), "utf-8")
    again = _services(data, today)
    view = again.cases.detail(case_id)
    assert (view.promised_date, view.promised_estimated) == (date(2027, 1, 4), False)
    assert view.events[-1].actor == "节假日安排"
    again.close()


def test_cli_import_enters_the_year_and_reports_the_recount(tmp_path, today, capsys):
    from ui.cli import main

    data = tmp_path / "data"
    first = _services(data, today)
    case_id = _accept(first, LONG)
    number = first.cases.detail(case_id).number
    first.close()
    assert main(["calendar", "import", str(_write(tmp_path, YEAR_2027)), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "已导入2027年节假日安排（测试用2027年安排（日期为虚构））。" in out
    assert f"{number}：承诺办结日期 2027-01-01 → 2027-01-04" in out
    again = _services(data, today)
    assert again.cases.detail(case_id).promised_date == date(2027, 1, 4)
    again.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"year": 2027, "holidays": ["2027-01-01"', "不是有效的JSON"),
        ({**YEAR_2027, "holidays": ["2027-01-01", "2026-12-31"]}, "2026-12-31不属于2027年"),
        ({**YEAR_2027, "year": "明年"}, "year应为四位数字的年份"),
        ({**YEAR_2027, "workdays": ["2027-01-02"]}, "2027-01-02同时出现在放假日期和调休上班日期中"),
        ({**YEAR_2027, "holidays": []}, "未列出任何放假日期"),
    ],
)
def test_cli_import_refuses_a_bad_file_and_stores_nothing(tmp_path, capsys, content, message):
    from app.services.cases.calendar_years import ENTERED_YEARS_FILE
    from ui.cli import main

    data = tmp_path / "data"
    assert main(["calendar", "import", str(_write(tmp_path, content)), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：未导入：") and message in err
    assert not (data / ENTERED_YEARS_FILE).exists()


def test_cli_import_of_a_missing_file(tmp_path, capsys):
    from ui.cli import main

    assert main(["calendar", "import", str(tmp_path / "无此文件.json"), "--data-dir", str(tmp_path)]) == 1
    assert "无法读取文件" in capsys.readouterr().err
