"""A case as the province platform's exchange tables record it (app/domain/platform_tables.py).

`records_of` turns what the server holds of a case (the window's last snapshot, the events in
order, the catalog's codes for its matter, the applicant's rating) into the records of the five
tables. Each record has a key that stays the same for the life of the case (the 受理 record, the
n-th step, a material's code), and a digest of its content: the exporter sends a key once per
content, so a case that moves on sends its new steps and its result, and sends a record again
only when what it says changed (a special procedure that ended, a material supplied later).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.case_numbers import CaseNumberError, DocumentKind, document_number
from app.domain.hall_time import HALL_TIMEZONE
from app.domain.platform_tables import (
    ACCEPT,
    DATE_FORMAT,
    MATERIAL,
    PROCESS,
    RESULT,
    SPECIAL_PROCEDURE,
    SPECIAL_PROCEDURE_KINDS,
    TIME_FORMAT,
)

# ROWGUIDs are derived, not drawn: the same record of the same case always has the same one, so
# a record sent twice (a retry after a lost answer) is one row at the platform
_ROW_NAMESPACE = uuid.UUID("6f1c7d2e-4b1a-5c3e-9d0f-2a6b8e4c1d70")
# how a material was taken (platform_tables.MATERIAL_WAYS) by its state at the window; missing,
# invalid, not provided and unchecked materials were not taken and are not reported
_TAKE_WAYS = {"received": "1", "e_licence": "2", "commitment": "3", "deferred": "4"}
# the events that end a case's opening at the window: 受理, 不予受理, or 补正 that timed out
_OPENINGS = ("accepted", "refused")


@dataclass(frozen=True)
class EventFacts:
    position: int
    kind: str
    at: datetime  # aware
    actor: str
    summary: str = ""
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class MatterFacts:
    """What the published catalog says of the case's matter (empty when it is no longer there)."""

    catalog_code: str = ""
    handling_item_code: str = ""
    department_code: str = ""


@dataclass(frozen=True)
class CaseFacts:
    hall_code: str
    number: str
    snapshot: dict
    events: Sequence[EventFacts]
    matter: MatterFacts = MatterFacts()
    rating: int | None = None  # the applicant's 1–5 (非常不满意 … 非常满意), when rated


@dataclass(frozen=True)
class PlatformRecord:
    table: str
    key: str  # unique within the case and table, stable for the life of the case
    fields: dict[str, str]

    @property
    def row_guid(self) -> str:
        return self.fields["ROWGUID"]

    @property
    def digest(self) -> str:
        canonical = json.dumps(self.fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()


def records_of(case: CaseFacts) -> list[PlatformRecord]:
    """Every record the platform should hold of the case now; [] for a case not yet opened (a
    deficiency notice still open is no 办件 at the platform until it is accepted or closed)."""
    opening = _opening(case)
    if opening is None:
        return []
    common = {"PROJID": case.number, "ORGCODE": case.matter.department_code}
    out = [_accept(case, opening, common)]
    out += _process(case, opening, common)
    out += _special_procedures(case, common)
    out += _materials(case, common)
    result = _result(case, common)
    if result is not None:
        out.append(result)
    return out


def _record(case: CaseFacts, table: str, key: str, common: dict, fields: dict) -> PlatformRecord:
    guid = str(uuid.uuid5(_ROW_NAMESPACE, f"{case.hall_code}/{case.number}/{table}/{key}"))
    values = {"ROWGUID": guid, **common, **fields}
    return PlatformRecord(table, key, {k: _text(v) for k, v in values.items() if v is not None})


def _text(value) -> str:
    if isinstance(value, datetime):
        return value.astimezone(HALL_TIMEZONE).strftime(TIME_FORMAT)
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    return str(value).strip()


def _opening(case: CaseFacts) -> EventFacts | None:
    for event in case.events:
        if event.kind in _OPENINGS:
            return event
        if event.kind == "decided" and event.detail.get("result_code") == 5:
            return event  # 补正超时驳回: reported with the notice's time as its receipt
    return None


def _first(values, default: str = "") -> str:
    return str(values[0]) if values else default


def _accept(case: CaseFacts, opening: EventFacts, common: dict) -> PlatformRecord:
    s = case.snapshot
    applicant = s.get("applicant") or {}
    agent = applicant.get("agent") or {}
    names = s.get("matter_names") or []
    matter_name = "、".join(names) if len(names) > 1 else _first(names)
    kind = DocumentKind.ACCEPT if opening.kind == "accepted" else DocumentKind.REFUSAL
    if opening.kind == "decided":
        kind = DocumentKind.DEFICIENCY
    try:
        doc_no = document_number(kind, case.number)
    except CaseNumberError:
        doc_no = case.number  # a number from before the national format: the receipt printed it
    fields = {
        "ITEMID": _first(s.get("matter_codes")),
        "ITEMCODE": case.matter.handling_item_code or None,
        "ITEMNAME": matter_name,
        "ITEMVERSION": s.get("matter_version", 1),
        "CATALOGCODE": case.matter.catalog_code,
        "PROJECTNAME": f"{applicant.get('name', '')}申请{s.get('bundle_name') or matter_name}",
        "ORGNAME": s.get("department", ""),
        "APPLYERTYPE": applicant.get("type", 1),
        "APPLYERNAME": applicant.get("name", ""),
        "APPLYERPAGETYPE": applicant.get("cert_type", ""),
        "APPLYERPAGECODE": applicant.get("cert_number", ""),
        "CONTACTMAN": agent.get("name") or None,
        "CONTACTMAN_PAGETYPE": agent.get("cert_type") or None,
        "CONTACTMAN_PAGECODE": agent.get("cert_number") or None,
        "TELPHONE": applicant.get("phone") or agent.get("phone") or "",
        "ADDRESS": applicant.get("address") or None,
        "PROJECTTYPE": s.get("kind", 2),
        "APPLYDATE": _moment(s.get("created_at")) or opening.at,
        "ACCEPTDATE": opening.at,
        "ACCEPTDOCNO": doc_no,
        "HANDLEUSERNAME": opening.actor,
        "PROMISEDATE": s.get("promised_date") or None,
        "WINDOWNAME": s.get("window") or None,
    }
    return _record(case, ACCEPT, "accept", common, fields)


def _moment(text: object) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=HALL_TIMEZONE)


