"""A hall whose windows take down 办不成事 反映, for the report tests (push and the manager's routes).

The hall is followup_hall's: a window with its clerk signed in, the console (a back-office
terminal) with the hall manager on it. A report is pushed as the workbench sends it
(app/services/unresolved_reports.py): the hall's wall time without an offset, trimmed texts.
"""

from __future__ import annotations

import uuid

from followup_hall import CLERK, FollowupHall, followup_hall
from sqlalchemy import select
from sync_helpers import MATTER, mutation, push

from app.sync.unresolved_reports import UNRESOLVED_REPORTED
from server.store.models_unresolved import UnresolvedReportEventRow, UnresolvedReportRow

NAME, PHONE = "欧阳娜娜", "13812345678"
DESCRIPTION = "结婚登记被要求第三次补交户口本复印件，仍说不清缺什么"
BASE = "/v1/manager/unresolved-reports"


def report_payload(**changes) -> dict:
    payload = {
        "id": str(uuid.uuid4()),
        "reported_at": "2026-11-23T10:00:00",  # Monday, the hall's wall time
        "window": "办不成事反映窗口",
        "registered_by": CLERK,
        "name": NAME,
        "phone": PHONE,
        "kind": "materials",
        "description": DESCRIPTION,
        "matter_code": MATTER,
        "matter_name": "结婚登记",
        "failed_window": "3号窗口",
        "case_number": "",
    }
    return {**payload, **changes}


def push_reports(hall: FollowupHall, *payloads: dict, terminal=None) -> list[dict]:
    """Push each payload as the next mutation of the hall's window; the results."""
    mutations = []
    for payload in payloads:
        hall.seq += 1
        mutations.append(mutation(hall.seq, UNRESOLVED_REPORTED, payload))
    r = push(hall.client, terminal or hall.window, *mutations)
    assert r.status_code == 200, r.text
    return r.json()["results"]


def report(hall: FollowupHall, **changes) -> str:
    """Push one report the server keeps; its id."""
    payload = report_payload(**changes)
    [result] = push_reports(hall, payload)
    assert result["status"] == "applied", result
    return payload["id"]


def stored(ctx) -> list[UnresolvedReportRow]:
    with ctx.sessions() as s:
        return list(s.scalars(select(UnresolvedReportRow).order_by(UnresolvedReportRow.reported_at)))


def events(ctx, report_id: str) -> list[str]:
    with ctx.sessions() as s:
        found = s.scalars(
            select(UnresolvedReportEventRow.kind)
            .where(UnresolvedReportEventRow.report_id == report_id)
            .order_by(UnresolvedReportEventRow.id)
        )
        return list(found)


def unresolved_hall(client, ctx, hall_code: str = "330429", code: str = "W01") -> FollowupHall:
    return followup_hall(client, ctx, hall_code, code)
