"""What every part of the queue shares: the hall's day, its queue settings, the poke."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TypeVar

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.tickets import HALL_TIMEZONE, QueuePolicy
from app.domain.window_assignments import qualified_weights
from app.sync.queue_protocol import QueuePolicyConfig
from server.auth.tokens import sha256_hex
from server.context import ServerContext
from server.manager.qualifications import hall_qualifications
from server.refusals import Conflict, NotFound
from server.sealing.keyring import DataKeyring
from server.store.models import HallRow, ServiceCategoryRow, WindowRow

QUEUE_CHANNEL = "onewindow_queue"  # NOTIFY channel: a queue change of a hall (payload: hall code)
RETRIES = 3
T = TypeVar("T")


def day_start(day: date) -> datetime:
    """The hall's local midnight that starts `day`, in UTC."""
    return datetime.combine(day, time(0), HALL_TIMEZONE).astimezone(UTC)


def id_hash(keyring: DataKeyring, hall_code: str, id_number: str) -> str:
    """What the store keeps to find an applicant's tickets and appointments: a keyed hash under
    the current data key (server/sealing/keyring.py), never the ID number itself."""
    return keyring.lookup(_id_text(hall_code, id_number))


def id_hashes(keyring: DataKeyring, hall_code: str, id_number: str) -> list[str]:
    """Every hash an applicant's stored tickets may carry: under each data key (a rotation may
    be under way) and the plain SHA-256 of appointments booked before the hashes were keyed."""
    text = _id_text(hall_code, id_number)
    return [*keyring.lookups(text), sha256_hex(text)]


def _id_text(hall_code: str, id_number: str) -> str:
    return f"{hall_code}:{id_number.strip().upper()}"


def retrying(
    ctx: ServerContext,
    work: Callable[[Session, bool], T],
    conflict: str,
    resend_after: tuple[type[Exception], ...] = (),
) -> T:
    """`work(session, resent)` in a transaction of its own. A unique key that refuses a write
    (a resend racing its original, two requests creating one row) rolls it all back and the
    next attempt runs with resent=True and sees the other's row; after RETRIES, Conflict.
    A first attempt refused with one of `resend_after` is tried once more as a resend; a resend
    refused so lets the refusal stand."""
    for attempt in range(RETRIES):
        try:
            with ctx.transaction() as session:
                return work(session, attempt > 0)
        except IntegrityError:
            if attempt == RETRIES - 1:
                raise Conflict(conflict) from None
        except resend_after:
            if attempt > 0:
                raise
    raise AssertionError("unreachable")


def policy_config(stored: dict | None) -> QueuePolicyConfig:
    """The stored policy JSON; a setting the store lacks (an older row) takes its default."""
    return QueuePolicyConfig.model_validate(stored or {})


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    prefix: str
    active: bool
    daily_limit: int


@dataclass(frozen=True)
class HallQueue:
    """One hall's queue configuration, read at the start of a request's transaction."""

    code: str
    name: str
    config: QueuePolicyConfig
    policy: QueuePolicy
    notices: tuple[str, ...]
    categories: dict[str, Category]  # by code, in the hall's order
    windows: dict[str, dict[str, int]]  # window name → {category: weight}, in the hall's order
    # username → the categories that clerk may serve (窗口调度's qualifications; absent: every one)
    qualified: dict[str, frozenset[str]] = field(default_factory=dict)

    def category(self, code: str) -> Category:
        found = self.categories.get(code)
        if found is None:
            raise NotFound(f"本大厅没有编码为“{code}”的业务类别", code="unknown_category")
        return found

    def by_prefix(self, prefix: str) -> Category | None:
        return next((c for c in self.categories.values() if c.prefix == prefix), None)

    def weights(self, window: str) -> dict[str, int]:
        """The categories `window` calls (weight > 0); NotFound unknown_window for a stranger."""
        found = self.windows.get(window)
        if found is None:
            raise NotFound(f"本大厅没有名为“{window}”的窗口", code="unknown_window")
        return {code: weight for code, weight in found.items() if weight > 0 and code in self.categories}

    def calls(self, window: str, clerk: str) -> dict[str, int]:
        """What `window` calls with `clerk` signed in: its weights, narrowed to the categories the
        clerk may serve (a clerk is never called a category they are not qualified for)."""
        return qualified_weights(self.weights(window), self.qualified.get(clerk))

    def serving(self, category: str) -> list[str]:
        return [name for name, weights in self.windows.items() if weights.get(category, 0) > 0]


# engine → {hall code: (config_version, HallQueue)}: parsing 200 windows' JSON on every call
# would cost more than the call; one small read of the version tells whether it is current
_HALLS: weakref.WeakKeyDictionary[Engine, dict[str, tuple[int, HallQueue]]] = weakref.WeakKeyDictionary()
_HALLS_LOCK = threading.Lock()


def load_hall(session: Session, hall_code: str, version: int | None = None) -> HallQueue:
    """The hall's queue configuration as of this transaction (re-read when it changed);
    `version` when the caller has read the hall's config_version already."""
    if version is None:
        version = session.scalar(select(HallRow.config_version).where(HallRow.code == hall_code))
    if version is None:
        raise NotFound(f"没有编码为{hall_code}的大厅")
    engine = session.get_bind()
    with _HALLS_LOCK:
        cached = _HALLS.setdefault(engine, {}).get(hall_code)
    if cached is not None and cached[0] == version:
        return cached[1]
    hall = _read_hall(session, hall_code)
    with _HALLS_LOCK:
        _HALLS[engine][hall_code] = (version, hall)
    return hall


def _read_hall(session: Session, hall_code: str) -> HallQueue:
    hall = session.get(HallRow, hall_code)
    categories = session.scalars(
        select(ServiceCategoryRow)
        .where(ServiceCategoryRow.hall_code == hall_code)
        .order_by(ServiceCategoryRow.id)
    ).all()
    windows = session.execute(
        select(WindowRow.name, WindowRow.categories)
        .where(WindowRow.hall_code == hall_code)
        .order_by(WindowRow.id)
    ).all()
    config = policy_config(hall.queue_policy)
    return HallQueue(
        code=hall.code,
        name=hall.name,
        config=config,
        policy=config.policy(),
        notices=tuple(hall.notices or ()),
        categories={
            c.code: Category(c.code, c.name, c.prefix, c.active, c.daily_limit or 0) for c in categories
        },
        windows={name: dict(weights or {}) for name, weights in windows},
        qualified=hall_qualifications(session, hall_code),
    )


def notify_queue(session: Session, hall_code: str) -> None:
    """Tell the hall's screens, once this transaction commits, that its queue changed.

    PostgreSQL delivers the NOTIFY at commit to every server process (and drops it on
    rollback); on SQLite the realtime hub's after_commit hook reads session.info.
    """
    halls = session.info.setdefault("queue_halls", set())
    if hall_code in halls:
        return
    halls.add(hall_code)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_notify(:channel, :hall)"), {"channel": QUEUE_CHANNEL, "hall": hall_code}
        )
