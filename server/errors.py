"""Errors the API answers with: always JSON ErrorAnswer, a Chinese sentence and a machine code."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An HTTP answer, raised at the API's edge (routes, the credential checks); a use case raises
    one of server/refusals.py's kinds instead, answered by server/api/answers.py."""

    def __init__(self, status: int, code: str, detail: str, expected_seq: int | None = None) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail, self.expected_seq = status, code, detail, expected_seq


def bad_request(detail: str) -> ApiError:
    return ApiError(400, "bad_request", detail)


def not_found(detail: str) -> ApiError:
    return ApiError(404, "not_found", detail)


def unauthorised(detail: str = "未登录或登录已过期，请重新登录") -> ApiError:
    return ApiError(401, "unauthorised", detail)


def forbidden(detail: str = "无权进行此操作") -> ApiError:
    return ApiError(403, "forbidden", detail)


def _body(code: str, detail: str, expected_seq: int | None = None) -> dict:
    body: dict = {"detail": detail, "code": code}
    if expected_seq is not None:
        body["expected_seq"] = expected_seq
    return body


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorised",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "timeout",
    413: "too_large",
    415: "unsupported_media_type",
}
_HTTP_TEXT = {
    404: "没有这个接口",
    405: "该接口不支持此请求方法",
    408: "请求内容未能及时传完",
    413: "请求内容过大",
    415: "请求内容类型不受支持",
}


def _field(loc: tuple) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "请求体"


# pydantic's own words for what a person may have typed wrong, in the user's language
_PYDANTIC_TEXT = {
    "string_unicode": "含有无效的字符编码（孤立的代理码位），请检查输入内容",
    "json_invalid": "不是有效的JSON",
}


def _message(error: dict) -> str:
    if (known := _PYDANTIC_TEXT.get(str(error.get("type")))) is not None:
        return known
    # our own validators (app.sync.protocol's PlainText …) speak Chinese; pydantic prefixes them
    return str(error.get("msg", "")).removeprefix("Value error, ")


def error_answer(exc: ApiError) -> JSONResponse:
    """The answer to `exc`: its status, {"detail", "code"} (and expected_seq), and on 401 the
    scheme to authenticate with."""
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return JSONResponse(_body(exc.code, exc.detail, exc.expected_seq), exc.status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_answer(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{_field(tuple(e.get('loc', ())))}：{_message(e)}" for e in exc.errors()[:5]]
        return JSONResponse(_body("bad_request", "请求格式不正确：" + "；".join(problems)), 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        text = exc.detail if isinstance(exc.detail, str) and not exc.detail.isascii() else ""
        code = _HTTP_CODES.get(exc.status_code, "error")
        return JSONResponse(
            _body(code, text or _HTTP_TEXT.get(exc.status_code, "请求无法处理")), exc.status_code
        )

    @app.exception_handler(ClientDisconnect)
    async def _gone(_request: Request, _exc: ClientDisconnect) -> JSONResponse:
        # a terminal lost its link (or was switched off) mid-upload: nothing of the chunk was
        # stored, it resumes from `received` next time; this is weather, not a server fault
        log.info("client disconnected during a request body")
        return JSONResponse(_body("client_disconnected", "上传过程中连接中断，未保存本次分块"), 400)

    @app.exception_handler(PoolTimeout)
    async def _busy(_request: Request, _exc: PoolTimeout) -> JSONResponse:
        # every connection of the process stayed busy for the pool's timeout: a hall at its
        # peak, not a fault of the request; the terminal retries (it treats 5xx as "try later")
        log.warning("no database connection free within the pool's timeout")
        body = _body("server_busy", "服务器繁忙，请稍后重试")
        return JSONResponse(body, 503, headers={"Retry-After": "2"})

    @app.exception_handler(OperationalError)
    async def _database_unavailable(_request: Request, exc: OperationalError) -> JSONResponse:
        # the database refused or dropped the connection (restarting, failing over, unreachable);
        # the engine hides statement parameters, so the log line names no applicant
        log.error("database unavailable: %s", type(exc.orig).__name__, exc_info=exc)
        body = _body("database_unavailable", "中心数据库暂时无法访问，请稍后重试；已记录")
        return JSONResponse(body, 503, headers={"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return JSONResponse(_body("server_error", "服务器内部错误，请稍后重试；已记录"), 500)
