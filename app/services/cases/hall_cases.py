"""A case of the hall that this PC does not hold: fetched from the server and kept here.

An applicant may come back to any window: to ask how far the case is, or to collect the result
at the hall's unified 出件 window. Opening a case found on the server brings its whole state
into this PC's store (as a pull would, had this window taken it in), so 办件详情 shows it and
the issuance use case hands it out here; its later changes arrive with the pulls, and what this
window records on it goes to the server like any of its own cases. It stays out of this
window's 今日办件 (brought_here): a progress question answered here must not leave another
window's case in this window's list of work for weeks; Ctrl+F finds it again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.applicants import Applicant
from app.domain.assistance import Assistance, assistance_from_json
from app.domain.case_status import CaseStatus, ResultCode
from app.domain.cases import Case, CaseEvent
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.licences import Licence, licence_from_json
from app.domain.materials_check import MaterialCheck, MaterialState
from app.domain.matters import CaseKind, LimitUnit, Material, TimeLimit
from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.services.errors import NotFound
from app.store.case_mapping import applicant_from_json, issuance_from_json
from app.store.models import CaseEventRow
from app.store.unit_of_work import UnitOfWork
from app.sync.errors import ServerUnreachable, TransportError

if TYPE_CHECKING:  # the HTTP stack and the wire models load with the first case fetched, not
    # when the workbench opens (today's list imports brought_here from this module)
    import httpx

    from app.services.sync.service import SyncService
    from app.sync.case_transport import CaseTransport
    from app.sync.protocol import CaseState

CASE_TIMEOUT = 5.0  # the applicant is at the window: a slow server counts as none
NOT_HERE_OFFLINE = QT_TRANSLATE_NOOP(
    "messages", "这件办件不在本机，且现在连不上服务器：请联网后再打开，或请受理窗口协助。"
)
NOT_OPENED = QT_TRANSLATE_NOOP("messages", "未能从服务器取得这件办件：{reason}")


class CaseLink:
    """Callable: the CaseTransport of the enrolled terminal in the clerk's name, or None."""

    def __init__(
        self,
        sync: SyncService,
        user_token: Callable[[], str],
        client: httpx.Client | None = None,
        timeout: float = CASE_TIMEOUT,
    ) -> None:
        self._sync, self._user_token, self._client, self._timeout = sync, user_token, client, timeout
        self._lock = threading.Lock()
        self._key: tuple[str, str, str] | None = None
        self._transport: CaseTransport | None = None

    def __call__(self) -> CaseTransport | None:
        base = self._sync.transport()
        if base is None:
            return None
        terminal_id, secret = self._sync.credentials()
        key = (base.base_url, terminal_id, secret)
        with self._lock:
            if self._transport is None or self._key != key:
                self.close_transport()
                from app.sync.case_transport import CaseTransport
                from app.sync.transport import HttpTransport

                http = HttpTransport(base.base_url, self._client, self._timeout, terminal_id, secret)
                self._transport, self._key = CaseTransport(http, self._user_token), key
            return self._transport

    def close_transport(self) -> None:
        if self._transport is not None:
            self._transport.http.close()
            self._transport = None


class HallCases:
    def __init__(self, sessions: sessionmaker[Session], server: Callable[[], CaseTransport | None]) -> None:
        self._sessions = sessions
        self._server = server

    def bring_here(self, case_id: str) -> str:
        """The case's id once this PC holds it: fetched from the server when it does not yet."""
        with UnitOfWork(self._sessions) as uow:
            if uow.cases.get(case_id) is not None:
                return case_id
        server = self._server()
        if server is None:
            raise NotFound(Message(NOT_HERE_OFFLINE))
        try:
            state = server.case(case_id)
        except ServerUnreachable as exc:
            raise NotFound(Message(NOT_HERE_OFFLINE)) from exc
        except TransportError as exc:
            raise NotFound(Message(NOT_OPENED, reason=message_of(exc))) from exc
        with UnitOfWork(self._sessions) as uow:
            if uow.cases.get(case_id) is None:  # a pull may have brought it meanwhile
                uow.cases.save(case_from_state(state))
                uow.commit()
        return case_id


