"""Messages of the rating-pad protocol: what each frame type carries, both ways.

A payload is UTF-8 text, its fields separated by US (0x1F) in a fixed order per type; a list
(reason codes) is comma-separated. UTF-8 rather than GB18030: names and free text may hold any
character (生僻字 beyond GB2312 in a clerk's name), UTF-8 covers them all, is what pad firmware
on embedded Linux or Android speaks natively, and its bytes never contain 0x1F except as the
separator. Text fields lose control characters before they are sent.

:func:`parse_message` turns a frame into one of the dataclasses below or raises
:class:`BadMessage` (a DeviceError with a Chinese message): a pad's bad input never escapes as
anything else.
"""

from __future__ import annotations

from dataclasses import dataclass

from drivers.device import DeviceError
from drivers.evaluator import protocol as p
from drivers.evaluator.base import PadInfo, Rating, RatingRequest
from drivers.evaluator.codes import wire_problems

SEP = "\x1f"
MAX_FIELD = 64  # rating id, subject, clerk, window, model, firmware, codes
MIN_TIMEOUT, MAX_TIMEOUT = 5, 600

ERROR_CODES = {
    "busy": "评价器正在进行另一次评价",
    "bad_request": "评价器无法识别收到的请求",
    "unknown_type": "评价器不支持该请求",
    "unknown_id": "评价器上没有这次评价",
}


class BadMessage(DeviceError):
    def __init__(self, message: str) -> None:
        super().__init__(
            f"评价器发来的数据无法识别（{message}），请检查评价器连接或型号设置。", "bad_message"
        )


@dataclass(frozen=True)
class Hello:
    pass


@dataclass(frozen=True)
class StatusQuery:
    pass


@dataclass(frozen=True)
class Ask:
    request: RatingRequest


@dataclass(frozen=True)
class Cancel:
    rating_id: str


@dataclass(frozen=True)
class Info:
    info: PadInfo


@dataclass(frozen=True)
class RatingGiven:
    rating: Rating


@dataclass(frozen=True)
class State:
    asking: bool
    rating_id: str = ""


@dataclass(frozen=True)
class Closed:
    rating_id: str
    reason: str  # "timeout" (nobody rated) or "cancelled" (the host asked to close)


@dataclass(frozen=True)
class PadError:
    code: str  # one of ERROR_CODES, or a vendor's own
    message: str = ""
    rating_id: str = ""


Message = Hello | StatusQuery | Ask | Cancel | Info | RatingGiven | State | Closed | PadError
CLOSE_REASONS = ("timeout", "cancelled")


def clean(text: str, limit: int = MAX_FIELD) -> str:
    """A text field as it may travel: no control characters (no separator), at most `limit`."""
    return "".join(c for c in str(text) if c == "\n" or ord(c) >= 0x20)[:limit]


def encode_message(message: Message) -> tuple[int, bytes]:
    """The frame type and payload of a message."""
    match message:
        case Hello():
            return p.HELLO, b""
        case StatusQuery():
            return p.STATUS, b""
        case Ask(request=r):
            timeout = "" if r.timeout is None else str(int(r.timeout))
            fields = [clean(r.rating_id), clean(r.case_number), clean(r.clerk), clean(r.window), timeout]
            return p.ASK, _join(fields)
        case Cancel(rating_id=rid):
            return p.CANCEL, _join([clean(rid)])
        case Info(info=i):
            return p.INFO, _join([clean(i.model), clean(i.firmware), clean(i.protocol)])
        case RatingGiven(rating=r):
            text = clean(r.text, 200)
            return p.RATING, _join([clean(r.rating_id), str(r.level), ",".join(r.reasons), text])
        case State(asking=asking, rating_id=rid):
            return p.STATE, _join(["asking" if asking else "idle", clean(rid)])
        case Closed(rating_id=rid, reason=reason):
            return p.CLOSED, _join([clean(rid), reason])
        case PadError(code=code, message=text, rating_id=rid):
            return p.ERROR, _join([clean(code), clean(text, 200), clean(rid)])
    raise TypeError(f"not a message: {message!r}")


def _join(fields: list[str]) -> bytes:
    return SEP.join(fields).encode("utf-8")


def parse_message(frame: p.Frame) -> Message:
    try:
        text = frame.payload.decode("utf-8")
    except UnicodeDecodeError:
        raise BadMessage("内容不是UTF-8文字") from None
    fields = text.split(SEP) if text else []
    name = p.TYPE_NAMES.get(frame.type, f"0x{frame.type:02X}")
    parser = _PARSERS.get(frame.type)
    if parser is None:
        raise BadMessage(f"未知的消息类型{name}")
    want = _FIELDS[frame.type]
    if len(fields) != want:
        raise BadMessage(f"{name}应有{want}个字段，收到{len(fields)}个")
    return parser(fields)


def _rating_id(value: str) -> str:
    if not value or len(value) > MAX_FIELD or not value.isascii() or not value.isprintable():
        raise BadMessage("评价编号无效")
    return value


def _ask(f: list[str]) -> Ask:
    timeout = None
    if f[4]:
        if not f[4].isdigit() or not MIN_TIMEOUT <= int(f[4]) <= MAX_TIMEOUT:
            raise BadMessage(f"等待时间“{f[4][:8]}”应为{MIN_TIMEOUT}至{MAX_TIMEOUT}秒")
        timeout = int(f[4])
    if any(len(x) > MAX_FIELD for x in f[1:4]):
        raise BadMessage("字段过长")
    return Ask(RatingRequest(f[1], f[2], f[3], timeout, rating_id=_rating_id(f[0])))


def _rating(f: list[str]) -> RatingGiven:
    rid = _rating_id(f[0])
    if not f[1].isdigit() or len(f[1]) != 1:
        raise BadMessage(f"评价等级“{f[1][:8]}”不是1至5的数字")
    level = int(f[1])
    reasons = tuple(f[2].split(",")) if f[2] else ()
    problems = wire_problems(level, reasons, f[3])
    if problems:
        raise BadMessage(problems[0].rstrip("。"))
    return RatingGiven(Rating(rid, level, reasons, f[3]))


def _state(f: list[str]) -> State:
    if f[0] not in ("idle", "asking"):
        raise BadMessage(f"状态“{f[0][:16]}”未知")
    return State(f[0] == "asking", f[1])


def _closed(f: list[str]) -> Closed:
    if f[1] not in CLOSE_REASONS:
        raise BadMessage(f"关闭原因“{f[1][:16]}”未知")
    return Closed(_rating_id(f[0]), f[1])


_PARSERS = {
    p.HELLO: lambda f: Hello(),
    p.STATUS: lambda f: StatusQuery(),
    p.ASK: _ask,
    p.CANCEL: lambda f: Cancel(_rating_id(f[0])),
    p.INFO: lambda f: Info(PadInfo(f[0][:MAX_FIELD], f[1][:MAX_FIELD], f[2][:MAX_FIELD])),
    p.RATING: _rating,
    p.STATE: _state,
    p.CLOSED: _closed,
    p.ERROR: lambda f: PadError(f[0][:MAX_FIELD], f[1][:200], f[2][:MAX_FIELD]),
}
_FIELDS = {
    p.HELLO: 0,
    p.STATUS: 0,
    p.ASK: 5,
    p.CANCEL: 1,
    p.INFO: 3,
    p.RATING: 4,
    p.STATE: 2,
    p.CLOSED: 2,
    p.ERROR: 3,
}
