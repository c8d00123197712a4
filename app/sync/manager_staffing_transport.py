"""The 调度建议 calls of the hall manager's console, over its ManagerTransport; a suggestion is
applied through the tidal windows' route (POST /manager/assignments), like any change there.

Paths and who may call them: app/sync/manager_staffing.py and server/api/manager_staffing.py.
Errors are the transport's (ServerUnreachable, Unauthorised, Refused with the server's reason).
"""

from __future__ import annotations

from urllib.parse import urlencode

from app.sync.manager_assignments import AssignmentChange, AssignmentResult
from app.sync.manager_staffing import StaffingView, WaitTarget, WaitTargets
from app.sync.manager_transport import ManagerTransport

ASSIGNMENTS_PATH = "/manager/assignments"
STAFFING_PATH = "/manager/staffing"
TARGETS_PATH = "/manager/staffing/targets"


class StaffingTransport:
    def __init__(self, manager: ManagerTransport, hall_code: str = "") -> None:
        self.manager = manager
        # an admin's console names its hall (?hall=); a manager's is their own either way
        self.query = f"?{urlencode({'hall': hall_code})}" if hall_code else ""

    def view(self) -> StaffingView:
        return self.manager.get(StaffingView, STAFFING_PATH + self.query)

    def targets(self) -> WaitTargets:
        return self.manager.get(WaitTargets, TARGETS_PATH + self.query)

    def save_targets(self, targets: list[WaitTarget]) -> WaitTargets:
        return self.manager.send("PUT", WaitTargets, TARGETS_PATH + self.query, WaitTargets(targets=targets))

    def change_assignments(self, change: AssignmentChange) -> AssignmentResult:
        return self.manager.send("POST", AssignmentResult, ASSIGNMENTS_PATH + self.query, change)
