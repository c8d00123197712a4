"""Request and answer bodies of the admin API (server-only: terminals never send these)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.sync.manager_assignments import Weight
from app.sync.protocol import HallSecurity, HallWindow, PlainText, Role, ServiceCategory, TerminalKind
from app.sync.queue_protocol import QueuePolicyConfig

MAX_NOTICES = 20
Notice = Annotated[PlainText, Field(min_length=1, max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HallCreate(_Strict):
    code: PlainText = Field(pattern=r"^[0-9A-Za-z]{1,12}$")  # 330429
    name: PlainText = Field(min_length=1, max_length=200)
    address: PlainText = Field(default="", max_length=400)
    phone: PlainText = Field(default="", max_length=40)


class WindowSetup(HallWindow):
    # the weights the console's 窗口调度 can show and set (one digit key): an admin's setup above
    # them would be shown capped and sent back lower by a manager who never meant to change it
    categories: dict[str, Weight] = Field(default_factory=dict, max_length=100)


class HallSetup(_Strict):
    windows: list[WindowSetup] = Field(default_factory=list, max_length=200)
    categories: list[ServiceCategory] = Field(default_factory=list, max_length=100)
    queue: QueuePolicyConfig | None = None  # the queue policy; None keeps the current one
    notices: list[Notice] | None = Field(default=None, max_length=MAX_NOTICES)  # None keeps them
    security: HallSecurity | None = None  # the idle lock and the like; None keeps them


class UserSave(_Strict):
    display_name: PlainText = Field(min_length=1, max_length=100)
    role: Role
    hall_code: str | None = Field(default=None, max_length=12)  # none for an admin
    window_name: PlainText = Field(default="", max_length=50)
    password: PlainText | None = Field(default=None, min_length=1, max_length=256)  # set or reset
    active: bool = True


class CodeRequest(_Strict):
    hall_code: PlainText = Field(min_length=1, max_length=12)
    terminal_code: PlainText = Field(min_length=1, max_length=8)  # W03
    kind: TerminalKind = TerminalKind.WINDOW  # what the terminal enrolled with this code will be


class IssuedCode(_Strict):
    code: str  # shown once: the server keeps only its hash
    hall_code: str
    terminal_code: str
    kind: TerminalKind
    expires_at: datetime


class TerminalInfo(_Strict):
    id: str
    hall_code: str
    name: str
    code: str
    enrolled_at: datetime
    last_seen_at: datetime | None
    last_applied_seq: int
    revoked: bool
    kind: TerminalKind


class PublishedCatalog(_Strict):
    version: int
