"""省平台上报 (Ctrl+8): the use cases behind the console's tab, building plain view models.

The server exports the hall's 办件 records to the province platform and keeps the ones the
platform (or its own check before sending) refused, each with the reasons. Here the manager sees
the counts, reads one refused record's fields (an audited read: they name the applicant), and
either corrects it or sends it again as it is. Only the fields the manager changed are sent, with
the digest of the record as read, so a record that changed meanwhile (the case moved on, another
manager corrected it) is refused rather than overwritten. The server checks a correction like
the platform does and names every remaining problem; nothing is checked twice here.
Whatever the server or the transport refuses comes back as PlatformRefused with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from pydantic import ValidationError

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.platform_tables import FIELDS
from app.services.errors import ServiceError
from app.sync.manager_platform import PlatformOverview, PlatformRecordDetail, PlatformRecordItem
from app.sync.manager_platform_transport import PlatformTransport
from app.sync.transport import TransportError

CORRECTED = QT_TRANSLATE_NOOP(
    "messages", "已更正{case} {table}（{key}）的字段 {fields}，已重新排队，将随下一轮上报发出"
)
RESENT = QT_TRANSLATE_NOOP("messages", "{case} {table}（{key}）已按原样重新排队，将随下一轮上报发出")
NOTHING_CHANGED = QT_TRANSLATE_NOOP(
    "messages", "没有修改任何字段。若省平台已修正其自身的问题，请用“按原样重新上报”。"
)
CANNOT_SEND = QT_TRANSLATE_NOOP("messages", "更正内容无法发送：修改的字段过多或内容过长。")

# what names the record at the platform (the server refuses a change to them): shown, not edited
KEY_FIELDS = frozenset({"ROWGUID", "PROJID"})
CONFLICT_CODE = "conflict"  # the server's code when the record changed since it was read, or was taken

T = TypeVar("T")


class PlatformRefused(ServiceError):
    """The server (or the link to it) refused; nothing changed. ``message`` says why; ``code`` is
    the server's refusal code ("" when it was not reached or the step was refused here)."""

    def __init__(self, message, code: str = "") -> None:
        super().__init__(message)
        self.code = code

    @property
    def stale(self) -> bool:
        """The record changed since it was read (or the platform took it meanwhile): read it again."""
        return self.code == CONFLICT_CODE


@dataclass(frozen=True)
class RecordLine:
    """One record in the list of refused ones (no personal data: case, table, key, reasons)."""

    id: int
    case_number: str
    table: str
    table_label: str
    key: str
    status: str  # pending | sent | refused
    reason: str  # the platform's words (Chinese), as it said them
    attempts: int
    queued_at: datetime  # in the hall's time
    corrected_by: str  # "" when nobody corrected it yet


@dataclass(frozen=True)
class PlatformScreen:
    at: datetime  # when it was asked for, in the hall's time
    configured: bool  # the server has a platform address; else nothing is exported at all
    pending: int
    sent: int
    refused: int
    oldest_pending_at: datetime | None  # in the hall's time
    last_error: str  # why the last delivery did not arrive, while records wait
    lines: tuple[RecordLine, ...]  # the refused records, newest first
    truncated: bool  # more were refused than the server lists

    @property
    def waited_seconds(self) -> int | None:
        """How long the oldest waiting record has waited (None: nothing waits)."""
        if self.oldest_pending_at is None or not self.pending:
            return None
        return max(0, int((self.at - self.oldest_pending_at).total_seconds()))


@dataclass(frozen=True)
class FieldLine:
    name: str
    label: str  # the exchange table's words for it; the name itself for a field the table lacks
    value: str
    length: int  # the most characters the platform takes
    required: bool
    read_only: bool  # a key of the record at the platform
    codes: tuple[tuple[str, str], ...] = ()  # (code, meaning) when the field takes codes
    form: str = "text"  # text | time | date | digits (app/domain/platform_tables.py)


