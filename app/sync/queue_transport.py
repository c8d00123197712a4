"""The queue endpoints of the central server, called over an HttpTransport (terminal auth).

A window's own calls (its actions and state, booking) are a clerk's: they carry the user's
session token, ``Authorization: Bearer <token>``, and beside it the terminal's credential in
``X-OneWindow-Terminal: <terminal_id>:<secret>`` (protocol.TERMINAL_HEADER), since the server
wants both — the window and the person signed in on it, who is the clerk it records. With no
token (nobody signed in online) they go with the terminal's credential alone and the server
answers 401 ``sign_in_required``. The kiosk's and the display's calls are the terminal's alone.

Errors are the transport's: ServerUnreachable (go offline), Refused (the server said no: its
`detail` is a Chinese sentence for the user, its `code` one of queue_protocol's codes),
Unauthorised (code ``sign_in_required``: the clerk must sign in with the server again).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import quote

import httpx

from app.sync.appointment_protocol import (
    BOOK_PATH,
    CANCEL_PATH,
    SLOTS_PATH,
    BookingAnswer,
    BookingRequest,
    CancelRequest,
    DaySlots,
)
from app.sync.protocol import TERMINAL_HEADER, HallConfig
from app.sync.queue_protocol import (
    OfflineAnswer,
    OfflineBatch,
    QueueBoard,
    QueueStats,
    TicketAnswer,
    TicketRequest,
    WindowActionRequest,
    WindowAnswer,
    WindowQueueState,
)
from app.sync.transport import HttpTransport


class QueueTransport:
    def __init__(self, transport: HttpTransport, user_token: Callable[[], str] | None = None) -> None:
        self.http = transport
        self._user_token = user_token  # the signed-in user's session token ("" when none)

    def _as_user(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A call in the name of the user signed in on this terminal (see the module's doc)."""
        token = self._user_token() if self._user_token is not None else ""
        if not token:
            return self.http._call(method, path, **kwargs)
        # the terminal's credential moves beside the user's Bearer token: both must travel
        headers = {
            "Authorization": f"Bearer {token}",
            TERMINAL_HEADER: f"{self.http.terminal_id}:{self.http._secret}",
        }
        return self.http._call(method, path, headers=headers, auth=False, **kwargs)

    def take_ticket(self, request: TicketRequest) -> TicketAnswer:
        return self.http._model(TicketAnswer, self.http._call("POST", "/queue/tickets", body=request))

    def act(self, window: str, request: WindowActionRequest) -> WindowAnswer:
        path = f"/queue/windows/{quote(window, safe='')}/actions"
        return self.http._model(WindowAnswer, self._as_user("POST", path, body=request))

    def window_state(self, window: str) -> WindowQueueState:
        path = f"/queue/windows/{quote(window, safe='')}"
        return self.http._model(WindowQueueState, self._as_user("GET", path))

    def board(self) -> QueueBoard:
        return self.http._model(QueueBoard, self.http._call("GET", "/queue/board"))

    def reconcile(self, batch: OfflineBatch) -> OfflineAnswer:
        return self.http._model(OfflineAnswer, self.http._call("POST", "/queue/offline", body=batch))

    def stats(self, day: date) -> QueueStats:
        response = self._as_user("GET", "/queue/stats", params={"day": day.isoformat()})
        return self.http._model(QueueStats, response)

    def day_slots(self, category: str, day: date) -> DaySlots:
        params = {"category": category, "day": day.isoformat()}
        return self.http._model(DaySlots, self._as_user("GET", SLOTS_PATH, params=params))

    def book(self, request: BookingRequest) -> BookingAnswer:
        return self.http._model(BookingAnswer, self._as_user("POST", BOOK_PATH, body=request))

    def cancel_booking(self, request: CancelRequest) -> BookingAnswer:
        return self.http._model(BookingAnswer, self._as_user("POST", CANCEL_PATH, body=request))

    def hall(self) -> HallConfig:
        return self.http._model(HallConfig, self.http._call("GET", "/hall"))
