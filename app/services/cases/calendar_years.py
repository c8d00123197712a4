"""Entering a year's holiday schedule at the window, and recounting the dates it corrects.

The years a hall enters are kept in the workbench's data folder (`节假日安排.json`, the format of
resources/calendar/hall_overrides.json with its `years` only), never in the installed program, so
an update of the program keeps them. They beat the packaged schedule and the bundled overrides.

Entering a year (`CalendarYears.enter`) stores it, puts it into the calendar the running use cases
count with, and recounts every open case whose promised date was estimated (暂按周末计算): each gets
an event "承诺办结日期由X调整为Y（已按国务院节假日安排重新计算）", which is pushed to the server like
any other. The file is written before the cases: if the recount fails half-way (a power cut), the
year is known and `recount_open_cases` — run at every start — finishes the work.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.calendar_years import parse_year, parse_year_text
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.working_days import (
    CalendarOverridesError,
    HallOverrides,
    WorkCalendar,
    YearSchedule,
    dump_overrides,
    parse_overrides,
)
from app.json_files import write_json_atomically
from app.services.cases.mutations import record_mutations
from app.services.clock import Clock
from app.services.errors import ServiceError
from app.store.models import CaseRow
from app.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
ENTERED_YEARS_FILE = "节假日安排.json"  # in the data folder, beside the database
RECOUNT_ACTOR = "节假日安排"  # who the timeline names for a recount nobody typed
SERVER_ACTOR = "中心服务器节假日安排"  # … and for a year the central server sent


FILE_NAMED = QT_TRANSLATE_NOOP("messages", "文件{name}")
NOT_UTF8 = QT_TRANSLATE_NOOP("messages", "未导入：文件{path}不是UTF-8编码的文本，请另存为UTF-8后再导入。")
UNREADABLE = QT_TRANSLATE_NOOP("messages", "未导入：无法读取文件{path}（{error}）。")
NOT_ENTERED = QT_TRANSLATE_NOOP("messages", "未导入：{problem}")
PROVISIONAL = QT_TRANSLATE_NOOP("messages", "{year}年安排是暂定的，不能作为正式安排导入。")
NOT_SAVED = QT_TRANSLATE_NOOP("messages", "无法保存{year}年安排到{path}：{error}")


class ScheduleNotEntered(ServiceError):
    """The year was not entered (a bad file, an unwritable folder); nothing was stored."""


def entered_years(data_dir: Path) -> dict[int, YearSchedule]:
    """The years entered at this workbench; a damaged file is logged and counts as none."""
    path = data_dir / ENTERED_YEARS_FILE
    try:
        return dict(parse_overrides(json.loads(path.read_text(encoding="utf-8"))).years)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, CalendarOverridesError) as exc:
        # the window keeps working (weekends only, marked); the administrator enters it again
        log.warning("entered holiday years %s unreadable (%s); ignored", path, exc)
        return {}


def hall_calendar(base: HallOverrides, data_dir: Path) -> WorkCalendar:
    """The bundled overrides with the years entered here on top."""
    return WorkCalendar(replace(base, years={**base.years, **entered_years(data_dir)}))


@dataclass(frozen=True)
class Recounted:
    number: str
    before: date
    after: date
    estimated: bool  # still estimated: another year on the way is unknown too


@dataclass(frozen=True)
class YearEntered:
    year: int
    source: str
    recounted: tuple[Recounted, ...]


def read_year_file(path: Path) -> YearSchedule:
    """A year from its file (app/domain/calendar_years.py); ScheduleNotEntered names the problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ScheduleNotEntered(Message(NOT_UTF8, path=str(path))) from None
    except OSError as exc:
        raise ScheduleNotEntered(
            Message(UNREADABLE, path=str(path), error=str(exc.strerror or exc))
        ) from None
    try:
        return parse_year_text(text, Message(FILE_NAMED, name=Path(path).name))
    except CalendarOverridesError as exc:
        raise ScheduleNotEntered(Message(NOT_ENTERED, problem=exc.message)) from None


