"""What each of the window's three decisions asks of the applicant (受理, 一次性告知, 不予受理).

All three hand the applicant a legal document addressed to them by name and certificate number
(受理通知书, 一次性告知书, 不予受理通知书), so none may be made for nobody: the same check runs
before any of them records or prints anything. 受理 asks more: the applicant fields the matter's
guide requires (`Matter.required_applicant_fields`, e.g. a phone to be told the result).

A matter with two parties checks each party with this same rule (`party` names the fields).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.domain.applicants import Applicant, FieldProblem, check_applicant
from app.domain.messages import QT_TRANSLATE_NOOP, Message

# the applicant fields a matter may require, and what the clerk is told when one is empty
REQUIRED_FIELD_MESSAGES = {
    "phone": QT_TRANSLATE_NOOP("messages", "本事项须填写申请人联系电话（用于告知办理结果）"),
    "address": QT_TRANSLATE_NOOP("messages", "本事项须填写申请人住址（用于送达）"),
}
REQUIRABLE_FIELDS = frozenset(REQUIRED_FIELD_MESSAGES)


def decision_problems(
    applicant: Applicant,
    today: date,
    required_fields: Iterable[str] = (),
    party: str = "applicant",
) -> list[FieldProblem]:
    """Everything that keeps a decision from being made for this applicant, field by field.

    `required_fields` are the matter's (only 受理 passes them); `party` is the prefix of the
    fields on screen ("applicant" for the first party, another name for a second one).
    """
    problems = list(check_applicant(applicant, today))
    for name in required_fields:
        if name in REQUIRED_FIELD_MESSAGES and not str(getattr(applicant, name, "")).strip():
            problems.append(FieldProblem(f"applicant.{name}", Message(REQUIRED_FIELD_MESSAGES[name])))
    if party == "applicant":
        return problems
    return [
        FieldProblem(party + p.field.removeprefix("applicant"), p.message)
        if p.field.startswith("applicant.")
        else p
        for p in problems
    ]
