"""One year's holiday schedule as a file: what the hall enters when the State Council publishes it.

Until the hall manager's console exists, `onewindow calendar import FILE` (the workbench) and
`onewindow-server calendar import FILE` (the server) take a year from this file. It is checked
whole before anything is stored, and every problem is one Chinese sentence that names it::

    {
      "format": "onewindow-year-schedule",
      "year": 2027,
      "source": "国务院办公厅关于2027年部分节假日安排的通知",
      "holidays": ["2027-01-01/2027-01-03", "2027-02-06/2027-02-14"],
      "workdays": ["2027-02-20"],
      "names": {"元旦": ["2027-01-01/2027-01-03"], "春节": ["2027-02-06/2027-02-14"]}
    }

- `year` (required): the year, a number; every date of the file must fall in it.
- `holidays` (required, not empty): the days off (放假), `YYYY-MM-DD` or a run
  `YYYY-MM-DD/YYYY-MM-DD` (both ends included).
- `workdays`: the make-up working days (调休上班); each must be a Saturday or Sunday, and no
  day may be both a holiday and a workday.
- `source`, `names` (festival → its days, for people; each named day must be a holiday): optional.
- `format`: optional; when given, "onewindow-year-schedule". Unknown keys are refused, so a typo
  ("holiday") is not silently ignored.
"""

from __future__ import annotations

import json
from typing import Any

from app.domain.working_days import (
    CalendarOverridesError,
    YearSchedule,
    _dump_days,
    _parse_days,
    _refuse_unknown,
)

YEAR_FORMAT = "onewindow-year-schedule"
_KEYS = {"format", "year", "source", "holidays", "workdays", "names"}
FIRST_YEAR, LAST_YEAR = 2000, 2100  # a year outside is a typo (27, 20277), not a schedule


class ScheduleFileError(CalendarOverridesError):
    """The file cannot be read as a year's schedule; nothing was stored."""


def parse_year_text(text: str, where: str = "节假日安排文件") -> YearSchedule:
    """A year's schedule from the text of its file (see the module's doc)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScheduleFileError(
            f"{where}不是有效的JSON：第{exc.lineno}行第{exc.colno}列附近有错误（{exc.msg}）。"
        ) from None
    return parse_year(data)


def parse_year(data: Any) -> YearSchedule:
    if not isinstance(data, dict):
        raise ScheduleFileError('节假日安排应为一个JSON对象，例如 {"year": 2027, "holidays": […]}。')
    _refuse_unknown(data, _KEYS, "节假日安排")
    if data.get("format", YEAR_FORMAT) != YEAR_FORMAT:
        raise ScheduleFileError(f"这不是一年的节假日安排文件（format应为{YEAR_FORMAT}）。")
    year = data.get("year")
    if isinstance(year, bool) or not isinstance(year, int):
        raise ScheduleFileError(f"year应为四位数字的年份，例如2027，而不是“{year}”。")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ScheduleFileError(f"年份{year}不合理，应在{FIRST_YEAR}至{LAST_YEAR}之间。")
    if "holidays" not in data:
        raise ScheduleFileError(f"{year}年安排缺少放假日期(holidays)。")
    holidays = _parse_days(data["holidays"], f"{year}年的放假日期(holidays)")
    workdays = _parse_days(data.get("workdays", []), f"{year}年的调休上班日期(workdays)")
    source = data.get("source", "")
    if not isinstance(source, str):
        raise ScheduleFileError("source应为文字，例如“国务院办公厅关于2027年部分节假日安排的通知”。")
    # first the year's own checks (a date of another year, a day both off and on) …
    schedule = YearSchedule(year=year, holidays=holidays, workdays=workdays, source=source.strip())
    # … then a make-up working day that is no weekend day (a typo of the date, most likely)
    for day in sorted(workdays):
        if day.weekday() < 5:
            raise ScheduleFileError(
                f"调休上班日期{day.isoformat()}是星期{'一二三四五'[day.weekday()]}，本来就上班；"
                "workdays只列周六、周日上班的日子。"
            )
    _check_names(data.get("names", {}), schedule)
    return schedule


def dump_year(schedule: YearSchedule) -> dict[str, Any]:
    """The file's structure for `schedule` (without names: the hall's calendar keeps none)."""
    return {
        "format": YEAR_FORMAT,
        "year": schedule.year,
        "source": schedule.source,
        "holidays": _dump_days(schedule.holidays),
        "workdays": _dump_days(schedule.workdays),
    }


def _check_names(names: Any, schedule: YearSchedule) -> None:
    if not isinstance(names, dict):
        raise ScheduleFileError('names应为节日名称到日期的对象，例如 {"元旦": ["2027-01-01"]}。')
    for name, days in names.items():
        for day in sorted(_parse_days(days, f"names中“{name}”的日期")):
            if day not in schedule.holidays:
                raise ScheduleFileError(f"“{name}”中的{day.isoformat()}不在放假日期(holidays)中。")
