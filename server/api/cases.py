"""查找办件 across the hall: any window finds and opens any case of its own hall.

An applicant who comes back to ask about a case, or to collect its result at the hall's unified
出件 window, is served at whatever window calls them — not only the one that took the case in.
The search answers masked hits of the caller's hall (never another hall's), the rules of
app/domain/case_search bound it, and opening a hit hands over the case's whole state. Both need
the clerk (or hall manager, or a back-office account on a back-office terminal) signed in on
the calling terminal: they read citizens' records on demand (an opened case is audited).
"""

from __future__ import annotations

from datetime import date, datetime

from fastapi import APIRouter, Depends, Query
from sqlalchemy import func, select

from app.domain.case_search import (
    LIKE_ESCAPE,
    MAX_HITS,
    MAX_TEXT,
    CaseSearch,
    CaseSearchError,
    case_search,
    like_contains,
    masked_applicant,
    matches,
)
from app.domain.case_search import people_of as people_to_find
from app.domain.masking import mask_id_number, mask_name, mask_phone
from app.sync.case_search_protocol import CaseHit, CaseSearchAnswer
from app.sync.protocol import CaseState, Role, TerminalKind
from server.api.answers import errors
from server.api.context import get_context
from server.auth.audit import audit_read, people_of
from server.auth.credentials import Caller, require_terminal_user
from server.context import ServerContext
from server.errors import bad_request, not_found
from server.sealing.keyring import DataKeyring
from server.sealing.lookups import cases_found_by, search_texts
from server.store.models import ServerCaseRow
from server.sync.case_state import case_state

router = APIRouter(prefix="/cases", tags=["cases"])
case_reader = require_terminal_user(
    (TerminalKind.WINDOW, TerminalKind.BACKOFFICE), (Role.CLERK, Role.HALL_MANAGER, Role.BACKOFFICE)
)
# a person's cases in the hall, by the hashes of their name, ID or phone: checked one by one
MAX_CANDIDATES = 1000
_TEXT = {"max_length": MAX_TEXT * 2}  # the domain counts after normalising; this only bounds the bytes


@router.get(
    "/search",
    summary="查找本大厅的办件（编号、姓名、证件号码、电话、受理日期）",
    responses=errors(400, 401, 403),
)
def search_cases(
    number: str = Query(default="", description="办件编号或其一部分", **_TEXT),
    name: str = Query(default="", description="申请人、代理人或另一方的姓名或其中连续2个字以上", **_TEXT),
    cert_number: str = Query(default="", description="完整证件号码（精确查找）", **_TEXT),
    phone: str = Query(default="", description="完整电话号码或其后若干位", **_TEXT),
    date_from: date | None = Query(default=None, description="受理日期起（含）"),
    date_to: date | None = Query(default=None, description="受理日期止（含）"),
    caller: Caller = Depends(case_reader),
    ctx: ServerContext = Depends(get_context),
) -> CaseSearchAnswer:
    try:
        search = case_search(number, name, cert_number, phone, date_from, date_to)
    except CaseSearchError as exc:
        raise bad_request(str(exc)) from None
    with ctx.transaction() as s:
        query = _query(search, caller.terminal.hall_code, ctx.keyring)
        ordered = query.order_by(ServerCaseRow.created_at.desc(), ServerCaseRow.id)
        if search_texts(search):  # narrowed by hashes to a person's few cases: all checked
            rows = _matching(search, s.scalars(ordered.limit(MAX_CANDIDATES)).all())
        else:
            rows = s.scalars(ordered.limit(MAX_HITS + 1)).all()
        # a search by a person's name, ID or phone reads citizens' records: who looked for whom
        # (masked: the audit log never holds a whole ID number, phone or name)
        audit_read(
            s,
            ctx.now(),
            "cases_searched",
            [search.cert_number] if search.cert_number else [],
            username=caller.clerk,
            terminal_id=caller.terminal.id,
            hall_code=caller.terminal.hall_code,
            detail=_searched_for(search, min(len(rows), MAX_HITS)),
        )
    return CaseSearchAnswer(hits=[_hit(r) for r in rows[:MAX_HITS]], more=len(rows) > MAX_HITS)