def _process(case: CaseFacts, opening: EventFacts, common: dict) -> list[PlatformRecord]:
    """受理, each step of the back office, and 办结: a node from the previous one's end to its own."""
    out = []
    started = _moment(case.snapshot.get("created_at")) or opening.at
    for event in case.events:
        if event.kind in _OPENINGS:
            name, opinion = ("受理" if event.kind == "accepted" else "不予受理"), event.summary
        elif event.kind == "step":
            name, opinion = event.detail.get("step") or event.summary, event.detail.get("opinion", "")
        elif event.kind == "decided":
            name, opinion = "办结", event.summary
        else:
            continue
        fields = {
            "SN": event.position,
            "NODENAME": name,
            "HANDLEUSERNAME": event.actor,
            "HANDLEEXPLAIN": opinion or None,
            "STARTTIME": min(started, event.at),
            "ENDTIME": event.at,
        }
        out.append(_record(case, PROCESS, f"node-{event.position}", common, fields))
        started = event.at
    return out


def _special_procedures(case: CaseFacts, common: dict) -> list[PlatformRecord]:
    out = []
    events = list(case.events)
    for i, event in enumerate(events):
        if event.kind != "suspended":
            continue
        ended = next((e for e in events[i + 1 :] if e.kind == "resumed"), None)
        name = procedure_name(event)
        fields = {
            "SN": event.position,
            "SPECIALTYPE": special_procedure_kind(name),
            "SPECIALNAME": name,
            "SPECIALREASON": event.summary or name,
            "STARTTIME": event.at,
            "ENDTIME": None if ended is None else ended.at,
            "SPECIALDAYS": None if ended is None else ended.detail.get("suspended_days"),
        }
        out.append(_record(case, SPECIAL_PROCEDURE, f"special-{event.position}", common, fields))
    return out


def procedure_name(event: EventFacts) -> str:
    """The special procedure a `suspended` event began (its detail; older events say it only in
    their summary, 特别程序开始：<procedure>，暂停计时)."""
    named = event.detail.get("procedure")
    if isinstance(named, str) and named.strip():
        return named.strip()
    summary = event.summary.removeprefix("特别程序开始：")
    return summary.split("，")[0].strip() or "特别程序"


def special_procedure_kind(name: str) -> str:
    for code, label in SPECIAL_PROCEDURE_KINDS.items():
        if label != "其他" and label in name:
            return code
    return "9"


def _materials(case: CaseFacts, common: dict) -> list[PlatformRecord]:
    out = []
    for sn, material in enumerate(case.snapshot.get("materials") or [], start=1):
        state = material.get("state")
        way = _TAKE_WAYS.get(state)
        if way is None:
            continue
        if way == "4" and material.get("supplied_on"):
            way = "1"  # 容缺 material brought later: taken on paper after all
        licence = material.get("licence") or {}
        fields = {
            "SN": sn,
            "MATERIALCODE": material.get("code", ""),
            "MATERIALNAME": material.get("name", ""),
            "TAKETYPE": way,
            "LICENCENO": licence.get("number") or None,
            "LICENCEORG": licence.get("issuer") or None,
            "DUEDATE": material.get("due_date") if way == "4" else None,
        }
        out.append(_record(case, MATERIAL, f"material-{material.get('code', sn)}", common, fields))
    return out


def _result(case: CaseFacts, common: dict) -> PlatformRecord | None:
    s = case.snapshot
    decided = next((e for e in reversed(case.events) if e.kind in ("decided", "refused")), None)
    if decided is None:
        return None
    code = 6 if decided.kind == "refused" else int(decided.detail.get("result_code", -1))
    issued = next((e for e in case.events if e.kind == "issued"), None)
    issuance = s.get("issuance") or {}
    reason = s.get("refusal_reason") if code == 6 else s.get("result_reason")
    fields = {
        "RESULTCODE": code,
        "RESULTEXPLAIN": reason or None,
        "TRANSACTTIME": decided.at,
        "TRANSACTUSER": decided.actor,
        "CERTNAME": (s.get("result_name") or None) if code == 0 else None,
        "CERTNO": (s.get("certificate_number") or None) if code == 0 else None,
        "ISPOST": "1" if issuance.get("method") == "post" else "0",
        "ISSUEDATE": None if issued is None else issued.at,
        "SATISFACTION": case.rating,
    }
    return _record(case, RESULT, "result", common, fields)
