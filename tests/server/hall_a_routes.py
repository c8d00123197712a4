"""Hall A: the seeded demo hall with a case, a scanned page, a 差评 and a waiting ticket, and a
sample request for every route of the API aimed at that data (shared by the tests that call
every route: test_cross_hall_routes as another hall, test_access_table as each kind and role)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from urllib.parse import quote

from fastapi.testclient import TestClient
from sqlalchemy import update
from sync_helpers import (
    case_mutation,
    make_terminal,
    mutation,
    page_payload,
    push,
    rating_payload,
    settle,
    upload,
)

from app.domain.hall_time import HALL_TIMEZONE
from app.sync.protocol import TerminalKind
from app.sync.unresolved_reports import UNRESOLVED_REPORTED
from server.platform.collect import collect_hall
from server.seed import DEMO_HALL
from server.store.models_followups import FollowupRow

OTHER_HALL = "330100"
APPLICANT, ID_NUMBER = "欧阳娜娜", "330429199001011234"
JPEG = b"\xff\xd8\xff\xe0" + "欧阳娜娜的身份证复印件".encode() * 40
WINDOW = "1号综合窗口"
PHONE = "13812345678"
HELD_BY = "backoffice-b9"  # hall B's back-office account, as _callers names it
# the licence library the hall-A servers ask (the demo's: it holds 王小明's 居民身份证)
LICENCE_URL, LIBRARY_HOLDER = "sim://demo", "341021199003074518"


def hall_a_data(client: TestClient, ctx) -> dict[str, str]:
    """Hall A's case (with a page and a rating) and a waiting ticket; what must never leak."""
    window = make_terminal(ctx, DEMO_HALL, "W07")
    matter = ctx_matter(ctx)
    case_id, report_id = str(uuid.uuid4()), str(uuid.uuid4())
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
        mutation(4, UNRESOLVED_REPORTED, _report(report_id, number)),
    )
    assert [x["status"] for x in r.json()["results"]] == ["applied"] * 4, r.text
    with ctx.transaction() as s:
        # 我的整改 lists by holder: hall B's account must still get nothing of hall A's
        s.execute(update(FollowupRow).where(FollowupRow.hall_code == DEMO_HALL).values(assignee=HELD_BY))
    settle(ctx)
    with ctx.transaction() as s:  # the case's records for the province platform (record 1: 受理)
        assert collect_hall(s, DEMO_HALL, datetime.now(UTC)).queued > 0
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
    return {
        "case_id": case_id,
        "number": number,
        "sha": sha,
        "page_id": page["page_id"],
        "report_id": report_id,
    }


def _report(report_id: str, number: str) -> dict:
    """A 办不成事 反映 by hall A's applicant about its case (its name and phone must not leak)."""
    return {
        "id": report_id,
        "reported_at": "2026-12-04T10:00:00",
        "window": WINDOW,
        "registered_by": "lixm",
        "name": APPLICANT,
        "phone": PHONE,
        "kind": "materials",
        "description": "同一份材料被要求补交了三次",
        "case_number": number,
    }


def ctx_matter(ctx) -> str:
    from server.sync.catalog_codes import current_codes

    with ctx.sessions() as s:
        return sorted(current_codes(s))[0]


