"""Work profiles (早高峰, 午间错时, 周末): named whole-hall assignments, applied by hand or on
their schedule, each application one change of server/manager/assignments.py (audited, undoable).

A profile lists the windows it sets; windows it does not name keep what they have. Saving
refuses a window or category the hall does not have, and a window the profile itself closes
while giving it categories to serve (which of the two did the manager mean?).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.window_assignments import Assignment, AssignmentRefused, check_assignment
from app.sync.manager_assignments import (
    AssignmentChangeRecord,
    AssignmentResult,
    CategoryInfo,
    HallAssignments,
    WindowAssignment,
    WorkProfile,
)
from server.auth.audit import audit
from server.manager.assignments import apply_change, hall_categories, read_states, refused
from server.manager.qualifications import list_qualifications
from server.refusals import BadRequest, NotFound
from server.store.models import HallRow
from server.store.models_assignments import AssignmentChangeRow, WorkProfileRow

RECENT_CHANGES = 30


def check_profile(session: Session, hall_code: str, profile: WorkProfile) -> None:
    windows = read_states(session, hall_code)
    categories = hall_categories(session, hall_code)
    seen: set[str] = set()
    try:
        for w in profile.windows:
            if w.window not in windows:
                raise AssignmentRefused(
                    "unknown_window", f"方案“{profile.name}”中的窗口“{w.window}”本大厅没有"
                )
            if w.window in seen:
                raise AssignmentRefused("bad_request", f"方案“{profile.name}”中窗口“{w.window}”出现了两次")
            seen.add(w.window)
            wanted = Assignment(dict(w.categories), w.open)
            check_assignment(w.window, wanted, categories)
            if not w.open and wanted.served():
                raise AssignmentRefused(
                    "bad_request",
                    f"方案“{profile.name}”关闭了窗口“{w.window}”却给它设了办理类别：请开放它，或把权重清零",
                )
    except AssignmentRefused as error:
        raise refused(error) from None
    slots = [(d, s.at) for s in profile.schedules for d in s.weekdays]
    if len(set(slots)) != len(slots):
        raise BadRequest(f"方案“{profile.name}”的定时有重复的星期与时刻")


def save_profile(session: Session, hall_code: str, actor: str, profile: WorkProfile, now: datetime) -> None:
    if session.get(HallRow, hall_code, with_for_update=True) is None:
        raise NotFound(f"没有编码为{hall_code}的大厅")
    check_profile(session, hall_code, profile)
    row = session.get(WorkProfileRow, (hall_code, profile.name))
    created = row is None
    if row is None:
        row = WorkProfileRow(hall_code=hall_code, name=profile.name)
        session.add(row)
    row.windows = [w.model_dump(mode="json") for w in profile.windows]
    row.schedules = [s.model_dump(mode="json") for s in profile.schedules]
    row.updated_at, row.updated_by = now, actor
    when = "；".join(
        f"周{''.join('一二三四五六日'[d - 1] for d in s.weekdays)} {s.at}" for s in profile.schedules
    )
    detail = f"{profile.name}：{len(profile.windows)}个窗口；定时：{when or '无'}"
    audit(session, now, "profile_created" if created else "profile_changed", username=actor, detail=detail)


def delete_profile(session: Session, hall_code: str, actor: str, name: str, now: datetime) -> None:
    row = session.get(WorkProfileRow, (hall_code, name))
    if row is None:
        raise NotFound(f"本大厅没有名为“{name}”的工作方案", code="unknown_profile")
    session.delete(row)
    audit(session, now, "profile_deleted", username=actor, detail=name)


def stored_profile(row: WorkProfileRow) -> WorkProfile:
    return WorkProfile.model_validate({"name": row.name, "windows": row.windows, "schedules": row.schedules})


def apply_profile(
    session: Session,
    hall_code: str,
    actor: str,
    name: str,
    now: datetime,
    *,
    reason: str = "",
    allow_unserved: bool = False,
    kind: str = "profile",
) -> AssignmentResult:
    """The profile's windows as one change (no version check: a profile sets what it names)."""
    row = session.get(WorkProfileRow, (hall_code, name))
    if row is None:
        raise NotFound(f"本大厅没有名为“{name}”的工作方案", code="unknown_profile")
    profile = stored_profile(row)
    check_profile(session, hall_code, profile)  # the hall may have lost a window since it was saved
    return apply_change(
        session,
        hall_code,
        actor,
        [WindowAssignment(window=w.window, categories=w.categories, open=w.open) for w in profile.windows],
        now,
        reason=reason or f"套用工作方案“{name}”",
        profile=name,
        kind=kind,
        allow_unserved=allow_unserved,
    )


def hall_assignments(session: Session, hall_code: str) -> HallAssignments:
    if session.get(HallRow, hall_code) is None:
        raise NotFound(f"没有编码为{hall_code}的大厅")
    changes = session.scalars(
        select(AssignmentChangeRow)
        .where(AssignmentChangeRow.hall_code == hall_code)
        .order_by(AssignmentChangeRow.id.desc())
        .limit(RECENT_CHANGES)
    ).all()
    profiles = session.scalars(
        select(WorkProfileRow).where(WorkProfileRow.hall_code == hall_code).order_by(WorkProfileRow.name)
    ).all()
    return HallAssignments(
        hall_code=hall_code,
        categories=[CategoryInfo(code=c, name=n) for c, n in hall_categories(session, hall_code).items()],
        windows=list(read_states(session, hall_code).values()),
        changes=[
            AssignmentChangeRecord(
                change_id=c.id,
                at=c.at,
                actor=c.actor,
                reason=c.reason or "",
                profile=c.profile or "",
                kind=c.kind,
                before=c.before,
                after=c.after,
                undo_of=c.undo_of,
                undone_by=c.undone_by,
            )
            for c in changes
        ],
        profiles=[stored_profile(p) for p in profiles],
        qualifications=list_qualifications(session, hall_code),
    )
