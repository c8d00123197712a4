"""A hall with a 差评 to follow up, for the follow-up tests (server and console).

Terminals and users are made by sync_helpers (straight in the database): a window with its clerk
signed in, the console (a back-office terminal) with the hall manager signed in on it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sync_helpers import case_mutation, make_terminal, mutation, push, rating_payload, signed_in

from app.sync.protocol import Role, TerminalKind
from server.context import ServerContext

APPLICANT = {"name": "欧阳娜娜", "cert_number": "330429199001011234", "phone": "13812345678"}
CLERK = "clerk-w01"


@dataclass
class FollowupHall:
    client: object
    ctx: ServerContext
    hall_code: str
    window: object = None
    console: object = None
    clerk: dict = field(default_factory=dict)  # the clerk's headers, signed in on the window
    manager: dict = field(default_factory=dict)  # the hall manager's, signed in on the console
    seq: int = 0

    def rate(
        self, level: int = 1, case_id: str | None = None, rating_id: str | None = None, rated_at: str = ""
    ) -> dict:
        """Push a case and its rating (a 差评 unless `level` says otherwise); the rating mutation."""
        case_id = case_id or str(uuid.uuid4())
        self.seq += 1
        opening = case_mutation(self.seq, case_id, number=f"{self.hall_code}-W01-{case_id[:8]}")
        opening["payload"]["snapshot"]["applicant"] = dict(APPLICANT)
        opening["payload"]["snapshot"]["matter_names"] = ["结婚登记"]
        payload = rating_payload(case_id, rating_id, level=level)
        payload.update(clerk=CLERK, window="1号综合窗口", reasons=["R04"] if level <= 2 else [])
        payload["comment"] = "等了一个小时也没人管" if level <= 2 else ""
        payload["rated_at"] = rated_at or payload["rated_at"]
        self.seq += 1
        rating = mutation(self.seq, "rating.recorded", payload)
        r = push(self.client, self.window, opening, rating)
        assert r.status_code == 200, r.text
        assert [x["status"] for x in r.json()["results"]] == ["applied", "applied"], r.text
        return rating


def followup_hall(client, ctx: ServerContext, hall_code: str = "330429", code: str = "W01") -> FollowupHall:
    hall = FollowupHall(client, ctx, hall_code)
    hall.window = make_terminal(ctx, hall_code, code)
    hall.console = make_terminal(ctx, hall_code, "B" + code[1:], TerminalKind.BACKOFFICE)
    hall.clerk = signed_in(
        ctx, hall.window, Role.CLERK, CLERK if hall_code == "330429" else f"clerk-{hall_code}"
    )
    hall.manager = signed_in(ctx, hall.console, Role.HALL_MANAGER, f"manager-{hall_code}")
    return hall
