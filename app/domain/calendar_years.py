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

from app.domain.messages import QT_TRANSLATE_NOOP, Message
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


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("messages", "星期一"),
    QT_TRANSLATE_NOOP("messages", "星期二"),
    QT_TRANSLATE_NOOP("messages", "星期三"),
    QT_TRANSLATE_NOOP("messages", "星期四"),
    QT_TRANSLATE_NOOP("messages", "星期五"),
)


THE_FILE = QT_TRANSLATE_NOOP("messages", "节假日安排文件")
NOT_JSON = QT_TRANSLATE_NOOP(
    "messages", "{where}不是有效的JSON：第{line}行第{column}列附近有错误（{error}）。"
)
NOT_AN_OBJECT = QT_TRANSLATE_NOOP(
    "messages", '节假日安排应为一个JSON对象，例如 {{"year": 2027, "holidays": […]}}。'
)
THE_SCHEDULE = QT_TRANSLATE_NOOP("messages", "节假日安排")
NOT_A_YEAR_FILE = QT_TRANSLATE_NOOP("messages", "这不是一年的节假日安排文件（format应为{format}）。")
BAD_YEAR = QT_TRANSLATE_NOOP("messages", "year应为四位数字的年份，例如2027，而不是“{year}”。")
YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("messages", "年份{year}不合理，应在{first}至{last}之间。")
NO_HOLIDAYS = QT_TRANSLATE_NOOP("messages", "{year}年安排缺少放假日期(holidays)。")
HOLIDAYS_OF_YEAR = QT_TRANSLATE_NOOP("messages", "{year}年的放假日期(holidays)")
WORKDAYS_OF_YEAR = QT_TRANSLATE_NOOP("messages", "{year}年的调休上班日期(workdays)")
SOURCE_TEXT = QT_TRANSLATE_NOOP(
    "messages", "source应为文字，例如“国务院办公厅关于2027年部分节假日安排的通知”。"
)
WEEKDAY_MAKEUP = QT_TRANSLATE_NOOP(
    "messages", "调休上班日期{day}是{weekday}，本来就上班；workdays只列周六、周日上班的日子。"
)
NAMES_OBJECT = QT_TRANSLATE_NOOP(
    "messages", 'names应为节日名称到日期的对象，例如 {{"元旦": ["2027-01-01"]}}。'
)
NAME_DAYS = QT_TRANSLATE_NOOP("messages", "names中“{name}”的日期")
NAME_NOT_OFF = QT_TRANSLATE_NOOP("messages", "“{name}”中的{day}不在放假日期(holidays)中。")


class ScheduleFileError(CalendarOverridesError):
    """The file cannot be read as a year's schedule; nothing was stored."""


def parse_year_text(text: str, where: Message | str = "") -> YearSchedule:
    """A year's schedule from the text of its file (see the module's doc)."""
    where = where or Message(THE_FILE)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        said = Message(NOT_JSON, where=where, line=exc.lineno, column=exc.colno, error=exc.msg)
        raise ScheduleFileError(said) from None
    return parse_year(data)


def parse_year(data: Any) -> YearSchedule:
    if not isinstance(data, dict):
        raise ScheduleFileError(Message(NOT_AN_OBJECT))
    _refuse_unknown(data, _KEYS, Message(THE_SCHEDULE))
    if data.get("format", YEAR_FORMAT) != YEAR_FORMAT:
        raise ScheduleFileError(Message(NOT_A_YEAR_FILE, format=YEAR_FORMAT))
    year = data.get("year")
    if isinstance(year, bool) or not isinstance(year, int):
        raise ScheduleFileError(Message(BAD_YEAR, year=year))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ScheduleFileError(Message(YEAR_OUT_OF_RANGE, year=year, first=FIRST_YEAR, last=LAST_YEAR))
    if "holidays" not in data:
        raise ScheduleFileError(Message(NO_HOLIDAYS, year=year))
    holidays = _parse_days(data["holidays"], Message(HOLIDAYS_OF_YEAR, year=year))
    workdays = _parse_days(data.get("workdays", []), Message(WORKDAYS_OF_YEAR, year=year))
    source = data.get("source", "")
    if not isinstance(source, str):
        raise ScheduleFileError(Message(SOURCE_TEXT))
    # first the year's own checks (a date of another year, a day both off and on) …
    schedule = YearSchedule(year=year, holidays=holidays, workdays=workdays, source=source.strip())
    # … then a make-up working day that is no weekend day (a typo of the date, most likely)
    for day in sorted(workdays):
        if day.weekday() < 5:
            raise ScheduleFileError(
                Message(WEEKDAY_MAKEUP, day=day.isoformat(), weekday=Message(_WEEKDAYS[day.weekday()]))
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
        raise ScheduleFileError(Message(NAMES_OBJECT))
    for name, days in names.items():
        for day in sorted(_parse_days(days, Message(NAME_DAYS, name=name))):
            if day not in schedule.holidays:
                raise ScheduleFileError(Message(NAME_NOT_OFF, name=name, day=day.isoformat()))
