"""帮办代办台账 in the hall manager's console: a period's helped and proxy cases, each helper's
totals, and the ledger saved as a CSV file for the hall's records."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.domain.assistance import AssistanceKind
from app.domain.case_status import CaseStatus
from app.domain.hall_time import hall_date
from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError, message_of
from app.domain.statistics import check_period
from app.services.errors import ServiceError
from app.sync.manager_assisted import AssistedLedger
from app.sync.manager_assisted_transport import AssistedTransport
from app.sync.transport import TransportError

NOT_READ = QT_TRANSLATE_NOOP("messages", "未能读取帮办代办台账：{reason}")
NOT_SAVED = QT_TRANSLATE_NOOP("messages", "台账未能保存到{path}：{reason}")
MORE = QT_TRANSLATE_NOOP("messages", "期间内帮办代办办件超过{limit}件，只列出最近的{limit}件：请缩短期间。")
# the ledger's columns: the tab's headings (translated) and the CSV's (as written)
HEADINGS = (
    QT_TRANSLATE_NOOP("messages", "办件编号"),
    QT_TRANSLATE_NOOP("messages", "收件时间"),
    QT_TRANSLATE_NOOP("messages", "事项"),
    QT_TRANSLATE_NOOP("messages", "方式"),
    QT_TRANSLATE_NOOP("messages", "帮办人员或代理人"),
    QT_TRANSLATE_NOOP("messages", "帮办原因"),
    QT_TRANSLATE_NOOP("messages", "申请人"),
    QT_TRANSLATE_NOOP("messages", "窗口"),
    QT_TRANSLATE_NOOP("messages", "受理人"),
    QT_TRANSLATE_NOOP("messages", "状态"),
)


class LedgerUnavailable(ServiceError):
    """The period is refused, or the server could not be asked (its reason, in Chinese)."""


@dataclass(frozen=True)
class LedgerLine:
    cells: tuple[str, ...]  # as HEADINGS


@dataclass(frozen=True)
class HelperLine:
    helper: str
    helped: int
    proxy: int


@dataclass(frozen=True)
class LedgerView:
    start: date
    end: date
    lines: tuple[LedgerLine, ...]
    helpers: tuple[HelperLine, ...]
    note: Message | None  # more cases than listed


class AssistedLedgerService:
    def __init__(self, transport: AssistedTransport) -> None:
        self._transport = transport

    @staticmethod
    def today() -> date:
        """The hall's date now (the console PC's zone may be anything)."""
        return hall_date(datetime.now(UTC))

    def ledger(self, start: date, end: date) -> LedgerView:
        try:
            period = check_period(start, end)
            answer = self._transport.ledger(period.start, period.end)
        except (MessageError, TransportError) as exc:
            raise LedgerUnavailable(Message(NOT_READ, reason=message_of(exc))) from exc
        return _view(answer)

    @staticmethod
    def save_csv(view: LedgerView, path: Path) -> None:
        """UTF-8 with a BOM, so a spreadsheet opened by double-click reads the Chinese right."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(HEADINGS)
        writer.writerows(line.cells for line in view.lines)
        try:
            path.write_text(out.getvalue(), encoding="utf-8-sig")
        except OSError as exc:
            raise LedgerUnavailable(
                Message(NOT_SAVED, path=str(path), reason=exc.strerror or str(exc))
            ) from exc


def _view(answer: AssistedLedger) -> LedgerView:
    lines = tuple(
        LedgerLine(
            (
                c.number,
                f"{c.taken_at:%Y-%m-%d %H:%M}",
                c.matter,
                str(AssistanceKind(c.kind).label),
                c.helper,
                c.reason,
                c.applicant_masked,
                c.window,
                c.clerk,
                _status(c.status),
            )
        )
        for c in answer.cases
    )
    helpers = tuple(HelperLine(h.helper, h.helped, h.proxy) for h in answer.helpers)
    note = Message(MORE, limit=len(answer.cases)) if answer.more else None
    return LedgerView(answer.date_from, answer.date_to, lines, helpers, note)


def _status(value: str) -> str:
    try:
        return str(CaseStatus(value).label)
    except ValueError:
        return value
