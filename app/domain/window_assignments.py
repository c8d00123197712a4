"""Tidal windows (潮汐窗口): the rules of a window's assignment, pure and framework-free.

A window's assignment is {category code: weight} (0–MAX_WEIGHT, 0 = not served) and whether it
is open. What call-next uses is the *effective* weights: the served ones of an open window, none
of a closed one (a closed window keeps its weights, so opening it again restores them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from app.domain.messages import QT_TRANSLATE_NOOP, Message

MAX_WEIGHT = 9
# a scheduled profile not applied within this long after its time (the server was down) is
# skipped for the day rather than applied hours late over what the manager did since
SCHEDULE_GRACE = timedelta(minutes=15)


# what the clerk's queue panel says when the manager changed their window (rendered on screen)
ADJUSTED = QT_TRANSLATE_NOOP("messages", "大厅管理员调整了本窗口：{changes}")
OPENED = QT_TRANSLATE_NOOP("messages", "大厅管理员开放了本窗口：{changes}")
CLOSED = QT_TRANSLATE_NOOP("messages", "大厅管理员关闭了本窗口，暂停叫号")
ADDED = QT_TRANSLATE_NOOP("messages", "新增 {category}（权重{weight}）")
REWEIGHTED = QT_TRANSLATE_NOOP("messages", "{category} 权重{before}→{after}")
STOPPED = QT_TRANSLATE_NOOP("messages", "停办 {category}")
AND_THEN = QT_TRANSLATE_NOOP("messages", "{first}，{rest}")


class AssignmentRefused(ValueError):
    """A change the rules refuse; `code` names the rule, the message is for the manager."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Assignment:
    categories: Mapping[str, int] = field(default_factory=dict)
    open: bool = True

    def served(self) -> dict[str, int]:
        return {code: weight for code, weight in self.categories.items() if weight > 0}

    def effective(self) -> dict[str, int]:
        """The weights call-next uses."""
        return self.served() if self.open else {}


def check_assignment(
    window: str, assignment: Assignment, categories: Mapping[str, str], max_weight: int = MAX_WEIGHT
) -> None:
    """Refuse unknown categories, weights out of range and an open window that serves nothing.
    `categories` is the hall's {code: name}; `max_weight` is higher only for an undo, which puts
    back weights an admin's setup may have set above what the console offers."""
    unknown = sorted(set(assignment.categories) - set(categories))
    if unknown:
        raise AssignmentRefused(
            "unknown_category", f"窗口“{window}”引用了本大厅没有的业务类别：{'、'.join(unknown)}"
        )
    if any(not 0 <= w <= max_weight for w in assignment.categories.values()):
        raise AssignmentRefused("bad_request", f"窗口“{window}”的权重应在0至{max_weight}之间")
    if assignment.open and not assignment.served():
        raise AssignmentRefused(
            "bad_request", f"窗口“{window}”开放但不办理任何业务类别：请至少给一个类别设权重，或关闭该窗口"
        )


def unserved(categories: Mapping[str, str], windows: Iterable[Assignment]) -> list[str]:
    """Names of the hall's categories no open window serves, in the hall's order."""
    served = {code for w in windows for code in w.effective()}
    return [name for code, name in categories.items() if code not in served]


def unqualified(allowed: frozenset[str] | None, assignment: Assignment) -> list[str]:
    """Codes the window would serve that its clerk may not (`allowed` None: every category)."""
    if allowed is None:
        return []
    return sorted(code for code in assignment.effective() if code not in allowed)


def qualified_weights(weights: Mapping[str, int], allowed: frozenset[str] | None) -> dict[str, int]:
    """What a window calls with this clerk signed in: only the categories the clerk may serve."""
    if allowed is None:
        return dict(weights)
    return {code: w for code, w in weights.items() if code in allowed}


def describe_change(
    before: Mapping[str, int], after: Mapping[str, int], names: Mapping[str, str]
) -> Message | str:
    """The clerk's sentence for a change of their window's effective weights ("" if none):
    大厅管理员调整了本窗口：新增 不动产登记（权重2），停办 社保医保."""
    before = {c: w for c, w in before.items() if w > 0}
    after = {c: w for c, w in after.items() if w > 0}
    if before == after:
        return ""
    if not after:
        return Message(CLOSED)
    name = names.get
    parts = [Message(ADDED, category=name(c, c), weight=w) for c, w in after.items() if c not in before]
    parts += [
        Message(REWEIGHTED, category=name(c, c), before=before[c], after=w)
        for c, w in after.items()
        if c in before and before[c] != w
    ]
    parts += [Message(STOPPED, category=name(c, c)) for c in before if c not in after]
    changes = parts[-1]
    for part in reversed(parts[:-1]):
        changes = Message(AND_THEN, first=part, rest=changes)
    return Message(ADJUSTED if before else OPENED, changes=changes)


def describe_assignment(assignment: Assignment, names: Mapping[str, str]) -> str:
    """One window's assignment in a line of the history: 综合受理5、企业开办3 / 关闭."""
    served = "、".join(f"{names.get(c, c)}{w}" for c, w in assignment.served().items()) or "无"
    return served if assignment.open else f"关闭（{served}）"


@dataclass(frozen=True)
class ScheduleEntry:
    profile: str
    weekdays: frozenset[int]  # 1 = Monday … 7 = Sunday
    at: time


def parse_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def due_entries(entries: Iterable[ScheduleEntry], local_now: datetime) -> list[ScheduleEntry]:
    """The entries due at `local_now` (the hall's local time): today's weekday, their time
    passed no longer ago than SCHEDULE_GRACE; earliest first, so a later one wins."""
    today = local_now.isoweekday()
    due = []
    for entry in entries:
        if today not in entry.weekdays:
            continue
        start = local_now.replace(hour=entry.at.hour, minute=entry.at.minute, second=0, microsecond=0)
        if start <= local_now < start + SCHEDULE_GRACE:
            due.append(entry)
    return sorted(due, key=lambda e: (e.at, e.profile))
