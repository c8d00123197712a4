"""实时大厅's routes (app/sync/manager_live.py) over the console's ManagerTransport.

Errors are the transport's: ServerUnreachable, Unauthorised, and Refused with the server's
Chinese reason (a category the hall does not have, a threshold out of range).
"""

from __future__ import annotations

from urllib.parse import quote

from app.sync.manager_live import LiveHall, ThresholdsChange
from app.sync.manager_transport import ManagerTransport

PATH = "/manager/live"


class LiveHallTransport:
    def __init__(self, transport: ManagerTransport, hall_code: str = "") -> None:
        self.transport = transport
        self.hall_code = hall_code  # an admin's console names its hall; a manager's is their own

    def _params(self) -> dict[str, str] | None:
        return {"hall": self.hall_code} if self.hall_code else None

    def live(self) -> LiveHall:
        return self.transport.get(LiveHall, PATH, self._params())

    def set_thresholds(self, change: ThresholdsChange) -> LiveHall:
        path = f"{PATH}/thresholds"
        if self.hall_code:
            path += f"?hall={quote(self.hall_code, safe='')}"
        return self.transport.send("PUT", LiveHall, path, change)