class CalendarYears:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        data_dir: Path,
        calendar: WorkCalendar,
        bundled: HallOverrides,
        clock: Clock,
    ) -> None:
        self._sessions = sessions
        self._data_dir = data_dir
        self._calendar = calendar  # the use cases' own: entering a year changes what they count
        self._bundled = bundled  # the calendar without the years entered here
        self._clock = clock

    def enter_file(self, path: Path, actor: str = RECOUNT_ACTOR) -> YearEntered:
        return self.enter(read_year_file(path), actor)

    def enter(self, schedule: YearSchedule, actor: str = RECOUNT_ACTOR) -> YearEntered:
        if schedule.provisional:
            raise ScheduleNotEntered(Message(PROVISIONAL, year=schedule.year))
        years = {**entered_years(self._data_dir), schedule.year: schedule}
        path = self._data_dir / ENTERED_YEARS_FILE
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_json_atomically(path, dump_overrides(HallOverrides(years=years)), indent=2)
        except OSError as exc:
            error = str(exc.strerror or exc)
            raise ScheduleNotEntered(
                Message(NOT_SAVED, year=schedule.year, path=str(path), error=error)
            ) from None
        before = WorkCalendar(self._calendar.overrides)
        base = self._calendar.overrides
        self._calendar.overrides = replace(base, years={**base.years, schedule.year: schedule})
        recounted = self._recount(before, actor)
        log.info("holiday schedule %s entered; %d promised dates recounted", schedule.year, len(recounted))
        return YearEntered(schedule.year, schedule.source, recounted)

    def enter_from_server(self, data: dict) -> YearEntered | None:
        """A year the central server sent (ChangeKind.CALENDAR); the same year again changes nothing.

        A year the server sends malformed is logged and skipped: sync must go on, and the window
        keeps counting weekends only (marked) until a good copy arrives.
        """
        try:
            schedule = parse_year(data)
        except CalendarOverridesError as exc:
            log.warning("holiday schedule from the server refused: %s", exc.message)
            return None
        if self._calendar.overrides.years.get(schedule.year) == schedule:
            return None
        return self.enter(schedule, SERVER_ACTOR)

    def recount_open_cases(self, actor: str = RECOUNT_ACTOR) -> tuple[Recounted, ...]:
        """Recount the estimated dates whose years are known by now (run at every start).

        They were counted without the years entered here (weekends only where the package had no
        schedule either); a year entered since — or a crash between storing a year and recounting
        — is caught up here.
        """
        return self._recount(WorkCalendar(self._bundled), actor)

    def _recount(self, counted_by: WorkCalendar, actor: str) -> tuple[Recounted, ...]:
        """Every open estimated case that the calendar now knows more about, counted again.

        `counted_by` is the calendar the dates were counted with: the n-th working day it gives
        becomes the n-th working day now (suspensions added on the way are kept).
        """
        now, current = self._clock(), self._calendar
        done: list[Recounted] = []
        with UnitOfWork(self._sessions) as uow:
            ids = uow.session.scalars(select(CaseRow.id).where(CaseRow.promised_estimated.is_(True))).all()
            for case_id in ids:
                case = uow.cases.get(case_id)
                if case is None or case.promised_date is None or case.accepted_at is None:
                    continue
                first, last = case.accepted_at.year, case.promised_date.year
                learnt = [
                    y
                    for y in range(first, last + 1)
                    if counted_by.year_source(y).estimated and not current.year_source(y).estimated
                ]
                if not learnt:
                    continue  # nothing new about its years: no event that says nothing
                status, first_new, before = case.status, len(case.events), case.promised_date
                if case.recount_promised_date(now, actor, counted_by, current):
                    record_mutations(uow, case, first_new, now, status)
                    uow.cases.save(case)
                    done.append(Recounted(case.number, before, case.promised_date, case.promised_estimated))
            uow.commit()
        return tuple(done)
