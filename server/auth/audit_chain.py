"""The audit log's hash chain (等保 level 3: audit records protected from deletion and change).

Every entry carries its place in the chain (`seq`, 1, 2, 3 … with no gap) and a MAC: an
HMAC-SHA256, under the server's audit key, of the previous entry's MAC and the entry's own
fields. The chain's head (the last seq and MAC) is kept in one row, sealed with the same key.
Someone who can write to the database but not read the key file cannot edit, delete, reorder
or append an entry, nor cut the chain's tail, without `onewindow-server audit verify` naming the
first entry that no longer fits. A wipe of the whole table with its head put back to an older
state is found against a checkpoint kept outside the database: the server logs one every
CHECKPOINT_EVERY entries and `audit verify` prints the current one.

HMAC from the standard library (hmac, hashlib): a keyed hash, not a cipher of our own.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

KEY_BYTES = 32
CHECKPOINT_EVERY = 1000


def utc(at: datetime) -> datetime:
    """The moment as the database gives it back: UTC (SQLite returns it naive)."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _mac(key: bytes, *parts: str) -> str:
    # each part with its length in front, so no text can shift a boundary between two fields
    message = "".join(f"{len(part)}:{part};" for part in parts)
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def entry_mac(
    key: bytes,
    previous_mac: str,
    seq: int,
    at: datetime,
    username: str,
    terminal_id: str,
    event: str,
    outcome: str,
    detail: str,
    hall_code: str | None = None,
    person_key: str | None = None,
) -> str:
    stamp = utc(at).strftime("%Y-%m-%dT%H:%M:%S.%f")
    # the hall and the person joined the entry later: an entry with neither (every one written
    # before) keeps the MAC it was given
    scope = ("scope", hall_code or "", person_key or "") if hall_code or person_key else ()
    return _mac(
        key, "entry", previous_mac, str(seq), stamp, username, terminal_id, event, outcome, detail, *scope
    )


def row_mac(key: bytes, previous_mac: str, row) -> str:
    """The MAC an audit_log row (server.store.models.AuditRow) must carry after `previous_mac`."""
    return entry_mac(
        key,
        previous_mac,
        row.seq,
        row.at,
        row.username,
        row.terminal_id,
        row.event,
        row.outcome,
        row.detail,
        row.hall_code,
        row.person_key,
    )


def head_seal(key: bytes, chain_id: str, seq: int, mac: str) -> str:
    return _mac(key, "head", chain_id, str(seq), mac)


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


class AuditKeyError(Exception):
    """The audit key file cannot be read or is not a key: the server must not start without it."""


def load_or_create_key(path: Path) -> bytes:
    """The server's audit key: read from `path`, or made once (0600) when no file is there yet.

    Several server processes share the file (it lies beside the blob store by default, which
    they share); the first to start makes it with O_EXCL and the others read it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    except OSError as exc:
        raise AuditKeyError(f"无法创建审计密钥文件{path}：{exc.strerror}") from exc
    else:
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_hex(KEY_BYTES) + "\n")
            out.flush()
            os.fsync(out.fileno())
    try:
        text = path.read_text().strip()
    except OSError as exc:
        raise AuditKeyError(f"无法读取审计密钥文件{path}：{exc.strerror}") from exc
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise AuditKeyError(
            f"审计密钥文件{path}不是有效的密钥（应为{KEY_BYTES * 2}位十六进制）；"
            "请从备份恢复原密钥文件，不要新建，否则已有审计记录将无法校验"
        )
    return key
