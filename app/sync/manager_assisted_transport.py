"""帮办代办台账's route (app/sync/manager_assisted.py) over the console's ManagerTransport.

Errors are the transport's: ServerUnreachable, Unauthorised, and Refused with the server's
Chinese reason (a period longer than a year, another hall's ledger).
"""

from __future__ import annotations

from datetime import date

from app.sync.manager_assisted import PATH, AssistedLedger
from app.sync.manager_transport import ManagerTransport


class AssistedTransport:
    def __init__(self, transport: ManagerTransport, hall_code: str = "") -> None:
        self.transport = transport
        self.hall_code = hall_code  # an admin's console names its hall; a manager's is their own

    def ledger(self, date_from: date, date_to: date) -> AssistedLedger:
        params = {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()}
        if self.hall_code:
            params["hall"] = self.hall_code
        return self.transport.get(AssistedLedger, PATH, params)
