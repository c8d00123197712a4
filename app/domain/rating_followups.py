"""差评 follow-up (整改): the states of one follow-up, the moves between them, its deadline.

Every bad rating (差评, levels 1–2) opens one follow-up. The hall manager assigns it to a person
of the hall; that person calls the applicant back (回访) and records what was changed (整改),
which reports it to the manager; the manager closes it, or sends it back with a reason for
another round. The deadline counts working days from the day of the rating (local rules give 5
or 15: a hall setting), with the hall's calendar, so a year without a schedule is counted by
weekends only and the date says so (暂按周末计算).

A clerk may ask for review (申请复核) of a rating they think malicious; the manager decides
whether the rating stands or is taken out of the statistics (it is kept on record either way).
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError
from app.domain.working_days import DueDate, WorkCalendar

DEFAULT_DEADLINE_DAYS = 5
MAX_DEADLINE_DAYS = 30


class FollowupState(Enum):
    OPEN = "open"  # 待分派: opened by the rating, nobody holds it yet
    ASSIGNED = "assigned"  # 办理中: a person of the hall holds it
    REPORTED = "reported"  # 待审核: 回访 and 整改 recorded, the manager judges
    CLOSED = "closed"  # 已办结

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    FollowupState.OPEN: QT_TRANSLATE_NOOP("messages", "待分派"),
    FollowupState.ASSIGNED: QT_TRANSLATE_NOOP("messages", "办理中"),
    FollowupState.REPORTED: QT_TRANSLATE_NOOP("messages", "待审核"),
    FollowupState.CLOSED: QT_TRANSLATE_NOOP("messages", "已办结"),
}


class FollowupMove(Enum):
    ASSIGN = "assign"  # 分派 (again: 改派)
    RECORD = "record"  # 记录回访与整改
    CLOSE = "close"  # 办结
    SEND_BACK = "send_back"  # 退回

    @property
    def label(self) -> str:
        return MOVE_LABELS[self]


MOVE_LABELS = {
    FollowupMove.ASSIGN: QT_TRANSLATE_NOOP("messages", "分派"),
    FollowupMove.RECORD: QT_TRANSLATE_NOOP("messages", "记录回访与整改"),
    FollowupMove.CLOSE: QT_TRANSLATE_NOOP("messages", "办结"),
    FollowupMove.SEND_BACK: QT_TRANSLATE_NOOP("messages", "退回"),
}

# a reported follow-up is not reassigned: the manager judges what was reported first
MOVES: dict[tuple[FollowupState, FollowupMove], FollowupState] = {
    (FollowupState.OPEN, FollowupMove.ASSIGN): FollowupState.ASSIGNED,
    (FollowupState.ASSIGNED, FollowupMove.ASSIGN): FollowupState.ASSIGNED,
    (FollowupState.ASSIGNED, FollowupMove.RECORD): FollowupState.REPORTED,
    (FollowupState.REPORTED, FollowupMove.CLOSE): FollowupState.CLOSED,
    (FollowupState.REPORTED, FollowupMove.SEND_BACK): FollowupState.ASSIGNED,
}

NOT_ALLOWED = QT_TRANSLATE_NOOP("messages", "该差评回访处于“{state}”状态，不能{move}。")


class FollowupMoveError(MessageError, ValueError):
    def __init__(self, state: FollowupState, move: FollowupMove) -> None:
        super().__init__(Message(NOT_ALLOWED, state=Message(state.label), move=Message(move.label)))
        self.state, self.move = state, move


def next_state(state: FollowupState, move: FollowupMove) -> FollowupState:
    """The state after `move`, or FollowupMoveError naming the state and the move refused."""
    try:
        return MOVES[(state, move)]
    except KeyError:
        raise FollowupMoveError(state, move) from None


def allowed_moves(state: FollowupState) -> tuple[FollowupMove, ...]:
    return tuple(move for (s, move) in MOVES if s is state)


class VisitMethod(Enum):
    PHONE = "phone"
    HOME = "home"
    SMS = "sms"
    ON_SITE = "on_site"

    @property
    def label(self) -> str:
        return VISIT_LABELS[self]


VISIT_LABELS = {
    VisitMethod.PHONE: QT_TRANSLATE_NOOP("messages", "电话"),
    VisitMethod.HOME: QT_TRANSLATE_NOOP("messages", "上门"),
    VisitMethod.SMS: QT_TRANSLATE_NOOP("messages", "短信"),
    VisitMethod.ON_SITE: QT_TRANSLATE_NOOP("messages", "现场"),
}


class ReviewDecision(Enum):
    """The manager's answer to a clerk's 申请复核."""

    PENDING = "pending"  # 待决定
    STANDS = "stands"  # 维持评价: the rating counts
    EXCLUDED = "excluded"  # 认定恶意评价: kept on record, left out of the statistics

    @property
    def label(self) -> str:
        return REVIEW_LABELS[self]


REVIEW_LABELS = {
    ReviewDecision.PENDING: QT_TRANSLATE_NOOP("messages", "复核待决定"),
    ReviewDecision.STANDS: QT_TRANSLATE_NOOP("messages", "维持评价"),
    ReviewDecision.EXCLUDED: QT_TRANSLATE_NOOP("messages", "认定恶意，不计入统计"),
}

BAD_DAYS = QT_TRANSLATE_NOOP("messages", "整改期限应为1至{limit}个工作日，现为{days}。")


class DeadlineDaysError(MessageError, ValueError):
    pass


def check_deadline_days(days: int) -> None:
    if not 1 <= days <= MAX_DEADLINE_DAYS:
        raise DeadlineDaysError(Message(BAD_DAYS, limit=MAX_DEADLINE_DAYS, days=days))


def followup_deadline(calendar: WorkCalendar, rated_on: date, days: int) -> DueDate:
    """The last day to close the follow-up of a rating given on `rated_on` (that day not
    counted, as every time limit of the hall); estimated across a year without a schedule."""
    check_deadline_days(days)
    return calendar.due_date(rated_on, days)


def is_overdue(state: FollowupState, due: date, today: date) -> bool:
    """Still open after its last day (a closed one is judged by `closed_in_time` instead)."""
    return state is not FollowupState.CLOSED and today > due


def closed_in_time(due: date, closed_on: date | None) -> bool:
    return closed_on is not None and closed_on <= due


def satisfaction_rate(good: int, total: int) -> float | None:
    """满意率: ratings at levels 3–5 ÷ all ratings counted (None when none was given)."""
    return good / total if total else None
