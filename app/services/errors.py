"""Errors a use case raises towards the screen, each with a message for the clerk."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.messages import Message, MessageError, joined


class ServiceError(MessageError):
    """Base: ``error.message`` is a Message the screen renders in the clerk's language, and
    str(error) its Chinese sentence (logs, the command line). A plain str is accepted and shown
    as it is."""


class NotFound(ServiceError):
    pass


class RuleViolation(ServiceError):
    """The rules refuse the step (an invalid transition, a material the matter does not allow…)."""


class WouldLoseChecks(RuleViolation):
    """Changing the matter would drop materials already checked or scanned: ask the clerk first.
    (Here, not beside the decision preview that raises it: the intake view tells it apart without
    loading the case rules before the window's first paint.)"""


@dataclass(frozen=True)
class Problem:
    field: str  # applicant.name, agent.cert_number, material:<code>, …
    message: Message  # (a plain str is shown as it is)


class ValidationFailed(ServiceError):
    """What was typed cannot be used; `problems` names each field so the screen can mark it."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], headline: Message | str = "") -> None:
        self.problems = tuple(problems)
        super().__init__(headline or joined(p.message for p in self.problems))


class StorageError(ServiceError):
    """The local database could not be written; nothing of this step was kept."""
