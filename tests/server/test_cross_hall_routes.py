"""Every route of the OpenAPI spec, called by another hall at the demo hall's data.

Hall A (the seeded demo hall) holds a case with an applicant, a scanned page, a 差评, waiting
tickets and appointments; the 差评's follow-up is held (set in the database: no route allows it)
by hall B's back-office account, so 我的整改 must keep to the console's hall, not to the holder.
Hall B holds one terminal of every kind, each bare and with every role that may sign in on it.
Each of them calls every route with hall A's identifiers in the path and
in a body that would be valid for hall A. None may get a 2xx that carries any of hall A's data,
none a 5xx, and no refusal may carry hall A's data either (issue 11: "cross-hall attempts on every
route of the OpenAPI spec as a terminal of another hall and as each terminal kind and role").
Hall A's data is the same afterwards.
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from seeded_server import seed
from sqlalchemy import func, select, update
from sync_helpers import (
    case_mutation,
    make_terminal,
    mutation,
    page_payload,
    push,
    rating_payload,
    signed_in,
    upload,
)

from app.sync.protocol import Role, TerminalKind
from server.app import create_app
from server.auth.credentials import SIGN_IN_ROLES
from server.seed import DEMO_HALL
from server.store.models import (
    AppointmentRow,
    CasePageRow,
    QueueEventRow,
    RatingRow,
    ServerCaseEventRow,
    ServerCaseRow,
    TicketRow,
    UserRow,
)
from server.store.models_followups import FollowupRow

OTHER_HALL = "330100"
APPLICANT, ID_NUMBER = "欧阳娜娜", "330429199001011234"
JPEG = b"\xff\xd8\xff\xe0" + "欧阳娜娜的身份证复印件".encode() * 40
WINDOW = "1号综合窗口"
PHONE = "13812345678"
HELD_BY = "backoffice-b9"  # hall B's back-office account, as _callers names it


def _hall_a(client: TestClient, ctx) -> dict[str, str]:
    """Hall A's case (with a page and a rating) and a waiting ticket; what must never leak."""
    window = make_terminal(ctx, DEMO_HALL, "W07")
    matter = ctx_matter(ctx)
    case_id = str(uuid.uuid4())
    number = f"{DEMO_HALL}-20261204-W07-0001"
    opening = case_mutation(1, case_id, number=number, matter_codes=(matter,))
    # with a mobile: hall A then has an SMS notice waiting, which hall B must not list
    opening["payload"]["snapshot"]["applicant"] = {"name": APPLICANT, "id_number": ID_NUMBER, "phone": PHONE}
    sha = upload(client, window, JPEG)
    page = page_payload(case_id, JPEG)
    r = push(
        client,
        window,
        opening,
        mutation(2, "page.attached", page),
        mutation(3, "rating.recorded", {**rating_payload(case_id, level=1), "reasons": ["R04"]}),
    )
    assert [x["status"] for x in r.json()["results"]] == ["applied"] * 3, r.text
    with ctx.transaction() as s:
        # 我的整改 lists by holder: hall B's account must still get nothing of hall A's
        s.execute(update(FollowupRow).where(FollowupRow.hall_code == DEMO_HALL).values(assignee=HELD_BY))
    ticket = client.post(
        "/v1/queue/tickets",
        json={
            "request_id": str(uuid.uuid4()),
            "category": "general",
            "source": "id_card",
            "applicant": {"name": APPLICANT, "id_number": ID_NUMBER},
        },
        headers=make_terminal(ctx, DEMO_HALL, "K01", TerminalKind.KIOSK).headers,
    )
    assert ticket.status_code == 200, ticket.text
    return {"case_id": case_id, "number": number, "sha": sha, "page_id": page["page_id"]}


def ctx_matter(ctx) -> str:
    from server.sync.catalog_codes import current_codes

    with ctx.sessions() as s:
        return sorted(current_codes(s))[0]


def _counts(ctx) -> dict[str, int]:
    models = (
        ServerCaseRow,
        ServerCaseEventRow,
        CasePageRow,
        RatingRow,
        TicketRow,
        QueueEventRow,
        AppointmentRow,
        FollowupRow,
    )
    with ctx.sessions() as s:
        counts = {
            m.__tablename__: s.scalar(select(func.count()).select_from(m).where(_in_a(m))) for m in models
        }
        case_states = tuple(
            s.execute(select(ServerCaseRow.id, ServerCaseRow.status, ServerCaseRow.version)).all()
        )
        pages = tuple(s.execute(select(CasePageRow.id, CasePageRow.deleted, CasePageRow.rotation)).all())
        users = tuple(s.execute(select(UserRow.username, UserRow.password_hash, UserRow.active)).all())
        followups = tuple(
            s.execute(
                select(FollowupRow.id, FollowupRow.state, FollowupRow.assignee, FollowupRow.version)
            ).all()
        )
    return {**counts, "cases": case_states, "pages": pages, "users": users, "followups": followups}


