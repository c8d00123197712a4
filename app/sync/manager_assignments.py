"""Wire models of the console's 窗口调度 area (tidal windows), shared by server and console.

Paths (under ``/v1``; the hall manager's Bearer token, or an admin's with ``?hall=``):

==================================================  ===========================================
``GET  /manager/assignments``                       → HallAssignments (states, changes, profiles)
``POST /manager/assignments``                       AssignmentChange → AssignmentResult
``POST /manager/assignments/{change_id}/undo``      UndoRequest → AssignmentResult
``PUT  /manager/profiles/{name}``                   WorkProfile → HallAssignments
``DELETE /manager/profiles/{name}``                 → HallAssignments
``POST /manager/profiles/{name}/apply``             ProfileApply → AssignmentResult
``PUT  /manager/qualifications/{username}``         Qualification → HallAssignments
==================================================  ===========================================

A window's assignment carries a version; a change names the version the manager saw of every
window it touches (`expected_versions`), and a stale one is refused (409) naming the window.
Refusals are ErrorAnswer with these codes: ``stale_assignment``, ``unknown_window``,
``unknown_category``, ``unserved_category`` (confirm with allow_unserved), ``unqualified_clerk``,
``already_undone``, ``changed_since``, ``unknown_profile``, ``bad_request``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.domain.window_assignments import MAX_WEIGHT
from app.sync.queue_protocol import PlainText

CategoryCode = Annotated[PlainText, Field(min_length=1, max_length=20)]
WindowName = Annotated[PlainText, Field(min_length=1, max_length=50)]
Weight = Annotated[int, Field(ge=0, le=MAX_WEIGHT)]
ProfileName = Annotated[PlainText, Field(min_length=1, max_length=20)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WindowAssignment(_Strict):
    """What one window serves: {category code: weight} (0 = not served), and open or closed."""

    window: WindowName
    categories: dict[CategoryCode, Weight] = Field(default_factory=dict, max_length=50)
    open: bool = True


class AssignmentChange(_Strict):
    changes: list[WindowAssignment] = Field(min_length=1, max_length=200)
    expected_versions: dict[WindowName, Annotated[int, Field(ge=0)]] = Field(
        default_factory=dict, max_length=200
    )
    reason: PlainText = Field(default="", max_length=200)
    profile: PlainText = Field(default="", max_length=20)  # the work profile it came from, if any
    allow_unserved: bool = False  # the manager confirmed leaving a category with no open window


class WindowAssignmentState(_Strict):
    window: str
    categories: dict[str, int]
    open: bool
    version: int
    clerk: str = ""  # the clerk signed in at the window (who did its last queue action)


class AssignmentResult(_Strict):
    change_id: int
    windows: list[WindowAssignmentState]


class UndoRequest(_Strict):
    allow_unserved: bool = False


class AssignmentChangeRecord(_Strict):
    """One audited change: who, when, why, and every touched window before and after."""

    change_id: int
    at: datetime
    actor: str
    reason: str
    profile: str = ""
    kind: str  # manual | profile | schedule | undo
    before: list[WindowAssignmentState]
    after: list[WindowAssignmentState]
    undo_of: int | None = None
    undone_by: int | None = None


class ProfileSchedule(_Strict):
    """Apply the profile at `at` (the hall's local time, HH:MM) on each of `weekdays` (1 = Monday)."""

    weekdays: list[Annotated[int, Field(ge=1, le=7)]] = Field(min_length=1, max_length=7)
    at: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")


class WorkProfile(_Strict):
    """A named whole-hall assignment (早高峰, 午间错时, 周末) and when it applies by itself."""

    name: ProfileName
    windows: list[WindowAssignment] = Field(min_length=1, max_length=200)
    schedules: list[ProfileSchedule] = Field(default_factory=list, max_length=20)


class ProfileApply(_Strict):
    reason: PlainText = Field(default="", max_length=200)
    allow_unserved: bool = False


class Qualification(_Strict):
    """The categories a clerk may serve; `all_categories` lifts every limit."""

    categories: list[CategoryCode] = Field(default_factory=list, max_length=50)
    all_categories: bool = False


class ClerkQualification(_Strict):
    username: str
    display_name: str
    window: str  # the clerk's usual window ("" when none)
    categories: list[str]
    all_categories: bool


class CategoryInfo(_Strict):
    code: str
    name: str


class HallAssignments(_Strict):
    hall_code: str
    categories: list[CategoryInfo]  # the hall's, in its order
    windows: list[WindowAssignmentState]  # in the hall's order
    changes: list[AssignmentChangeRecord]  # newest first
    profiles: list[WorkProfile]
    qualifications: list[ClerkQualification]
