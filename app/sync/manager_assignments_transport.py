"""The 窗口调度 routes (app/sync/manager_assignments.py) over the console's ManagerTransport.

Errors are the transport's: ServerUnreachable, Unauthorised, and Refused with the server's
Chinese reason and its code (stale_assignment, unserved_category, unqualified_clerk, …).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from app.sync.manager_assignments import (
    AssignmentChange,
    AssignmentResult,
    HallAssignments,
    ProfileApply,
    Qualification,
    UndoRequest,
    WorkProfile,
)
from app.sync.manager_transport import ManagerTransport

BASE = "/manager/assignments"


def _name(text: str) -> str:
    return quote(text, safe="")


class AssignmentsTransport:
    def __init__(self, transport: ManagerTransport, hall_code: str = "") -> None:
        self.transport = transport
        # an admin's console names its hall (?hall=); a hall manager's is their own either way
        self.query = f"?{urlencode({'hall': hall_code})}" if hall_code else ""

    def overview(self) -> HallAssignments:
        return self.transport.get(HallAssignments, BASE + self.query)

    def change(self, change: AssignmentChange) -> AssignmentResult:
        return self.transport.send("POST", AssignmentResult, BASE + self.query, change)

    def undo(self, change_id: int, allow_unserved: bool = False) -> AssignmentResult:
        body = UndoRequest(allow_unserved=allow_unserved)
        return self.transport.send("POST", AssignmentResult, f"{BASE}/{change_id}/undo{self.query}", body)

    def save_profile(self, profile: WorkProfile) -> HallAssignments:
        return self.transport.send(
            "PUT", HallAssignments, f"/manager/profiles/{_name(profile.name)}", profile
        )

    def delete_profile(self, name: str) -> HallAssignments:
        return self.transport.send("DELETE", HallAssignments, f"/manager/profiles/{_name(name)}{self.query}")

    def apply_profile(self, name: str, body: ProfileApply) -> AssignmentResult:
        path = f"/manager/profiles/{_name(name)}/apply{self.query}"
        return self.transport.send("POST", AssignmentResult, path, body)

    def set_qualification(self, username: str, body: Qualification) -> HallAssignments:
        path = f"/manager/qualifications/{_name(username)}{self.query}"
        return self.transport.send("PUT", HallAssignments, path, body)
