"""The console's 办不成事 calls over its ManagerTransport (paths and models:
app/sync/unresolved_reports.py). The people a report may be given to are those a 差评's
follow-up may be given to: the hall's one list of who follows things up."""

from __future__ import annotations

from urllib.parse import quote

from pydantic import BaseModel

from app.sync.manager_followups import FOLLOWUPS_PATH, People
from app.sync.manager_transport import ManagerTransport
from app.sync.unresolved_reports import (
    REPORTS_PATH,
    ReportAnswerBody,
    ReportAssignBody,
    ReportCloseBody,
    ReportDetail,
    ReportItem,
    ReportSendBackBody,
    ReportsOverview,
    report_path,
)


class UnresolvedTransport:
    def __init__(self, manager: ManagerTransport) -> None:
        self.manager = manager

    def overview(self, closed_days: int) -> ReportsOverview:
        return self.manager.get(ReportsOverview, REPORTS_PATH, {"closed_days": int(closed_days)})

    def detail(self, report_id: str) -> ReportDetail:
        return self.manager.get(ReportDetail, _path(report_id))

    def people(self) -> People:
        return self.manager.get(People, f"{FOLLOWUPS_PATH}/people")

    def assign(self, report_id: str, body: ReportAssignBody) -> ReportItem:
        return self._move(report_id, "assign", body)

    def answer(self, report_id: str, body: ReportAnswerBody) -> ReportItem:
        return self._move(report_id, "answer", body)

    def close(self, report_id: str, body: ReportCloseBody) -> ReportItem:
        return self._move(report_id, "close", body)

    def send_back(self, report_id: str, body: ReportSendBackBody) -> ReportItem:
        return self._move(report_id, "send-back", body)

    def _move(self, report_id: str, step: str, body: BaseModel) -> ReportItem:
        return self.manager.send("POST", ReportItem, f"{_path(report_id)}/{step}", body)


def _path(report_id: str) -> str:
    # the id is a window's UUID, but it is data from the server: never let it reshape the path
    return report_path(quote(report_id, safe=""))
