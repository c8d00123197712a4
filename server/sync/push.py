"""Push: apply a terminal's mutations exactly once, in its seq order, and keep each result.

One batch is one transaction. The terminal's row is locked first, so two pushes of one terminal
(a retry racing the original, two server processes) take turns; the results are stored in
applied_mutations so a resend gets the same answer without a second apply.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from app.sync.protocol import ChangeKind, Mutation, MutationResult, MutationStatus, PushAnswer
from server.auth.audit import audit
from server.errors import ApiError, not_found
from server.manager.followups import open_followups
from server.manager.unresolved_reports import open_reports
from server.notices.outbox import CaseEventFacts, enqueue
from server.sealing.columns import keyring_of
from server.sealing.lookups import replace_case_lookups
from server.store.models import (
    AppliedMutationRow,
    CasePageRow,
    RatingRow,
    ServerCaseEventRow,
    ServerCaseRow,
    TerminalRow,
)
from server.sync.batch import Batch, load_batch
from server.sync.bulk import among, bulk_insert
from server.sync.case_state import case_change
from server.sync.change_log import record_changes
from server.sync.rules import Outcome, apply_mutation

_CASE_UPDATE = ("status", "version", "promised_date", "snapshot", "updated_at")
_PAGE_UPDATE = ("case_id", "material_code", "position", "sha256", "rotation", "deleted")


def push(
    session: Session, terminal_id: str, mutations: list[Mutation], now: datetime, check_text: bool = True
) -> PushAnswer:
    """Apply a batch in the caller's transaction; raises ApiError for a batch out of order.

    check_text=False only when the caller saw the raw body hold no escape that can make a
    forbidden character (server/api/sync.py), so no pushed string needs walking."""
    seqs = [m.seq for m in mutations]
    if any(b <= a for a, b in pairwise(seqs)):
        raise ApiError(400, "bad_request", "一次推送中的变更须按序号严格递增排列")
    if len({m.mutation_id for m in mutations}) != len(mutations):
        raise ApiError(400, "bad_request", "一次推送中有重复的变更编号")
    terminal = session.execute(
        select(TerminalRow.last_applied_seq, TerminalRow.hall_code)
        .where(TerminalRow.id == terminal_id)
        .with_for_update()
    ).first()
    if terminal is None:
        raise not_found("找不到本终端的登记记录，请重新登记")
    last, hall_code = terminal
    old = [m for m in mutations if m.seq <= last]
    new = [m for m in mutations if m.seq > last]
    results = _stored_results(session, terminal_id, old, new)
    for expected, m in enumerate(new, start=last + 1):
        if m.seq != expected:
            raise ApiError(
                409,
                "seq_gap",
                f"变更序号不连续：服务器期待第 {expected} 号，收到第 {m.seq} 号；"
                f"请从第 {expected} 号起重新推送",
                expected_seq=expected,
            )
    if new:
        batch = load_batch(session, terminal_id, hall_code, new, now, check_text)
        applied = _apply(batch, new, results)
        if applied:
            _write(session, batch, applied, now)
        last += len(applied)
    session.execute(
        update(TerminalRow)
        .where(TerminalRow.id == terminal_id)
        .values(last_applied_seq=last, last_seen_at=now)
    )
    return PushAnswer(results=results, last_applied_seq=last)


def _stored_results(
    session: Session, terminal_id: str, old: list[Mutation], new: list[Mutation]
) -> list[MutationResult]:
    """The kept answers of resent mutations; refuses a seq reused for another mutation."""
    if not old and not new:
        return []
    t = AppliedMutationRow
    rows = session.execute(
        select(t.terminal_id, t.seq, t.mutation_id, t.status, t.reason).where(
            or_(
                (t.terminal_id == terminal_id) & among(session, t.seq, [m.seq for m in old]),
                among(session, t.mutation_id, [m.mutation_id for m in new]),
            )
        )
    ).all()
    by_seq = {r.seq: r for r in rows if r.terminal_id == terminal_id}
    reused = {r.mutation_id for r in rows} & {m.mutation_id for m in new}
    if reused:
        raise ApiError(
            409, "mutation_reused", f"变更编号 {sorted(reused)[0]} 已被另一序号使用过，本批推送未生效"
        )
    results = []
    for m in old:
        stored = by_seq.get(m.seq)
        if stored is None or stored.mutation_id != m.mutation_id:
            raise ApiError(
                409,
                "seq_mismatch",
                f"第 {m.seq} 号变更在服务器上是另一项变更（编号不符），"
                "本终端的变更队列与服务器不一致，请联系系统管理员",
            )
        results.append(
            MutationResult(
                seq=m.seq,
                mutation_id=m.mutation_id,
                status=MutationStatus(stored.status),
                reason=stored.reason,
            )
        )
    return results


# (mutation, status, reason, payload) to store in applied_mutations
Kept = list[tuple[Mutation, str, str, dict]]


def _apply(batch: Batch, new: list[Mutation], results: list[MutationResult]) -> Kept:
    """Run the rules in seq order; stops at the first mutation whose attachment is missing."""
    applied = []
    for m in new:
        outcome = apply_mutation(batch, m)
        results.append(
            MutationResult(
                seq=m.seq,
                mutation_id=m.mutation_id,
                status=outcome.status,
                reason=outcome.reason,
                missing_attachments=outcome.missing,
            )
        )
        if outcome.status is MutationStatus.NEEDS_ATTACHMENT:
            break  # the seq does not advance: nothing after it may be applied before it
        applied.append((m, outcome.status.value, outcome.reason, _kept(m.payload, outcome)))
    return applied


def _kept(payload: dict, outcome: Outcome) -> dict:
    """What applied_mutations keeps of a payload beside the status and reason.

    An applied change lives on in the rows it made (the case event, the page, the rating, the
    audit entry), so nothing more: a copy would be a second sealed record of the citizen's
    business to write on every push, and nothing reads it (a resend is answered from status
    and reason). A rejected change is kept, so the losing change is never dropped silently
    (DESIGN.md) — all but the case's snapshot, which the case row holds, and nothing of a
    payload refused for its text, which the store would refuse too."""
    if outcome.status is not MutationStatus.REJECTED or not outcome.keep_payload:
        return {}
    return {k: v for k, v in payload.items() if k != "snapshot"} if "snapshot" in payload else payload


def _write(session: Session, batch: Batch, applied: Kept, now: datetime) -> None:
    cases = [batch.cases[case_id] for case_id in batch.touched]
    new_cases = [c for c in cases if c.is_new]
    changed = [c for c in cases if c.dirty and not c.is_new]
    if new_cases:
        bulk_insert(
            session,
            ServerCaseRow.__table__,
            [
                {
                    "id": c.id,
                    "number": c.number,
                    "hall_code": c.hall_code,
                    "terminal_id": c.terminal_id,
                    "status": c.status,
                    "version": c.version,
                    "promised_date": c.promised_date,
                    "snapshot": c.snapshot,
                    "created_at": c.created_at,
                    "updated_at": c.updated_at,
                }
                for c in new_cases
            ],
        )
    if changed:
        _update_by_id(
            session,
            ServerCaseRow,
            _CASE_UPDATE,
            [{"id": c.id, **{k: getattr(c, k) for k in _CASE_UPDATE}} for c in changed],
        )
    # 查找办件's keyed hashes, as the snapshots now say (the snapshots themselves are sealed)
    replace_case_lookups(
        session,
        keyring_of(session.get_bind()),
        [(c.id, c.hall_code, c.snapshot) for c in new_cases + changed],
        new=len(new_cases),
    )
    if batch.new_events:
        bulk_insert(session, ServerCaseEventRow.__table__, batch.new_events)
        _enqueue_notices(session, batch, now)
    if batch.new_pages:
        bulk_insert(session, CasePageRow.__table__, [batch.pages[i] for i in sorted(batch.new_pages)])
    dirty_pages = batch.dirty_pages - batch.new_pages
    if dirty_pages:
        _update_by_id(session, CasePageRow, _PAGE_UPDATE, [batch.pages[i] for i in sorted(dirty_pages)])
    if batch.new_ratings:
        bulk_insert(session, RatingRow.__table__, batch.new_ratings)
        open_followups(session, batch.hall_code, batch.new_ratings, now)  # each 差评's, exactly once
    open_reports(session, batch.hall_code, batch.new_reports, now)  # 办不成事 反映, each once
    for entry in batch.audits:  # with what they audit: a resend applies nothing, so audits nothing
        audit(session, now, **entry)
    bulk_insert(
        session,
        AppliedMutationRow.__table__,
        [
            {
                "terminal_id": batch.terminal_id,
                "seq": m.seq,
                "mutation_id": m.mutation_id,
                "kind": m.kind,
                "status": status,
                "reason": reason,
                "payload": payload,
                "created_at": m.created_at,
                "applied_at": now,
            }
            for m, status, reason, payload in applied
        ],
    )
    # one change per case per batch: a pulling terminal adopts the newest state anyway
    record_changes(
        session, [(c.hall_code, ChangeKind.CASE, c.id, case_change(c.version, c.status)) for c in cases]
    )


def _enqueue_notices(session: Session, batch: Batch, now: datetime) -> None:
    # in this transaction: the SMS of an accepted / result-ready case exists exactly when its event does
    events = []
    for e in batch.new_events:
        case = batch.cases[e["case_id"]]
        events.append(CaseEventFacts(case.id, case.number, e["kind"], e["at"], case.snapshot or {}))
    enqueue(session, batch.hall_code, events, now)


def _update_by_id(session: Session, model, columns: tuple[str, ...], rows: list[dict]) -> None:
    table = model.__table__
    statement = (
        table.update()
        .where(table.c.id == bindparam("b_id"))
        .values({name: bindparam(f"b_{name}") for name in columns})
    )
    session.execute(statement, [{f"b_{k}": row[k] for k in ("id", *columns)} for row in rows])
