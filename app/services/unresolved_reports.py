"""办不成事 反映 at the window: take an applicant's report down and send it to the hall manager.

The report is checked by the domain's rules (every problem on its field) and kept as one outbox
mutation (UNRESOLVED_REPORTED) in one transaction, exactly as a rating is: the outbox is what
the sync pushes, so a report taken while the server is away leaves when it is back, once (its id
is made here and the server keeps one report per id), and nothing confirmed on screen is lost.
There is no table of its own: the outbox keeps every mutation after it was sent, so today's
reports are read back from it, with how far each got (waiting, with the hall manager, refused).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.masking import mask_name, mask_phone
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.unresolved_reports import TOO_LONG, ProblemKind, UnresolvedReport, report_problems
from app.services.clock import Clock
from app.services.config import WindowConfig, WindowContext, window_context
from app.services.errors import Problem, StorageError, ValidationFailed
from app.store.models import OutboxRow
from app.store.unit_of_work import UnitOfWork
from app.sync.unresolved_reports import UNRESOLVED_REPORTED, ReportPayload

NOT_KEPT = QT_TRANSLATE_NOOP("messages", "反映未登记：请按各栏下方的提示改正后再提交。")
NOT_SENDABLE = QT_TRANSLATE_NOOP(
    "messages", "反映未登记：本窗口的设置（{fields}）超出服务器允许的长度，请联系运维人员。"
)
CASE_NUMBER = QT_TRANSLATE_NOOP("messages", "办件编号")
NOT_STORED = QT_TRANSLATE_NOOP("messages", "本地数据库写入失败，反映未登记：{error}")


@dataclass(frozen=True)
class TakenReport:
    """A report this window took, as its list shows it (name and phone masked)."""

    id: str
    reported_at: datetime  # the hall's wall time
    name: str  # masked
    phone: str  # masked
    kind: ProblemKind
    matter_name: str
    failed_window: str
    case_number: str
    sent: str  # the outbox row's state: pending (waiting for the server), applied, rejected
    reason: str  # the server's, when it refused the report


@dataclass(frozen=True)
class Kept:
    report: TakenReport
    online: bool  # the server answered the last sync: the report reaches the manager at once


class UnresolvedReports:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        config: WindowConfig | WindowContext,
        clock: Clock,
        online: Callable[[], bool] = lambda: False,
    ) -> None:
        self._sessions = sessions
        self._window = window_context(config)  # the clerk on duty, read for each report
        self._clock = clock
        self._online = online

    def report(self, typed: UnresolvedReport) -> Kept:
        """Keep the report for the hall manager; ValidationFailed naming every field wrong,
        and then nothing is written."""
        typed = _trimmed(typed)
        problems = [Problem(p.field, p.message) for p in report_problems(typed)]
        problems += _case_number_problem(typed)
        if problems:
            raise ValidationFailed(problems, Message(NOT_KEPT))
        now = self._clock()
        cfg = self._window.config
        payload = _payload(typed, now, cfg)
        try:
            with UnitOfWork(self._sessions) as uow:
                uow.outbox.add(UNRESOLVED_REPORTED, payload, now)
                uow.commit()
        except SQLAlchemyError as exc:
            raise StorageError(Message(NOT_STORED, error=exc.__class__.__name__)) from exc
        return Kept(_view_of(payload, "pending", ""), self._online())

    def today(self) -> tuple[TakenReport, ...]:
        """The reports taken at this PC since the hall's midnight, newest first."""
        midnight = self._clock().replace(hour=0, minute=0, second=0, microsecond=0)
        with UnitOfWork(self._sessions) as uow:
            rows = uow.outbox.of_kind(UNRESOLVED_REPORTED, midnight)
            return tuple(_view(row) for row in rows)


def _trimmed(typed: UnresolvedReport) -> UnresolvedReport:
    # what the server keeps is what the clerk meant: no stray spaces around a name or a phone
    return replace(
        typed,
        name=typed.name.strip(),
        phone=typed.phone.strip(),
        description=typed.description.strip(),
        matter_code=typed.matter_code.strip(),
        matter_name=typed.matter_name.strip(),
        failed_window=typed.failed_window.strip(),
        case_number=typed.case_number.strip().upper(),
    )


CASE_NUMBER_LIMIT = ReportPayload.model_fields["case_number"].metadata[0].max_length


def _case_number_problem(typed: UnresolvedReport) -> list[Problem]:
    # the domain does not check the case number (a report need not name one); the wire does
    if len(typed.case_number) <= CASE_NUMBER_LIMIT:
        return []
    return [
        Problem("report.case_number", Message(TOO_LONG, field=Message(CASE_NUMBER), limit=CASE_NUMBER_LIMIT))
    ]


def _payload(typed: UnresolvedReport, now: datetime, cfg: WindowConfig) -> dict:
    try:
        payload = ReportPayload(
            id=str(uuid.uuid4()),
            reported_at=now,
            window=cfg.window_name,
            registered_by=cfg.clerk_username,  # "" only on a workbench nobody signs in to
            name=typed.name,
            phone=typed.phone,
            kind=typed.kind.value,
            description=typed.description,
            matter_code=typed.matter_code,
            matter_name=typed.matter_name,
            failed_window=typed.failed_window,
            case_number=typed.case_number,
        )
    except ValidationError as exc:
        # what was typed passed the rules: only what the window adds (its name, the clerk's
        # account) can be refused here, a setting the clerk cannot correct in this form
        where = ", ".join(str(e["loc"][0]) for e in exc.errors() if e.get("loc"))
        raise StorageError(Message(NOT_SENDABLE, fields=where)) from exc
    return payload.model_dump(mode="json")


def _view_of(payload: dict, sent: str, reason: str) -> TakenReport:
    return TakenReport(
        id=str(payload.get("id", "")),
        reported_at=datetime.fromisoformat(payload["reported_at"]),
        name=mask_name(payload.get("name", "")),
        phone=mask_phone(payload.get("phone", "")),
        kind=ProblemKind(payload.get("kind", ProblemKind.OTHER.value)),
        matter_name=str(payload.get("matter_name", "")),
        failed_window=str(payload.get("failed_window", "")),
        case_number=str(payload.get("case_number", "")),
        sent=sent,
        reason=reason,
    )


def _view(row: OutboxRow) -> TakenReport:
    return _view_of(row.payload, row.state, row.reason)
