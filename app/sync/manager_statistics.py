"""统计报表's wire models (shared by the server and the hall manager's console).

``GET /v1/manager/statistics?date_from=YYYY-MM-DD&date_to=YYYY-MM-DD&by=hall|category|window|clerk|matter``
→ StatisticsReport, for the signed-in hall manager's (or admin's) hall: the console's back-office
terminal's hall. At most app.domain.statistics.MAX_RANGE_DAYS days (366): a longer or reversed
range is refused (400, a Chinese reason). Days are the hall's (Asia/Shanghai) dates: a ticket's
service day, a case decision's, a rating's or a 办不成事 反映's local date.

A figure a grouping cannot carry is None (a ticket has no matter; a case and a rating have no
queue category): the screen shows "—", not a zero that would read as "none happened".
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from app.domain.statistics import Grouping

PATH = "/manager/statistics"


class StatisticsRow(BaseModel):
    key: str = Field(max_length=100)  # category code, window name, clerk, matter code; hall code
    label: str = Field(max_length=200)  # what the screen shows (a category's or matter's name)
    tickets: int | None = None  # issued
    served: int | None = None  # 办结
    no_shows: int | None = None  # tickets passed over at least once (过号)
    transfers: int | None = None  # tickets transferred at least once (转移)
    mean_wait_seconds: float | None = None
    p90_wait_seconds: float | None = None
    mean_service_seconds: float | None = None
    p90_service_seconds: float | None = None
    accepted: int | None = None  # 受理 decisions in the period
    supplement: int | None = None  # 一次性告知 (补正) given
    refused: int | None = None  # 不予受理
    overdue: int | None = None  # cases due in the period and not decided by their promised date
    ratings: dict[int, int] | None = None  # level (1…5) → how many
    # 办不成事 反映 taken down in the period (by the hall's date it was made): the hall's, by the
    # window that took it down, by the matter it names (none: the row of no matter); None by
    # category and by clerk (Grouping.has_unresolved_reports)
    unresolved_reports: int | None = None

    @property
    def rating_count(self) -> int:
        return sum((self.ratings or {}).values())


class HourPoint(BaseModel):
    """One hour of the day (the hall's clock), over every day of the period."""

    hour: int = Field(ge=0, le=23)
    arrivals: int
    mean_wait_seconds: float | None = None


class WindowLoad(BaseModel):
    window: str = Field(max_length=50)
    served: int
    service_seconds: float  # the sum of its services


class StatisticsReport(BaseModel):
    hall_code: str
    hall_name: str
    date_from: date
    date_to: date
    by: Grouping
    rows: list[StatisticsRow]
    total: StatisticsRow  # the whole hall
    hours: list[HourPoint]  # 0…23, every hour present
    windows: list[WindowLoad]
    generated_at: datetime
