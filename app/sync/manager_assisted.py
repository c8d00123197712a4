"""帮办代办台账's wire models (shared by the server and the hall manager's console).

``GET /v1/manager/assisted-cases?date_from=YYYY-MM-DD&date_to=YYYY-MM-DD`` → AssistedLedger: the
cases of the manager's hall taken in during the period (the hall's dates) that were 帮办 (helped
by a hall helper) or 代办 (applied for by an agent), newest first, with each helper's totals.
Names are masked: the ledger counts help, it does not hand out people's records.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

PATH = "/manager/assisted-cases"
MAX_ROWS = 2000


class AssistedCase(BaseModel):
    case_id: str
    number: str
    taken_at: datetime  # when the window took it in (the hall's time)
    matter: str
    kind: str  # helped | proxy
    helper: str  # 帮办: the hall's helper; 代办: the agent, masked
    reason: str  # 帮办: why (老年人, …); 代办: ""
    applicant_masked: str
    window: str
    clerk: str
    status: str  # CaseStatus value


class HelperTotal(BaseModel):
    helper: str
    helped: int  # 帮办 cases
    proxy: int  # 代办 cases (the agents are many and each seldom comes back: one row, "代办")


class AssistedLedger(BaseModel):
    date_from: date
    date_to: date
    cases: list[AssistedCase] = Field(default_factory=list, max_length=MAX_ROWS)
    more: bool = False  # more than MAX_ROWS cases: narrow the period
    helpers: list[HelperTotal] = Field(default_factory=list)
