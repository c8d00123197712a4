"""Wire models of 办不成事 反映 (shared by the server, the workbench and the manager's console).

The window takes a report down and sends it as an outbox mutation (UNRESOLVED_REPORTED, payload
ReportPayload): a report made while the server is away is sent when it is back, once, whatever is
resent (its id is the window's). The hall manager's console lists the hall's reports (names and
phones masked), opens one (an audited read: it names a citizen) and moves it: assign, answer,
close, send back; each move carries the version it was read at, so two people never overwrite
each other (409). Rules: app/domain/unresolved_reports.py.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.unresolved_reports import (
    MAX_MATTER_CODE,
    MAX_MATTER_NAME,
    MAX_NAME,
    MAX_TEXT,
    MAX_WINDOW,
)

UNRESOLVED_REPORTED = "unresolved.reported"  # the outbox mutation's kind
REPORTS_PATH = "/manager/unresolved-reports"
MAX_LIST = 500

Kind = Literal["materials", "nowhere", "refused", "attitude", "system", "policy", "other"]
State = Literal["open", "assigned", "answered", "closed"]
OutcomeValue = Literal["solved", "partly", "explained"]
Method = Literal["phone", "home", "sms", "on_site"]


def report_path(report_id: str) -> str:
    return f"{REPORTS_PATH}/{report_id}"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReportPayload(_Strict):
    """The mutation's payload: the report as the window took it down."""

    id: str = Field(min_length=36, max_length=36, description="窗口生成的UUID，重发不重复登记")
    reported_at: datetime
    window: str = Field(max_length=MAX_WINDOW, description="登记的窗口（办不成事反映窗口）")
    registered_by: str = Field(max_length=64, description="登记的工作人员账号")
    name: str = Field(min_length=1, max_length=MAX_NAME)
    phone: str = Field(min_length=1, max_length=30)
    kind: Kind
    description: str = Field(min_length=1, max_length=MAX_TEXT)
    matter_code: str = Field(default="", max_length=MAX_MATTER_CODE)
    matter_name: str = Field(default="", max_length=MAX_MATTER_NAME)
    failed_window: str = Field(default="", max_length=MAX_WINDOW)
    case_number: str = Field(default="", max_length=50)


class ReportItem(BaseModel):
    id: str
    reported_at: datetime
    window: str
    name_masked: str
    phone_masked: str
    kind: Kind
    matter_name: str
    failed_window: str
    state: State
    assignee: str | None = None
    due_date: date
    due_estimated: bool  # counted across a year without a holiday schedule (暂按周末计算)
    overdue: bool
    version: int


class ReportEvent(BaseModel):
    kind: str  # reported | assign | answer | close | send_back
    at: datetime
    actor: str
    detail: dict


class ReportDetail(ReportItem):
    """One report whole (it names the applicant: reading it is audited)."""

    name: str
    phone: str
    description: str
    matter_code: str
    case_number: str
    registered_by: str
    outcome: OutcomeValue | None = None
    resolution: str = ""
    reply: str = ""
    reply_method: Method | None = None
    replied_on: date | None = None
    events: list[ReportEvent] = Field(default_factory=list)


class ReportsOverview(BaseModel):
    """The hall's reports not closed, and those closed in the last `closed_days` days."""

    items: list[ReportItem] = Field(default_factory=list, max_length=MAX_LIST)
    open: int
    assigned: int
    answered: int
    overdue: int
    closed_days: int
    closed: int


class ReportAssignBody(_Strict):
    version: int
    assignee: str = Field(min_length=1, max_length=64, description="本大厅的用户账号")


class ReportAnswerBody(_Strict):
    version: int
    outcome: OutcomeValue
    resolution: str = Field(min_length=1, max_length=MAX_TEXT)
    reply: str = Field(min_length=1, max_length=MAX_TEXT)
    reply_method: Method
    replied_on: date


class ReportCloseBody(_Strict):
    version: int


class ReportSendBackBody(_Strict):
    version: int
    reason: str = Field(min_length=1, max_length=MAX_TEXT)
