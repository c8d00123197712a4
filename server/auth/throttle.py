"""Sign-in throttling, shared by every server process through the login_throttle table.

An attempt is counted *before* its password is checked: `reserve` takes the throttle rows of the
attempt's keys under a row lock (SELECT … FOR UPDATE on PostgreSQL, in key order so two attempts
never deadlock; SQLite serialises writers at BEGIN IMMEDIATE), refuses if a lock is in force,
and otherwise counts the attempt and, at the `max_login_failures`-th attempt in
`login_failure_window`, sets the lock for `login_lockout` — all in one transaction. So however
many requests arrive at once, at most `max_login_failures` password checks per key and window
ever run (counting after the check, as before, let 40 parallel wrong passwords get 34 real
answers against a limit of 5). A successful sign-in clears the keys of its attempt (the
terminal's and its own name's): signing in as oneself never resets another name's count.

The keys of an attempt, and why they cannot lock another hall's accounts:

- the terminal (``terminal:<id>``): a terminal that fails too often is locked for every user
  name. It locks only itself, and bounds what one stolen terminal credential can guess.
- the user name *as seen from the terminal's hall* (``user:<hall of the terminal>:<name>``):
  guesses at one account from several terminals of a hall add up. Failures from a terminal of
  hall B count only towards the name's lock in hall B, so no terminal of another hall (and no
  guess at an unknown name) can lock a hall-A clerk out of hall A's terminals; within a hall,
  the hall's own terminals share the lock, as they share the staff. Hall-bound accounts (clerk,
  hall manager) can sign in only in their own hall anyway; an admin's name is counted per hall,
  so a guesser with terminals in k halls gets k × max_login_failures tries per window at most,
  each terminal no more than max_login_failures.

A password check (argon2, with the memory its hash demands) is also bounded per process:
`password_check` lets `ServerConfig.password_checks_at_once` run at once and answers 503 at once
beyond that, before the attempt is counted, so a flood neither queues without end nor uses up a
real user's tries.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cache

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from server.config import ServerConfig
from server.refusals import Busy, Throttled
from server.store.db import as_utc
from server.store.models import LoginThrottleRow


def terminal_key(terminal_id: str) -> str:
    return f"terminal:{terminal_id}"[:120]


def user_key(hall_code: str, username: str) -> str:
    """The key of a user name for attempts made on terminals of `hall_code`."""
    return f"user:{hall_code}:{username.strip().lower()}"[:120]


def attempt_keys(terminal_id: str, terminal_hall: str, username: str) -> list[str]:
    return [terminal_key(terminal_id), user_key(terminal_hall, username)]


def throttled(until: datetime, now: datetime) -> Throttled:
    minutes = max(1, math.ceil((as_utc(until) - now).total_seconds() / 60))
    return Throttled(f"登录失败次数过多，请{minutes}分钟后再试")


def busy() -> Busy:
    return Busy("同时登录的请求过多，服务器正忙，请稍后再试")


@cache
def _checks(at_once: int) -> threading.BoundedSemaphore:
    # one per process (per configured size): every app and thread of the process shares it
    return threading.BoundedSemaphore(at_once)


@contextmanager
def password_check(config: ServerConfig) -> Iterator[None]:
    """A slot for one password verification, or Busy at once when all are taken."""
    slots = _checks(config.password_checks_at_once)
    if not slots.acquire(blocking=False):
        raise busy()
    try:
        yield
    finally:
        slots.release()


def reserve(session: Session, keys: list[str], now: datetime, config: ServerConfig) -> datetime | None:
    """Count one attempt against each of `keys`, under their row locks; or, if any key is locked,
    count nothing and return the latest lock's end."""
    rows = [_locked_row(session, key, now) for key in sorted(set(keys))]
    for row in rows:
        lock_over = row.locked_until is not None and as_utc(row.locked_until) <= now
        if lock_over or as_utc(row.first_failure_at) + config.login_failure_window < now:
            row.failures, row.first_failure_at, row.locked_until = 0, now, None
    locks = [as_utc(r.locked_until) for r in rows if r.locked_until is not None]
    if locks:
        return max(locks)
    for row in rows:
        row.failures += 1
        if row.failures >= config.max_login_failures:
            row.locked_until = now + config.login_lockout
    return None


def _locked_row(session: Session, key: str, now: datetime) -> LoginThrottleRow:
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # create the row if missing without racing another process's insert, then lock it
    session.execute(
        insert(LoginThrottleRow)
        .values(key=key, failures=0, first_failure_at=now, locked_until=None)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    locked = select(LoginThrottleRow).where(LoginThrottleRow.key == key).with_for_update()
    return session.scalars(locked).one()


def clear(session: Session, keys: list[str]) -> None:
    """A successful sign-in: the attempts counted against its keys are forgotten."""
    mine = LoginThrottleRow.key.in_(keys)
    # lock in key order first, as `reserve` does, so a delete and a reservation never deadlock
    session.scalars(
        select(LoginThrottleRow.key).where(mine).order_by(LoginThrottleRow.key).with_for_update()
    ).all()
    session.execute(delete(LoginThrottleRow).where(mine))
