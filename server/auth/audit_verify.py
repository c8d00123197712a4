"""`onewindow-server audit verify`: walk the audit chain and name the first entry that does not fit.

What each finding means to the operator: an entry edited (its MAC no longer matches), an entry
missing (a gap in seq: deleted), entries reordered (seq or content swapped: the MAC of one of them
fails first), an entry that never joined the chain (inserted past the server), the tail cut off
(the sealed head names a later entry than the table holds), or the head itself changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth.audit_chain import head_seal, row_mac, same, utc
from server.store.models import AuditChainRow, AuditRow

BATCH = 5000  # rows read at a time: a year of a big hall is millions of entries


@dataclass(frozen=True)
class BrokenEntry:
    seq: int | None
    row_id: int | None
    at: datetime | None
    event: str
    reason: str

    def describe(self) -> str:
        where = f"第{self.seq}条" if self.seq else "链外记录"
        if self.row_id is not None:
            when = utc(self.at).strftime("%Y-%m-%d %H:%M:%S UTC") if self.at else ""
            where += f"（记录号{self.row_id}，{when}，{self.event}）"
        return f"{where}：{self.reason}"


@dataclass(frozen=True)
class ChainReport:
    entries: int
    chain_id: str
    head_seq: int
    head_mac: str
    broken: BrokenEntry | None = None

    @property
    def intact(self) -> bool:
        return self.broken is None

    @property
    def checkpoint(self) -> str:
        """What to keep outside the database, to check later with `audit verify --expect`."""
        return f"{self.chain_id}:{self.head_seq}:{self.head_mac}"


def verify_chain(session: Session, key: bytes, expect: str | None = None) -> ChainReport:
    head = session.get(AuditChainRow, 1)
    if head is None or not head.chain_id:
        return ChainReport(0, "", 0, "", BrokenEntry(None, None, None, "", "审计链尚未建立或链头已被删除"))
    report = lambda n, broken=None: ChainReport(n, head.chain_id, head.seq, head.mac, broken)  # noqa: E731
    if not same(head.seal, head_seal(key, head.chain_id, head.seq, head.mac)):
        return report(
            0, BrokenEntry(head.seq, None, None, "", "链头被改动（签章不符）；审计记录可能被截断或改写")
        )
    outside = session.scalars(
        select(AuditRow).where(AuditRow.seq.is_(None)).order_by(AuditRow.id).limit(1)
    ).first()
    if outside is not None:
        return report(
            0, BrokenEntry(None, outside.id, outside.at, outside.event, "不在审计链上：未经服务器写入")
        )
    expected_seq, previous, checked = 1, "", 0
    wanted = _parse(expect)
    last_seq = 0
    while True:
        rows = session.scalars(
            select(AuditRow).where(AuditRow.seq > last_seq).order_by(AuditRow.seq).limit(BATCH)
        ).all()
        if not rows:
            break
        for row in rows:
            if row.seq != expected_seq:
                return report(checked, _gap(row, expected_seq))
            mac = row_mac(key, previous, row)
            if not same(mac, row.mac):
                return report(
                    checked,
                    BrokenEntry(row.seq, row.id, row.at, row.event, "内容被改动或与他条互换（校验码不符）"),
                )
            if wanted and wanted[1] == row.seq and not same(wanted[2], row.mac):
                return report(
                    checked,
                    BrokenEntry(row.seq, row.id, row.at, row.event, "与保存的检查点不符：审计记录被整体替换"),
                )
            previous, checked, expected_seq = row.mac, checked + 1, expected_seq + 1
        last_seq = rows[-1].seq
    if checked != head.seq or not same(previous, head.mac):
        return report(
            checked,
            BrokenEntry(
                checked + 1, None, None, "", f"链尾被截断：链头记到第{head.seq}条，表中只到第{checked}条"
            ),
        )
    if wanted and (wanted[0] != head.chain_id or wanted[1] > head.seq):
        return report(checked, BrokenEntry(None, None, None, "", "与保存的检查点不符：审计链被重建或回退"))
    return report(checked)


def _gap(row: AuditRow, expected: int) -> BrokenEntry:
    if row.seq > expected:
        missing = f"第{expected}条" if row.seq == expected + 1 else f"第{expected}至{row.seq - 1}条"
        return BrokenEntry(row.seq, row.id, row.at, row.event, f"之前的{missing}被删除")
    return BrokenEntry(row.seq, row.id, row.at, row.event, f"序号重复或错乱（应为第{expected}条）")


def _parse(expect: str | None) -> tuple[str, int, str] | None:
    if not expect:
        return None
    parts = expect.strip().split(":")
    if len(parts) != 3 or not parts[1].isdigit():
        raise ValueError(f"检查点“{expect}”格式不对，应为 链标识:序号:校验码（audit verify 打印的那一行）")
    return parts[0], int(parts[1]), parts[2]
