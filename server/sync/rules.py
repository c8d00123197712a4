"""The rules a pushed mutation must pass, applied to a batch's working set in seq order.

Each apply_* returns an Outcome. A rejection never raises: its reason is stored and answered,
the terminal's seq still advances, and the mutations after it are applied as usual.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.case_events import CASE_EVENT_KINDS, OPENING_KINDS, UnknownCaseEvent, target_status
from app.domain.case_status import CaseStatus, InvalidTransition, IssuanceMethod, require_move
from app.domain.collectors import IdentitySource
from app.domain.ratings import rating_problems
from app.sync.protocol import Mutation, MutationStatus
from app.sync.unresolved_reports import UNRESOLVED_REPORTED
from server.sync.access_records import apply_access
from server.sync.batch import Batch, CaseDraft
from server.sync.payloads import (
    ACCESS_RECORDED,
    PAGE_ATTACHED,
    PAGE_DELETED,
    PAGE_KINDS,
    PAGE_MOVED,
    RATING_RECORDED,
    CaseMutationIn,
    IssuedDetailIn,
    PageIn,
    PayloadProblem,
    RatingIn,
    as_utc,
    parse,
)
from server.sync.unresolved_reports import apply_report
from server.sync.window_actors import (
    account_refusal,
    actor,
    audit_typed_hand_out,
    event_refusal,
    page_refusal,
    refused,
)

# what the clerk was doing, for "办件当前为“X”，不能<action>"
_ACTIONS = {
    "accepted": "受理",
    "supplement_requested": "出具一次性告知（补正）",
    "refused": "不予受理",
    "step": "记录办理环节",
    "suspended": "进入特别程序",
    "resumed": "恢复办理",
    "decided": "办结",
    "result_ready": "登记结果到窗口",
    "issued": "出件",
}


@dataclass(frozen=True)
class Outcome:
    status: MutationStatus
    reason: str = ""
    missing: list[str] = field(default_factory=list)
    keep_payload: bool = True  # False: the payload holds text no store may keep


APPLIED = Outcome(MutationStatus.APPLIED)
# one answer for "another hall's" and "nobody's": a refusal must not tell a terminal that an
# object of another hall exists, nor anything of it
_NOT_IN_HALL = "服务器上本大厅没有这个办件（或办件标识与他处冲突）"
_NO_PAGE = "服务器上本大厅没有这张扫描件（可能未曾上传成功或已删除），本次操作未生效"
_STATUSES = {s.value: s for s in CaseStatus}  # a dict lookup: the enum's call is slow in a hot loop


def _rejected(reason: str) -> Outcome:
    return Outcome(MutationStatus.REJECTED, reason)


def apply_mutation(batch: Batch, m: Mutation) -> Outcome:
    if (problem := batch.unsafe_text.get(m.mutation_id)) is not None:
        return Outcome(MutationStatus.REJECTED, f"变更内容无法保存：{problem}", keep_payload=False)
    try:
        if m.kind in CASE_EVENT_KINDS:
            return _apply_case_event(batch, m)
        if m.kind in PAGE_KINDS:
            return _apply_page(batch, m)
        if m.kind == RATING_RECORDED:
            return _apply_rating(batch, m)
        if m.kind in (ACCESS_RECORDED, UNRESOLVED_REPORTED):  # a refusal's reason, or None
            refusal = (apply_access if m.kind == ACCESS_RECORDED else apply_report)(batch, m.payload)
            return APPLIED if refusal is None else _rejected(refusal)
    except PayloadProblem as exc:
        return _rejected(str(exc))
    return _rejected(f"未知的变更类型“{m.kind}”")


def _status_label(value: str) -> str:
    try:
        return CaseStatus(value).label
    except ValueError:
        return value


def _apply_case_event(batch: Batch, m: Mutation) -> Outcome:
    p: CaseMutationIn = parse(CaseMutationIn, m.payload)
    if p.event.kind != m.kind:
        return _rejected(f"变更内容不一致：变更类型“{m.kind}”与事件类型“{p.event.kind}”不符")
    try:
        target = target_status(m.kind, p.event.detail)
    except UnknownCaseEvent as exc:
        return _rejected(str(exc))
    if (target or p.from_status) != p.to_status:
        return _rejected(f"变更内容不一致：“{p.event.summary}”不会使办件变为“{p.to_status.label}”")
    hand_out = parse(IssuedDetailIn, p.event.detail) if m.kind == "issued" else None
    if hand_out is not None and (problem := _hand_out_problem(hand_out)):
        return _rejected(f"{problem}，本次“{p.event.summary}”未生效")
    if refused(batch, p.actor_username, as_utc(p.event.at)):
        return _rejected(event_refusal(p.actor_username, p.event.summary))
    promised = p.promised_date()
    case = batch.cases.get(p.case_id)
    if case is None:
        return _open_case(batch, m, p, target, promised)
    if case.hall_code != batch.hall_code:
        return _rejected(f"{_NOT_IN_HALL}，本次“{p.event.summary}”未生效")
    batch.touched[case.id] = None  # a refused terminal also learns the server's view
    if case.status != p.from_status.value:
        return _rejected(
            f"办件在服务器上已是“{_status_label(case.status)}”，本次“{p.event.summary}”未生效（以服务器为准）"
        )
    if target is not None:
        try:
            require_move(_STATUSES[case.status], target, _ACTIONS.get(m.kind, p.event.summary))
        except InvalidTransition as exc:
            return _rejected(str(exc))
    known = set(case.snapshot.get("matter_codes") or ())
    if (problem := _unknown_codes(batch, [c for c in p.matter_codes if c not in known])) is not None:
        return _rejected(problem)
    _add_event(batch, case, m, p, target, promised)
    if hand_out is not None:
        audit_typed_hand_out(batch, case.number, p, hand_out)
    return APPLIED


def _hand_out_problem(d: IssuedDetailIn) -> str:
    """A result handed over the counter names how the collector's ID was seen (collectors.py)."""
    if not d.identity or d.method == IssuanceMethod.POST:
        return ""  # posted, or recorded by a window from before identities were kept
    if d.identity not in (IdentitySource.CARD, IdentitySource.TYPED):
        return f"出件记录的证件核验方式“{d.identity}”无效"
    if d.identity == IdentitySource.TYPED and not d.typed_reason.strip():
        return "出件时手工录入领取人证件，未写明原因"
    if d.method == IssuanceMethod.AGENT and not d.authorisation_pages:
        return "代领出件未附授权委托书扫描件"
    return ""


