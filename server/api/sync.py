"""Push and pull: a terminal hands over its outbox and reads the server's change log.

Only a window terminal pushes (its intake and issuance); a window or back-office terminal pulls
(the change log carries case snapshots: never a kiosk's or a display's, in the public area). No
signed-in user is needed: the outbox is the terminal's, written while someone was signed in
and sent whenever the server answers, and the window keeps the cases it pulls in its own store."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.routing import APIRoute
from pydantic import ValidationError
from pydantic_core import from_json
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError, OperationalError

from app.domain.plain_text import FORBIDDEN_JSON_ESCAPE
from app.sync.protocol import MAX_PULL_LIMIT, PullAnswer, PushAnswer, PushRequest, TerminalKind
from server.api.context import get_context
from server.auth.credentials import require_terminal
from server.context import ServerContext
from server.errors import ApiError
from server.store.models import TerminalRow
from server.sync.case_state import with_case_states
from server.sync.change_log import read_changes
from server.sync.push import push

router = APIRouter(prefix="/sync", tags=["sync"])
pushing_terminal = require_terminal(TerminalKind.WINDOW)
pulling_terminal = require_terminal(TerminalKind.WINDOW, TerminalKind.BACKOFFICE)

TEXT_ESCAPES = "onewindow.text_escapes"
_BUSY = "服务器正忙于处理同一批数据，本次推送未生效，请稍后重试"


class _PushBody(Request):
    """A push body parsed and validated by pydantic-core, straight from the bytes.

    FastAPI would json.loads a batch of 500 mutations into dicts (Python's parser, slower) and
    then validate those. The validated PushRequest handed back here passes FastAPI's own check
    at once (a model instance is not validated again). A body that does not validate goes the
    usual way, so its 422 answer names the fields exactly as before.
    """

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            # the careful walk over every pushed string (server/sync/rules) is needed only when
            # the raw body holds an escape that can make a forbidden character
            self.scope[TEXT_ESCAPES] = FORBIDDEN_JSON_ESCAPE.search(body) is not None
            # parsed, then validated: for a batch's payloads (free-form dicts) two steps in
            # pydantic-core take a fifth less time than its one-step JSON validation
            try:
                parsed = from_json(body)
            except ValueError:
                parsed = json.loads(body)  # raises json's own error, which FastAPI answers 422
            try:
                self._json = PushRequest.model_validate(parsed)
            except ValidationError:
                self._json = parsed
        return self._json


class _PushRoute(APIRoute):
    def get_route_handler(self):
        handler = super().get_route_handler()

        async def with_push_body(request: Request):
            return await handler(_PushBody(request.scope, request.receive))

        return with_push_body


async def push_changes(
    body: PushRequest,
    request: Request,
    terminal: TerminalRow = Depends(pushing_terminal),
    ctx: ServerContext = Depends(get_context),
) -> PushAnswer:
    check_text = request.scope.get(TEXT_ESCAPES, True)
    return await run_in_threadpool(_push, ctx, terminal.id, body, check_text)


router.add_api_route(
    "/push", push_changes, methods=["POST"], response_model=PushAnswer, route_class_override=_PushRoute
)


def _push(ctx: ServerContext, terminal_id: str, body: PushRequest, check_text: bool) -> PushAnswer:
    try:
        with ctx.transaction() as session:
            return push(session, terminal_id, list(body.mutations), ctx.now(), check_text=check_text)
    except IntegrityError as exc:
        # another request wrote the same row at the same moment (a rating of one case from two
        # terminals); nothing of this batch was kept, so a retry is safe
        raise ApiError(409, "conflict", _BUSY) from exc
    except OperationalError as exc:
        if "deadlock" in str(exc).lower() or "could not serialize" in str(exc).lower():
            raise ApiError(409, "conflict", _BUSY) from exc
        raise


@router.get("/pull", response_model=PullAnswer)
def pull_changes(
    cursor: str | None = Query(default=None, max_length=80),
    limit: int = Query(default=MAX_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT),
    terminal: TerminalRow = Depends(pulling_terminal),
    ctx: ServerContext = Depends(get_context),
) -> PullAnswer:
    # read before writing anything: this transaction must not hold a txid of its own while it
    # takes the snapshot bound (it would only hold itself back, but keep the read side pure)
    with ctx.sessions() as session, session.begin():
        answer = with_case_states(session, read_changes(session, [terminal.hall_code, "*"], cursor, limit))
    with ctx.transaction() as session:
        session.execute(
            update(TerminalRow).where(TerminalRow.id == terminal.id).values(last_seen_at=ctx.now())
        )
    return answer
