"""统计报表's route (app/sync/manager_statistics.py) over the console's ManagerTransport.

Errors are the transport's: ServerUnreachable, Unauthorised, and Refused with the server's
Chinese reason (a period longer than a year, another hall's figures).
"""

from __future__ import annotations

from datetime import date

from app.domain.statistics import Grouping
from app.sync.manager_statistics import PATH, StatisticsReport
from app.sync.manager_transport import ManagerTransport


class StatisticsTransport:
    def __init__(self, transport: ManagerTransport, hall_code: str = "") -> None:
        self.transport = transport
        self.hall_code = hall_code  # an admin's console names its hall; a manager's is their own

    def report(self, date_from: date, date_to: date, by: Grouping) -> StatisticsReport:
        params = {"date_from": date_from.isoformat(), "date_to": date_to.isoformat(), "by": by.value}
        if self.hall_code:
            params["hall"] = self.hall_code
        return self.transport.get(StatisticsReport, PATH, params)
