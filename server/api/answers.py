"""The error answers a route declares in the OpenAPI spec: always ErrorAnswer, never FastAPI's own.

Declaring 422 here also keeps FastAPI from advertising its HTTPValidationError shape, which this
server never sends (server/errors.py answers validation errors as ErrorAnswer too).
"""

from __future__ import annotations

from app.sync.protocol import ErrorAnswer

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
