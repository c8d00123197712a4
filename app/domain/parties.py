"""Matters applied for by two parties together (内地居民结婚登记: 男方 and 女方).

The first party is the case's applicant as for any matter; the second is kept beside it. Each
party must pass the same rule before a decision (decision_applicant.decision_problems): the
notices are addressed to both, so neither may be missing or wrong. Problems of the second party
name fields under ``second.`` so the screen marks them in the second party's block, and its
messages say which party they are about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from app.domain.applicants import Applicant, FieldProblem
from app.domain.decision_applicant import decision_problems
from app.domain.messages import QT_TRANSLATE_NOOP, Message

SECOND = "second"  # the prefix of the second party's fields (second.name, second.cert_number …)
PARTY_PROBLEM = QT_TRANSLATE_NOOP("messages", "{party}：{problem}")
# the party names the sample catalog uses; a hall's other names show as the catalog writes them
KNOWN_PARTY_NAMES = (QT_TRANSLATE_NOOP("messages", "男方"), QT_TRANSLATE_NOOP("messages", "女方"))


def party_label(name: str) -> Message:
    """A party's name (男方) as the screen shows it: in the UI language where it is known."""
    return Message(name)


def parties_problems(
    applicant: Applicant,
    second: Applicant | None,
    labels: tuple[str, ...],
    today: date,
    required_fields: Iterable[str] = (),
) -> list[FieldProblem]:
    """What keeps a decision from being made for the case's parties: one, or each of two."""
    required = tuple(required_fields)
    first = decision_problems(applicant, today, required)
    if len(labels) < 2:
        return first
    others = decision_problems(second or Applicant(), today, required, party=SECOND)
    # the first party's messages already speak of 申请人, as for any matter; the second's say whose
    return first + [_named(p, labels[1]) for p in others]


def _named(problem: FieldProblem, party: str) -> FieldProblem:
    return replace(problem, message=Message(PARTY_PROBLEM, party=party_label(party), problem=problem.message))


def collecting_party(
    applicant: Applicant, second: Applicant | None, labels: tuple[str, ...], cert_number: str
) -> Applicant:
    """Whom a collector is matched against at 出件: either party of a two-party case may collect
    in person (the result is both parties'); otherwise, and for anyone else, the applicant."""
    theirs = second.cert_number.strip().upper() if len(labels) == 2 and second is not None else ""
    return second if theirs and cert_number.strip().upper() == theirs else applicant


def printed_name(name: str, english_name: str) -> str:
    """A party's name as notices and screens show it: the Chinese name with a foreign card's
    English name beside it; a 2017 card without a Chinese name has only the English one."""
    english = english_name.strip()
    if not english or english == name.strip():
        return name
    return f"{name}（{english}）" if name.strip() else english
