"""Terminal enrolment: an admin issues a one-time code, the terminal trades it for a secret.

The code carries the terminal's kind (window, kiosk, display, back office, the online hall's
gateway): the terminal is what its code says, for good — a kiosk cannot become a window by asking
(re-enrol it with a new code).

Only SHA-256 hashes of codes and secrets are stored. A code expires and can be used once; the
use is a conditional UPDATE, so two processes racing with the same code enrol one terminal.

A replaced PC is enrolled under the code of the one it replaces (W03 stays W03: the case numbers
and the window's signs say so). The old terminal is revoked in the same transaction: a stolen or
retired PC's credential opens nothing from then on. Case numbers carry the terminal code and a
sequence of the day, so the new PC is told the highest sequence of each recent day that the
server holds for that code (``case_sequences``) and numbers on from there: no two cases of the
hall ever share a number, even when the old PC numbered cases this morning.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.sync.protocol import EnrolAnswer, EnrolRequest, TerminalKind
from server.auth.tokens import sha256_hex
from server.refusals import BadRequest, NotAuthenticated, NotFound
from server.store.db import as_utc
from server.store.models import EnrolmentCodeRow, HallRow, ServerCaseRow, TerminalRow

# no 0/O, 1/I/L: a code is read aloud or typed from a printout
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_GROUPS, _GROUP_LENGTH = 3, 4  # 12 characters ≈ 59 bits: not guessable before it expires
TERMINAL_CODE_PATTERN = re.compile(r"^[A-Z0-9]{1,8}$")
# how many days back from the latest a new PC is told the sequences used under its code: a PC
# numbers only its today's cases, and a replacement's clock may be a few days off
SEQUENCE_DAYS = 7


@dataclass(frozen=True)
class Enrolled:
    answer: EnrolAnswer
    terminal: TerminalRow
    replaced: list[TerminalRow]  # the terminals of the same code revoked by this enrolment


def normalise_code(code: str) -> str:
    return re.sub(r"[\s-]", "", code).upper()


def issue_code(
    session: Session,
    hall_code: str,
    terminal_code: str,
    created_by: str,
    now: datetime,
    ttl: timedelta,
    kind: TerminalKind = TerminalKind.WINDOW,
) -> tuple[str, datetime]:
    """A new one-time code for a terminal of `kind` of `hall_code` (shown once) and when it expires."""
    if session.get(HallRow, hall_code) is None:
        raise NotFound(f"没有编码为{hall_code}的大厅")
    if not TERMINAL_CODE_PATTERN.match(terminal_code):
        raise BadRequest("终端编号应为1至8位大写字母或数字（如W03）")
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_GROUPS * _GROUP_LENGTH))
    code = "-".join(raw[i : i + _GROUP_LENGTH] for i in range(0, len(raw), _GROUP_LENGTH))
    expires = now + ttl
    session.add(
        EnrolmentCodeRow(
            code_hash=sha256_hex(raw),
            hall_code=hall_code,
            terminal_code=terminal_code,
            created_by=created_by,
            created_at=now,
            expires_at=expires,
            kind=TerminalKind(kind).value,
        )
    )
    return code, expires


def enrol(session: Session, request: EnrolRequest, now: datetime) -> Enrolled:
    row = session.get(EnrolmentCodeRow, sha256_hex(normalise_code(request.code)))
    if row is None:
        raise NotAuthenticated("登记码不正确，请核对后重新输入，或向系统管理员索取新的登记码")
    if row.used_at is not None:
        raise BadRequest("该登记码已经使用过，每个登记码只能使用一次，请向系统管理员索取新的登记码")
    if as_utc(row.expires_at) <= now:
        raise BadRequest("该登记码已过期，请向系统管理员索取新的登记码")
    terminal_id = str(uuid.uuid4())
    taken = session.execute(
        update(EnrolmentCodeRow)
        .where(EnrolmentCodeRow.code_hash == row.code_hash, EnrolmentCodeRow.used_at.is_(None))
        .values(used_at=now, used_by=terminal_id)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:
        raise BadRequest("该登记码已经使用过，每个登记码只能使用一次，请向系统管理员索取新的登记码")
    secret = secrets.token_urlsafe(32)
    terminal = TerminalRow(
        id=terminal_id,
        hall_code=row.hall_code,
        name=request.terminal_name.strip() or row.terminal_code,
        code=row.terminal_code,
        secret_hash=sha256_hex(secret),
        enrolled_at=now,
        last_applied_seq=0,
        revoked=False,
        kind=row.kind,
    )
    replaced = list(
        session.scalars(
            select(TerminalRow)
            .where(
                TerminalRow.hall_code == row.hall_code,
                TerminalRow.code == row.terminal_code,
                TerminalRow.revoked.is_(False),
            )
            .with_for_update()
        )
    )
    for old in replaced:
        old.revoked = True
    session.add(terminal)
    hall = session.get(HallRow, row.hall_code)
    answer = EnrolAnswer(
        terminal_id=terminal_id,
        secret=secret,
        hall_code=row.hall_code,
        hall_name=hall.name if hall else "",
        terminal_code=row.terminal_code,
        kind=TerminalKind(row.kind),
        case_sequences=used_sequences(session, row.hall_code, row.terminal_code),
    )
    return Enrolled(answer, terminal, replaced)


def used_sequences(session: Session, hall_code: str, terminal_code: str) -> dict[str, int]:
    """The highest case-number sequence of each day held under `terminal_code` in the week up to
    the latest such day (ISO day → sequence), so a PC enrolled under that code numbers on after
    them. The latest day the server holds, not the server's today: the PCs' clocks are theirs."""
    of_code = (
        ServerCaseRow.hall_code == hall_code,
        ServerCaseRow.number.like(f"{hall_code}-________-{terminal_code}-%"),
    )
    latest = session.scalar(select(func.max(ServerCaseRow.number)).where(*of_code))
    if latest is None:
        return {}
    since = datetime.strptime(latest.split("-")[1], "%Y%m%d").date() - timedelta(days=SEQUENCE_DAYS)
    numbers = session.scalars(
        select(ServerCaseRow.number).where(*of_code, ServerCaseRow.number >= f"{hall_code}-{since:%Y%m%d}-")
    )
    highest: dict[str, int] = {}
    for number in numbers:
        _, day, code, sequence = number.split("-")
        if code != terminal_code or not sequence.isdigit():
            continue
        iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
        highest[iso] = max(highest.get(iso, 0), int(sequence))
    return dict(sorted(highest.items()))
