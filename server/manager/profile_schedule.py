"""Work profiles applied on their schedule, once, however many server processes run.

Every process looks every TICK seconds (a thread started with the API, see
server/api/manager_assignments.py). A due (hall, profile, day, time) is claimed by inserting its
profile_runs row in the same transaction that applies the profile: the primary key lets one
insert win — on PostgreSQL a second process's insert waits for the first transaction and then
fails on the key, on SQLite writers are serialised — so the loser rolls back having changed
nothing, and the profile is applied exactly once. A refused application (a window the hall no
longer has, a clerk not qualified) is recorded as a refused run and audited, so it is not retried
every tick and the manager can read why.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.window_assignments import ScheduleEntry, due_entries, parse_time
from server.auth.audit import audit
from server.context import ServerContext
from server.manager.profiles import apply_profile
from server.periodic import EveryFewSeconds
from server.refusals import Refused
from server.store.models_assignments import ProfileRunRow, WorkProfileRow

TICK = 30.0  # seconds: a schedule runs within half a minute of its time


def _due(ctx: ServerContext, local: datetime) -> list[tuple[str, ScheduleEntry, str]]:
    """(hall, entry, who set it) for every due schedule entry, per hall earliest first."""
    with ctx.sessions() as s:
        rows = s.execute(
            select(
                WorkProfileRow.hall_code,
                WorkProfileRow.name,
                WorkProfileRow.schedules,
                WorkProfileRow.updated_by,
            )
        ).all()
    entries: dict[str, list[ScheduleEntry]] = defaultdict(list)
    owners: dict[tuple[str, str], str] = {}
    for hall, name, schedules, owner in rows:
        owners[(hall, name)] = owner
        for item in schedules or []:
            entries[hall].append(ScheduleEntry(name, frozenset(item["weekdays"]), parse_time(item["at"])))
    return [
        (hall, entry, owners[(hall, entry.profile)])
        for hall, listed in sorted(entries.items())
        for entry in due_entries(listed, local)
    ]


def run_due_profiles(ctx: ServerContext, now: datetime) -> list[int]:
    """Apply what is due at `now` and not yet run; the change ids this process applied."""
    local = now.astimezone(HALL_TIMEZONE)
    applied = []
    for hall, entry, owner in _due(ctx, local):
        at = entry.at.strftime("%H:%M")
        key = {"hall_code": hall, "profile": entry.profile, "day": local.date(), "at": at}
        try:
            with ctx.transaction() as s:
                if s.get(ProfileRunRow, (hall, entry.profile, local.date(), at)) is not None:
                    continue
                run = ProfileRunRow(**key, outcome="applied", detail="", ran_at=now)
                s.add(run)
                s.flush()  # the claim: another process holding the same key makes this fail
                result = apply_profile(
                    s,
                    hall,
                    owner,
                    entry.profile,
                    now,
                    reason=f"定时套用（{at}）",
                    kind="schedule",
                    allow_unserved=True,  # the manager chose what the profile leaves unserved
                )
                run.change_id = result.change_id
                applied.append(result.change_id)
        except IntegrityError:
            continue  # another process claimed it
        except Refused as refused:
            _record_refusal(ctx, key, now, refused)
    return applied


def _record_refusal(ctx: ServerContext, key: dict, now: datetime, refused: Refused) -> None:
    outcome, detail = ("unchanged" if refused.code == "no_change" else "refused"), refused.detail
    try:
        with ctx.transaction() as s:
            s.add(ProfileRunRow(**key, outcome=outcome, detail=detail, ran_at=now))
            audit(
                s,
                now,
                "profile_schedule",
                "ok" if outcome == "unchanged" else "refused",
                detail=f"{key['hall_code']} {key['profile']} {key['at']}：{detail}",
            )
    except IntegrityError:
        pass  # another process recorded it


def schedule_ticker(ctx: ServerContext, tick: float = TICK) -> EveryFewSeconds:
    """The thread that runs due profiles every TICK seconds until stopped."""
    return EveryFewSeconds(
        "profile-schedule",
        tick,
        lambda: run_due_profiles(ctx, ctx.now()),
        "scheduled work profiles could not be applied; trying again next tick",
    )
