"""窗口调度's use cases: the hall's window assignments as a plain grid, and the manager's edits.

The tab edits a copy of the grid; `apply` sends only the windows that differ from what was
loaded, each with the version it was loaded at, so a change someone else made meanwhile is
refused by the server (stale_assignment) instead of being overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.window_assignments import MAX_WEIGHT, Assignment, describe_assignment
from app.services.errors import ServiceError
from app.sync.manager_assignments import (
    AssignmentChange,
    AssignmentChangeRecord,
    HallAssignments,
    ProfileApply,
    ProfileSchedule,
    Qualification,
    WindowAssignment,
    WorkProfile,
)
from app.sync.manager_assignments_transport import AssignmentsTransport
from app.sync.transport import TransportError

T = TypeVar("T")


class AssignmentsRefused(ServiceError):
    """The server refused (its Chinese reason), or could not be reached; `code` is the server's
    refusal code (stale_assignment, unserved_category, …) or "" when it was not reached."""

    def __init__(self, message, code: str = "") -> None:
        super().__init__(message)
        self.code = code


def _asked(call: Callable[[], T]) -> T:
    try:
        return call()
    except TransportError as exc:
        raise AssignmentsRefused(exc.message, exc.code) from exc


@dataclass(frozen=True)
class WindowLine:
    window: str
    weights: tuple[int, ...]  # one per category of the grid, 0 … MAX_WEIGHT
    open: bool
    version: int
    clerk: str  # display name of the clerk at the window ("" when none)


@dataclass(frozen=True)
class ChangeLine:
    change_id: int
    at: str  # the hall's local time, MM-DD HH:MM
    actor: str
    kind: str  # manual | profile | schedule | undo
    reason: str
    profile: str
    summary: str  # 4号不动产窗口：不动产登记9 → 不动产登记3、社保医保2
    undone_by: int | None


@dataclass(frozen=True)
class ProfileLine:
    name: str
    windows: tuple[WindowAssignment, ...]
    schedules: tuple[tuple[tuple[int, ...], str], ...]  # (weekdays, HH:MM)


@dataclass(frozen=True)
class ClerkLine:
    username: str
    display_name: str
    window: str
    categories: tuple[str, ...]  # codes; empty with all_categories
    all_categories: bool


@dataclass(frozen=True)
class AssignmentsView:
    categories: tuple[tuple[str, str], ...]  # (code, name) in the hall's order
    windows: tuple[WindowLine, ...]
    changes: tuple[ChangeLine, ...]  # newest first
    profiles: tuple[ProfileLine, ...]
    clerks: tuple[ClerkLine, ...]

    def category_names(self) -> dict[str, str]:
        return dict(self.categories)


def _summary(record: AssignmentChangeRecord, names: dict[str, str]) -> str:
    def said(state) -> str:
        return describe_assignment(Assignment(state.categories, state.open), names)

    return "；".join(
        f"{b.window}：{said(b)} → {said(a)}" for b, a in zip(record.before, record.after, strict=False)
    )


def build_view(answer: HallAssignments) -> AssignmentsView:
    codes = [c.code for c in answer.categories]
    names = {c.code: c.name for c in answer.categories}
    people = {q.username: q.display_name for q in answer.qualifications}
    return AssignmentsView(
        categories=tuple((c.code, c.name) for c in answer.categories),
        windows=tuple(
            WindowLine(
                window=w.window,
                # a weight an admin's setup set above the console's range shows as the highest
                weights=tuple(min(w.categories.get(code, 0), MAX_WEIGHT) for code in codes),
                open=w.open,
                version=w.version,
                clerk=people.get(w.clerk, w.clerk),
            )
            for w in answer.windows
        ),
        changes=tuple(
            ChangeLine(
                change_id=c.change_id,
                at=c.at.astimezone(HALL_TIMEZONE).strftime("%m-%d %H:%M"),
                actor=people.get(c.actor, c.actor),
                kind=c.kind,
                reason=c.reason,
                profile=c.profile,
                summary=_summary(c, names),
                undone_by=c.undone_by,
            )
            for c in answer.changes
        ),
        profiles=tuple(
            ProfileLine(p.name, tuple(p.windows), tuple((tuple(s.weekdays), s.at) for s in p.schedules))
            for p in answer.profiles
        ),
        clerks=tuple(
            ClerkLine(q.username, q.display_name, q.window, tuple(q.categories), q.all_categories)
            for q in answer.qualifications
        ),
    )


def edits_of(
    view: AssignmentsView, edited: dict[str, tuple[tuple[int, ...], bool]]
) -> list[WindowAssignment]:
    """The windows whose (weights, open) differ from `view`'s, as the change to send."""
    codes = [code for code, _ in view.categories]
    changes = []
    for line in view.windows:
        weights, is_open = edited.get(line.window, (line.weights, line.open))
        if (tuple(weights), is_open) == (line.weights, line.open):
            continue
        served = {code: w for code, w in zip(codes, weights, strict=True) if w > 0}
        changes.append(WindowAssignment(window=line.window, categories=served, open=is_open))
    return changes


class AssignmentsService:
    def __init__(self, transport: AssignmentsTransport) -> None:
        self.transport = transport

    def load(self) -> AssignmentsView:
        return build_view(_asked(self.transport.overview))

    def apply(
        self,
        view: AssignmentsView,
        edited: dict[str, tuple[tuple[int, ...], bool]],
        reason: str,
        allow_unserved: bool = False,
    ) -> int:
        """Send the edits against the versions of `view`; the change's number. Refused (the
        transport's) with the server's reason; nothing is applied then."""
        changes = edits_of(view, edited)
        versions = {line.window: line.version for line in view.windows}
        body = AssignmentChange(
            changes=changes,
            expected_versions={c.window: versions[c.window] for c in changes},
            reason=reason.strip(),
            allow_unserved=allow_unserved,
        )
        return _asked(lambda: self.transport.change(body)).change_id

    def undo(self, change_id: int, allow_unserved: bool = False) -> int:
        return _asked(lambda: self.transport.undo(change_id, allow_unserved)).change_id

    def save_profile(
        self,
        view: AssignmentsView,
        name: str,
        edited: dict[str, tuple[tuple[int, ...], bool]],
        schedules: list[tuple[list[int], str]],
    ) -> AssignmentsView:
        """The grid as it stands (with the edits) saved as profile `name` with its schedules."""
        codes = [code for code, _ in view.categories]
        windows = []
        for line in view.windows:
            weights, is_open = edited.get(line.window, (line.weights, line.open))
            served = {code: w for code, w in zip(codes, weights, strict=True) if w > 0 and is_open}
            windows.append(WindowAssignment(window=line.window, categories=served, open=is_open))
        profile = WorkProfile(
            name=name.strip(),
            windows=windows,
            schedules=[ProfileSchedule(weekdays=sorted(set(days)), at=at) for days, at in schedules],
        )
        return build_view(_asked(lambda: self.transport.save_profile(profile)))

    def delete_profile(self, name: str) -> AssignmentsView:
        return build_view(_asked(lambda: self.transport.delete_profile(name)))

    def apply_profile(self, name: str, allow_unserved: bool = False) -> int:
        body = ProfileApply(reason="", allow_unserved=allow_unserved)
        return _asked(lambda: self.transport.apply_profile(name, body)).change_id

    def set_qualification(self, username: str, categories: list[str] | None) -> AssignmentsView:
        """`categories` None lifts every limit."""
        body = (
            Qualification(all_categories=True)
            if categories is None
            else Qualification(categories=sorted(set(categories)))
        )
        return build_view(_asked(lambda: self.transport.set_qualification(username, body)))
