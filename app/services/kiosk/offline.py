"""Issuing numbers while the server is away: from the kiosk's own block, journalled first.

Each kiosk of a hall has a slot (1, 2, …) and with it a block of numbers the server never issues
online (QueuePolicy.offline_block: C800–C849 for slot 1 by default), so two kiosks offline and
the server online can never hand out the same number. Within its block a kiosk goes on after
the highest number it already issued that day in that category, read from its journal, so a
restart (or a power cut) never issues a number twice. The record is fsynced to the journal
before the ticket is printed; reconciliation sends it to the server later.
"""

from __future__ import annotations

import threading
import uuid
from datetime import date, datetime

from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.tickets import PriorityClass, QueuePolicy, format_number, parse_number, service_day
from app.services.errors import ServiceError
from app.services.queue.offline_journal import OfflineJournal
from app.sync.protocol import ServiceCategory
from app.sync.queue_protocol import ApplicantCard, OfflineKind, OfflineRecord

BAD_SLOT = QT_TRANSLATE_NOOP("messages", "无法离线取号：{problem}（请按大厅的取号机数量设置 --slot）。")
BLOCK_USED = QT_TRANSLATE_NOOP(
    "messages",
    "暂时无法连接服务器，本取号机今日“{name}”的离线号段（{first}—{last}）已全部发完，请到服务台"
    "咨询人工取号。",
)


class BlockExhausted(ServiceError):
    """Every number of this kiosk's offline block in that category is used today."""

    code = "block_exhausted"


class BadSlot(ServiceError):
    """The kiosk's slot has no block in this hall's offline range."""

    code = "bad_slot"


class OfflineIssuer:
    def __init__(self, journal: OfflineJournal, slot: int) -> None:
        self.journal = journal
        self.slot = slot
        self._lock = threading.Lock()  # the next number is read and journalled as one step

    def block(self, policy: QueuePolicy) -> range:
        try:
            return policy.offline_block(self.slot)
        except ValueError as exc:  # --slot beyond the hall's offline range
            raise BadSlot(Message(BAD_SLOT, problem=str(exc))) from exc

    def used(self, policy: QueuePolicy, prefix: str, day: date) -> list[int]:
        """This kiosk's offline counters of `prefix` on `day` that fall in its block, ascending."""
        block = self.block(policy)
        counters = []
        for number in self.journal.numbers_used(day, OfflineKind.ISSUED):
            try:
                got_prefix, counter = parse_number(number)
            except ValueError:
                continue
            if got_prefix == prefix and counter in block:
                counters.append(counter)
        return sorted(counters)

    def next_counter(self, policy: QueuePolicy, prefix: str, day: date) -> int | None:
        used = self.used(policy, prefix, day)
        block = self.block(policy)
        counter = used[-1] + 1 if used else block.start
        return counter if counter in block else None

    def issue(
        self,
        policy: QueuePolicy,
        category: ServiceCategory,
        at: datetime,
        applicant: ApplicantCard | None = None,
        priority: PriorityClass = PriorityClass.NONE,
    ) -> OfflineRecord:
        """The next number of the block, journalled durably; raises BlockExhausted."""
        day = service_day(at)  # the hall's day, whatever zone this machine is set to
        with self._lock:
            counter = self.next_counter(policy, category.prefix, day)
            if counter is None:
                block = self.block(policy)
                first = format_number(category.prefix, block.start)
                last = format_number(category.prefix, block.stop - 1)
                raise BlockExhausted(Message(BLOCK_USED, name=category.name, first=first, last=last))
            record = OfflineRecord(
                record_id=str(uuid.uuid4()),
                kind=OfflineKind.ISSUED,
                number=format_number(category.prefix, counter),
                service_day=day,
                at=at,
                category=category.code,
                kiosk_slot=self.slot,
                applicant=applicant,
                priority=priority,
            )
            self.journal.append(record)  # fsynced: the number is taken even if we die now
        return record
