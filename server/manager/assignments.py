"""Tidal windows on the server: a change of window assignments is one transaction and one
audited, undoable event.

The hall's row is locked first (FOR UPDATE), so two changes of one hall — by two managers, a
schedule, an admin's setup — run one after the other, each against the versions the other
left. The effective weights go to `windows.categories` and the hall's config_version is bumped
in the same transaction: call-next reads them in its own transaction (server/queue/calling.py
reads the version with the window's lock, then the windows in one statement), so a call sees
either every window as before the change or every window as after it, never a mix, and the
ticket a window holds is never touched (the change applies at its next call).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.window_assignments import (
    MAX_WEIGHT,
    Assignment,
    AssignmentRefused,
    check_assignment,
    describe_assignment,
    unqualified,
    unserved,
)
from app.sync.manager_assignments import (
    AssignmentResult,
    WindowAssignment,
    WindowAssignmentState,
)
from server.auth.audit import audit
from server.halls import MAX_WINDOW_WEIGHT, log_hall
from server.manager.qualifications import allowed_categories
from server.queue.common import notify_queue
from server.refusals import BadRequest, Conflict, NotFound, Refused
from server.store.models import HallRow, ServiceCategoryRow, UserRow, WindowRow, WindowStateRow
from server.store.models_assignments import AssignmentChangeRow, WindowAssignmentRow

# the rules' refusals by what they say: a name the hall does not have, a change that asks
# something impossible or nothing at all, else one the windows' present state refuses
REFUSAL_KINDS: dict[str, type[Refused]] = {
    "unknown_window": NotFound,
    "unknown_category": NotFound,
    "bad_request": BadRequest,
    "no_change": BadRequest,
}


def refused(error: AssignmentRefused) -> Refused:
    return REFUSAL_KINDS.get(error.code, Conflict)(str(error), code=error.code)


def hall_categories(session: Session, hall_code: str, active_only: bool = False) -> dict[str, str]:
    """{code: name} of the hall's categories, in its order."""
    query = select(ServiceCategoryRow.code, ServiceCategoryRow.name).where(
        ServiceCategoryRow.hall_code == hall_code
    )
    if active_only:
        query = query.where(ServiceCategoryRow.active.is_(True))
    return {code: name for code, name in session.execute(query.order_by(ServiceCategoryRow.id))}


def read_states(session: Session, hall_code: str) -> dict[str, WindowAssignmentState]:
    """Every window's assignment, in the hall's order.

    A window without a row here has version 0 and is open when it serves something. A row whose
    effective weights no longer match `windows.categories` was overtaken by an admin's setup:
    the setup's weights hold, one version later, so a change made against the old one is stale.
    """
    rows = session.execute(
        select(WindowRow.name, WindowRow.categories, WindowAssignmentRow, WindowStateRow.clerk)
        .outerjoin(
            WindowAssignmentRow,
            (WindowAssignmentRow.hall_code == WindowRow.hall_code)
            & (WindowAssignmentRow.window == WindowRow.name),
        )
        .outerjoin(
            WindowStateRow,
            (WindowStateRow.hall_code == WindowRow.hall_code) & (WindowStateRow.window == WindowRow.name),
        )
        .where(WindowRow.hall_code == hall_code)
        .order_by(WindowRow.id)
    ).all()
    states = {}
    for name, weights, row, clerk in rows:
        live = {c: w for c, w in (weights or {}).items() if w > 0}
        mine = None if row is None else Assignment(dict(row.categories), row.open)
        if mine is not None and mine.effective() == live:
            categories, is_open, version = dict(row.categories), row.open, row.version
        else:
            categories, is_open = dict(weights or {}), bool(live)
            version = 0 if row is None else row.version + 1
        states[name] = WindowAssignmentState(
            window=name, categories=categories, open=is_open, version=version, clerk=clerk or ""
        )
    return states


def _assignment(state: WindowAssignmentState | WindowAssignment) -> Assignment:
    return Assignment(dict(state.categories), state.open)


