"""Sign-in throttling, shared by every server process through the login_throttle table.

A key (a user name, or a terminal) that fails `max_login_failures` times within
`login_failure_window` is locked for `login_lockout`; a success clears it. Rows are locked
while they are counted (SELECT … FOR UPDATE on PostgreSQL; SQLite serialises writers), so two
processes never lose a failure between them.
"""

from __future__ import annotations

import math
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from server.auth.credentials import as_utc
from server.config import ServerConfig
from server.errors import ApiError
from server.store.models import LoginThrottleRow


def user_key(username: str) -> str:
    return f"user:{username.strip().lower()}"[:120]


def terminal_key(terminal_id: str) -> str:
    return f"terminal:{terminal_id}"[:120]


def throttled(until: datetime, now: datetime) -> ApiError:
    minutes = max(1, math.ceil((as_utc(until) - now).total_seconds() / 60))
    return ApiError(429, "throttled", f"登录失败次数过多，请{minutes}分钟后再试")


def locked_until(session: Session, keys: list[str], now: datetime) -> datetime | None:
    """The latest lock still in force over any of `keys`, or None."""
    rows = session.scalars(select(LoginThrottleRow).where(LoginThrottleRow.key.in_(keys))).all()
    locks = [as_utc(r.locked_until) for r in rows if r.locked_until and as_utc(r.locked_until) > now]
    return max(locks, default=None)


def record_failure(session: Session, key: str, now: datetime, config: ServerConfig) -> None:
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # create the row if missing without racing another process's insert, then lock and count
    session.execute(
        insert(LoginThrottleRow)
        .values(key=key, failures=0, first_failure_at=now, locked_until=None)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    row = session.scalars(select(LoginThrottleRow).where(LoginThrottleRow.key == key).with_for_update()).one()
    lock_over = row.locked_until is not None and as_utc(row.locked_until) <= now
    if lock_over or as_utc(row.first_failure_at) + config.login_failure_window < now:
        row.failures, row.first_failure_at, row.locked_until = 0, now, None
    row.failures += 1
    if row.failures >= config.max_login_failures:
        row.locked_until = now + config.login_lockout


def clear(session: Session, keys: list[str]) -> None:
    session.execute(delete(LoginThrottleRow).where(LoginThrottleRow.key.in_(keys)))
