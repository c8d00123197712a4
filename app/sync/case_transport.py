"""The server's 查找办件 and 电子证照 routes, called in the name of the clerk signed in on this window.

Like the queue's window calls (queue_transport), they need the user's session token and, beside
it, the terminal's credential; errors are the transport's (ServerUnreachable: search this PC
only; Unauthorised: the clerk must sign in with the server again; Refused: the reason).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from urllib.parse import quote

from app.sync.case_search_protocol import CaseSearchAnswer
from app.sync.licence_protocol import LOOKUP_PATH, LicenceAnswer, LicenceQuery
from app.sync.protocol import TERMINAL_HEADER, CaseState
from app.sync.transport import HttpTransport


class CaseTransport:
    def __init__(self, transport: HttpTransport, user_token: Callable[[], str]) -> None:
        self.http = transport
        self._user_token = user_token

    def _get(self, path: str, params: dict | None = None):
        return self._in_clerks_name("GET", path, params=params)

    def _in_clerks_name(self, method: str, path: str, **kwargs):
        token = self._user_token()
        if not token:
            return self.http._call(method, path, **kwargs)  # answered 401 sign_in_required
        headers = {
            "Authorization": f"Bearer {token}",
            TERMINAL_HEADER: f"{self.http.terminal_id}:{self.http._secret}",
        }
        return self.http._call(method, path, headers=headers, auth=False, **kwargs)

    def search(
        self,
        number: str = "",
        name: str = "",
        cert_number: str = "",
        phone: str = "",
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> CaseSearchAnswer:
        params = {"number": number, "name": name, "cert_number": cert_number, "phone": phone}
        params = {k: v for k, v in params.items() if v}
        if date_from is not None:
            params["date_from"] = date_from.isoformat()
        if date_to is not None:
            params["date_to"] = date_to.isoformat()
        return self.http._model(CaseSearchAnswer, self._get("/cases/search", params))

    def case(self, case_id: str) -> CaseState:
        return self.http._model(CaseState, self._get(f"/cases/{quote(case_id, safe='')}"))

    def licences(self, query: LicenceQuery) -> LicenceAnswer:
        """电子证照: what the library holds of one kind for one holder (an audited read)."""
        return self.http._model(LicenceAnswer, self._in_clerks_name("POST", LOOKUP_PATH, body=query))