def _in_a(model):
    if hasattr(model, "hall_code"):
        return model.hall_code == DEMO_HALL
    return model.case_id.in_(select(ServerCaseRow.id).where(ServerCaseRow.hall_code == DEMO_HALL))


def _bodies(a: dict[str, str]) -> dict[tuple[str, str], dict | bytes | None]:
    """A body for each route that would be valid for hall A (None: no body)."""
    rid = str(uuid.uuid4())
    return {
        ("POST", "/v1/terminals/enrol"): {"code": "ABCD-EFGH-JKMN", "terminal_name": "B"},
        ("POST", "/v1/sessions"): {"username": "lixm", "password": "wrong-password"},
        ("POST", "/v1/sync/push"): {
            "mutations": [
                case_mutation(
                    1, a["case_id"], "step", "accepted", "in_progress", position=1, number=a["number"]
                )
            ]
        },
        ("POST", "/v1/attachments"): {"sha256": a["sha"], "size": len(JPEG), "media_type": "image/jpeg"},
        ("PUT", "/v1/attachments/{sha256}"): JPEG,
        ("POST", "/v1/admin/halls"): {"code": DEMO_HALL, "name": "冒名大厅"},
        ("PUT", "/v1/admin/halls/{hall_code}/setup"): {"windows": [], "categories": []},
        ("PUT", "/v1/admin/halls/{hall_code}/notice-wordings/{event}"): {"text": "{申请人}您好"},
        ("PUT", "/v1/admin/users/{username}"): {
            "display_name": "李晓梅",
            "role": "clerk",
            "hall_code": DEMO_HALL,
            "password": "Takeover-2026!",
            "active": True,
        },
        ("POST", "/v1/admin/enrolment-codes"): {
            "hall_code": DEMO_HALL,
            "terminal_code": "X01",
            "kind": "window",
        },
        ("POST", "/v1/admin/catalog"): {"format_version": 1, "version": "x", "matters": [], "bundles": []},
        ("POST", "/v1/backoffice/cases/{case_number}/events"): {
            "action": "step",
            "actor": "B",
            "step": "审核",
            "opinion": "",
            "request_id": rid,
        },
        ("POST", "/v1/queue/tickets"): {"request_id": rid, "category": "general", "source": "walk_in"},
        ("POST", "/v1/queue/windows/{window}/actions"): {
            "request_id": rid,
            "action": "call_next",
            "clerk": "lixm",
        },
        ("POST", "/v1/queue/offline"): {
            "records": [
                {
                    "record_id": rid,
                    "kind": "served",
                    "number": "A001",
                    "service_day": "2026-12-04",
                    "at": "2026-12-04T09:00:00+08:00",
                    "window": WINDOW,
                    "clerk": "lixm",
                }
            ]
        },
        ("PUT", "/v1/manager/followups/settings"): {"deadline_days": 15},
        ("POST", "/v1/manager/followups/{followup_id}/assign"): {"assignee": "lixm", "version": 1},
        ("POST", "/v1/manager/followups/{followup_id}/record"): {
            "visited_at": "2026-12-04T09:00:00+08:00",
            "method": "phone",
            "said": "冒名回访",
            "remedy": "冒名整改",
            "version": 2,
        },
        ("POST", "/v1/manager/followups/{followup_id}/close"): {"version": 3},
        ("POST", "/v1/manager/followups/{followup_id}/send-back"): {"reason": "冒名退回", "version": 3},
        ("POST", "/v1/manager/followups/{followup_id}/review"): {"decision": "excluded", "note": "冒名"},
        ("POST", "/v1/ratings/{rating_id}/review"): {"reason": "冒名申请复核"},
        ("POST", "/v1/manager/calendar/years/{year}/preview"): {"holidays": ["2027-01-01"]},
        ("PUT", "/v1/manager/calendar/years/{year}"): {"holidays": ["2027-01-01"]},
        ("PUT", "/v1/manager/calendar/hours"): {"workday": ["09:00-09:01"]},
        ("PUT", "/v1/manager/live/thresholds"): {"thresholds": [{"category": "general", "max_waiting": 1}]},
        ("PUT", "/v1/manager/staffing/targets"): {
            "targets": [{"category": "general", "minutes": 5, "share": 99}]
        },
        ("POST", "/v1/manager/assignments"): {
            "changes": [{"window": WINDOW, "categories": {"general": 1}, "open": True}],
            "expected_versions": {WINDOW: 0},
            "reason": "冒名调整",
        },
        ("POST", "/v1/manager/assignments/{change_id}/undo"): {},
        ("PUT", "/v1/manager/profiles/{name}"): {
            "name": "早高峰",
            "windows": [{"window": WINDOW, "categories": {"general": 1}, "open": True}],
        },
        ("POST", "/v1/manager/profiles/{name}/apply"): {},
        ("PUT", "/v1/manager/qualifications/{username}"): {"categories": ["general"]},
        ("POST", "/v1/queue/appointments"): {
            "code": "YY9999",
            "category": "general",
            "day": "2026-12-04",
            "name": APPLICANT,
            "id_number": ID_NUMBER,
        },
    }


