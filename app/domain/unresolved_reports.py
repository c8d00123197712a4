"""办不成事 反映: an applicant's report that something could not be got done at the hall.

A hall's 办不成事 反映窗口 takes the report (who, which matter, what went wrong, at which window),
and it goes to the hall manager like a 差评's follow-up: assigned to a person of the hall, who
finds out, puts it right where it can be and answers the applicant (解决结果 and 答复); the
manager closes it or sends it back. Its deadline counts working days from the day it was made
(the hall's setting, as for 差评). This module holds the report's rules: what a report must say,
the states and the moves between them, and what an answer must say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from app.domain.applicants import FieldProblem
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError
from app.domain.rating_followups import VisitMethod

MAX_NAME = 50
MAX_TEXT = 500
MIN_DESCRIPTION = 5
MAX_WINDOW = 40
MAX_MATTER_NAME = 200
MAX_MATTER_CODE = 50
_PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")  # as applicants.check_applicant


class ProblemKind(Enum):
    """反映类型: what went wrong, as the hall's 办不成事 ledger sorts it."""

    MATERIALS = "materials"  # 材料要求不明确、反复要求补正
    NOWHERE = "nowhere"  # 无对应事项或窗口，不知到哪里办
    REFUSED = "refused"  # 窗口推诿、不予受理理由不清
    ATTITUDE = "attitude"  # 服务态度
    SYSTEM = "system"  # 系统故障、网络中断
    POLICY = "policy"  # 政策不明确、跨部门难协调
    OTHER = "other"  # 其他

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    ProblemKind.MATERIALS: QT_TRANSLATE_NOOP("messages", "材料要求不明确或反复补正"),
    ProblemKind.NOWHERE: QT_TRANSLATE_NOOP("messages", "找不到办理事项或窗口"),
    ProblemKind.REFUSED: QT_TRANSLATE_NOOP("messages", "窗口推诿或不予受理理由不清"),
    ProblemKind.ATTITUDE: QT_TRANSLATE_NOOP("messages", "服务态度"),
    ProblemKind.SYSTEM: QT_TRANSLATE_NOOP("messages", "系统故障或网络中断"),
    ProblemKind.POLICY: QT_TRANSLATE_NOOP("messages", "政策不明确或跨部门难协调"),
    ProblemKind.OTHER: QT_TRANSLATE_NOOP("messages", "其他"),
}


class ReportState(Enum):
    OPEN = "open"  # 待分派
    ASSIGNED = "assigned"  # 办理中
    ANSWERED = "answered"  # 待审核: the outcome and the answer to the applicant are recorded
    CLOSED = "closed"  # 已办结

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    ReportState.OPEN: QT_TRANSLATE_NOOP("messages", "待分派"),
    ReportState.ASSIGNED: QT_TRANSLATE_NOOP("messages", "办理中"),
    ReportState.ANSWERED: QT_TRANSLATE_NOOP("messages", "已答复待审核"),
    ReportState.CLOSED: QT_TRANSLATE_NOOP("messages", "已办结"),
}


class ReportMove(Enum):
    ASSIGN = "assign"  # 分派 (again: 改派)
    ANSWER = "answer"  # 记录解决情况与答复
    CLOSE = "close"  # 办结
    SEND_BACK = "send_back"  # 退回重办

    @property
    def label(self) -> str:
        return MOVE_LABELS[self]


MOVE_LABELS = {
    ReportMove.ASSIGN: QT_TRANSLATE_NOOP("messages", "分派"),
    ReportMove.ANSWER: QT_TRANSLATE_NOOP("messages", "记录解决情况与答复"),
    ReportMove.CLOSE: QT_TRANSLATE_NOOP("messages", "办结"),
    ReportMove.SEND_BACK: QT_TRANSLATE_NOOP("messages", "退回重办"),
}

# an answered report is not reassigned: the manager judges the answer first
_MOVES: dict[tuple[ReportState, ReportMove], ReportState] = {
    (ReportState.OPEN, ReportMove.ASSIGN): ReportState.ASSIGNED,
    (ReportState.ASSIGNED, ReportMove.ASSIGN): ReportState.ASSIGNED,
    (ReportState.ASSIGNED, ReportMove.ANSWER): ReportState.ANSWERED,
    (ReportState.ANSWERED, ReportMove.CLOSE): ReportState.CLOSED,
    (ReportState.ANSWERED, ReportMove.SEND_BACK): ReportState.ASSIGNED,
}


class Outcome(Enum):
    """解决结果."""

    SOLVED = "solved"  # 已办成
    PARTLY = "partly"  # 部分解决
    EXPLAINED = "explained"  # 确实无法办理，已向申请人说明依据

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.SOLVED: QT_TRANSLATE_NOOP("messages", "已办成"),
    Outcome.PARTLY: QT_TRANSLATE_NOOP("messages", "部分解决"),
    Outcome.EXPLAINED: QT_TRANSLATE_NOOP("messages", "无法办理，已说明依据"),
}

