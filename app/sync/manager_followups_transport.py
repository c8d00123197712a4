"""The 好差评 follow-up calls: the console's (over its ManagerTransport) and the clerk's
申请复核 (over the same kind of transport built on the window terminal's credential).

Paths and who may call them: app/sync/manager_followups.py and server/api/manager_followups.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.rating_followups import FollowupState
from app.sync.manager_followups import (
    FOLLOWUPS_PATH,
    MY_FOLLOWUPS_PATH,
    MY_RATINGS_PATH,
    AssignBody,
    ClerkRating,
    ClerkRatings,
    CloseBody,
    FollowupDetail,
    FollowupList,
    FollowupMoved,
    FollowupRates,
    FollowupSettings,
    People,
    RecordBody,
    ReviewDecisionBody,
    ReviewRequest,
    SendBackBody,
    review_path,
)
from app.sync.manager_transport import ManagerTransport


class FollowupsTransport:
    def __init__(self, manager: ManagerTransport) -> None:
        self.manager = manager

    # -- the hall manager's console ----------------------------------------------------------
    def list(
        self,
        state: FollowupState | None = None,
        overdue: bool | None = None,
        clerk: str = "",
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> FollowupList:
        params: dict[str, Any] = {}
        if state is not None:
            params["state"] = state.value
        if overdue is not None:
            params["overdue"] = "true" if overdue else "false"
        if clerk:
            params["clerk"] = clerk
        if date_from is not None:
            params["date_from"] = date_from.isoformat()
        if date_to is not None:
            params["date_to"] = date_to.isoformat()
        return self.manager.get(FollowupList, FOLLOWUPS_PATH, params)

    def mine(self, closed: bool = False) -> FollowupList:
        """Those the signed-in account holds (我的整改): on their desk, or the closed ones."""
        return self.manager.get(FollowupList, MY_FOLLOWUPS_PATH, {"closed": "true" if closed else "false"})

    def detail(self, followup_id: int) -> FollowupDetail:
        return self.manager.get(FollowupDetail, f"{FOLLOWUPS_PATH}/{int(followup_id)}")

    def summary(self, date_from: date, date_to: date) -> FollowupRates:
        params = {"from": date_from.isoformat(), "to": date_to.isoformat()}
        return self.manager.get(FollowupRates, f"{FOLLOWUPS_PATH}/summary", params)

    def people(self) -> People:
        return self.manager.get(People, f"{FOLLOWUPS_PATH}/people")

    def settings(self) -> FollowupSettings:
        return self.manager.get(FollowupSettings, f"{FOLLOWUPS_PATH}/settings")

    def set_settings(self, settings: FollowupSettings) -> FollowupSettings:
        return self.manager.send("PUT", FollowupSettings, f"{FOLLOWUPS_PATH}/settings", settings)

    def assign(self, followup_id: int, body: AssignBody) -> FollowupMoved:
        return self._move(followup_id, "assign", body)

    def record(self, followup_id: int, body: RecordBody) -> FollowupMoved:
        return self._move(followup_id, "record", body)

    def close(self, followup_id: int, body: CloseBody) -> FollowupMoved:
        return self._move(followup_id, "close", body)

    def send_back(self, followup_id: int, body: SendBackBody) -> FollowupMoved:
        return self._move(followup_id, "send-back", body)

    def decide_review(self, followup_id: int, body: ReviewDecisionBody) -> FollowupMoved:
        return self._move(followup_id, "review", body)

    def _move(self, followup_id: int, step: str, body) -> FollowupMoved:
        return self.manager.send("POST", FollowupMoved, f"{FOLLOWUPS_PATH}/{int(followup_id)}/{step}", body)

    # -- the clerk at the window ------------------------------------------------------------
    def my_ratings(self) -> ClerkRatings:
        return self.manager.get(ClerkRatings, MY_RATINGS_PATH)

    def ask_review(self, rating_id: str, reason: str) -> ClerkRating:
        from urllib.parse import quote

        path = review_path(quote(rating_id, safe=""))
        return self.manager.send("POST", ClerkRating, path, ReviewRequest(reason=reason))
