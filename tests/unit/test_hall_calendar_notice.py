"""The State Council's notice pasted into the console (app/services/manager/calendar.parse_notice):
the 2025 notice as published reads back as the package's 2025 schedule."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest

from app.services.manager.calendar import CalendarRefused, parse_notice

NOTICE_2025 = """国务院办公厅关于2025年部分节假日安排的通知
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。
"""


def _year(year: int):
    day = date(year, 1, 1)
    while day.year == year:
        yield day
        day += timedelta(days=1)


def test_the_2025_notice_reads_as_the_packaged_schedule():
    notice = parse_notice(2025, NOTICE_2025)
    assert notice.source == "国务院办公厅关于2025年部分节假日安排的通知"
    assert len(notice.holidays) == 1 + 8 + 3 + 5 + 3 + 8
    assert notice.workdays == {
        date(2025, 1, 26),
        date(2025, 2, 8),
        date(2025, 4, 27),
        date(2025, 9, 28),
        date(2025, 10, 11),
    }
    for day in _year(2025):
        if day in notice.holidays:
            assert not chinese_calendar.is_workday(day), day
        elif day in notice.workdays or day.weekday() < 5:
            assert chinese_calendar.is_workday(day), day
    assert notice.names["春节"][0] == date(2025, 1, 28) and len(notice.names["春节"]) == 8
    assert notice.names["端午节"] == (date(2025, 5, 31), date(2025, 6, 1), date(2025, 6, 2))


def test_a_run_into_the_next_year_and_a_dated_year():
    notice = parse_notice(2026, "元旦：2026年1月1日至3日放假。")
    assert notice.holidays == {date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3)}
    # a run past 31 December is read as such; the server then refuses the days of another year
    notice = parse_notice(2026, "元旦：12月31日至1月2日放假。")
    assert max(notice.holidays) == date(2027, 1, 2)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("二、春节：放假调休，共9天。", "未能从“放假调休，共9天”中读出日期"),
        ("春节：2月6日至14日放假。上班安排另行通知。", "未能从“上班安排另行通知”中读出日期"),
        ("春节：2月30日放假。", "日期2月30日不存在"),
        ("节假日期间，各地区要妥善安排值班。", "没有找到放假安排"),
    ],
)
def test_what_cannot_be_read_is_said_not_dropped(text, said):
    with pytest.raises(CalendarRefused) as refused:
        parse_notice(2027, text)
    assert said in str(refused.value)