@dataclass(frozen=True)
class RecordView:
    line: RecordLine
    digest: str  # of the record as read: sent back with a correction or a resend
    fields: tuple[FieldLine, ...]  # in the exchange table's order, then any it does not know

    def original(self) -> dict[str, str]:
        return {f.name: f.value for f in self.fields}


def _hall_time(moment: datetime) -> datetime:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(HALL_TIMEZONE)


def line_of(item: PlatformRecordItem) -> RecordLine:
    return RecordLine(
        id=item.id,
        case_number=item.case_number,
        table=item.table,
        table_label=item.table_label,
        key=item.key,
        status=item.status,
        reason=item.reason,
        attempts=item.attempts,
        queued_at=_hall_time(item.queued_at),
        corrected_by=item.corrected_by or "",
    )


def screen_of(overview: PlatformOverview, at: datetime) -> PlatformScreen:
    oldest = overview.oldest_pending_at
    at = overview.now or at  # the server's clock when it says: the wait is the server's to tell
    return PlatformScreen(
        at=_hall_time(at),
        configured=overview.configured,
        pending=overview.pending,
        sent=overview.sent,
        refused=overview.refused,
        oldest_pending_at=None if oldest is None else _hall_time(oldest),
        last_error=overview.last_error,
        lines=tuple(line_of(i) for i in overview.refused_items),
        truncated=overview.truncated,
    )


def view_of(detail: PlatformRecordDetail) -> RecordView:
    values = dict(detail.fields)
    known = FIELDS.get(detail.item.table, ())
    fields = [
        FieldLine(
            name=f.name,
            label=f.label,
            value=values.pop(f.name, ""),
            length=f.length,
            required=f.required,
            read_only=f.name in KEY_FIELDS,
            codes=tuple((f.codes or {}).items()),
            form=f.form,
        )
        for f in known
    ]
    # a field the table does not have is one of the record's problems: shown, so it can be cleared
    longest = max(f.length for table in FIELDS.values() for f in table)
    fields += [FieldLine(n, n, v, longest, False, n in KEY_FIELDS) for n, v in sorted(values.items())]
    return RecordView(line_of(detail.item), detail.digest, tuple(fields))


def changes_of(view: RecordView, typed: dict[str, str]) -> dict[str, str]:
    """The fields whose text differs from the record as read (a cleared field: ""); keys never."""
    original = view.original()
    return {
        name: text
        for name, text in typed.items()
        if name in original and name not in KEY_FIELDS and text != original[name]
    }


def _call(fn: Callable[..., T], *args) -> T:
    try:
        return fn(*args)
    except TransportError as exc:
        raise PlatformRefused(exc.message, exc.code) from exc


class PlatformExport:
    def __init__(self, transport: PlatformTransport, now: Callable[[], datetime] | None = None) -> None:
        self.transport = transport
        self._now = now or (lambda: datetime.now(UTC))

    def overview(self) -> PlatformScreen:
        return screen_of(_call(self.transport.overview), self._now())

    def record(self, record_id: int) -> RecordView:
        """One record with its fields: an audited read on the server."""
        return view_of(_call(self.transport.record, record_id))

    def correct(self, view: RecordView, typed: dict[str, str]) -> tuple[RecordLine, Message]:
        """Send what the manager changed in `view` (their text by field name); the record is
        queued again once the server finds it passes every check."""
        changed = changes_of(view, typed)
        if not changed:
            raise PlatformRefused(Message(NOTHING_CHANGED))
        try:
            answer = _call(self.transport.correct, view.line.id, view.digest, changed)
        except ValidationError as exc:  # more fields or longer text than a correction may carry
            raise PlatformRefused(Message(CANNOT_SEND)) from exc
        line = line_of(answer)
        said = Message(
            CORRECTED, case=line.case_number, table=line.table_label, key=line.key, fields="、".join(changed)
        )
        return line, said

    def resend(self, view: RecordView) -> tuple[RecordLine, Message]:
        """Queue the record again unchanged (the platform put right what it refused it for)."""
        line = line_of(_call(self.transport.resend, view.line.id, view.digest))
        return line, Message(RESENT, case=line.case_number, table=line.table_label, key=line.key)