NOT_ALLOWED = QT_TRANSLATE_NOOP("messages", "该办不成事反映处于“{state}”状态，不能{move}。")
NAME_NEEDED = QT_TRANSLATE_NOOP("messages", "请填写反映人的姓名")
TOO_LONG = QT_TRANSLATE_NOOP("messages", "{field}不能超过{limit}个字")
PHONE_NEEDED = QT_TRANSLATE_NOOP("messages", "请填写反映人的联系电话：答复要打给他")
PHONE_FORMAT = QT_TRANSLATE_NOOP("messages", "联系电话格式不正确（手机11位，或区号-座机号）")
DESCRIBE = QT_TRANSLATE_NOOP("messages", "请写明办不成的是什么事、卡在哪里（至少{least}个字）")
RESOLUTION_NEEDED = QT_TRANSLATE_NOOP("messages", "请写明怎样解决的，或为什么无法办理及其依据")
REPLY_NEEDED = QT_TRANSLATE_NOOP("messages", "请写明答复申请人的内容")
REASON_NEEDED = QT_TRANSLATE_NOOP("messages", "请写明退回的原因")
FIELD_NAME = QT_TRANSLATE_NOOP("messages", "姓名")
FIELD_DESCRIPTION = QT_TRANSLATE_NOOP("messages", "问题描述")
FIELD_WINDOW = QT_TRANSLATE_NOOP("messages", "窗口")
FIELD_MATTER = QT_TRANSLATE_NOOP("messages", "事项名称")
FIELD_RESOLUTION = QT_TRANSLATE_NOOP("messages", "解决情况")
FIELD_REPLY = QT_TRANSLATE_NOOP("messages", "答复内容")
FIELD_REASON = QT_TRANSLATE_NOOP("messages", "退回原因")


class ReportMoveError(MessageError, ValueError):
    def __init__(self, state: ReportState, move: ReportMove) -> None:
        super().__init__(Message(NOT_ALLOWED, state=Message(state.label), move=Message(move.label)))
        self.state, self.move = state, move


def next_state(state: ReportState, move: ReportMove) -> ReportState:
    """The state after `move`, or ReportMoveError naming the state and the move refused."""
    try:
        return _MOVES[(state, move)]
    except KeyError:
        raise ReportMoveError(state, move) from None


def allowed_moves(state: ReportState) -> tuple[ReportMove, ...]:
    return tuple(move for (s, move) in _MOVES if s is state)


@dataclass(frozen=True)
class UnresolvedReport:
    """What the applicant reports, as the window takes it down."""

    name: str
    phone: str
    kind: ProblemKind
    description: str
    matter_code: str = ""  # the catalog's matter, when there is one (NOWHERE: often none)
    matter_name: str = ""
    failed_window: str = ""  # where it could not be done (as the applicant says it)
    case_number: str = ""  # the case it is about, when there is one


def report_problems(report: UnresolvedReport) -> list[FieldProblem]:
    """Everything wrong with a report, each on its field (report.name, report.phone, …)."""
    problems: list[FieldProblem] = []
    name = report.name.strip()
    if not name:
        problems.append(FieldProblem("report.name", Message(NAME_NEEDED)))
    elif len(name) > MAX_NAME:
        problems.append(_too_long("report.name", FIELD_NAME, MAX_NAME))
    phone = report.phone.strip()
    if not phone:
        problems.append(FieldProblem("report.phone", Message(PHONE_NEEDED)))
    elif not _PHONE.match(phone):
        problems.append(FieldProblem("report.phone", Message(PHONE_FORMAT)))
    description = report.description.strip()
    if len(description) < MIN_DESCRIPTION:
        problems.append(FieldProblem("report.description", Message(DESCRIBE, least=MIN_DESCRIPTION)))
    elif len(description) > MAX_TEXT:
        problems.append(_too_long("report.description", FIELD_DESCRIPTION, MAX_TEXT))
    if len(report.failed_window.strip()) > MAX_WINDOW:
        problems.append(_too_long("report.failed_window", FIELD_WINDOW, MAX_WINDOW))
    if len(report.matter_name.strip()) > MAX_MATTER_NAME or len(report.matter_code) > MAX_MATTER_CODE:
        problems.append(_too_long("report.matter", FIELD_MATTER, MAX_MATTER_NAME))
    return problems


@dataclass(frozen=True)
class Answer:
    """How it was put right (or why it cannot be) and what the applicant was told."""

    outcome: Outcome
    resolution: str
    reply: str
    reply_method: VisitMethod
    replied_on: date


def answer_problems(answer: Answer, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for field, text, needed, label in (
        ("answer.resolution", answer.resolution, RESOLUTION_NEEDED, FIELD_RESOLUTION),
        ("answer.reply", answer.reply, REPLY_NEEDED, FIELD_REPLY),
    ):
        if not text.strip():
            problems.append(FieldProblem(field, Message(needed)))
        elif len(text.strip()) > MAX_TEXT:
            problems.append(_too_long(field, label, MAX_TEXT))
    if answer.replied_on > today:
        problems.append(FieldProblem("answer.replied_on", Message(REPLIED_LATER, day=f"{answer.replied_on}")))
    return problems


REPLIED_LATER = QT_TRANSLATE_NOOP("messages", "答复日期{day}在今天之后")


def send_back_problem(reason: str) -> FieldProblem | None:
    if not reason.strip():
        return FieldProblem("send_back.reason", Message(REASON_NEEDED))
    if len(reason.strip()) > MAX_TEXT:
        return _too_long("send_back.reason", FIELD_REASON, MAX_TEXT)
    return None


def _too_long(field: str, label: str, limit: int) -> FieldProblem:
    return FieldProblem(field, Message(TOO_LONG, field=Message(label), limit=limit))
