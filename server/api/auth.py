"""Terminal enrolment and user sign-in/sign-out (see server/auth)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from app.sync.protocol import (
    EnrolAnswer,
    EnrolRequest,
    LoginAnswer,
    LoginRequest,
    PasswordChange,
    TerminalKind,
    UserInfo,
)
from server.api.answers import errors
from server.api.context import get_context
from server.auth import enrolment
from server.auth.audit import audit
from server.auth.credentials import (
    Access,
    bearer_token,
    declare,
    require_terminal,
    session_user,
    with_access,
)
from server.auth.sign_in import sign_in, sign_out, user_info
from server.auth.tokens import sha256_hex
from server.auth.users import change_own_password
from server.context import ServerContext
from server.errors import unauthorised
from server.refusals import Refused
from server.store.models import TerminalRow, UserRow

router = APIRouter(tags=["auth"])
# people sign in on a window or a back-office terminal (which roles: credentials.SIGN_IN_ROLES);
# a kiosk or display in the public area has nobody to sign in
signing_in_terminal = require_terminal(TerminalKind.WINDOW, TerminalKind.BACKOFFICE)
SIGNED_IN = declare(Access(user_needed=True))  # sign-out: the session's own token is enough


def _user_changing_password(http: Request, ctx: ServerContext = Depends(get_context)) -> UserRow:
    """The session's user, even one whose password must be changed first (that is what they do
    here); checked before the body is read, so a caller without a session learns nothing more."""
    return session_user(ctx, bearer_token(http), initial_ok=True)[0]


CHANGING_OWN_PASSWORD = with_access(_user_changing_password, Access(user_needed=True))


@router.post(
    "/terminals/enrol",
    summary="用一次性登记码登记终端，换取终端凭据（只显示一次）",
    responses=errors(400, 401),
)
def enrol_terminal(request: EnrolRequest, ctx: ServerContext = Depends(get_context)) -> EnrolAnswer:
    now = ctx.now()
    try:
        with ctx.transaction() as s:
            enrolled = enrolment.enrol(s, request, now)
            terminal = enrolled.terminal
            audit(
                s,
                now,
                "terminal_enrolled",
                terminal_id=terminal.id,
                detail=f"大厅{terminal.hall_code} 终端{terminal.code} {terminal.name}",
            )
            for old in enrolled.replaced:  # the PC it replaces opens nothing from now on
                audit(
                    s,
                    now,
                    "terminal_revoked",
                    terminal_id=old.id,
                    detail=f"大厅{old.hall_code} 终端{old.code} {old.name}：由新登记的终端{terminal.id}取代",
                )
    except Refused as refusal:
        with ctx.transaction() as s:
            audit(s, now, "terminal_enrolled", "refused", detail=refusal.detail)
        raise
    return enrolled.answer


@router.post(
    "/sessions",
    summary="用户在本终端登录（需窗口或后台终端的凭据）",
    responses=errors(401, 403, 429),
)
def open_session(
    request: LoginRequest,
    terminal: TerminalRow = Depends(signing_in_terminal),
    ctx: ServerContext = Depends(get_context),
) -> LoginAnswer:
    return sign_in(ctx, terminal, request)


@router.post(
    "/sessions/password",
    summary="修改本人密码（初始密码或被重置的密码须在首次登录时修改）",
    responses=errors(400, 401, 403, 429),
)
def change_password(
    body: PasswordChange,
    http: Request,
    ctx: ServerContext = Depends(get_context),
    user: UserRow = Depends(CHANGING_OWN_PASSWORD),
) -> UserInfo:
    return user_info(change_own_password(ctx, user, sha256_hex(bearer_token(http) or ""), body))


@router.delete("/sessions", status_code=204, summary="退出登录", responses=errors(401))
def close_session(http: Request, ctx: ServerContext = Depends(get_context), _=Depends(SIGNED_IN)) -> Response:
    token = bearer_token(http)
    if not token:
        raise unauthorised()
    sign_out(ctx, token)
    return Response(status_code=204)
