"""Why a use case of the server refuses: a stable machine code and the Chinese sentence, never an
HTTP status.

The use cases (the queue, the back office, the hall manager's console, accounts and terminals,
the hall's setup) are run by routes, but also by the CLI, the demo history and the profile
scheduler, none of which speaks HTTP. They raise one of these; server/api/answers.py is the one
place that says which HTTP status each kind is answered with (the JSON a client sees is
{"detail": sentence, "code": code}, as for every error answer).
"""

from __future__ import annotations


class Refused(Exception):
    """A refusal: `code` for the programs that read it (clients branch on it), `detail` for the
    person. Each kind has its usual code; a refusal that clients must tell apart names its own."""

    code = "refused"

    def __init__(self, detail: str, *, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.code = code or type(self).code


class BadRequest(Refused):
    """What was asked cannot be done as asked (a missing choice, a duplicate, a bad value)."""

    code = "bad_request"


class NotAuthenticated(Refused):
    """Who is asking is not proven: a wrong password, an enrolment code that does not match."""

    code = "unauthorised"


class Forbidden(Refused):
    """The one asking is known, and may not do this."""

    code = "forbidden"


class NotFound(Refused):
    """What the request names does not exist (or is not the caller's to see)."""

    code = "not_found"


class Conflict(Refused):
    """The request is sound, and the present state of things refuses it (taken, closed, stale)."""

    code = "conflict"


class Throttled(Refused):
    """Too many attempts of late; try again after a while."""

    code = "throttled"


class Busy(Refused):
    """The server has no room for this now; nothing was done, try again shortly."""

    code = "busy"