def _open_case(batch: Batch, m: Mutation, p: CaseMutationIn, target, promised) -> Outcome:
    if m.kind not in OPENING_KINDS or p.from_status is not CaseStatus.DRAFT:
        return _rejected(f"服务器上没有办件 {p.case_number}，本次“{p.event.summary}”未生效")
    owner = batch.number_owner.get(p.case_number)
    if owner is not None and owner != p.case_id:
        return _rejected(f"办件编号 {p.case_number} 已被另一办件使用，本次“{p.event.summary}”未生效")
    codes = list(p.matter_codes) + ([p.bundle_code] if p.bundle_code else [])
    if (problem := _unknown_codes(batch, codes)) is not None:
        return _rejected(problem)
    case = CaseDraft(
        id=p.case_id,
        number=p.case_number,
        hall_code=batch.hall_code,
        terminal_id=batch.terminal_id,
        status=CaseStatus.DRAFT.value,
        version=0,
        promised_date=promised,
        snapshot=p.snapshot,
        created_at=batch.now,
        updated_at=batch.now,
        is_new=True,
    )
    batch.cases[case.id] = case
    batch.number_owner[case.number] = case.id
    batch.touched[case.id] = None
    _add_event(batch, case, m, p, target, promised)
    return APPLIED


def _unknown_codes(batch: Batch, codes: list[str]) -> str | None:
    if batch.codes is None:
        return None
    for code in codes:
        if code not in batch.codes:
            return f"事项编码“{code}”不在事项目录中"
    return None


def _add_event(batch: Batch, case: CaseDraft, m: Mutation, p: CaseMutationIn, target, promised) -> None:
    # the row as it is written; the payload was validated by CaseMutationIn, so no model again
    batch.new_events.append(
        {
            "case_id": case.id,
            "position": case.next_position(),
            "kind": m.kind,
            "at": as_utc(p.event.at),
            "actor": actor(batch, p),
            "actor_username": p.actor_username,
            "summary": p.event.summary,
            "detail": p.event.detail,
            "source": "window",
            "mutation_id": m.mutation_id,
            "recorded_at": batch.now,
        }
    )
    if target is not None:
        case.status = target.value
    case.snapshot = p.snapshot
    case.promised_date = promised
    case.version += 1
    case.updated_at = batch.now
    case.dirty = True


