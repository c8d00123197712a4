"""The queue endpoints of the central server, called over an HttpTransport (terminal auth).

Errors are the transport's: ServerUnreachable (go offline), Refused (the server said no: its
`detail` is a Chinese sentence for the user, its `code` one of queue_protocol's codes).
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from app.sync.protocol import HallConfig
from app.sync.queue_protocol import (
    AppointmentAnswer,
    AppointmentRequest,
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
    def __init__(self, transport: HttpTransport) -> None:
        self.http = transport

    def take_ticket(self, request: TicketRequest) -> TicketAnswer:
        return self.http._model(TicketAnswer, self.http._call("POST", "/queue/tickets", body=request))

    def act(self, window: str, request: WindowActionRequest) -> WindowAnswer:
        path = f"/queue/windows/{quote(window, safe='')}/actions"
        return self.http._model(WindowAnswer, self.http._call("POST", path, body=request))

    def window_state(self, window: str) -> WindowQueueState:
        path = f"/queue/windows/{quote(window, safe='')}"
        return self.http._model(WindowQueueState, self.http._call("GET", path))

    def board(self) -> QueueBoard:
        return self.http._model(QueueBoard, self.http._call("GET", "/queue/board"))

    def reconcile(self, batch: OfflineBatch) -> OfflineAnswer:
        return self.http._model(OfflineAnswer, self.http._call("POST", "/queue/offline", body=batch))

    def stats(self, day: date) -> QueueStats:
        response = self.http._call("GET", "/queue/stats", params={"day": day.isoformat()})
        return self.http._model(QueueStats, response)

    def book(self, request: AppointmentRequest) -> AppointmentAnswer:
        return self.http._model(
            AppointmentAnswer, self.http._call("POST", "/queue/appointments", body=request)
        )

    def hall(self) -> HallConfig:
        return self.http._model(HallConfig, self.http._call("GET", "/hall"))
