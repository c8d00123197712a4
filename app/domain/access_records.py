"""Reads of a citizen's record at a window, which the audit log must show (等保, PIPL art. 51).

A window records each as a change in its outbox (the window's own trail, kept like every other
change) and the sync sends it to the server, which writes it to the hash-chained audit log once
(exactly once, like any change). What counts as a read, and its name in the log:
"""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP

ACCESS_RECORDED = "access.recorded"  # the outbox kind
CASE_OPENED = "case_opened"  # 办件详情 opened from the list or 查找办件
DOCUMENT_REPRINTED = "document_reprinted"  # an archived document printed again
SCANS_PURGED = "scans_purged"  # a closed case's scans deleted from the PC (app/services/pages/retention.py)
ACCESS_EVENTS = {
    CASE_OPENED: QT_TRANSLATE_NOOP("messages", "打开办件"),
    DOCUMENT_REPRINTED: QT_TRANSLATE_NOOP("messages", "重印文书"),
    SCANS_PURGED: QT_TRANSLATE_NOOP("messages", "按保存期限清除本机扫描件"),
}
MAX_DETAIL = 200


def audit_event(event: str) -> str:
    """The audit log's name of a read done at a window (the server's own reads have theirs)."""
    return f"window_{event}"
