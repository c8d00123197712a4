"""The error answers of the API: the statuses a route declares in the OpenAPI spec (always
ErrorAnswer, never FastAPI's own), and the one table that turns a use case's refusal
(server/refusals.py) into an HTTP answer.

Declaring 422 here also keeps FastAPI from advertising its HTTPValidationError shape, which this
server never sends (server/errors.py answers validation errors as ErrorAnswer too).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.sync.protocol import ErrorAnswer
from server.errors import ApiError, error_answer
from server.refusals import (
    BadRequest,
    Busy,
    Conflict,
    Forbidden,
    NotAuthenticated,
    NotFound,
    Refused,
    Throttled,
)

# each kind of refusal as HTTP; the clients read the code, the status only says what kind it is
REFUSAL_STATUS: dict[type[Refused], int] = {
    BadRequest: 400,
    NotAuthenticated: 401,
    Forbidden: 403,
    NotFound: 404,
    Conflict: 409,
    Throttled: 429,
    Busy: 503,
}

_TEXT = {
    400: "请求内容不符合规则",
    401: "未认证：终端凭据或登录令牌缺失、无效或过期",
    403: "无权进行此操作",
    404: "找不到对象",
    409: "与当前状态冲突",
    422: "请求格式不正确",
    429: "请求过于频繁",
}


def errors(*statuses: int) -> dict[int | str, dict]:
    wanted = sorted({*statuses, 422})
    return {status: {"model": ErrorAnswer, "description": _TEXT.get(status, "错误")} for status in wanted}


def refusal_status(refusal: Refused) -> int:
    """The status of `refusal`'s kind (a kind made from another answers as that one)."""
    for kind in type(refusal).__mro__:
        if kind in REFUSAL_STATUS:
            return REFUSAL_STATUS[kind]
    raise TypeError(f"no HTTP status for the refusal kind {type(refusal).__name__}")


def as_api_error(refusal: Refused) -> ApiError:
    return ApiError(refusal_status(refusal), refusal.code, refusal.detail)


def install_refusal_answers(app: FastAPI) -> None:
    """Answer every refusal a use case raises as its status, with its code and sentence."""

    @app.exception_handler(Refused)
    async def _refused(_request: Request, exc: Refused) -> JSONResponse:
        return error_answer(as_api_error(exc))