def sample_bodies(a: dict[str, str]) -> dict[tuple[str, str], dict | bytes | None]:
    """A body for each route that would be valid for hall A (None: no body)."""
    rid = str(uuid.uuid4())
    return {
        ("POST", "/v1/terminals/enrol"): {"code": "ABCD-EFGH-JKMN", "terminal_name": "B"},
        ("POST", "/v1/sessions"): {"username": "lixm", "password": "wrong-password"},
        ("POST", "/v1/sessions/password"): {
            "current_password": "onewindow",
            "new_password": "Takeover-2026!",
        },
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
        ("PUT", "/v1/manager/platform/records/{record_id}"): {
            "digest": "0" * 64,
            "fields": {"TELPHONE": "1"},
        },
        ("POST", "/v1/manager/platform/records/{record_id}/resend"): {"digest": "0" * 64},
        ("POST", "/v1/manager/unresolved-reports/{report_id}/assign"): {"assignee": "lixm", "version": 1},
        ("POST", "/v1/manager/unresolved-reports/{report_id}/answer"): {
            "outcome": "solved",
            "resolution": "冒名解决",
            "reply": "冒名答复",
            "reply_method": "phone",
            "replied_on": "2026-12-04",
            "version": 2,
        },
        ("POST", "/v1/manager/unresolved-reports/{report_id}/close"): {"version": 3},
        ("POST", "/v1/manager/unresolved-reports/{report_id}/send-back"): {
            "reason": "冒名退回",
            "version": 3,
        },
        # a holder the library knows (hall A's applicant's number fails its check): the lookup
        # reaches the library and archives a PDF in the caller's own hall
        ("POST", "/v1/licences/lookup"): {
            "case_id": a["case_id"],
            "material_code": "M01",
            "kind": "居民身份证",
            "holder_id": LIBRARY_HOLDER,
        },
        ("POST", "/v1/queue/appointments"): _booking(),
        ("POST", "/v1/online/appointments"): _booking(),
        # hall A's applicant's demo booking of the day (server/seed.py: 王小明's YY0001)
        ("POST", "/v1/queue/appointments/cancel"): _cancel(),
        ("POST", "/v1/online/appointments/cancel"): _cancel(),
        ("PUT", "/v1/manager/appointment-plans"): {
            "plans": [{"category": "general", "slot_minutes": 10, "capacity": 999, "horizon_days": 60}],
            "rules": {
                "open_bookings_limit": 20,
                "no_show_limit": 20,
                "no_show_window_days": 1,
                "block_days": 1,
            },
        },
    }


def _booking() -> dict:
    """预约 of hall A's applicant, valid but for the day's rules (hall A has no hours set)."""
    return {
        "code": "YY9999",
        "category": "general",
        "day": "2026-12-04",
        "slot": "09:00-09:30",
        "name": APPLICANT,
        "id_number": ID_NUMBER,
        "phone": PHONE,
    }


def _cancel() -> dict:
    """Hall A's booking YY0001 of the day, with its booker's ID number (server/seed.py: 王小明's)."""
    return {
        "code": "YY0001",
        "day": datetime.now(HALL_TIMEZONE).date().isoformat(),
        "id_number": LIBRARY_HOLDER,
    }


NO_BODY = {("POST", "/v1/admin/terminals/{terminal_id}/revoke")}
QUERIES = {
    "/v1/admin/terminals": f"?hall_code={DEMO_HALL}",
    "/v1/backoffice/cases": f"?hall_code={DEMO_HALL}",
    "/v1/attachments/{sha256}": "?offset=0",
    "/v1/queue/appointments/slots": "?category=general&day=2026-12-04",
}


def route_path(template: str, a: dict[str, str], terminal_id: str) -> str:
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
        "record_id": "1",
        "report_id": a["report_id"],
    }
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, f"no hall-A value for a parameter of {template}: add one to route_path"
    return path + QUERIES.get(template, "")


def request_kwargs(method: str, template: str, bodies: dict, headers: dict[str, str]) -> dict:
    """The keyword arguments of TestClient.request for a route's sample body and `headers`."""
    key = (method, template)
    body = bodies.get(key)
    if method in ("POST", "PUT") and key not in bodies and key not in NO_BODY:
        raise AssertionError(f"{method} {template}: a route without a sample body — add one to sample_bodies")
    kwargs: dict = {"headers": dict(headers)}
    if isinstance(body, bytes):
        kwargs["content"] = body
        kwargs["headers"]["Content-Type"] = "application/octet-stream"
    elif body is not None:
        kwargs["json"] = body
    return kwargs


def operations_in_safe_order(spec: dict) -> list[tuple[str, str]]:
    """Every operation of the spec. Signing out ends each caller's session: last, or every route
    after it is tried signed out. Reads before writes: a caller uploading a page's very bytes (the
    sample body of the upload route) makes that page its own attachment too, which it may then
    read back; every read must first be tried while the caller holds nothing of hall A's."""
    operations = [(m.upper(), template) for template, item in spec["paths"].items() for m in item]
    operations.sort(key=lambda op: (op == ("DELETE", "/v1/sessions"), op[0] != "GET"))
    return operations
