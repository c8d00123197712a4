"""Who and where this workbench is: the hall, the window, the clerk signed in."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class WindowConfig:
    hall_code: str  # region/hall code, the first part of every case number
    hall_name: str
    hall_address: str
    hall_phone: str
    terminal: str  # this PC's id within the hall (W03): case numbers stay unique without a server
    window_name: str  # 3号综合窗口
    clerk_name: str  # the display name documents and events show
    progress_query: str = "可拨打咨询电话或凭办件编号在政务服务网查询办理进度"
    collection: str = "办结后请凭本通知书到统一出件窗口领取，或选择免费邮寄送达"
    review_body: str = "安和县人民政府"  # 行政复议机关 named in refusal notices
    court: str = "安和县人民法院"
    # the hall's choice: F9/F10 first show what will be printed and wait for Enter (Esc takes back)
    confirm_decisions: bool = True
    # the signed-in clerk's account ("" until someone signs in): a rating, each case event and
    # each scanned page's change name it, since two clerks of one hall may share a display name
    # and the server records the account's own (app/domain/window_accounts.py)
    clerk_username: str = ""


class WindowContext:
    """Who is on duty at this window now: the one place the signed-in clerk reaches the use cases.

    The composition root makes one per workbench and hands it to every use case that records a
    clerk or a window (intake, issuance, ratings, documents, slips); each reads ``config`` when it
    acts, so after a sign-in the next case event, receipt and rating name the new clerk. The
    ``WindowConfig`` itself stays frozen: a use case works with one snapshot from start to end.
    """

    def __init__(self, config: WindowConfig) -> None:
        self._configured = config  # as this PC is set up: its window when a clerk's account names none
        self._config = config
        self._lock = threading.Lock()

    @property
    def config(self) -> WindowConfig:
        return self._config

    def clerk_on_duty(self, clerk_name: str, window_name: str = "", username: str = "") -> WindowConfig:
        """The clerk who signed in from now on (`username`: their account), at their account's
        window if it names one, else at this PC's configured window (not the window of the clerk
        before)."""
        with self._lock:
            window = window_name or self._configured.window_name
            self._config = replace(
                self._configured, clerk_name=clerk_name, window_name=window, clerk_username=username
            )
            return self._config

    def enrolled(self, hall_code: str, terminal: str) -> WindowConfig:
        """The server named this terminal at enrolment: the next case numbers carry its hall and
        terminal codes, so they cannot collide with another window's of the hall."""
        with self._lock:
            self._configured = replace(self._configured, hall_code=hall_code, terminal=terminal)
            self._config = replace(self._config, hall_code=hall_code, terminal=terminal)
            return self._config


def window_context(config: WindowConfig | WindowContext) -> WindowContext:
    """A use case built with a fixed WindowConfig (a test, a tool) gets a context of its own."""
    return config if isinstance(config, WindowContext) else WindowContext(config)
