"""Wire models of the console's 节假日与营业时间 area, shared by server and console.

Paths (under ``/v1``; the hall manager's Bearer token, or an admin's with ``?hall=``):

=============================================  ==================================================
``GET  /manager/calendar``                     → CalendarOverview (years around today, the hours)
``POST /manager/calendar/years/{year}/preview`` YearEntry → YearPreview (nothing stored)
``PUT  /manager/calendar/years/{year}``        YearEntry → YearPreview (the year as entered)
``PUT  /manager/calendar/hours``               HallHoursModel → HallHoursModel
=============================================  ==================================================

The State Council's schedule is every hall's: a hall manager may enter a year nobody has yet
(the package has no data and nothing was entered: the winter the schedule is published), while
replacing a year already known moves every hall's dates and is an admin's (403 otherwise).
The hall's hours and closures are the hall's own; they reach the terminals inside HallConfig
(`hours`, ChangeKind.HALL) and never count for legal time limits (app/domain/hall_hours.py).
Refusals are ErrorAnswer with codes ``bad_request``, ``bad_schedule``, ``bad_hours``,
``year_known`` (403).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.domain.hall_hours import MAX_CLOSURES, MAX_REASON, MAX_SESSIONS, HallHours, dump_hours, parse_hours

SessionText = Annotated[str, Field(min_length=9, max_length=13, pattern=r"^\d{1,2}:\d{2}-\d{1,2}:\d{2}$")]
Sessions = Annotated[list[SessionText], Field(max_length=MAX_SESSIONS)]
MAX_DAYS_OFF = 60  # a year has about 30 days off, holiday weekends included
MAX_MAKEUP_DAYS = 20
MAX_MOVED_LISTED = 50


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClosureModel(_Strict):
    first: date
    last: date
    reason: str = Field(min_length=1, max_length=MAX_REASON)


class HallHoursModel(_Strict):
    """app.domain.hall_hours's JSON; `workday` None: no hours set (open but on closures)."""

    workday: Sessions | None = None
    saturday: Sessions = Field(default_factory=list)
    sunday: Sessions = Field(default_factory=list)
    closures: list[ClosureModel] = Field(default_factory=list, max_length=MAX_CLOSURES)

    def domain(self) -> HallHours:
        """The rules' HallHours; HallHoursError says what is wrong (overlaps, a reversed range …)."""
        return parse_hours(self.model_dump(mode="json"))

    @classmethod
    def of(cls, hours: HallHours) -> HallHoursModel:
        return cls.model_validate(dump_hours(hours))


class YearEntry(_Strict):
    """A year's schedule as the manager entered it: days off (放假) and make-up working days (调休上班)."""

    source: str = Field(default="", max_length=200)  # 国务院办公厅关于2027年部分节假日安排的通知
    holidays: list[date] = Field(max_length=MAX_DAYS_OFF)
    workdays: list[date] = Field(default_factory=list, max_length=MAX_MAKEUP_DAYS)


class YearView(_Strict):
    """One year as the grid shows it. `source`: official (the package), entered (on the server),
    missing (暂按周末计算). For an official year the days are the package's."""

    year: int
    source: str
    holidays: list[date] = Field(default_factory=list)
    workdays: list[date] = Field(default_factory=list)
    note: str = ""  # the notice's title, as entered
    entered_by: str = ""
    entered_at: datetime | None = None


class MovedCase(_Strict):
    number: str
    before: date
    after: date
    estimated: bool  # still 暂按周末计算: another year on the way is unknown too


class YearPreview(_Strict):
    """What entering the year changes in the hall's open cases (the terminals recount them)."""

    year: int
    replaces: bool  # the year was entered before (or is the package's)
    added_days_off: int  # compared with what the year counts with now
    removed_days_off: int
    estimated_cases: int  # open cases of the hall whose promised date is 暂按周末计算
    moved: int  # … whose date moves
    cases: list[MovedCase] = Field(default_factory=list, max_length=MAX_MOVED_LISTED)
    stored: bool = False  # True in the answer of PUT


class CalendarOverview(_Strict):
    years: list[YearView]
    hours: HallHoursModel
    may_replace_years: bool  # an admin's session: entered or official years can be replaced
