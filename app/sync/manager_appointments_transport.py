"""The console's 预约号源 calls (GET/PUT /manager/appointment-plans, app/sync/appointment_protocol.py)
over the console's ManagerTransport, and the hall's categories they are set for (the 窗口调度
overview lists them all; the plans name only those that take bookings)."""

from __future__ import annotations

from urllib.parse import urlencode

from app.sync.appointment_protocol import PLANS_PATH, AppointmentSettings
from app.sync.manager_assignments import CategoryInfo, HallAssignments
from app.sync.manager_transport import ManagerTransport


class AppointmentPlansTransport:
    def __init__(self, manager: ManagerTransport, hall_code: str = "") -> None:
        self.manager = manager
        # an admin's console names its hall (?hall=); a hall manager's is their own either way
        self.query = f"?{urlencode({'hall': hall_code})}" if hall_code else ""

    def settings(self) -> AppointmentSettings:
        return self.manager.get(AppointmentSettings, PLANS_PATH + self.query)

    def save(self, settings: AppointmentSettings) -> AppointmentSettings:
        return self.manager.send("PUT", AppointmentSettings, PLANS_PATH + self.query, settings)

    def categories(self) -> list[CategoryInfo]:
        return self.manager.get(HallAssignments, "/manager/assignments" + self.query).categories