def apply_change(
    session: Session,
    hall_code: str,
    actor: str,
    changes: Iterable[WindowAssignment],
    now: datetime,
    *,
    expected: dict[str, int] | None = None,
    reason: str = "",
    profile: str = "",
    kind: str = "manual",
    allow_unserved: bool = False,
    undo_of: int | None = None,
) -> AssignmentResult:
    """Check the whole change, then write it; refused (server.refusals) before anything is written."""
    hall = session.get(HallRow, hall_code, with_for_update=True)
    if hall is None:
        raise NotFound(f"没有编码为{hall_code}的大厅")
    try:
        touched = _checked(session, hall_code, list(changes), expected or {}, allow_unserved, kind)
    except AssignmentRefused as error:
        raise refused(error) from None
    before, after = touched
    for state in after:
        row = session.get(WindowAssignmentRow, (hall_code, state.window))
        if row is None:
            row = WindowAssignmentRow(hall_code=hall_code, window=state.window)
            session.add(row)
        row.categories, row.open = dict(state.categories), state.open
        row.version, row.updated_at = state.version, now
        window = session.scalars(
            select(WindowRow).where(WindowRow.hall_code == hall_code, WindowRow.name == state.window)
        ).one()
        window.categories = _assignment(state).effective()
    hall.config_version = (hall.config_version or 0) + 1
    change = AssignmentChangeRow(
        hall_code=hall_code,
        at=now,
        actor=actor,
        kind=kind,
        reason=reason,
        profile=profile,
        before=[s.model_dump(mode="json") for s in before],
        after=[s.model_dump(mode="json") for s in after],
        undo_of=undo_of,
    )
    session.add(change)
    session.flush()
    names = hall_categories(session, hall_code)
    said = [(s.window, describe_assignment(_assignment(s), names)) for s in before]
    lines = "；".join(
        f"{window}：{was} → {describe_assignment(_assignment(a), names)}"
        for (window, was), a in zip(said, after, strict=True)
    )
    head = f"调整#{change.id}（{kind}{'：' + profile if profile else ''}）"
    audit(session, now, "window_assignment", username=actor, detail=f"{head}{lines}；原因：{reason or '无'}")
    log_hall(session, hall_code)  # terminals pull the new assignment (the clerk sees what changed)
    notify_queue(session, hall_code)  # the board and the windows' waiting counts change with it
    return AssignmentResult(change_id=change.id, windows=after)


def _checked(session, hall_code, changes, expected, allow_unserved, kind):
    """(before, after) of the windows this change really alters; AssignmentRefused otherwise."""
    states = read_states(session, hall_code)
    categories = hall_categories(session, hall_code)
    seen: set[str] = set()
    before, after = [], []
    for change in changes:
        current = states.get(change.window)
        if current is None:
            raise AssignmentRefused("unknown_window", f"本大厅没有名为“{change.window}”的窗口")
        if change.window in seen:
            raise AssignmentRefused("bad_request", f"窗口“{change.window}”在一次调整中出现了两次")
        seen.add(change.window)
        saw = expected.get(change.window)
        if saw is not None and saw != current.version:
            raise AssignmentRefused(
                "stale_assignment",
                f"窗口“{change.window}”已被调整（您看到的是第{saw}版，现为第{current.version}版），"
                "请刷新后再改",
            )
        wanted = _assignment(change)
        check_assignment(
            change.window, wanted, categories, MAX_WINDOW_WEIGHT if kind == "undo" else MAX_WEIGHT
        )
        served = wanted.served()
        if served == _assignment(current).served() and wanted.open == current.open:
            continue
        allowed = allowed_categories(session, current.clerk)
        missing = unqualified(allowed, wanted)
        if missing:
            what = "、".join(categories[c] for c in missing)
            raise AssignmentRefused(
                "unqualified_clerk", f"窗口“{change.window}”当前的工作人员{current.clerk}未获准办理：{what}"
            )
        before.append(current)
        after.append(
            WindowAssignmentState(
                window=change.window,
                categories=served,
                open=wanted.open,
                version=current.version + 1,
                clerk=current.clerk,
            )
        )
    if not after:
        raise AssignmentRefused("no_change", "调整后的安排与现状相同，未作改动")
    if not allow_unserved:
        active = hall_categories(session, hall_code, active_only=True)
        was = set(unserved(active, (_assignment(s) for s in states.values())))
        now_states = {**states, **{s.window: s for s in after}}
        left = [n for n in unserved(active, (_assignment(s) for s in now_states.values())) if n not in was]
        if left:
            raise AssignmentRefused(
                "unserved_category",
                f"调整后“{'、'.join(left)}”将没有开放的窗口办理；确需如此，请确认后再提交",
            )
    return before, after


def undo_change(
    session: Session, hall_code: str, actor: str, change_id: int, now: datetime, allow_unserved: bool = False
) -> AssignmentResult:
    """Put the windows of change `change_id` back as they were, as a new change; refused when
    it was undone already or a window changed since."""
    session.get(HallRow, hall_code, with_for_update=True)  # before reading the change: one at a time
    change = session.get(AssignmentChangeRow, change_id)
    if change is None or change.hall_code != hall_code:
        raise NotFound(f"本大厅没有编号为{change_id}的调整")
    if change.undone_by is not None:
        raise Conflict(f"调整#{change_id}已由调整#{change.undone_by}撤销", code="already_undone")
    states = read_states(session, hall_code)
    for after in change.after:
        current = states.get(after["window"])
        if current is None or current.version != after["version"]:
            raise Conflict(
                f"窗口“{after['window']}”在调整#{change_id}之后又有改动，不能撤销；请直接调整",
                code="changed_since",
            )
    result = apply_change(
        session,
        hall_code,
        actor,
        [
            # as they were, even a weight above the console's range that an admin's setup had set
            WindowAssignment.model_construct(window=b["window"], categories=b["categories"], open=b["open"])
            for b in change.before
        ],
        now,
        reason=f"撤销调整#{change_id}",
        kind="undo",
        allow_unserved=allow_unserved,
        undo_of=change_id,
    )
    change.undone_by = result.change_id
    return result


def display_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(usernames) - {""})
    if not wanted:
        return {}
    rows = session.execute(select(UserRow.username, UserRow.display_name).where(UserRow.username.in_(wanted)))
    return {username: name for username, name in rows}
