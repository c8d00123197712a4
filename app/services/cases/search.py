"""查找办件: find any case by number, name, ID number, phone or intake dates, across days.

The window PC answers from its own store at once; with the server reachable (and the clerk
signed in with it) the hall's cases are asked for too and merged in, so a case taken in at
another window can be found and opened here. Without the server the answer says that only this
PC's cases were searched. Every hit is masked (app/domain/case_search.masked_applicant).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.case_search import (
    LIKE_ESCAPE,
    MAX_HITS,
    CaseSearch,
    CaseSearchError,
    case_search,
    like_contains,
    like_ends_with,
    masked_applicant,
    matches,
    people_of,
)
from app.domain.case_status import CaseStatus
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.services.errors import Problem, ValidationFailed
from app.store.models import CaseRow
from app.store.unit_of_work import UnitOfWork
from app.sync.errors import ServerUnreachable, TransportError, Unauthorised

if TYPE_CHECKING:  # the wire models and the HTTP stack load with the first search of the hall
    from app.sync.case_search_protocol import CaseHit
    from app.sync.case_transport import CaseTransport

THIS_PC_ONLY = QT_TRANSLATE_NOOP("messages", "未连接服务器：只查找了本机的办件。")
STANDALONE = QT_TRANSLATE_NOOP("messages", "本机未连接大厅服务器：只查找了本机的办件。")
SERVER_SAID = QT_TRANSLATE_NOOP("messages", "服务器未能查找（{reason}）：只查找了本机的办件。")
SIGN_IN_AGAIN = QT_TRANSLATE_NOOP(
    "messages", "未在服务器上登录（离线登录）：只查找了本机的办件；联网后重新登录即可查找全大厅的办件。"
)
MORE_THAN_SHOWN = QT_TRANSLATE_NOOP(
    "messages", "符合条件的办件超过{limit}件，只显示最近的{limit}件，请缩小范围。"
)
WHOLE_HALL = QT_TRANSLATE_NOOP("messages", "已查找本机和大厅服务器上的办件。")


@dataclass(frozen=True)
class SearchInput:
    """What the clerk typed in the search form, as typed."""

    number: str = ""
    name: str = ""
    cert_number: str = ""
    phone: str = ""
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class FoundCase:
    id: str
    number: str
    title: str
    status: str
    status_label: Message
    applicant_masked: str
    cert_masked: str
    phone_masked: str
    created_at: datetime
    window: str
    on_this_pc: bool  # False: held by the server only (opening it brings it here)


@dataclass(frozen=True)
class SearchAnswer:
    cases: tuple[FoundCase, ...]
    whole_hall: bool  # the server's cases were searched too
    notes: tuple[Message, ...]  # what the clerk should know about this answer (scope, cap)


class CaseSearchService:
    def __init__(
        self, sessions: sessionmaker[Session], server: Callable[[], CaseTransport | None] = lambda: None
    ) -> None:
        self._sessions = sessions
        self._server = server

    def search(self, typed: SearchInput) -> SearchAnswer:
        try:
            search = case_search(
                typed.number, typed.name, typed.cert_number, typed.phone, typed.date_from, typed.date_to
            )
        except CaseSearchError as exc:
            raise ValidationFailed([Problem(exc.field, message_of(exc))]) from exc
        local, local_more = self.local(search)
        remote, remote_more, note = self._remote(search)
        merged = {c.id: c for c in remote}
        # a case on both: this PC's copy, which holds what its clerk did even before it was sent
        # (the server's later steps reach it with each pull)
        merged.update({c.id: c for c in local})
        cases = sorted(merged.values(), key=lambda c: (c.created_at, c.number), reverse=True)
        notes = [note]
        if local_more or remote_more or len(cases) > MAX_HITS:
            notes.append(Message(MORE_THAN_SHOWN, limit=MAX_HITS))
        return SearchAnswer(tuple(cases[:MAX_HITS]), note.template == WHOLE_HALL, tuple(notes))

    def local(self, search: CaseSearch) -> tuple[list[FoundCase], bool]:
        """This PC's cases that answer `search`, newest first, and whether more than a page do."""
        with UnitOfWork(self._sessions) as uow:
            rows = uow.session.scalars(
                _query(search).order_by(CaseRow.created_at.desc(), CaseRow.number.desc()).limit(MAX_HITS + 1)
            ).all()
            # SQL narrowed them down; the domain's rule has the last word (case, separators)
            people = {r.id: people_of(r.applicant, r.second_party) for r in rows}
            found = [_found(r) for r in rows if matches(search, r.number, people[r.id], r.created_at)]
        return found[:MAX_HITS], len(rows) > MAX_HITS

    def _remote(self, search: CaseSearch) -> tuple[list[FoundCase], bool, Message]:
        server = self._server()
        if server is None:
            return [], False, Message(STANDALONE)
        try:
            answer = server.search(
                search.number, search.name, search.cert_number, search.phone, search.date_from, search.date_to
            )
        except Unauthorised:
            return [], False, Message(SIGN_IN_AGAIN)
        except ServerUnreachable:
            return [], False, Message(THIS_PC_ONLY)
        except TransportError as exc:
            return [], False, Message(SERVER_SAID, reason=message_of(exc))
        return [_from_server(h) for h in answer.hits], answer.more, Message(WHOLE_HALL)


