"""Helpers for sync tests: terminals made straight in the database, and mutations as a client sends.

Other server tests may import these (``from sync_helpers import make_terminal, case_mutation``).
"""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from app.sync.protocol import TERMINAL_AUTH_SCHEME, TERMINAL_HEADER, Role, TerminalKind
from server.auth.credentials import sha256_hex
from server.context import ServerContext
from server.store.models import CatalogVersionRow, HallRow, TerminalRow, UserRow, UserSessionRow

T0 = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
MATTER = "11330429MB0000001X4000111001"
OTHER_MATTER = "11330429MB0000001X4000111002"
BUNDLE = "YJS-330429-001"


@dataclass(frozen=True)
class SyncTerminal:
    id: str
    secret: str
    hall_code: str
    code: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"{TERMINAL_AUTH_SCHEME} {self.id}:{self.secret}"}


def make_hall(ctx: ServerContext, hall_code: str = "330429", name: str = "某县政务服务中心") -> None:
    with ctx.transaction() as s:
        if s.get(HallRow, hall_code) is None:
            s.add(HallRow(code=hall_code, name=name, created_at=T0))


def make_terminal(
    ctx: ServerContext, hall_code: str = "330429", code: str = "W01", kind: TerminalKind = TerminalKind.WINDOW
) -> SyncTerminal:
    """An enrolled terminal of `kind` (and its hall), without going through enrolment."""
    make_hall(ctx, hall_code)
    terminal = SyncTerminal(str(uuid.uuid4()), secrets.token_urlsafe(32), hall_code, code)
    with ctx.transaction() as s:
        s.add(
            TerminalRow(
                id=terminal.id,
                hall_code=hall_code,
                name=f"{code}号窗口",
                code=code,
                secret_hash=sha256_hex(terminal.secret),
                enrolled_at=T0,
                last_applied_seq=0,
                revoked=False,
                kind=TerminalKind(kind).value,
            )
        )
    return terminal


def signed_in(
    ctx: ServerContext, terminal: SyncTerminal, role: Role = Role.CLERK, username: str = ""
) -> dict:
    """The headers of a user of `role` of the terminal's hall signed in on `terminal` (the user
    and the session made straight in the database): Bearer token and terminal credential."""
    username = username or f"{role.value}-{terminal.code}".lower()
    token = secrets.token_urlsafe(32)
    with ctx.transaction() as s:
        if s.get(UserRow, username) is None:
            s.add(
                UserRow(
                    username=username,
                    display_name=username,
                    role=role.value,
                    hall_code=None if role is Role.ADMIN else terminal.hall_code,
                    password_hash="-",
                    active=True,
                    updated_at=T0,
                )
            )
            s.flush()
        s.add(
            UserSessionRow(
                token_hash=sha256_hex(token),
                username=username,
                terminal_id=terminal.id,
                created_at=T0,
                expires_at=datetime.now(UTC) + timedelta(hours=8),
            )
        )
    return {"Authorization": f"Bearer {token}", TERMINAL_HEADER: f"{terminal.id}:{terminal.secret}"}


def publish_catalog(ctx: ServerContext, matter_codes=(MATTER, OTHER_MATTER), bundle_codes=(BUNDLE,)) -> int:
    """A catalog version whose matters and bundles carry these codes; returns its version."""
    catalog = {
        "format_version": 1,
        "version": "test",
        "matters": [{"implementation_code": c, "catalog_code": c[:20], "name": c} for c in matter_codes],
        "bundles": [{"code": c, "name": c, "matters": list(matter_codes[:1])} for c in bundle_codes],
    }
    with ctx.transaction() as s:
        row = CatalogVersionRow(catalog=catalog, published_at=datetime.now(UTC), published_by="admin")
        s.add(row)
        s.flush()
        return row.version