def brought_here(session: Session) -> set[str]:
    """The cases of other windows opened here through 查找办件: their first event came from the
    server (its server position marked), where this window's own cases record theirs here."""
    first = CaseEventRow.detail["server_position"].as_integer()
    query = select(CaseEventRow.case_id).where(CaseEventRow.position == 0, first.is_not(None))
    return set(session.scalars(query))


def case_from_state(state: CaseState) -> Case:
    """The server's whole state of a case as this PC's Case: the window's snapshot and events,
    then what the back office recorded, taken as a pull takes it (apply.adopt: the result, the
    certificate number, each event marked with its server position so none comes twice)."""
    from app.services.sync.apply import adopt

    case = _window_case(state)
    adopt(case, state)
    case.version = state.version
    return case


def _window_case(state: CaseState) -> Case:
    from app.services.sync.apply import WINDOW_SOURCE

    s = state.snapshot
    limit = s.get("promised_limit") or {}
    events = [
        CaseEvent(
            e.kind,
            _local(e.at),
            e.actor,
            e.summary,
            {**e.detail, "source": e.source, "server_position": e.position},
        )
        for e in sorted(state.events, key=lambda e: e.position)
        if e.source == WINDOW_SOURCE
    ]
    result_code = s.get("result_code")
    applicant = s.get("applicant")
    return Case(
        id=state.id,
        number=state.number,
        matter_codes=tuple(s.get("matter_codes") or ()),
        matter_names=tuple(s.get("matter_names") or ()),
        department=s.get("department", ""),
        kind=CaseKind(s.get("kind", int(CaseKind.PROMISED))),
        promised_limit=TimeLimit(
            int(limit.get("amount", 0)), LimitUnit(limit.get("unit", LimitUnit.WORKING_DAYS.value))
        ),
        # the snapshot names each material and the clerk's verdict; the catalog's full entry
        # stays with the window that took the case in (the checklist is closed by now)
        materials=[
            MaterialCheck(
                Material(m["code"], m.get("name", "")),
                MaterialState(m.get("state", MaterialState.PENDING.value)),
                m.get("note", ""),
                _date(m.get("due_date")),
                _date(m.get("supplied_on")),
                _licence(m.get("licence")),
            )
            for m in s.get("materials") or []
        ],
        created_at=datetime.fromisoformat(s["created_at"])
        if s.get("created_at")
        else _local(state.updated_at),
        clerk=s.get("clerk", ""),
        window=s.get("window", ""),
        bundle_code=s.get("bundle_code", ""),
        bundle_name=s.get("bundle_name", ""),
        matter_version=int(s.get("matter_version", 1)),
        result_name=s.get("result_name", ""),
        status=CaseStatus(state.status),
        applicant=applicant_from_json(applicant) if applicant else Applicant(),
        parties=tuple(s.get("parties") or ()),
        second_party=applicant_from_json(s["second_party"]) if s.get("second_party") else None,
        accepted_at=_moment(s.get("accepted_at")),
        promised_date=_date(state.promised_date or s.get("promised_date")),
        promised_estimated=bool(s.get("promised_estimated", False)),
        supplement_deadline=_date(s.get("supplement_deadline")),
        refusal_reason=s.get("refusal_reason", ""),
        result_code=None if result_code is None else ResultCode(int(result_code)),
        result_reason=s.get("result_reason", ""),
        certificate_number=s.get("certificate_number", ""),
        suspended_days=int(s.get("suspended_days", 0)),
        issuance=issuance_from_json(s.get("issuance")),
        assistance=_assistance(s.get("assistance")),
        events=events,
    )


def _assistance(value) -> Assistance:
    """帮办/代办 as the snapshot says; a snapshot from a server that knew none: in person."""
    try:
        return assistance_from_json(value if isinstance(value, dict) else None)
    except ValueError:
        return Assistance()


def _licence(value) -> Licence | None:
    """The licence a material was taken from, as the snapshot holds it; a snapshot from a
    server that knew none (or a damaged entry) shows the material without it."""
    if not isinstance(value, dict):
        return None
    try:
        return licence_from_json(value)
    except (KeyError, ValueError):
        return None


def _date(value) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(value) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _local(moment: datetime) -> datetime:
    # the local store keeps the hall's wall time without a zone, like every other timestamp there
    # (whatever zone this PC's clock is set to: the server reads a window's times in the hall's)
    return moment.astimezone(HALL_TIMEZONE).replace(tzinfo=None) if moment.tzinfo else moment