def _each_person(key: str) -> list:
    """`key` (name, cert_number, phone) of each person a case can be found by (people_of): each
    party and its agent."""
    parties = (CaseRow.applicant, CaseRow.second_party)
    return [party[(*prefix, key)].as_string() for party in parties for prefix in ((), ("agent",))]


def _query(search: CaseSearch):
    query = select(CaseRow)
    if search.number:
        query = query.where(func.upper(CaseRow.number).like(like_contains(search.number), escape=LIKE_ESCAPE))
    if search.name:
        pattern = like_contains(search.name)  # SQLite's LIKE ignores the case of Latin letters
        names = _each_person("name") + _each_person("english_name")
        query = query.where(or_(*(name.like(pattern, escape=LIKE_ESCAPE) for name in names)))
    if search.cert_number:
        query = query.where(or_(*(func.upper(c) == search.cert_number for c in _each_person("cert_number"))))
    if search.phone:
        # the stored phone keeps what was typed (138-0013-8000): compared without separators
        pattern = like_ends_with(search.phone)
        query = query.where(
            or_(*(_digits(phone).like(pattern, escape=LIKE_ESCAPE) for phone in _each_person("phone")))
        )
    if (starts := search.starts_at()) is not None:
        query = query.where(CaseRow.created_at >= starts)
    if (ends := search.ends_before()) is not None:
        query = query.where(CaseRow.created_at < ends)
    return query


def _digits(column):
    for separator in (" ", "-", "(", ")", "（", "）", "+"):
        column = func.replace(column, separator, "")
    return column


def _label(status: str) -> Message:
    try:
        return CaseStatus(status).label
    except ValueError:
        return Message(status)


def _found(row: CaseRow) -> FoundCase:
    masked = masked_applicant(row.applicant or {})
    return FoundCase(
        id=row.id,
        number=row.number,
        title=row.bundle_name or (row.matter_names or [""])[0],
        status=row.status,
        status_label=_label(row.status),
        applicant_masked=masked.name,
        cert_masked=masked.cert_number,
        phone_masked=masked.phone,
        created_at=row.created_at,
        window=row.window,
        on_this_pc=True,
    )


def _from_server(hit: CaseHit) -> FoundCase:
    created = hit.created_at
    if created.tzinfo is not None:  # the hall's wall time, as the windows keep theirs
        created = created.astimezone(HALL_TIMEZONE).replace(tzinfo=None)
    return FoundCase(
        id=hit.id,
        number=hit.number,
        title=hit.title,
        status=hit.status,
        status_label=_label(hit.status),
        applicant_masked=hit.applicant_name,
        cert_masked=hit.cert_number,
        phone_masked=hit.phone,
        created_at=created,
        window=hit.window,
        on_this_pc=False,
    )
