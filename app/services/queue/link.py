"""The queue's connection to the central server: the enrolled workbench's address and
credentials (the sync transport's), with a shorter timeout than a sync round's.

A sync round may wait 15 s for a slow server; a clerk who pressed F7 with an applicant in front
of them may not: after QUEUE_TIMEOUT the action counts as unanswered, the panel says so, and the
clerk retries (the same request_id) or serves the paper ticket.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the HTTP stack loads at the first call, not when the workbench opens
    import httpx

    from app.services.sync.service import SyncService
    from app.sync.queue_transport import QueueTransport

QUEUE_TIMEOUT = 5.0


class QueueLink:
    """Callable: the QueueTransport of the enrolled terminal, or None while standalone."""

    def __init__(
        self,
        sync: SyncService,
        client: httpx.Client | None = None,
        timeout: float = QUEUE_TIMEOUT,
        user_token: Callable[[], str] | None = None,
    ):
        self._sync = sync
        # the signed-in clerk's server session token: a window's actions are done in their name
        self._user_token = user_token
        self._client = client  # tests pass the server's TestClient; None: a connection of its own
        self._timeout = timeout
        self._lock = threading.Lock()
        self._key: tuple[str, str, str] | None = None
        self._queue: QueueTransport | None = None

    def __call__(self) -> QueueTransport | None:
        base = self._sync.transport()
        if base is None:
            return None
        terminal_id, secret = self._sync.credentials()
        key = (base.base_url, terminal_id, secret)
        with self._lock:
            if self._queue is None or self._key != key:
                self._close()
                from app.sync.queue_transport import QueueTransport
                from app.sync.transport import HttpTransport

                http = HttpTransport(base.base_url, self._client, self._timeout, terminal_id, secret)
                self._queue, self._key = QueueTransport(http, self._user_token), key
            return self._queue

    def _close(self) -> None:
        if self._queue is not None:
            self._queue.http.close()
            self._queue = None

    def close(self) -> None:
        with self._lock:
            self._close()
