"""Which calls the hall display shows, from the board the server sent.

The board lists every call and recall, newest first. A recall is the same applicant called
again, so the recent list shows each number once (its newest call). And a call whose window has
moved on (finished it, marked it a no-show, transferred it, called the next) is no longer
"正在呼叫": it joins the recent calls and the big panel invites to wait instead.
"""

from __future__ import annotations

from app.sync.queue_protocol import CallView, WindowQueueState


def latest_calls(calls: list[CallView]) -> list[CallView]:
    """Newest first, one per number and window (a recall replaces the call before it)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for call in calls:
        key = (call.number, call.window)
        if key not in seen:
            seen.add(key)
            out.append(call)
    return out


def still_called(call: CallView, windows: list[WindowQueueState]) -> bool:
    """The call's window still holds its ticket. A window the board does not list (renamed
    since, or an older server) cannot tell: the call stays on."""
    for window in windows:
        if window.window == call.window:
            return window.current is not None and window.current.number == call.number
    return True
