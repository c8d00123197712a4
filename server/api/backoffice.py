"""The back office's API: record steps and decisions on a case; list cases near or past due.

For the back-office systems of the departments (account role backoffice) and admins; each
account acts on the cases of its own hall. A refusal by the case rules is 409 code "rule".
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.case_status import CaseRuleError, CaseStatus
from app.domain.cases import WorkingDays, deadline_flag
from app.domain.hall_time import hall_date
from app.domain.working_days import WorkCalendar
from app.sync.protocol import CaseState, Role
from server.api.answers import errors
from server.api.context import get_context
from server.auth.audit import audit
from server.auth.credentials import require_same_hall, require_user
from server.backoffice import BackofficeStep, apply_step, first_answer
from server.context import ServerContext
from server.errors import ApiError, bad_request, not_found
from server.store.models import ServerCaseRow, UserRow

router = APIRouter(prefix="/backoffice", tags=["backoffice"])
back_office = require_user(Role.BACKOFFICE, Role.ADMIN)
_RUNNING = [s.value for s in CaseStatus if s.clock_runs]


class DeadlineFlag(StrEnum):
    DUE_SOON = "due_soon"  # 临近: at most `due_soon_days` working days left
    OVERDUE = "overdue"  # 超期


class FlaggedCase(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    number: str
    status: str
    promised_date: date
    flag: DeadlineFlag
    matter_names: list[str]


def calendar(ctx: ServerContext, session: Session | None = None) -> WorkingDays:
    # a deployment (or a test) may hand in a calendar with its halls' own schedule; the years
    # entered on the server (calendar import) go on top, read anew: another process may add one.
    # Inside a transaction pass its session: a second one would wait on SQLite's write lock.
    from server.calendar_years import server_calendar

    base = ctx.extras.get("calendar") or WorkCalendar()
    if session is not None:
        return server_calendar(session, base)
    with ctx.sessions() as s:
        return server_calendar(s, base)


@router.post(
    "/cases/{case_number}/events",
    summary="登记后台办理环节、特别程序、办结或结果到件",
    responses=errors(400, 401, 403, 404, 409),
)
def post_event(
    case_number: str,
    body: BackofficeStep,
    actor: UserRow = Depends(back_office),
    ctx: ServerContext = Depends(get_context),
) -> CaseState:
    now = ctx.now()
    try:
        with ctx.transaction() as s:
            # a number is unique within its hall: look only in the actor's (an admin's: in all)
            query = select(ServerCaseRow).where(ServerCaseRow.number == case_number[:50])
            if actor.hall_code:
                query = query.where(ServerCaseRow.hall_code == actor.hall_code)
            found = s.scalars(query.limit(2).with_for_update()).all()
            if not found:
                raise not_found("服务器上没有办件：本大厅没有此编号（窗口可能尚未同步）")
            if len(found) > 1:
                raise ApiError(409, "ambiguous", "多个大厅有此编号的办件，请用所属大厅的账号登记")
            case = found[0]
            require_same_hall(actor, case.hall_code)
            answered = first_answer(s, case, body)
            if answered is not None:
                return answered  # a resend: nothing is recorded again
            state = apply_step(s, case, body, now, calendar(ctx, s))
            audit(
                s,
                now,
                "backoffice_step",
                username=actor.username,
                detail=f"{case.number} {body.action.value} {body.actor.strip()}",
            )
    except CaseRuleError as exc:
        raise _refused(ctx, actor, case_number, body, ApiError(409, "rule", str(exc))) from None
    return state


def _refused(
    ctx: ServerContext, actor: UserRow, number: str, body: BackofficeStep, error: ApiError
) -> ApiError:
    with ctx.transaction() as s:
        audit(
            s,
            ctx.now(),
            "backoffice_step",
            "refused",
            username=actor.username,
            detail=f"{number[:50]} {body.action.value}：{error.detail}",
        )
    return error


@router.get("/cases", summary="临近或超过承诺办结日的办件", responses=errors(400, 401, 403))
def flagged_cases(
    flag: DeadlineFlag | None = Query(
        default=None, description="due_soon（临近）或 overdue（超期）；不填为两者"
    ),
    hall_code: str | None = Query(default=None, max_length=12, description="系统管理员须指定大厅"),
    actor: UserRow = Depends(back_office),
    ctx: ServerContext = Depends(get_context),
) -> list[FlaggedCase]:
    hall = hall_code or actor.hall_code
    if not hall:
        raise bad_request("请用参数hall_code指定大厅")
    require_same_hall(actor, hall)
    today, days = hall_date(ctx.now()), calendar(ctx)
    with ctx.sessions() as s:
        rows = s.scalars(
            select(ServerCaseRow)
            .where(ServerCaseRow.hall_code == hall, ServerCaseRow.status.in_(_RUNNING))
            .where(ServerCaseRow.promised_date.is_not(None))
            .where(ServerCaseRow.promised_date <= _horizon(today, days, ctx.config.due_soon_days))
            .order_by(ServerCaseRow.promised_date, ServerCaseRow.number)
        ).all()
    found = []
    for row in rows:
        mark = deadline_flag(CaseStatus(row.status), row.promised_date, today, days, ctx.config.due_soon_days)
        if mark and (flag is None or mark == flag.value):
            names = row.snapshot.get("matter_names") if isinstance(row.snapshot, dict) else None
            found.append(
                FlaggedCase(
                    id=row.id,
                    number=row.number,
                    status=row.status,
                    promised_date=row.promised_date,
                    flag=DeadlineFlag(mark),
                    matter_names=[str(n) for n in names or []],
                )
            )
    return found


def _horizon(today: date, days: WorkingDays, warn_days: int) -> date:
    """The last promised date that can be flagged today (a cheap bound for the query)."""
    return days.add_working_days(today, warn_days)
