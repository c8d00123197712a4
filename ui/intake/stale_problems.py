"""A refused decision's banner, kept true to what is on screen.

"请填写申请人姓名…" must not stay once the name is typed: each problem the decision named is
looked at again when the applicant is saved (with the service's check of the fields) or a
material changes, and the banner shows only those still there — and clears when none is left.
A banner showing something else since (a card read, a new outcome) is not touched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.errors import Problem
from app.services.views import CaseView, PartyInput
from ui.banner import Banner
from ui.messages import render


class StaleProblems:
    def __init__(self, banner: Banner) -> None:
        self._banner = banner
        self._problems: list[Problem] = []
        self._states: dict[str, str] = {}  # material code → its state when the decision refused
        self._text = ""

    def remember(self, problems: list[Problem], case: CaseView | None) -> None:
        """The decision was refused for `problems`; the banner shows them now."""
        self._problems = list(problems)
        self._states = {m.code: m.state for m in case.materials} if case is not None else {}
        self._text = self._banner.text()

    def forget(self) -> None:
        self._problems, self._states, self._text = [], {}, ""

    def recompute(
        self, party: PartyInput, checked: list[Problem] | None, case: CaseView | None
    ) -> list[Problem]:
        """Say only what is still wrong; `checked`: the applicant's problems now (None: not
        checked this time, the applicant's stay as they were). Returns the applicant problems
        still standing that `checked` does not name (a field the matter requires, left empty)."""
        if not self._problems or self._banner.text() != self._text:
            self.forget()
            return []
        current = {p.field: p for p in checked} if checked is not None else None
        remaining: list[Problem] = []
        for p in self._problems:
            if p.field.startswith("material:"):
                code = p.field.split(":", 1)[1]
                states = {m.code: m.state for m in case.materials} if case is not None else {}
                if code in states and states[code] == self._states.get(code):
                    remaining.append(p)  # the row is as the decision saw it
            elif current is None:
                remaining.append(p)
            elif p.field in current:
                remaining.append(current[p.field])  # in the words of the check now
            elif not _filled(party, p.field):
                remaining.append(p)  # required by the matter and still empty
        if not remaining:
            self._banner.clear()
            self.forget()
            return []
        if remaining != self._problems:
            still = "；".join(render(p.message) for p in remaining)
            text = QCoreApplication.translate("IntakeView", "仍需处理：{0}").format(still)
            self._banner.show_message(text, "error")
            self._problems, self._text = remaining, self._banner.text()
        named = set(current or ())
        return [p for p in remaining if not p.field.startswith("material:") and p.field not in named]


def _filled(party: PartyInput, field: str) -> bool:
    """Whether the field a problem names holds something (applicant.phone → party.phone)."""
    group, _, name = field.partition(".")
    attribute = {"applicant": name, "agent": f"agent_{name}"}.get(group)
    value = getattr(party, attribute, None) if attribute else None
    return isinstance(value, str) and bool(value.strip())
