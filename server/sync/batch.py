"""One push batch's working set: everything its mutations refer to, loaded with one query each.

The rules then run in Python against this state in seq order, and push.py writes what changed
with bulk statements, so a batch of 500 costs a couple of dozen round trips, not thousands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.plain_text import first_text_problem
from app.domain.window_accounts import WindowAccount
from app.sync.protocol import Mutation, Role, TerminalKind
from app.sync.unresolved_reports import UNRESOLVED_REPORTED
from server.auth.credentials import SIGN_IN_ROLES
from server.manager.unresolved_reports import stored_reports
from server.store.models import (
    AttachmentRow,
    CasePageRow,
    RatingRow,
    ServerCaseEventRow,
    ServerCaseRow,
    UserRow,
)
from server.sync.bulk import among
from server.sync.case_state import aware
from server.sync.catalog_codes import current_codes
from server.sync.payloads import PAGE_KINDS, RATING_RECORDED

_WINDOW_ROLES = frozenset(role.value for role in SIGN_IN_ROLES[TerminalKind.WINDOW])
_NO_CATALOG = PAGE_KINDS | {RATING_RECORDED, UNRESOLVED_REPORTED}  # name no matter the catalog must hold
_CASE_COLUMNS = ("id", "number", "hall_code", "terminal_id", "status", "version", "promised_date", "snapshot")


@dataclass
class CaseDraft:
    """A case as this batch sees it: the stored row, then each applied event on top."""

    id: str
    number: str
    hall_code: str
    terminal_id: str
    status: str
    version: int
    promised_date: date | None
    snapshot: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    last_position: int = -1  # of the case's newest event; the whole list is read only by pull
    is_new: bool = False
    dirty: bool = False

    def next_position(self) -> int:
        self.last_position += 1
        return self.last_position


@dataclass
class Batch:
    terminal_id: str
    hall_code: str
    now: datetime
    codes: frozenset[str] | None = None  # None: no catalog published, matter codes not checked
    # mutation id → why its payload holds text no store may keep (such a payload is not read)
    unsafe_text: dict[str, str] = field(default_factory=dict)
    cases: dict[str, CaseDraft] = field(default_factory=dict)
    number_owner: dict[str, str] = field(default_factory=dict)  # case number → case id
    complete_attachments: set[str] = field(default_factory=set)
    pages: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_pages: set[str] = field(default_factory=set)
    dirty_pages: set[str] = field(default_factory=set)
    rating_ids: set[str] = field(default_factory=set)
    rated_cases: set[str] = field(default_factory=set)
    # the window accounts the mutations name (a rating's clerk, a change's actor), by user name
    accounts: dict[str, WindowAccount] = field(default_factory=dict)
    display_names: dict[str, str] = field(default_factory=dict)  # of those accounts, by user name
    new_events: list[dict[str, Any]] = field(default_factory=list)
    new_ratings: list[dict[str, Any]] = field(default_factory=list)
    touched: dict[str, None] = field(default_factory=dict)  # case ids to log, in first-touch order
    audits: list[dict[str, str]] = field(default_factory=list)  # audit() arguments, written with the batch
    # 办不成事 反映: those stored under the batch's report ids (any hall's), and those it adds
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_reports: list[dict[str, Any]] = field(default_factory=list)


def _text(payload: dict, key: str) -> str | None:
    value = payload.get(key)
    return value if isinstance(value, str) and value else None


def load_batch(
    session: Session,
    terminal_id: str,
    hall_code: str,
    mutations: list[Mutation],
    now: datetime,
    check_text: bool = True,
) -> Batch:
    """check_text: walk every pushed string first (False only when the raw body could not hold
    a forbidden character); a payload that fails is left out of every query below."""
    batch = Batch(terminal_id=terminal_id, hall_code=hall_code, now=now)
    if check_text:
        for m in mutations:
            if (problem := first_text_problem(m.payload)) is not None:
                batch.unsafe_text[m.mutation_id] = problem
        mutations = [m for m in mutations if m.mutation_id not in batch.unsafe_text]
    case_ids: set[str] = set()
    numbers: set[str] = set()
    shas: set[str] = set()
    page_ids: set[str] = set()
    rating_ids: set[str] = set()
    report_ids: set[str] = set()
    usernames: set[str] = set()
    for m in mutations:
        p = m.payload
        if (case_id := _text(p, "case_id")) is not None:
            case_ids.add(case_id[:36])
        username = _text(p, "actor_username") or _text(p, "clerk_username") or _text(p, "registered_by")
        if username is not None:
            usernames.add(username[:64])
        if m.kind in PAGE_KINDS:
            if (page_id := _text(p, "page_id")) is not None:
                page_ids.add(page_id[:36])
            if isinstance(p.get("order"), list):
                page_ids.update(str(i)[:36] for i in p["order"])
            if (sha := _text(p, "sha256")) is not None:
                shas.add(sha[:64])
        elif m.kind == RATING_RECORDED:
            if (rating_id := _text(p, "rating_id")) is not None:
                rating_ids.add(rating_id[:36])
        elif m.kind == UNRESOLVED_REPORTED:
            if (report_id := _text(p, "id")) is not None:
                report_ids.add(report_id[:36])
        elif (number := _text(p, "case_number")) is not None:
            numbers.add(number[:50])
    if any(m.kind not in _NO_CATALOG for m in mutations):
        batch.codes = current_codes(session)
    _load_cases(session, batch, case_ids, numbers)
    if shas:
        batch.complete_attachments = set(
            session.scalars(
                select(AttachmentRow.sha256).where(
                    AttachmentRow.hall_code == hall_code,
                    among(session, AttachmentRow.sha256, shas),
                    AttachmentRow.complete,
                )
            )
        )
    if page_ids:
        t = CasePageRow.__table__
        for row in session.execute(select(t).where(among(session, t.c.id, page_ids))).mappings():
            batch.pages[row["id"]] = dict(row)
    if rating_ids or case_ids:
        found = session.execute(
            select(RatingRow.id, RatingRow.case_id).where(
                or_(among(session, RatingRow.id, rating_ids), among(session, RatingRow.case_id, case_ids))
            )
        )
        for rating_id, case_id in found:
            batch.rating_ids.add(rating_id)
            if case_id is not None:
                batch.rated_cases.add(case_id)
    if usernames:
        _load_accounts(session, batch, usernames)
    batch.reports = stored_reports(session, report_ids)
    return batch


def _load_accounts(session: Session, batch: Batch, usernames: set[str]) -> None:
    """The accounts the batch's mutations name, for app/domain/window_accounts.py: one serves at
    this hall's windows when its role may sign in at a window (a clerk or hall manager of the
    hall, or an admin, who has no hall and may sign in at any)."""
    t = UserRow.__table__
    found = session.execute(
        select(t.c.username, t.c.display_name, t.c.role, t.c.hall_code, t.c.active, t.c.updated_at).where(
            among(session, t.c.username, usernames)
        )
    )
    for username, display_name, role, hall_code, active, updated_at in found:
        serves = role in _WINDOW_ROLES and (hall_code == batch.hall_code or role == Role.ADMIN.value)
        batch.accounts[username] = WindowAccount(
            serves_hall=serves, active=bool(active), changed_at=aware(updated_at)
        )
        batch.display_names[username] = display_name


def _load_cases(session: Session, batch: Batch, case_ids: set[str], numbers: set[str]) -> None:
    if not case_ids and not numbers:
        return
    t = ServerCaseRow.__table__
    columns = [t.c[name] for name in _CASE_COLUMNS] + [t.c.created_at, t.c.updated_at]
    # FOR UPDATE: two terminals of a hall pushing events of one case take turns (PostgreSQL;
    # SQLite has one writer at a time anyway and leaves the clause out). Ids are looked up in
    # every hall, so the rules can refuse a mutation on another hall's case (and never try to
    # insert a second row with its id); numbers only in this hall, where they must be unique.
    in_hall = (t.c.hall_code == batch.hall_code) & among(session, t.c.number, numbers)
    query = select(*columns).where(or_(among(session, t.c.id, case_ids), in_hall)).with_for_update()
    for row in session.execute(query).mappings():
        if row["hall_code"] == batch.hall_code:
            batch.number_owner[row["number"]] = row["id"]
        if row["id"] in case_ids:
            batch.cases[row["id"]] = CaseDraft(
                **{name: row[name] for name in _CASE_COLUMNS},
                created_at=aware(row["created_at"]),
                updated_at=aware(row["updated_at"]),
            )
    if not batch.cases:
        return
    e = ServerCaseEventRow.__table__
    # only where each case's next event goes: the change log names the case, pull reads the rest
    last = session.execute(
        select(e.c.case_id, func.max(e.c.position))
        .where(among(session, e.c.case_id, batch.cases))
        .group_by(e.c.case_id)
    )
    for case_id, position in last:
        batch.cases[case_id].last_position = position
