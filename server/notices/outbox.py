"""The notice outbox: written with the case event, sent later by the dispatcher, listed masked.

`enqueue` runs inside the transaction that records accepted / result_ready events, so a notice
exists exactly when its event does. The unique (case, event) key and the insert that skips an
existing one make a resent push or a replayed step write nothing twice.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.hall_time import hall_date
from app.domain.masking import STAR, mask_phone
from server.notices.wording import DEFAULT_WORDING, NOTICE_EVENTS, NoticeFacts, render
from server.store.models import HallRow, NoticeRow, NoticeWordingRow

log = logging.getLogger("onewindow.notices")
_MOBILE = re.compile(r"(?:\+?86)?1\d{10}")


@dataclass(frozen=True)
class CaseEventFacts:
    case_id: str
    case_number: str
    event: str
    at: datetime
    snapshot: dict


def notice_phone(snapshot: dict) -> str:
    """The mobile number the applicant (or, failing that, their agent) gave; "" when none.

    A landline cannot take an SMS, so a number that is not a mainland mobile sends nothing."""
    applicant = snapshot.get("applicant") or {}
    for phone in (applicant.get("phone"), (applicant.get("agent") or {}).get("phone")):
        compact = re.sub(r"[\s-]", "", str(phone or ""))
        if _MOBILE.fullmatch(compact):
            return compact
    return ""


def scrub(text: str) -> str:
    """A gateway's error text with every mobile number in it masked (some echo the number)."""
    return _MOBILE.sub(lambda m: mask_phone(m.group(0)), text)


def _chinese_date(at: datetime) -> str:
    day = hall_date(at)
    return f"{day.year}年{day.month}月{day.day}日"


def wording_of(session: Session, hall_code: str, event: str) -> str:
    own = session.get(NoticeWordingRow, (hall_code, event))
    return own.text if own is not None else DEFAULT_WORDING[event]


def enqueue(session: Session, hall_code: str, events: list[CaseEventFacts], now: datetime) -> int:
    """Write the notices these events call for; returns how many were new."""
    # a result handed over in the same step (即办件) needs no SMS telling the applicant to collect it
    handed_over = {e.case_id for e in events if e.event == "issued"}
    due = [
        e
        for e in events
        if e.event in NOTICE_EVENTS
        and notice_phone(e.snapshot)
        and not (e.event == "result_ready" and e.case_id in handed_over)
    ]
    if not due:
        return 0
    keys = {(e.case_id, e.event) for e in due}
    existing = set(
        (case_id, event)
        for case_id, event in session.execute(
            select(NoticeRow.case_id, NoticeRow.event).where(
                NoticeRow.case_id.in_({case_id for case_id, _ in keys})
            )
        ).all()
    )
    hall = session.get(HallRow, hall_code)
    written = 0
    for e in due:
        if (e.case_id, e.event) in existing:
            continue
        existing.add((e.case_id, e.event))
        snap = e.snapshot
        facts = NoticeFacts(
            hall=hall.name if hall is not None else "",
            applicant=str((snap.get("applicant") or {}).get("name") or ""),
            case_number=e.case_number,
            matter=snap.get("bundle_name") or "、".join(snap.get("matter_names") or []) or "所申请事项",
            date=_chinese_date(e.at),
        )
        phone = notice_phone(snap)
        session.add(
            NoticeRow(
                hall_code=hall_code,
                case_id=e.case_id,
                case_number=e.case_number,
                event=e.event,
                phone=phone,
                text=render(wording_of(session, hall_code, e.event), facts),
                status="pending",
                attempts=0,
                next_attempt_at=now,
                last_error="",
                created_at=now,
            )
        )
        written += 1
        log.info(
            "短信通知待发送：大厅 %s 办件 %s（%s）至 %s", hall_code, e.case_number, e.event, mask_phone(phone)
        )
    return written


@dataclass(frozen=True)
class NoticeLine:
    """One notice as a listing shows it: never the full phone."""

    case_number: str
    event: str
    phone: str  # masked
    status: str
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    last_error: str
    text: str


def _masked(phone: str) -> str:
    # a sent or given-up notice keeps only the masked number: masking it again would star it all
    return phone if STAR in phone else mask_phone(phone)


def list_notices(session: Session, hall_code: str, status: str = "", limit: int = 200) -> list[NoticeLine]:
    query = select(NoticeRow).where(NoticeRow.hall_code == hall_code)
    if status:
        query = query.where(NoticeRow.status == status)
    rows = session.scalars(query.order_by(NoticeRow.id.desc()).limit(max(1, min(limit, 1000)))).all()
    return [
        NoticeLine(
            r.case_number,
            r.event,
            _masked(r.phone),
            r.status,
            r.attempts,
            r.created_at,
            r.sent_at,
            r.last_error,
            r.text,
        )
        for r in rows
    ]
