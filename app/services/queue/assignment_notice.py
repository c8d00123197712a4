"""What the hall manager changed at this window (窗口调度), told to the clerk once.

The hall's configuration reaches the workbench by sync pull (ChangeKind.HALL, kept in the sync
state). Each check compares this window's effective weights in it with those seen last time and
says what changed: 大厅管理员调整了本窗口：新增 不动产登记（权重2），停办 社保医保. The first
configuration seen (or a change of the window's name) is only remembered: nothing changed *at*
the clerk's window yet.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable

from app.domain.messages import Message
from app.domain.window_assignments import describe_change


class AssignmentNotice:
    def __init__(self, hall_config: Callable[[], str], window: Callable[[], str]) -> None:
        self._hall_config = hall_config  # the stored JSON ("" before the first pull)
        self._window = window
        self._seen: tuple[str, dict[str, int]] | None = None
        self._lock = threading.Lock()

    def check(self) -> Message | str:
        """The sentence for a change since the last check ("" when none)."""
        stored = self._hall_config()
        if not stored:
            return ""
        # here, on the worker thread, not at the top: the main window makes this notice on the
        # GUI thread as the workbench becomes ready, and pydantic would hold that moment up
        from pydantic import ValidationError

        from app.sync.protocol import HallConfig

        try:
            config = HallConfig.model_validate(json.loads(stored))
        except (ValueError, ValidationError):
            return ""
        window = self._window()
        found = next((w for w in config.windows if w.name == window), None)
        weights = {c: w for c, w in (found.categories if found else {}).items() if w > 0}
        names = {c.code: c.name for c in config.categories}
        with self._lock:
            seen, self._seen = self._seen, (window, weights)
        if seen is None or seen[0] != window:
            return ""
        return describe_change(seen[1], weights, names)
