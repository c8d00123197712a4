"""Errors a use case raises towards the screen, each with a message for the clerk."""

from __future__ import annotations

from dataclasses import dataclass


class ServiceError(Exception):
    """Base: str(error) is a complete sentence in Chinese that the screen can show as it is."""


class NotFound(ServiceError):
    pass


class RuleViolation(ServiceError):
    """The rules refuse the step (an invalid transition, a material the matter does not allow…)."""


@dataclass(frozen=True)
class Problem:
    field: str  # applicant.name, agent.cert_number, material:<code>, …
    message: str


class ValidationFailed(ServiceError):
    """What was typed cannot be used; `problems` names each field so the screen can mark it."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], headline: str = "") -> None:
        self.problems = tuple(problems)
        text = headline or "；".join(p.message for p in self.problems)
        super().__init__(text)


class StorageError(ServiceError):
    """The local database could not be written; nothing of this step was kept."""
