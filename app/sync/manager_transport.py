"""The hall manager's console talks to the server through this: the console's terminal
credential (a back-office terminal of the hall) beside the signed-in manager's session token.

Every area of the console (live hall, window assignments, suggestions, 好差评 follow-up,
statistics, the hall calendar) has its own small transport that calls `get`/`send` here with its
wire models, so the credentials, the error mapping (the transport's: ServerUnreachable,
Unauthorised, Refused with the server's Chinese reason) and the model checks are written once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from app.sync.protocol import TERMINAL_HEADER
from app.sync.transport import HttpTransport

M = TypeVar("M", bound=BaseModel)


class ManagerTransport:
    def __init__(self, transport: HttpTransport, user_token: Callable[[], str]) -> None:
        self.http = transport
        self._user_token = user_token

    def _headers(self) -> dict[str, str] | None:
        token = self._user_token()
        if not token:
            return None  # the terminal alone: the server answers 401 sign_in_required
        return {
            "Authorization": f"Bearer {token}",
            TERMINAL_HEADER: f"{self.http.terminal_id}:{self.http._secret}",
        }

    def _call(self, method: str, path: str, **kwargs: Any):
        headers = self._headers()
        if headers is None:
            return self.http._call(method, path, **kwargs)
        return self.http._call(method, path, headers=headers, auth=False, **kwargs)

    def get(self, model: type[M], path: str, params: dict[str, Any] | None = None) -> M:
        return self.http._model(model, self._call("GET", path, params=params))

    def send(self, method: str, model: type[M], path: str, body: BaseModel | None = None) -> M:
        """POST/PUT/DELETE `body` (a wire model) and read the answer as `model`."""
        return self.http._model(model, self._call(method, path, body=body))

    def get_bytes(self, path: str, params: dict[str, Any] | None = None) -> bytes:
        """A file the server renders (an export): the body as it came."""
        return self._call("GET", path, params=params).content
