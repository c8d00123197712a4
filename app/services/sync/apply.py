"""Applying what a pull delivers to the local store: one page and its cursor in one transaction.

- CASE: the server's CaseState wins. The local case takes the server's status and promised date,
  and the events recorded elsewhere (the back office: steps, decisions, results, with their actor
  and summary) are appended to its timeline, each once (marked with its server position). The
  window's own events are already local, so they are not copied back. A case with local changes
  still waiting to be pushed is not touched: its state is parked and applied once they are
  acknowledged, so a pull never undoes on screen what the clerk has just done.
  A case this terminal does not have (opened at another window of the hall) is ignored: the
  window's lists are its own cases, and the back office reaches them on the server.
- CATALOG: the caller has fetched and saved the catalog file; its version is recorded here.
- USERS: the caller has fetched the users; they replace the cached ones (offline sign-in).
- HALL: the hall's configuration JSON is kept in the sync state ("hall_config").
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime

from pydantic import ValidationError

from app.domain.case_status import CaseStatus, ResultCode
from app.domain.cases import Case, CaseEvent
from app.domain.hall_time import HALL_TIMEZONE
from app.store.sync_repository import SyncRepository
from app.store.unit_of_work import UnitOfWork
from app.sync.protocol import CaseEventState, CaseState, ChangeKind, PullAnswer, UsersAnswer

log = logging.getLogger(__name__)
WINDOW_SOURCE = "window"


def apply_pull_page(
    uow: UnitOfWork,
    answer: PullAnswer,
    now: datetime,
    users: UsersAnswer | None = None,
    catalog_version: int | None = None,
) -> int:
    """Apply one page and store its cursor (the caller commits); returns cases changed."""
    sync = SyncRepository(uow.session)
    changed = 0
    for change in answer.changes:
        if change.kind is ChangeKind.CASE:
            try:
                state = CaseState.model_validate(change.data)
            except ValidationError:
                log.warning("pulled case %s is not a CaseState; skipped", change.key)
                continue
            changed += adopt_or_park(uow, sync, state, now)
        elif change.kind is ChangeKind.HALL:
            sync.set("hall_config", json.dumps(change.data, ensure_ascii=False))
    if users is not None:
        sync.replace_users([cached_user_row(u) for u in users.users])
    if catalog_version is not None:
        sync.set("catalog_version", str(catalog_version))
    sync.set("cursor", answer.cursor)
    return changed


def cached_user_row(u) -> dict:
    return {
        "username": u.user.username,
        "display_name": u.user.display_name,
        "role": u.user.role.value,
        "hall_code": u.user.hall_code,
        "window_name": u.user.window_name,
        "password_hash": u.password_hash,
        "active": u.active,
        "updated_at": _local(u.updated_at),
        "must_change_password": u.must_change_password,
    }


def adopt_or_park(uow: UnitOfWork, sync: SyncRepository, state: CaseState, now: datetime) -> int:
    case = uow.cases.get(state.id)
    if case is None:
        return 0  # made at another window: not this window's list (see the module's doc)
    if sync.has_pending(state.id):
        sync.park(state.id, state.model_dump(mode="json"), now)
        return 0
    sync.unpark(state.id)  # a newer state than any parked one
    if adopt(case, state):
        uow.cases.save(case)
        return 1
    return 0


def apply_parked(uow: UnitOfWork) -> int:
    """Apply parked server states of cases whose own changes have all been acknowledged."""
    sync = SyncRepository(uow.session)
    changed = 0
    for row in sync.parked():
        if sync.has_pending(row.case_id):
            continue
        sync.unpark(row.case_id)
        case = uow.cases.get(row.case_id)
        if case is not None and adopt(case, CaseState.model_validate(row.state)):
            uow.cases.save(case)
            changed += 1
    return changed


def adopt(case: Case, state: CaseState) -> bool:
    """Make the local case say what the server says; True if anything changed."""
    before = (case.status, case.promised_date, len(case.events))
    try:
        case.status = CaseStatus(state.status)
    except ValueError:
        log.warning("case %s: unknown server status %r kept out", case.number, state.status)
    if state.promised_date:
        try:
            case.promised_date = date.fromisoformat(state.promised_date)
        except ValueError:
            log.warning("case %s: bad promised date %r", case.number, state.promised_date)
    known = {e.detail.get("server_position") for e in case.events if "server_position" in e.detail}
    for event in sorted(state.events, key=lambda e: e.position):
        if event.source == WINDOW_SOURCE or event.position in known:
            continue
        _take_event(case, event)
    changed = before != (case.status, case.promised_date, len(case.events))
    if changed:
        case.version += 1  # a screen holding the old view sees it is stale
    return changed


def _take_event(case: Case, event: CaseEventState) -> None:
    at = _local(event.at)
    detail = {**event.detail, "source": event.source, "server_position": event.position}
    case.events.append(CaseEvent(event.kind, at, event.actor, event.summary, detail))
    # the result fields the documents and the issuance screen read
    if "result_code" in event.detail:
        try:
            case.result_code = ResultCode(int(event.detail["result_code"]))
        except (TypeError, ValueError):
            log.warning("case %s: bad result code in a back-office event", case.number)
    for key in ("result_reason", "reason"):
        if isinstance(event.detail.get(key), str) and event.kind == "decided":
            case.result_reason = event.detail[key]
            break
    if isinstance(event.detail.get("certificate_number"), str):
        case.certificate_number = event.detail["certificate_number"]
    if event.kind == "suspended":
        case.suspended_since = at.date()
    elif event.kind == "resumed":
        case.suspended_since = None


def _local(moment: datetime) -> datetime:
    # the local store keeps the hall's wall time without a zone, like every other timestamp there
    # (whatever zone this PC's clock is set to: the server reads a window's times in the hall's)
    return moment.astimezone(HALL_TIMEZONE).replace(tzinfo=None) if moment.tzinfo else moment