def case_mutation(
    seq: int,
    case_id: str,
    kind: str = "accepted",
    from_status: str = "draft",
    to_status: str = "accepted",
    position: int = 0,
    number: str | None = None,
    matter_codes: tuple[str, ...] = (MATTER,),
    summary: str | None = None,
    detail: dict | None = None,
    promised: date | None = date(2026, 12, 4),
) -> dict:
    """A case mutation as app.services.cases.mutations records it (JSON-ready)."""
    number = number or f"330429-W01-{case_id[:8]}"
    snapshot = {
        "number": number,
        "matter_codes": list(matter_codes),
        "applicant": {"name": "张三"},
        "materials": [],
        "promised_date": promised.isoformat() if promised else None,
    }
    return {
        "seq": seq,
        "mutation_id": str(uuid.uuid4()),
        "kind": kind,
        "created_at": (T0 + timedelta(seconds=seq)).isoformat(),
        "payload": {
            "case_id": case_id,
            "case_number": number,
            "version": position + 1,
            "status": to_status,
            "from_status": from_status,
            "to_status": to_status,
            "matter_codes": list(matter_codes),
            "bundle_code": "",
            "snapshot": snapshot,
            "event": {
                "position": position,
                "kind": kind,
                "at": (T0 + timedelta(seconds=seq)).isoformat(),
                "actor": "李四",
                "summary": summary or f"{kind} 事件",
                "detail": detail or {},
            },
        },
    }


def page_payload(case_id: str, data: bytes, page_id: str | None = None, position: int = 0) -> dict:
    return {
        "case_id": case_id,
        "case_number": f"330429-W01-{case_id[:8]}",
        "page_id": page_id or str(uuid.uuid4()),
        "material_code": "id_card",
        "position": position,
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "media_type": "image/jpeg",
        "width": 100,
        "height": 140,
        "rotation": 0,
        "source": "scanner",
    }


def mutation(seq: int, kind: str, payload: dict) -> dict:
    return {
        "seq": seq,
        "mutation_id": str(uuid.uuid4()),
        "kind": kind,
        "created_at": (T0 + timedelta(seconds=seq)).isoformat(),
        "payload": payload,
    }


def rating_payload(case_id: str | None, rating_id: str | None = None, level: int = 5) -> dict:
    return {
        "rating_id": rating_id or str(uuid.uuid4()),
        "case_id": case_id,
        "case_number": f"330429-W01-{case_id[:8]}" if case_id else "",
        "ticket": "A001",
        "level": level,
        "reasons": [],
        "comment": "",
        "source": "pad",
        "clerk": "李四",
        "window": "1号窗口",
        "rated_at": T0.isoformat(),
    }


def upload(client, terminal: SyncTerminal, data: bytes, media_type: str = "image/jpeg") -> str:
    """Offer and upload a whole attachment in one chunk; returns its SHA-256."""
    sha = hashlib.sha256(data).hexdigest()
    r = client.post(
        "/v1/attachments",
        json={"sha256": sha, "size": len(data), "media_type": media_type},
        headers=terminal.headers,
    )
    assert r.status_code == 200, r.text
    r = client.put(f"/v1/attachments/{sha}?offset=0", content=data, headers=terminal.headers)
    assert r.status_code == 200, r.text
    return sha


def push(client, terminal: SyncTerminal, *mutations: dict):
    return client.post("/v1/sync/push", json={"mutations": list(mutations)}, headers=terminal.headers)


def settle(ctx: ServerContext, deadline_s: float = 60.0) -> None:
    """Wait until every change committed so far is visible to a pull.

    On PostgreSQL a pull holds back changes of transactions newer than the oldest one still
    running anywhere in the cluster (pg_snapshot_xmin is cluster-wide), and the tests of other
    databases share the cluster: wait for those to end, so a test sees its own commits.
    """
    if not ctx.config.is_postgres:
        return
    end = time.monotonic() + deadline_s
    with ctx.engine.connect() as conn:
        while time.monotonic() < end:
            ready = conn.execute(
                text(
                    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
                    " > (SELECT coalesce(max(txid), 0) FROM change_log)"
                )
            ).scalar_one()
            conn.rollback()
            if ready:
                return
            time.sleep(0.05)


def pull(client, terminal: SyncTerminal, cursor: str | None = None, limit: int | None = None):
    settle(client.app.state.ctx)
    params = {k: v for k, v in (("cursor", cursor), ("limit", limit)) if v is not None}
    return client.get("/v1/sync/pull", params=params, headers=terminal.headers)