_NO_BODY = {("POST", "/v1/admin/terminals/{terminal_id}/revoke")}
_QUERIES = {
    "/v1/admin/terminals": f"?hall_code={DEMO_HALL}",
    "/v1/backoffice/cases": f"?hall_code={DEMO_HALL}",
    "/v1/attachments/{sha256}": "?offset=0",
}


def _path(template: str, a: dict[str, str], terminal_id: str) -> str:
    values = {
        "hall_code": DEMO_HALL,
        "sha256": a["sha"],
        "case_number": a["number"],
        "case_id": a["case_id"],
        "window": quote(WINDOW),
        "terminal_id": terminal_id,
        "username": "lixm",
        "event": "accepted",
        "followup_id": "1",
        "year": "2027",
        "rating_id": a["case_id"],
        "change_id": "1",
        "name": quote("早高峰"),
    }
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, f"no hall-A value for a parameter of {template}: add one to _path"
    return path + _QUERIES.get(template, "")


def _callers(ctx) -> list[tuple[str, dict[str, str]]]:
    callers = [("no credential", {})]
    for kind in TerminalKind:
        terminal = make_terminal(ctx, OTHER_HALL, f"{kind.value[:1].upper()}9", kind)
        callers.append((f"{kind.value} of hall B", terminal.headers))
        for role in sorted(SIGN_IN_ROLES[kind] - {Role.ADMIN}):
            callers.append(
                (f"{kind.value} of hall B, {role.value} signed in", signed_in(ctx, terminal, role))
            )
    return callers


@pytest.fixture
def hall_a(server_config):
    with TestClient(create_app(server_config)) as client:
        seeded = seed(client)
        yield client, seeded, _hall_a(client, seeded.ctx), seeded.terminal_id


def test_no_route_gives_another_hall_any_of_hall_as_data(hall_a):
    client, seeded, a, a_terminal = hall_a
    ctx = seeded.ctx
    secrets = [a["case_id"], a["number"], APPLICANT, ID_NUMBER, a["page_id"], "$argon2", a_terminal, "李晓梅"]
    secrets += [PHONE, "****5678"]  # the phone, even masked as the notices list it, is hall A's
    callers = _callers(ctx)
    with ctx.sessions() as s:
        assert s.get(UserRow, HELD_BY).hall_code == OTHER_HALL
        assert s.scalar(select(func.count()).select_from(FollowupRow).where(FollowupRow.assignee == HELD_BY))
    before = _counts(ctx)
    bodies = _bodies(a)
    spec = client.app.openapi()
    seen = 0
    operations = [(m.upper(), template) for template, item in spec["paths"].items() for m in item]
    # Signing out ends each caller's session: last, or every route after it is tried signed out.
    # Reads before writes: hall B uploading a page's very bytes (the sample body of the upload
    # route) makes that page hall B's own attachment too, which hall B may then read back; every
    # read must first be tried while hall B holds nothing of hall A's.
    operations.sort(key=lambda op: (op == ("DELETE", "/v1/sessions"), op[0] != "GET"))
    for method, template in operations:
        if True:
            key = (method, template)
            body = bodies.get(key)
            if method in ("POST", "PUT") and key not in bodies and key not in _NO_BODY:
                pytest.fail(f"{method} {template}: a route without a sample body — add one to _bodies")
            for who, headers in callers:
                kwargs: dict = {"headers": dict(headers)}
                if isinstance(body, bytes):
                    kwargs["content"] = body
                    kwargs["headers"]["Content-Type"] = "application/octet-stream"
                elif body is not None:
                    kwargs["json"] = body
                r = client.request(method, _path(template, a, a_terminal), **kwargs)
                seen += 1
                where = f"{method} {template} as {who}: {r.status_code} {r.text[:300]}"
                assert r.status_code < 500, where
                leaked = [s for s in secrets if s in r.text]
                assert not leaked, f"{where} — carries hall A's {leaked}"
    assert seen > 100
    assert _counts(ctx) == before
    # hall B's wrong passwords for lixm (one per caller, more than the lock-out limit) did not
    # lock lixm out of hall A's own window
    assert seeded.sign_in("lixm")["Authorization"].startswith("Bearer ")