def _apply_page(batch: Batch, m: Mutation) -> Outcome:
    """A page belongs to the hall of the terminal that attached it; its case may reach the
    server only later (pages are scanned before the decision), but never sits in another hall."""
    p: PageIn = parse(PageIn, m.payload)
    if refused(batch, p.actor_username, as_utc(m.created_at)):  # a page's change: when it was queued
        return _rejected(page_refusal(p.actor_username))
    case = batch.cases.get(p.case_id)
    if case is not None and case.hall_code != batch.hall_code:
        return _rejected(f"{_NOT_IN_HALL}，本次扫描件操作未生效")
    page = batch.pages.get(p.page_id)
    if page is not None and page["hall_code"] != batch.hall_code:
        return _rejected(_NO_PAGE)  # the same answer as for a page nobody has
    if m.kind == PAGE_ATTACHED:
        if p.sha256 not in batch.complete_attachments:
            return Outcome(MutationStatus.NEEDS_ATTACHMENT, "扫描件尚未上传完整，请先上传附件", [p.sha256])
        fields = {
            "hall_code": batch.hall_code,
            "case_id": p.case_id,
            "material_code": p.material_code,
            "position": p.position,
            "sha256": p.sha256,
            "rotation": p.rotation % 360,
            "deleted": False,
        }
        if page is None:
            batch.pages[p.page_id] = {"id": p.page_id, **fields}
            batch.new_pages.add(p.page_id)
        else:
            page.update(fields)
            batch.dirty_pages.add(p.page_id)
        return APPLIED
    if page is None or page["deleted"] or page["case_id"] != p.case_id:
        return _rejected(_NO_PAGE)
    if m.kind == PAGE_DELETED:
        page["deleted"] = True
    elif m.kind != PAGE_MOVED:  # rotated
        page["rotation"] = p.rotation % 360
    batch.dirty_pages.add(p.page_id)
    if m.kind in (PAGE_MOVED, PAGE_DELETED) and p.order is not None:
        _renumber(batch, page, p.order)
    return APPLIED


def _renumber(batch: Batch, page: dict, order: list[str]) -> None:
    """Number the pages of `page`'s case and material as `order` lists them; an id of any other
    page (another case's, another hall's) is passed over."""
    for position, page_id in enumerate(order):
        other = batch.pages.get(page_id)
        if other is None or any(other[k] != page[k] for k in ("hall_code", "case_id", "material_code")):
            continue
        if other["position"] != position:
            other["position"] = position
            batch.dirty_pages.add(page_id)


def _apply_rating(batch: Batch, m: Mutation) -> Outcome:
    p: RatingIn = parse(RatingIn, m.payload)
    if problems := rating_problems(p.level, p.reasons, p.comment):  # the domain's 好差评 rules
        return _rejected("评价未记录：" + "".join(problems))
    if p.rating_id in batch.rating_ids:
        return APPLIED  # the same rating sent again (another terminal's pad, a re-enrolled terminal)
    if p.case_id is not None:
        case = batch.cases.get(p.case_id)
        if case is None or case.hall_code != batch.hall_code:
            return _rejected(f"{_NOT_IN_HALL}，本次评价未记录")
    if p.case_id is not None and p.case_id in batch.rated_cases:
        return _rejected("该办件已有申请人评价（一次一评），本次评价未记录")
    rated_at = as_utc(p.rated_at)
    if refused(batch, p.clerk_username, rated_at):
        return _rejected(account_refusal(p.clerk_username, "评价记录", "评价", "本次评价未记录"))
    batch.rating_ids.add(p.rating_id)
    if p.case_id is not None:
        batch.rated_cases.add(p.case_id)
    batch.new_ratings.append(
        {
            "id": p.rating_id,
            "hall_code": batch.hall_code,
            "case_id": p.case_id,
            "ticket": p.ticket,
            "level": p.level,
            "reasons": list(p.reasons),
            "comment": p.comment,
            "clerk": p.clerk,
            "clerk_username": p.clerk_username,
            "window": p.window,
            "rated_at": rated_at,
        }
    )
    return APPLIED
