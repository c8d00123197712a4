"""好差评 follow-up routes of the hall manager (/manager/followups).

The manager's routes are called from the console, a back-office terminal of the hall, with a
hall manager or admin signed in on it: the hall is the terminal's, and a user of another hall
is refused. The assigned person (a hall manager or back-office account of the hall) lists those
they hold (/manager/followups/mine, the console's 我的整改), reads each and records its 回访 and
整改. The clerk asks for review from their window (rating_reviews.py).
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from app.domain.hall_time import hall_date
from app.domain.rating_followups import FollowupMove, FollowupState, ReviewDecision
from app.sync.manager_followups import (
    FOLLOWUPS_PATH,
    MAX_LIST,
    MY_FOLLOWUPS_PATH,
    AssignBody,
    CloseBody,
    FollowupDetail,
    FollowupList,
    FollowupMoved,
    FollowupRates,
    FollowupSettings,
    People,
    Person,
    RecordBody,
    ReviewDecisionBody,
    SendBackBody,
)
from app.sync.protocol import Role, TerminalKind
from server.api.answers import errors
from server.api.context import get_context
from server.auth.audit import audit
from server.auth.credentials import Caller, require_same_hall, require_terminal_user
from server.context import ServerContext
from server.errors import ApiError, bad_request, forbidden
from server.manager import followups as f
from server.manager.followup_rates import rates
from server.store.models import UserRow
from server.store.models_followups import FollowupSettingRow, RatingReviewRow

router = APIRouter(tags=["好差评回访"])
CONSOLE = (TerminalKind.BACKOFFICE,)
managers = require_terminal_user(CONSOLE, (Role.HALL_MANAGER, Role.ADMIN))
# who may hold a follow-up: accounts that sign in on the console's back-office terminal
HOLDERS = (Role.HALL_MANAGER, Role.BACKOFFICE)
followers = require_terminal_user(CONSOLE, (Role.HALL_MANAGER, Role.ADMIN, Role.BACKOFFICE))
holders = require_terminal_user(CONSOLE, HOLDERS)
NOT_YOURS = "只有大厅管理员和被分派的经办人可以查看或办理这条差评回访"


def _hall(caller: Caller) -> str:
    hall = caller.terminal.hall_code
    require_same_hall(caller.user, hall)
    return hall


def _manages(caller: Caller) -> bool:
    return Role(caller.user.role) in (Role.HALL_MANAGER, Role.ADMIN)


@router.get(FOLLOWUPS_PATH, summary="差评回访列表", responses=errors(401, 403))
def list_followups(
    state: FollowupState | None = None,
    overdue: bool | None = None,
    clerk: str = Query(
        default="",
        max_length=100,
        description="窗口人员：用户名（只列该账号的差评）或姓名（列出显示该姓名的差评）",
    ),
    date_from: date | None = None,
    date_to: date | None = None,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> FollowupList:
    hall, today = _hall(caller), hall_date(ctx.now())
    with ctx.sessions() as s:
        items = f.list_items(s, hall, today, MAX_LIST + 1, state, overdue, clerk.strip(), date_from, date_to)
    return FollowupList(items=items[:MAX_LIST], today=today, truncated=len(items) > MAX_LIST)


@router.get(f"{FOLLOWUPS_PATH}/summary", summary="满意率与差评按期办结率", responses=errors(400, 401, 403))
def summary(
    date_from: date = Query(alias="from"),
    date_to: date = Query(alias="to"),
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> FollowupRates:
    if date_to < date_from or (date_to - date_from).days > 366:
        raise bad_request("统计期间无效：结束日期不能早于开始日期，且期间不能超过一年")
    hall = _hall(caller)
    with ctx.sessions() as s:
        return rates(s, hall, date_from, date_to)


@router.get(f"{FOLLOWUPS_PATH}/settings", summary="差评整改期限（工作日）", responses=errors(401, 403))
def get_settings(
    caller: Caller = Depends(managers), ctx: ServerContext = Depends(get_context)
) -> FollowupSettings:
    with ctx.sessions() as s:
        return FollowupSettings(deadline_days=f.deadline_days(s, _hall(caller)))


@router.put(f"{FOLLOWUPS_PATH}/settings", summary="设置差评整改期限", responses=errors(401, 403, 422))
def put_settings(
    body: FollowupSettings, caller: Caller = Depends(managers), ctx: ServerContext = Depends(get_context)
) -> FollowupSettings:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = s.get(FollowupSettingRow, hall, with_for_update=True)
        if row is None:
            row = FollowupSettingRow(hall_code=hall)
            s.add(row)
        row.deadline_days, row.updated_by, row.updated_at = body.deadline_days, caller.user.username, now
        detail = f"{hall}：差评整改期限{body.deadline_days}个工作日（此后新开的回访）"
        audit(s, now, "followup_deadline_set", username=caller.user.username, detail=detail)
    return body


@router.get(f"{FOLLOWUPS_PATH}/people", summary="可分派的经办人", responses=errors(401, 403))
def people(caller: Caller = Depends(managers), ctx: ServerContext = Depends(get_context)) -> People:
    hall = _hall(caller)
    with ctx.sessions() as s:
        rows = s.scalars(
            select(UserRow)
            .where(
                UserRow.hall_code == hall,
                UserRow.active.is_(True),
                UserRow.role.in_([r.value for r in HOLDERS]),
            )
            .order_by(UserRow.username)
        ).all()
    return People(items=[Person(username=u.username, display_name=u.display_name, role=u.role) for u in rows])


# before /{followup_id}: "mine" would otherwise be read as a follow-up's number
@router.get(
    MY_FOLLOWUPS_PATH, summary="分派给本人的差评回访（不含申请人身份）", responses=errors(401, 403, 422)
)
def my_followups(
    closed: bool = False,
    caller: Caller = Depends(holders),
    ctx: ServerContext = Depends(get_context),
) -> FollowupList:
    """Those on the caller's desk (办理中 and 待审核), soonest due first; with closed=true those
    closed, latest first. Only the caller's, only of the console's hall."""
    hall, today = _hall(caller), hall_date(ctx.now())
    with ctx.sessions() as s:
        items = f.held_items(s, hall, caller.user.username, today, MAX_LIST + 1, closed)
    return FollowupList(items=items[:MAX_LIST], today=today, truncated=len(items) > MAX_LIST)


@router.get(
    f"{FOLLOWUPS_PATH}/{{followup_id}}",
    summary="差评回访详情（含申请人身份，读取留痕）",
    responses=errors(401, 403, 404),
)
def detail(
    followup_id: int, caller: Caller = Depends(followers), ctx: ServerContext = Depends(get_context)
) -> FollowupDetail:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        item, comment, snapshot, history, review, row = f.one(s, hall, followup_id, hall_date(now))
        if not _manages(caller) and row.assignee != caller.user.username:
            raise forbidden(NOT_YOURS)
        # reading who rated is itself on record (等保), in the transaction that answers
        audit(
            s,
            now,
            "rating_identity_read",
            username=caller.user.username,
            detail=f"差评回访{row.id}（评价{item.rating_id}）",
        )
        return FollowupDetail(
            item=item,
            comment=comment,
            applicant=f.applicant_of(snapshot),
            events=history,
            review=f.review_info(review),
            version=row.version,
        )


@router.post(
    f"{FOLLOWUPS_PATH}/{{followup_id}}/assign", summary="分派差评回访", responses=errors(401, 403, 404, 409)
)
def assign(
    followup_id: int,
    body: AssignBody,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> FollowupMoved:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = f.locked(s, hall, followup_id, body.version)
        person = s.get(UserRow, body.assignee)
        if (
            person is None
            or person.hall_code != hall
            or not person.active
            or Role(person.role) not in HOLDERS
        ):
            raise bad_request(
                f"“{body.assignee}”不是本大厅可分派的经办人（须为本大厅在用的大厅管理员或后台审批账号）"
            )
        f.move(row, FollowupMove.ASSIGN)
        row.assignee = person.username
        f.recount_if_estimated(s, row)
        f.add_event(
            s,
            row,
            "assign",
            now,
            caller.user.username,
            {
                "assignee": person.username,
                "name": person.display_name,
                "due_date": row.due_date.isoformat(),
                "estimated": row.due_estimated,
            },
        )
        audit(
            s,
            now,
            "followup_assigned",
            username=caller.user.username,
            detail=f"差评回访{row.id}→{person.username}",
        )
    return _moved(row)


@router.post(
    f"{FOLLOWUPS_PATH}/{{followup_id}}/record", summary="记录回访与整改", responses=errors(401, 403, 404, 409)
)
def record(
    followup_id: int,
    body: RecordBody,
    caller: Caller = Depends(followers),
    ctx: ServerContext = Depends(get_context),
) -> FollowupMoved:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = f.locked(s, hall, followup_id, body.version)
        if not _manages(caller) and row.assignee != caller.user.username:
            raise forbidden(NOT_YOURS)
        f.move(row, FollowupMove.RECORD)
        detail = {
            "visited_at": body.visited_at.isoformat(),
            "method": body.method.value,
            "said": body.said,
            "remedy": body.remedy,
        }
        f.add_event(s, row, "record", now, caller.user.username, detail)
        audit(s, now, "followup_recorded", username=caller.user.username, detail=f"差评回访{row.id}")
    return _moved(row)


@router.post(
    f"{FOLLOWUPS_PATH}/{{followup_id}}/close", summary="办结差评回访", responses=errors(401, 403, 404, 409)
)
def close(
    followup_id: int,
    body: CloseBody,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> FollowupMoved:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = f.locked(s, hall, followup_id, body.version)
        f.move(row, FollowupMove.CLOSE)
        row.closed_at = now
        f.add_event(s, row, "close", now, caller.user.username, {"note": body.note})
        audit(s, now, "followup_closed", username=caller.user.username, detail=f"差评回访{row.id}")
    return _moved(row)


@router.post(
    f"{FOLLOWUPS_PATH}/{{followup_id}}/send-back",
    summary="退回差评回访",
    responses=errors(401, 403, 404, 409),
)
def send_back(
    followup_id: int,
    body: SendBackBody,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> FollowupMoved:
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = f.locked(s, hall, followup_id, body.version)
        f.move(row, FollowupMove.SEND_BACK)
        f.add_event(s, row, "send_back", now, caller.user.username, {"reason": body.reason})
        audit(s, now, "followup_sent_back", username=caller.user.username, detail=f"差评回访{row.id}")
    return _moved(row)


@router.post(
    f"{FOLLOWUPS_PATH}/{{followup_id}}/review",
    summary="对申请复核作出决定",
    responses=errors(401, 403, 404, 409),
)
def decide_review(
    followup_id: int,
    body: ReviewDecisionBody,
    caller: Caller = Depends(managers),
    ctx: ServerContext = Depends(get_context),
) -> FollowupMoved:
    if body.decision is ReviewDecision.PENDING:
        raise bad_request("请决定维持评价或认定恶意评价")
    hall, now = _hall(caller), ctx.now()
    with ctx.transaction() as s:
        row = f.locked(s, hall, followup_id)
        review = s.get(RatingReviewRow, row.rating_id, with_for_update=True)
        if review is None:
            raise ApiError(409, "conflict", "这条差评没有申请复核")
        if review.decision != ReviewDecision.PENDING.value:
            raise ApiError(409, "conflict", "这条差评的复核已作出决定，决定不再更改")
        review.decision, review.decided_by, review.decided_at = body.decision.value, caller.user.username, now
        review.decision_note = body.note
        detail = {"decision": body.decision.value, "note": body.note}
        f.add_event(s, row, "review_decided", now, caller.user.username, detail)
        audit(
            s,
            now,
            "rating_review_decided",
            username=caller.user.username,
            detail=f"评价{row.rating_id}：{body.decision.value}",
        )
    return _moved(row)


def _moved(row) -> FollowupMoved:
    """What every move answers: where the follow-up stands now, and its version for the next move."""
    return FollowupMoved(id=row.id, state=FollowupState(row.state), version=row.version)
