"""Terminal enrolment and user sign-in/sign-out (see server/auth)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from app.sync.protocol import EnrolAnswer, EnrolRequest, LoginAnswer, LoginRequest
from server.api.answers import errors
from server.auth import enrolment
from server.auth.audit import audit
from server.auth.credentials import bearer_token, require_terminal
from server.auth.sign_in import sign_in, sign_out
from server.context import ServerContext, get_context
from server.errors import ApiError, unauthorised
from server.store.models import TerminalRow

router = APIRouter(tags=["auth"])


@router.post(
    "/terminals/enrol",
    summary="用一次性登记码登记终端，换取终端凭据（只显示一次）",
    responses=errors(400, 401),
)
def enrol_terminal(request: EnrolRequest, ctx: ServerContext = Depends(get_context)) -> EnrolAnswer:
    now = ctx.now()
    try:
        with ctx.transaction() as s:
            answer, terminal = enrolment.enrol(s, request, now)
            audit(
                s,
                now,
                "terminal_enrolled",
                terminal_id=terminal.id,
                detail=f"大厅{terminal.hall_code} 终端{terminal.code} {terminal.name}",
            )
    except ApiError as refusal:
        with ctx.transaction() as s:
            audit(s, now, "terminal_enrolled", "refused", detail=refusal.detail)
        raise
    return answer


@router.post(
    "/sessions",
    summary="用户在本终端登录（需终端凭据）",
    responses=errors(401, 403, 429),
)
def open_session(
    request: LoginRequest,
    terminal: TerminalRow = Depends(require_terminal),
    ctx: ServerContext = Depends(get_context),
) -> LoginAnswer:
    return sign_in(ctx, terminal, request)


@router.delete("/sessions", status_code=204, summary="退出登录", responses=errors(401))
def close_session(http: Request, ctx: ServerContext = Depends(get_context)) -> Response:
    token = bearer_token(http)
    if not token:
        raise unauthorised()
    sign_out(ctx, token)
    return Response(status_code=204)