@router.get("/{case_id}", summary="本大厅的一件办件（供任一窗口打开、出件）", responses=errors(401, 403, 404))
def one_case(
    case_id: str,
    caller: Caller = Depends(case_reader),
    ctx: ServerContext = Depends(get_context),
) -> CaseState:
    with ctx.transaction() as s:
        row = s.get(ServerCaseRow, case_id[:36])
        # another hall's case answers exactly like a case nobody has
        if row is None or row.hall_code != caller.terminal.hall_code:
            raise not_found("本大厅没有这件办件（可能尚未同步到服务器）")
        # a citizen's whole record handed to a window on demand: who, where, which case
        audit_read(
            s,
            ctx.now(),
            "case_opened",
            people_of(row.snapshot),
            username=caller.clerk,
            terminal_id=caller.terminal.id,
            hall_code=row.hall_code,
            detail=row.number,
        )
        return case_state(s, row)


def _searched_for(search: CaseSearch, hits: int) -> str:
    asked = [
        ("编号", search.number),
        ("姓名", mask_name(search.name)),
        ("证件号码", mask_id_number(search.cert_number)),
        ("电话", mask_phone(search.phone)),
        ("受理日期起", str(search.date_from or "")),
        ("受理日期止", str(search.date_to or "")),
    ]
    criteria = "，".join(f"{label}{value}" for label, value in asked if value)
    return f"{criteria}；{hits}件"


def _query(search: CaseSearch, hall_code: str, keyring: DataKeyring):
    """The hall's cases the search may find: names, ID and phone numbers narrowed by their
    keyed hashes (server/sealing/lookups.py), since the store holds none of them in clear."""
    query = select(ServerCaseRow).where(ServerCaseRow.hall_code == hall_code)
    if search.number:
        query = query.where(
            func.upper(ServerCaseRow.number).like(like_contains(search.number), escape=LIKE_ESCAPE)
        )
    for text in search_texts(search):
        query = query.where(ServerCaseRow.id.in_(cases_found_by(keyring, hall_code, text)))
    # the intake's moment as the window recorded it (hall-local ISO text, which sorts as time)
    created_at = ServerCaseRow.snapshot["created_at"].as_string()
    if (starts := search.starts_at()) is not None:
        query = query.where(created_at >= starts.isoformat())
    if (ends := search.ends_before()) is not None:
        query = query.where(created_at < ends.isoformat())
    return query


def _matching(search: CaseSearch, rows) -> list[ServerCaseRow]:
    """The domain's own rule on each candidate opened: a hash shared by chance, or a phone
    whose last digits match but not all that were typed, drops out here."""
    found = []
    for row in rows:
        snapshot = row.snapshot if isinstance(row.snapshot, dict) else {}
        people = people_to_find(snapshot.get("applicant"), snapshot.get("second_party"))
        try:
            created = datetime.fromisoformat(str(snapshot.get("created_at")))
        except ValueError:
            created = row.created_at
        if matches(search, row.number, people, created.replace(tzinfo=None)):
            found.append(row)
    return found


def _hit(row: ServerCaseRow) -> CaseHit:
    snapshot = row.snapshot if isinstance(row.snapshot, dict) else {}
    applicant = snapshot.get("applicant") or {}
    masked = masked_applicant(applicant)
    names = snapshot.get("matter_names") or [""]
    try:
        created = datetime.fromisoformat(str(snapshot.get("created_at")))
    except ValueError:
        created = row.created_at
    return CaseHit(
        id=row.id,
        number=row.number,
        title=str(snapshot.get("bundle_name") or names[0]),
        status=row.status,
        applicant_name=masked.name,
        cert_number=masked.cert_number,
        phone=masked.phone,
        created_at=created,
        window=str(snapshot.get("window") or ""),
    )
