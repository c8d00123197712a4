"""The history's 差评 follow-ups, worked as a hall works them: the manager assigns each one the
next working day, the person calls the applicant back and records what was changed a few working
days later, and the manager closes it the working day after. Most close within the deadline, a
few late; those of the last days before today are still open, held or waiting for the manager's
judgement — the list a manager really finds on a Monday morning, not eight weeks of 待分派.

Each step goes through the same rules and records as the console's routes
(server/api/manager_followups.py: the state machine, the follow-up's events, the audit), at the
moment it happened, inside the replayed day's transaction. Each follow-up's plan is drawn from its
own seeded stream (its rating id), so the history stays the same whatever else was drawn.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.rating_followups import FollowupMove, FollowupState, VisitMethod
from app.domain.working_days import WorkCalendar
from server.auth.audit import audit
from server.manager import followups as f
from server.store.models import RatingRow
from server.store.models_followups import FollowupRow

MANAGER = "zhangjl"  # the demo's hall manager (server/seed.py) assigns, follows up and closes
LATE = 0.12  # of follow-ups: 回访 recorded after the deadline
ASSIGN_AT, RECORD_AT, CLOSE_AT = time(9, 20), time(15, 10), time(10, 5)
# what was changed, by the first reason the applicant gave (app.domain.ratings' codes)
REMEDIES = {
    "R02": "已核对可通过共享获取的材料，窗口不再收取复印件，一次性告知单同步更新",
    "R03": "一次性告知单补充户口簿要求，窗口人员对材料清单再培训",
    "R04": "高峰时段增开窗口并调整午间错时安排，窗口人员在岗纪律再强调",
    "R05": "已督促承办科室办结并电话告知申请人结果，承诺时限提醒纳入每日晨会",
    "R06": "一次性告知单补充户口簿要求，窗口人员对材料清单再培训",
    "R07": "对当事窗口人员进行服务规范谈话提醒，纳入月度考核",
    "R08": "组织窗口人员学习该事项办事指南，疑难问题设首问负责人",
    "R09": "已联系运维排查网络故障，停机时启用离线受理并告知等候群众",
}
REMEDY = "已向申请人说明情况并致歉，窗口服务流程已整改"
SAID = ("申请人表示理解，对整改措施满意", "申请人接受道歉，希望以后一次办好", "申请人表示认可，问题已解决")


def work_followups(session: Session, hall_code: str, day: date, calendar: WorkCalendar) -> int:
    """Take every still-open follow-up of the hall through the steps planned for `day`; returns
    how many steps were taken."""
    rows = session.execute(
        select(FollowupRow, RatingRow.reasons)
        .join(RatingRow, RatingRow.id == FollowupRow.rating_id)
        .where(
            FollowupRow.hall_code == hall_code,
            FollowupRow.state != FollowupState.CLOSED.value,
            FollowupRow.rated_on < day,
        )
        .order_by(FollowupRow.id)
    ).all()
    steps = 0
    for row, reasons in rows:
        for on, at, move in _plan(row, calendar):
            if on == day and FollowupState(row.state) is _before(move):
                _take(session, row, move, _moment(day, at), reasons or [])
                steps += 1
    return steps


def _plan(row: FollowupRow, calendar: WorkCalendar) -> tuple[tuple[date, time, FollowupMove], ...]:
    rng = random.Random(row.rating_id)  # its own stream: the same plan on every run
    assigned = calendar.add_working_days(row.rated_on, 1)
    if rng.random() < LATE:
        recorded = calendar.add_working_days(row.due_date, rng.randint(1, 3))
    else:
        recorded = calendar.add_working_days(assigned, rng.randint(1, max(1, row.deadline_days - 2)))
    closed = calendar.add_working_days(recorded, 1)
    return (
        (assigned, ASSIGN_AT, FollowupMove.ASSIGN),
        (recorded, RECORD_AT, FollowupMove.RECORD),
        (closed, CLOSE_AT, FollowupMove.CLOSE),
    )


def _before(move: FollowupMove) -> FollowupState:
    return {
        FollowupMove.ASSIGN: FollowupState.OPEN,
        FollowupMove.RECORD: FollowupState.ASSIGNED,
        FollowupMove.CLOSE: FollowupState.REPORTED,
    }[move]


def _take(session: Session, row: FollowupRow, move: FollowupMove, now: datetime, reasons: list) -> None:
    f.move(row, move)
    rng = random.Random(f"{row.rating_id}/{move.value}")
    if move is FollowupMove.ASSIGN:
        row.assignee = MANAGER
        f.recount_if_estimated(session, row)
        detail = {
            "assignee": MANAGER,
            "name": "张建霖",
            "due_date": row.due_date.isoformat(),
            "estimated": row.due_estimated,
        }
        f.add_event(session, row, "assign", now, MANAGER, detail)
        audit(session, now, "followup_assigned", username=MANAGER, detail=f"差评回访{row.id}→{MANAGER}")
    elif move is FollowupMove.RECORD:
        first = next((r for r in reasons if r in REMEDIES), "")
        detail = {
            "visited_at": (now - timedelta(hours=2)).isoformat(),
            "method": VisitMethod.PHONE.value,
            "said": rng.choice(SAID),
            "remedy": REMEDIES.get(first, REMEDY),
        }
        f.add_event(session, row, "record", now, MANAGER, detail)
        audit(session, now, "followup_recorded", username=MANAGER, detail=f"差评回访{row.id}")
    else:
        row.closed_at = now
        f.add_event(session, row, "close", now, MANAGER, {"note": "整改到位，回访满意"})
        audit(session, now, "followup_closed", username=MANAGER, detail=f"差评回访{row.id}")


def _moment(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=HALL_TIMEZONE).astimezone(UTC)
