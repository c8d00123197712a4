"""节假日与营业时间: the use cases behind the console's tab, building plain view models.

A year is entered day by day on a grid (休 / 班) or from the State Council's notice pasted as text
(`parse_notice`); either way the server previews what changes before anything is stored. The
hall's hours and closures are checked by the domain's rules here first (the same messages the
server would give), then saved as a whole.

What `parse_notice` reads, sentence by sentence (the notice's own wording, e.g. 2025's):
- ``一、元旦：1月1日（周三）放假1天，不调休。`` — a festival's name before the colon; in a
  sentence with 放假, its first date or run ``1月28日（…）至2月4日（…）`` / ``10月1日至8日`` are days off;
- ``1月26日（周日）、2月8日（周六）上班。`` — in a sentence with 上班, every date is a make-up
  working day;
- a date may carry its year (2026年12月31日); parenthesised notes (周三, 农历除夕) are skipped; a
  line without 放假 or 上班 (the title, the closing words) is ignored, but a 放假 or 上班 sentence
  with no date in it is refused, naming it, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.hall_hours import HallHours, HallHoursError, closure, parse_sessions
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.services.errors import ServiceError
from app.sync.manager_calendar import (
    CalendarOverview,
    HallHoursModel,
    YearEntry,
    YearPreview,
    YearView,
)
from app.sync.manager_calendar_transport import CalendarTransport
from app.sync.transport import TransportError

NO_DATE = QT_TRANSLATE_NOOP("messages", "未能从“{sentence}”中读出日期，请检查后再粘贴，或在日历上逐日标记。")
BAD_DATE = QT_TRANSLATE_NOOP("messages", "“{sentence}”中的日期{month}月{day}日不存在。")
NOTHING_READ = QT_TRANSLATE_NOOP(
    "messages", "粘贴的文字中没有找到放假安排（应有“……放假……”的句子），请粘贴国务院办公厅通知的正文。"
)
WORKDAY_HOURS = QT_TRANSLATE_NOOP("messages", "工作日")
SATURDAY_HOURS = QT_TRANSLATE_NOOP("messages", "周六")
SUNDAY_HOURS = QT_TRANSLATE_NOOP("messages", "周日")

SOURCES = ("official", "entered", "missing")  # the package's, entered on the server, 暂按周末计算
_NOTES = re.compile(r"（[^）]*）|\([^)]*\)")
_DAY = r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"
_RUN = re.compile(_DAY + r"(?:\s*[至到—\-~～]\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日)?")
_ONE = re.compile(_DAY)
_TITLE = re.compile(r"(\d{4})年部分节假日安排")


class CalendarRefused(ServiceError):
    """The server (or the rules) refused; nothing was stored. ``message`` says why."""


@dataclass(frozen=True)
class ParsedNotice:
    holidays: frozenset[date]
    workdays: frozenset[date]
    names: dict[str, tuple[date, ...]]  # festival → its days off, for the manager to check
    source: str  # the notice's title when the text had it


@dataclass(frozen=True)
class YearRow:
    """One line of the years list: what the grid shows, and how sure it is."""

    year: int
    source: str  # official | entered | missing (暂按周末计算)
    holidays: frozenset[date]
    workdays: frozenset[date]
    note: str
    entered_by: str

    @property
    def estimated(self) -> bool:
        return self.source == "missing"


@dataclass(frozen=True)
class CalendarPage:
    years: tuple[YearRow, ...]
    hours: HallHours
    may_replace_years: bool

    def year(self, year: int) -> YearRow | None:
        return next((y for y in self.years if y.year == year), None)


class HallCalendar:
    """The tab's use cases (one object per console, over the console's CalendarTransport)."""

    def __init__(self, transport: CalendarTransport) -> None:
        self.transport = transport

    def load(self) -> CalendarPage:
        return page_of(self._call(self.transport.overview))

    def preview(self, year: int, holidays, workdays, source: str = "") -> YearPreview:
        entry = _entry(holidays, workdays, source)
        return self._call(lambda: self.transport.preview_year(year, entry))

    def enter(self, year: int, holidays, workdays, source: str = "") -> YearPreview:
        entry = _entry(holidays, workdays, source)
        return self._call(lambda: self.transport.enter_year(year, entry))

    def save_hours(
        self,
        workday: str,
        saturday: str,
        sunday: str,
        closures: list[tuple[date, date, str]],
        hours_set: bool = True,
    ) -> HallHours:
        """Check the typed hours (``09:00-12:00、13:30-17:00``) and closures, then store them."""
        try:
            # without hours set the weekend lines mean nothing: the hall is open but on closures
            checked = HallHours(
                workday=parse_sessions(workday, Message(WORKDAY_HOURS)) if hours_set else None,
                saturday=parse_sessions(saturday, Message(SATURDAY_HOURS)) if hours_set else (),
                sunday=parse_sessions(sunday, Message(SUNDAY_HOURS)) if hours_set else (),
                closures=tuple(closure(a.isoformat(), b.isoformat(), reason) for a, b, reason in closures),
            )
            model = HallHoursModel.of(checked)
            model.domain()  # overlaps between closures, their count: the whole is checked too
        except HallHoursError as exc:
            raise CalendarRefused(exc.message) from None
        return self._call(lambda: self.transport.set_hours(model)).domain()

    @staticmethod
    def _call(fn):
        try:
            return fn()
        except TransportError as exc:
            raise CalendarRefused(message_of(exc)) from exc


def page_of(overview: CalendarOverview) -> CalendarPage:
    return CalendarPage(
        years=tuple(_row(y) for y in overview.years),
        hours=overview.hours.domain(),
        may_replace_years=overview.may_replace_years,
    )


def _row(view: YearView) -> YearRow:
    return YearRow(
        year=view.year,
        source=view.source if view.source in SOURCES else "missing",
        holidays=frozenset(view.holidays),
        workdays=frozenset(view.workdays),
        note=view.note,
        entered_by=view.entered_by,
    )


def _entry(holidays, workdays, source: str) -> YearEntry:
    return YearEntry(source=source.strip()[:200], holidays=sorted(holidays), workdays=sorted(workdays))


# --- the State Council's notice, pasted --------------------------------------------------------
def parse_notice(year: int, text: str) -> ParsedNotice:
    """Days off and make-up working days from the notice's text (see the module's doc)."""
    holidays: set[date] = set()
    workdays: set[date] = set()
    names: dict[str, tuple[date, ...]] = {}
    title = _TITLE.search(text)
    for line in text.splitlines():
        name, _, rest = _NOTES.sub("", line).strip().partition("：")
        if not rest:
            name, rest = "", name
        name = re.sub(r"^[一二三四五六七八九十]+、", "", name).strip()
        for sentence in re.split(r"[。；;]", rest):
            sentence = sentence.strip()
            if "放假" in sentence:
                days = _days_off(year, sentence)
                holidays |= days
                if name:
                    names[name] = tuple(sorted({*names.get(name, ()), *days}))
            elif "上班" in sentence:
                found = list(_ONE.finditer(sentence))
                if not found:
                    raise CalendarRefused(Message(NO_DATE, sentence=sentence))
                workdays |= {_date(year, m[1], m[2], m[3], sentence) for m in found}
    if not holidays:
        raise CalendarRefused(Message(NOTHING_READ))
    source = f"国务院办公厅关于{title[1]}年部分节假日安排的通知" if title else ""
    return ParsedNotice(frozenset(holidays), frozenset(workdays), names, source)


def _days_off(year: int, sentence: str) -> set[date]:
    found = _RUN.search(sentence.split("放假")[0]) or _RUN.search(sentence)
    if found is None:
        raise CalendarRefused(Message(NO_DATE, sentence=sentence))
    first = _date(year, found[1], found[2], found[3], sentence)
    if found[6] is None:
        return {first}
    end_year = int(found[4]) if found[4] else first.year
    end_month = found[5] or str(first.month)  # 10月1日至8日: the same month
    last = _date(end_year, None, end_month, found[6], sentence)
    if last < first:  # 12月31日至1月2日: the run ends in the next year
        last = _date(end_year + 1, None, end_month, found[6], sentence)
    if (last - first).days > 31:
        raise CalendarRefused(Message(NO_DATE, sentence=sentence))
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


def _date(year: int, year_text, month: str, day: str, sentence: str) -> date:
    try:
        return date(int(year_text) if year_text else year, int(month), int(day))
    except ValueError:
        raise CalendarRefused(Message(BAD_DATE, sentence=sentence, month=month, day=day)) from None
