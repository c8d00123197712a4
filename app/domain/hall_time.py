"""The hall's clock: which day it is in the hall.

A hall counts its days (a ticket's service day, a case's working days, the day a special
procedure began) by the date in China, whatever zone a machine's clock is set to: a kiosk or a
server whose system zone is UTC would otherwise put everything before 08:00 on yesterday.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

HALL_TIMEZONE = ZoneInfo("Asia/Shanghai")


def hall_date(moment: datetime) -> date:
    """The hall's date of an aware moment (a naive one is taken as the machine's local time)."""
    return moment.astimezone(HALL_TIMEZONE).date()
