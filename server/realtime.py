"""Realtime hub: pokes a hall's WebSocket clients after its changes commit.

A poke says only "something changed, pull from your cursor", so a lost poke costs a refetch,
never a wrong screen. Where commits come from:

* PostgreSQL: record_change NOTIFYs channel 'onewindow_changes' with the hall code at commit.
  Each process keeps one LISTEN connection (psycopg async) and forwards to its hub, so a client
  on process A hears of a commit made through process B. The listener reconnects by itself
  with backoff, and after a reconnect pokes every client (notifications sent while it was away
  are lost).
* SQLite (the embedded demo: one process): an after_commit hook on the context's sessions
  reads session.info["changed_halls"].

Bursts are coalesced per client: a woken sender waits COALESCE_SECONDS before it sends, so a
thousand commits make a handful of pokes.

Queue changes (a call, a ticket, a pause; server/queue) are announced apart, with kind "queue"
and no coalescing delay: a hall display must show a call at once. They travel the same ways,
on their own NOTIFY channel (server.queue.common.QUEUE_CHANNEL, sent by notify_queue) and in
session.info["queue_halls"] on SQLite.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable

import psycopg
from sqlalchemy import event

from server.context import ServerContext
from server.queue.common import QUEUE_CHANNEL
from server.sync.change_log import NOTIFY_CHANNEL

log = logging.getLogger(__name__)

ALL_HALLS = "*"
COALESCE_SECONDS = 0.1
LISTEN_HEALTH_SECONDS = 15.0  # how often an idle LISTEN connection is checked to be alive
MAX_RECONNECT_SECONDS = 10.0
LISTENER_NAME = "onewindow-listen"  # application_name: operators see which connection listens


class Subscriber:
    """One WebSocket client of a hall: `dirty` is set when it should be poked with a change,
    `queue` when with a queue change; `wake` whenever either is set."""

    def __init__(self, hall_code: str) -> None:
        self.hall_code = hall_code
        self.dirty = asyncio.Event()
        self.queue = asyncio.Event()
        self.wake = asyncio.Event()


class Hub:
    """The process's registry of WebSocket clients by hall; lives on the server's event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._halls: dict[str, set[Subscriber]] = {}

    def subscribe(self, hall_code: str) -> Subscriber:
        sub = Subscriber(hall_code)
        self._halls.setdefault(hall_code, set()).add(sub)
        return sub

    def unsubscribe(self, sub: Subscriber) -> None:
        subs = self._halls.get(sub.hall_code)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del self._halls[sub.hall_code]

    def subscribers(self, hall_code: str) -> int:
        return len(self._halls.get(hall_code, ()))

    def poke(self, hall_codes: Iterable[str], queue: bool = False) -> None:
        """Mark the clients of these halls (every client for "*"); call on the hub's loop.
        `queue`: a queue change (sent at once) rather than a change (coalesced)."""
        codes = set(hall_codes)
        halls = list(self._halls) if ALL_HALLS in codes else codes
        for code in halls:
            for sub in self._halls.get(code, ()):
                (sub.queue if queue else sub.dirty).set()
                sub.wake.set()

    def poke_all(self) -> None:
        """After a gap in what we heard: a "change" to every client, which refetches everything
        (a hall display refetches its board on any poke, not only on "queue")."""
        self.poke([ALL_HALLS])

    def poke_threadsafe(self, hall_codes: Iterable[str], queue: bool = False) -> None:
        """From any thread (request handlers run in a thread pool)."""
        codes = list(hall_codes)
        with contextlib.suppress(RuntimeError):  # the loop has closed: the process is stopping
            self._loop.call_soon_threadsafe(self.poke, codes, queue)


async def start_realtime(ctx: ServerContext) -> Callable[[], Awaitable[None]]:
    """Create the hub in ctx.events and start feeding it; returns the coroutine that stops it."""
    hub = Hub(asyncio.get_running_loop())
    ctx.events = hub
    postgres = ctx.config.is_postgres

    def after_commit(session) -> None:
        halls = session.info.pop("changed_halls", None)
        queue_halls = session.info.pop("queue_halls", None)
        if halls and not postgres:
            hub.poke_threadsafe(halls)
        if queue_halls and not postgres:
            hub.poke_threadsafe(queue_halls, queue=True)

    def after_rollback(session) -> None:
        session.info.pop("changed_halls", None)
        session.info.pop("queue_halls", None)

    event.listen(ctx.sessions, "after_commit", after_commit)
    event.listen(ctx.sessions, "after_rollback", after_rollback)
    listener = asyncio.create_task(_listen(ctx, hub)) if postgres else None

    async def stop() -> None:
        event.remove(ctx.sessions, "after_commit", after_commit)
        event.remove(ctx.sessions, "after_rollback", after_rollback)
        if listener is not None:
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listener
        ctx.events = None

    return stop


def _libpq_dsn(ctx: ServerContext) -> str:
    return ctx.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


async def _listen(ctx: ServerContext, hub: Hub) -> None:
    """LISTEN for the whole life of the process, reconnecting whenever the connection breaks."""
    delay, connected_before = 0.5, False
    while True:
        try:
            conn = await psycopg.AsyncConnection.connect(
                _libpq_dsn(ctx), autocommit=True, connect_timeout=5, application_name=LISTENER_NAME
            )
            async with conn:
                await conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                await conn.execute(f"LISTEN {QUEUE_CHANNEL}")
                ctx.extras["listening"] = True
                if connected_before:
                    hub.poke_all()  # what was committed while we were away was never announced
                connected_before, delay = True, 0.5
                while True:
                    async for note in conn.notifies(timeout=LISTEN_HEALTH_SECONDS):
                        hub.poke([note.payload], queue=note.channel == QUEUE_CHANNEL)
                    await conn.execute("SELECT 1")  # an idle while: is the database still there?
        except asyncio.CancelledError:
            ctx.extras["listening"] = False
            raise
        except Exception as exc:
            ctx.extras["listening"] = False
            log.warning("LISTEN %s lost (%s); reconnecting in %.1f s", NOTIFY_CHANNEL, exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_RECONNECT_SECONDS)
