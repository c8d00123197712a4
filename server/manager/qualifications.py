"""Clerks' qualifications: which categories a clerk may serve (set by the hall manager).

Both ends respect them: an assignment giving a window a category its signed-in clerk may not
serve is refused (server/manager/assignments.py), and call-next calls only the categories the
clerk signed in on the window may serve (server/queue/common.py reads them with the hall's
configuration, so a change bumps the hall's config_version like any setup change).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sync.manager_assignments import ClerkQualification, Qualification
from app.sync.protocol import Role
from server.auth.audit import audit
from server.refusals import BadRequest, NotFound
from server.store.models import HallRow, ServiceCategoryRow, UserRow
from server.store.models_assignments import ClerkQualificationRow


def allowed_categories(session: Session, username: str) -> frozenset[str] | None:
    """The categories `username` may serve; None when no limit is set (or nobody is named)."""
    if not username:
        return None
    row = session.get(ClerkQualificationRow, username)
    return None if row is None else frozenset(row.categories)


def hall_qualifications(session: Session, hall_code: str) -> dict[str, frozenset[str]]:
    """{username: categories} of the hall's clerks who have a limit."""
    rows = session.execute(
        select(ClerkQualificationRow.username, ClerkQualificationRow.categories).where(
            ClerkQualificationRow.hall_code == hall_code
        )
    )
    return {username: frozenset(codes) for username, codes in rows}


def list_qualifications(session: Session, hall_code: str) -> list[ClerkQualification]:
    """Every clerk and hall manager of the hall (they serve at windows) with what they may serve."""
    limits = hall_qualifications(session, hall_code)
    users = session.scalars(
        select(UserRow)
        .where(
            UserRow.hall_code == hall_code,
            UserRow.active.is_(True),
            UserRow.role.in_([Role.CLERK.value, Role.HALL_MANAGER.value]),
        )
        .order_by(UserRow.window_name, UserRow.username)
    ).all()
    return [
        ClerkQualification(
            username=u.username,
            display_name=u.display_name,
            window=u.window_name or "",
            categories=sorted(limits.get(u.username, ())),
            all_categories=u.username not in limits,
        )
        for u in users
    ]


def set_qualification(
    session: Session, hall_code: str, actor: str, username: str, body: Qualification, now: datetime
) -> None:
    hall = session.get(HallRow, hall_code, with_for_update=True)
    if hall is None:
        raise NotFound(f"没有编码为{hall_code}的大厅")
    user = session.get(UserRow, username)
    if user is None or user.hall_code != hall_code or Role(user.role) not in (Role.CLERK, Role.HALL_MANAGER):
        raise NotFound(f"本大厅没有名为“{username}”的窗口工作人员")
    codes = set(
        session.scalars(select(ServiceCategoryRow.code).where(ServiceCategoryRow.hall_code == hall_code))
    )
    unknown = sorted(set(body.categories) - codes)
    if unknown:
        raise NotFound(f"本大厅没有这些业务类别：{'、'.join(unknown)}", code="unknown_category")
    if not body.all_categories and not body.categories:
        raise BadRequest(f"请至少为{user.display_name}选择一个可办理的业务类别")
    row = session.get(ClerkQualificationRow, username)
    if body.all_categories:
        if row is not None:
            session.delete(row)
    else:
        if row is None:
            row = ClerkQualificationRow(username=username, hall_code=hall_code)
            session.add(row)
        row.categories, row.updated_at, row.updated_by = sorted(set(body.categories)), now, actor
    hall.config_version = (hall.config_version or 0) + 1  # call-next re-reads what clerks may call
    what = "全部业务类别" if body.all_categories else "、".join(sorted(set(body.categories)))
    audit(session, now, "clerk_qualification", username=actor, detail=f"{username}：{what}")
