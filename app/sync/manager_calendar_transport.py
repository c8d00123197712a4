"""The console's 节假日与营业时间 calls, over the console's ManagerTransport (see
app/sync/manager_calendar.py for the paths and who may call them)."""

from __future__ import annotations

from app.sync.manager_calendar import CalendarOverview, HallHoursModel, YearEntry, YearPreview
from app.sync.manager_transport import ManagerTransport

BASE = "/manager/calendar"


class CalendarTransport:
    def __init__(self, manager: ManagerTransport) -> None:
        self.manager = manager

    def overview(self) -> CalendarOverview:
        return self.manager.get(CalendarOverview, BASE)

    def preview_year(self, year: int, entry: YearEntry) -> YearPreview:
        return self.manager.send("POST", YearPreview, f"{BASE}/years/{year}/preview", entry)

    def enter_year(self, year: int, entry: YearEntry) -> YearPreview:
        return self.manager.send("PUT", YearPreview, f"{BASE}/years/{year}", entry)

    def set_hours(self, hours: HallHoursModel) -> HallHoursModel:
        return self.manager.send("PUT", HallHoursModel, f"{BASE}/hours", hours)
