"""The wire models of 查找办件 at the server: a page of masked hits, and one case to open.

A hit carries no whole ID number or phone: the list is shown on a window's screen, where the
next applicant may be standing. Opening a hit fetches the case itself (protocol.CaseState), for
the clerk who is serving its applicant.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class CaseHit(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    number: str
    title: str  # the bundle's or the first matter's name
    status: str  # CaseStatus value
    applicant_name: str  # masked
    cert_number: str  # masked
    phone: str  # masked
    created_at: datetime  # the intake's moment at the window (hall-local wall time)
    window: str  # the window that took the case in


class CaseSearchAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    hits: list[CaseHit]
    more: bool  # more cases answer than a page holds: the clerk narrows the search
