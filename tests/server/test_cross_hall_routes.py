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

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from hall_a_routes import (
    APPLICANT,
    HELD_BY,
    ID_NUMBER,
    LICENCE_URL,
    OTHER_HALL,
    PHONE,
    hall_a_data,
    operations_in_safe_order,
    request_kwargs,
    route_path,
    sample_bodies,
)
from seeded_server import seed
from sqlalchemy import func, select
from sync_helpers import make_terminal, signed_in

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
from server.store.models_unresolved import UnresolvedReportRow


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
        UnresolvedReportRow,
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
        # a booking cancelled (or checked in) from another hall would not change the count
        appointments = tuple(
            s.execute(
                select(AppointmentRow.code, AppointmentRow.cancelled_at, AppointmentRow.checked_in_at).where(
                    AppointmentRow.hall_code == DEMO_HALL
                )
            ).all()
        )
        reports = tuple(
            s.execute(
                select(
                    UnresolvedReportRow.id,
                    UnresolvedReportRow.state,
                    UnresolvedReportRow.assignee,
                    UnresolvedReportRow.version,
                )
            ).all()
        )
    return {
        **counts,
        "cases": case_states,
        "pages": pages,
        "users": users,
        "followups": followups,
        "reports": reports,
        "appointments": appointments,
    }


def _in_a(model):
    if hasattr(model, "hall_code"):
        return model.hall_code == DEMO_HALL
    return model.case_id.in_(select(ServerCaseRow.id).where(ServerCaseRow.hall_code == DEMO_HALL))


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
    with TestClient(create_app(replace(server_config, licence_url=LICENCE_URL))) as client:
        seeded = seed(client)
        yield client, seeded, hall_a_data(client, seeded.ctx), seeded.terminal_id


def test_no_route_gives_another_hall_any_of_hall_as_data(hall_a):
    client, seeded, a, a_terminal = hall_a
    ctx = seeded.ctx
    secrets = [a["case_id"], a["number"], APPLICANT, ID_NUMBER, a["page_id"], "$argon2", a_terminal, "李晓梅"]
    secrets += [PHONE, "****5678"]  # the phone, even masked as the notices list it, is hall A's
    secrets += [a["report_id"], "同一份材料被要求补交了三次"]  # its 办不成事 反映
    callers = _callers(ctx)
    with ctx.sessions() as s:
        assert s.get(UserRow, HELD_BY).hall_code == OTHER_HALL
        assert s.scalar(select(func.count()).select_from(FollowupRow).where(FollowupRow.assignee == HELD_BY))
    before = _counts(ctx)
    bodies = sample_bodies(a)
    seen = 0
    for method, template in operations_in_safe_order(client.app.openapi()):
        for who, headers in callers:
            kwargs = request_kwargs(method, template, bodies, headers)
            r = client.request(method, route_path(template, a, a_terminal), **kwargs)
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
