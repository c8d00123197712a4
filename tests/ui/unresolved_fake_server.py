"""The server's 办不成事 routes as the console sees them over HTTP, in memory (an httpx
MockTransport): the wire models of app/sync/unresolved_reports.py both ways, the domain's moves,
a version on each report (a move sent with an older one is 409), 400 for a body the server
refuses, 404 for a report it does not hold. The console's whole path (HttpTransport →
ManagerTransport → UnresolvedTransport → UnresolvedDesk → the tab) runs against it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import httpx
from pydantic import ValidationError

from app.domain.masking import mask_name, mask_phone
from app.domain.unresolved_reports import ReportMove, ReportMoveError, ReportState, next_state
from app.sync.manager_followups import People, Person
from app.sync.manager_transport import ManagerTransport
from app.sync.transport import HttpTransport
from app.sync.unresolved_reports import (
    REPORTS_PATH,
    ReportAnswerBody,
    ReportAssignBody,
    ReportCloseBody,
    ReportDetail,
    ReportEvent,
    ReportItem,
    ReportSendBackBody,
    ReportsOverview,
)

PREFIX = "/v1" + REPORTS_PATH
PEOPLE = (("wangzr", "王主任"), ("zhaoyl", "赵一里"))
STEPS = {
    "assign": (ReportAssignBody, ReportMove.ASSIGN),
    "answer": (ReportAnswerBody, ReportMove.ANSWER),
    "close": (ReportCloseBody, ReportMove.CLOSE),
    "send-back": (ReportSendBackBody, ReportMove.SEND_BACK),
}


class FakeReports:
    def __init__(self, today: date = date(2026, 11, 30)) -> None:
        self.today = today
        self.reports: dict[str, ReportDetail] = {}
        self.requests: list[str] = []

    def add(self, report_id: str, name: str, phone: str, kind: str, *, overdue=False, estimated=False):
        at = datetime(2026, 11, 23, 2, 5, tzinfo=UTC)
        self.reports[report_id] = ReportDetail(
            id=report_id,
            reported_at=at,
            window="办不成事反映窗口",
            name_masked=mask_name(name),
            phone_masked=mask_phone(phone),
            kind=kind,
            matter_name="不动产登记",
            failed_window="5号不动产窗口",
            state="open",
            due_date=self.today - timedelta(days=1) if overdue else self.today + timedelta(days=3),
            due_estimated=estimated,
            overdue=overdue,
            version=1,
            name=name,
            phone=phone,
            description="窗口三次要求补交不同的材料，至今没有办成",
            matter_code="330429-000-XK-0009",
            case_number="",
            registered_by="lixm",
            events=[ReportEvent(kind="reported", at=at, actor="lixm", detail={"due_date": "2026-11-30"})],
        )

    def changed_elsewhere(self, report_id: str) -> None:
        """Another console moved it a moment ago (the version this one holds is stale now)."""
        report = self.reports[report_id]
        self.reports[report_id] = report.model_copy(update={"version": report.version + 1})

    # -- HTTP --------------------------------------------------------------------------------------
    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handle))

    def manager_transport(self) -> ManagerTransport:
        http = HttpTransport("http://testserver", client=self.client(), terminal_id="B01", secret="s")
        return ManagerTransport(http, lambda: "token-of-the-manager")

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append(f"{request.method} {path}")
        if request.headers.get("Authorization") != "Bearer token-of-the-manager":
            return _refuse(401, "请先登录", "sign_in_required")
        if path == "/v1/manager/followups/people":
            items = [Person(username=u, display_name=d, role="hall_manager") for u, d in PEOPLE]
            return _answer(People(items=items))
        if path == PREFIX and request.method == "GET":
            return self._overview(int(request.url.params.get("closed_days", "30")))
        parts = path.removeprefix(PREFIX + "/").split("/")
        report = self.reports.get(parts[0])
        if report is None:
            return _refuse(404, "找不到这条办不成事反映（或它不属于本大厅）", "not_found")
        if len(parts) == 1 and request.method == "GET":
            return _answer(report)
        if len(parts) == 2 and request.method == "POST" and parts[1] in STEPS:
            return self._move(report, parts[1], json.loads(request.content or b"{}"))
        return _refuse(404, "没有这个地址", "not_found")

    def _overview(self, closed_days: int) -> httpx.Response:
        items = [
            ReportItem(**r.model_dump(include=set(ReportItem.model_fields))) for r in self.reports.values()
        ]
        count = {s: sum(1 for i in items if i.state == s) for s in ("open", "assigned", "answered", "closed")}
        overdue = sum(1 for i in items if i.overdue and i.state != "closed")
        return _answer(ReportsOverview(items=items, overdue=overdue, closed_days=closed_days, **count))

    def _move(self, report: ReportDetail, step: str, data: dict) -> httpx.Response:
        model, move = STEPS[step]
        try:
            body = model.model_validate(data)
        except ValidationError:
            return _refuse(400, "提交的内容不完整", "invalid")
        if body.version != report.version:
            return _refuse(409, "这条办不成事反映刚被他人改动过，请刷新后再操作", "stale_report")
        try:
            state = next_state(ReportState(report.state), move)
        except ReportMoveError as exc:
            return _refuse(409, str(exc), "conflict")
        update: dict = {"state": state.value, "version": report.version + 1}
        detail: dict = {}
        if isinstance(body, ReportAssignBody):
            if body.assignee not in dict(PEOPLE):
                return _refuse(400, f"{body.assignee}不是本大厅的用户", "invalid")
            update["assignee"] = detail["assignee"] = body.assignee
            detail["name"] = dict(PEOPLE)[body.assignee]
        elif isinstance(body, ReportAnswerBody):
            detail = body.model_dump(mode="json", exclude={"version"})
            update.update(body.model_dump(exclude={"version"}))
        elif isinstance(body, ReportSendBackBody):
            detail = {"reason": body.reason}
        event = ReportEvent(kind=step.replace("-", "_"), at=datetime.now(UTC), actor="zhangjl", detail=detail)
        update["events"] = [*report.events, event]
        if state is ReportState.CLOSED:
            update["overdue"] = False
        moved = report.model_copy(update=update)
        self.reports[report.id] = moved
        return _answer(_item(moved))


def _item(report: ReportDetail) -> ReportItem:
    return ReportItem(**report.model_dump(include=set(ReportItem.model_fields)))


def _answer(model) -> httpx.Response:
    return httpx.Response(200, content=model.model_dump_json(), headers={"Content-Type": "application/json"})


def _refuse(status: int, detail: str, code: str) -> httpx.Response:
    return httpx.Response(status, json={"detail": detail, "code": code})
