"""Every endpoint fed data generated from the server's own OpenAPI spec, valid and malformed.

In-process (ASGI) on SQLite with a seeded hall, an enrolled terminal and a signed-in admin, so
generated requests get past authentication and reach the handlers. Hypothesis is derandomised:
the run is the same each time. No answer may be a 5xx, and every 4xx must be an ErrorAnswer
(a Chinese sentence and a machine code).
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from seeded_server import seed
from sync_helpers import make_terminal
from sync_helpers import signed_in as signed_in_on

from app.sync.protocol import TERMINAL_HEADER, ErrorAnswer, Role, TerminalKind
from server.app import create_app
from server.cli import openapi_spec
from server.config import ServerConfig
from server.store.models import ServerCaseRow

EXAMPLES_PER_OPERATION = 15  # per generation mode: a CI-sized run (well under a minute in all)


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    # the demo's licence library: a generated lookup that passes the checks reaches it
    config = ServerConfig(
        database_url=f"sqlite:///{folder / 'server.sqlite3'}",
        blob_dir=folder / "blobs",
        licence_url="sim://demo",
    )
    app = create_app(config)
    with TestClient(app) as client:
        seeded = seed(client)
        admin = seeded.sign_in("admin")
        # a window's queue and a citizen's files need someone signed in on the window: the hall
        # manager (serves a window, reads the figures), beside the terminal's credential; signed
        # in before the fuzzing of sign-in throttles this terminal
        manager = {**seeded.sign_in("zhangjl"), TERMINAL_HEADER: f"{seeded.terminal_id}:{seeded.secret}"}
        # 办不成事 反映 are the hall manager's on the console (a back-office terminal of the hall)
        console = make_terminal(seeded.ctx, "330429", "B77", TerminalKind.BACKOFFICE)
        on_console = signed_in_on(seeded.ctx, console, Role.HALL_MANAGER, "fuzz-console")
        _a_case(seeded)
        yield app, seeded, (admin, manager, on_console), schemathesis.openapi.from_asgi("/openapi.json", app)


FUZZ_CASE = "330429W03-2026-9999"


def _a_case(seeded) -> None:
    """A case for the back-office operation to act on, so generated steps meet the case rules."""
    now = seeded.ctx.now()
    with seeded.ctx.transaction() as s:
        s.add(
            ServerCaseRow(
                id=str(uuid.uuid4()),
                number=FUZZ_CASE,
                hall_code="330429",
                terminal_id=seeded.terminal_id,
                status="accepted",
                version=1,
                promised_date=date(2026, 12, 31),
                snapshot={},
                created_at=now,
                updated_at=now,
            )
        )


def _headers(operation, seeded, signed_in) -> dict[str, str]:
    path, method = operation.path, operation.method.upper()
    admin, manager, on_console = signed_in
    if path.startswith(("/v1/admin", "/v1/backoffice")):
        return admin
    if path == "/v1/sessions" and method == "DELETE":
        return {"Authorization": "Bearer not-a-real-session"}  # never sign the fuzzing admin out
    if path.startswith(("/v1/queue", "/v1/licences")) or path.endswith("/content"):
        return manager
    if path.startswith("/v1/manager/unresolved-reports"):
        return on_console
    if path.startswith("/v1/online"):
        return _online_gateway(seeded)  # 预约 through the online hall: its gateway's own routes
    if path == "/v1/manager/appointment-plans":
        return manager
    return seeded.terminal


_GATEWAYS: dict[str, dict[str, str]] = {}  # by the seeded window's id: one gateway per fuzzed server


def _online_gateway(seeded) -> dict[str, str]:
    if seeded.terminal_id not in _GATEWAYS:
        gateway = make_terminal(seeded.ctx, "330429", "O77", TerminalKind.ONLINE)
        _GATEWAYS[seeded.terminal_id] = gateway.headers
    return _GATEWAYS[seeded.terminal_id]


def _check(response, label: str) -> None:
    status = response.status_code
    assert status < 500, f"{label} → {status}: {response.text[:500]}"
    if 400 <= status < 500:
        ErrorAnswer.model_validate(response.json())


def _fuzz(operation, mode: GenerationMode, headers: dict[str, str]) -> None:
    # the back office's operation aims at the one case there is (unless the path is malformed)
    aimed = "{case_number}" in operation.path and mode is GenerationMode.POSITIVE
    on_case = {"case_number": FUZZ_CASE} if aimed else None

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=on_case))
    def exercise(case):
        _check(
            case.call(headers={**(case.headers or {}), **headers}),
            f"{operation.method} {operation.path} {mode.value}",
        )

    try:
        exercise()
    except Unsatisfiable:
        # nothing of this operation can be malformed (no parameters, or strings of any form):
        # negative generation has no input to make; the positive run covered it
        assert mode is GenerationMode.NEGATIVE


# the operations, from the spec itself (it does not depend on a database)
OPERATIONS = [(path, method) for path, item in openapi_spec()["paths"].items() for method in item]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m.upper()} {p}" for p, m in OPERATIONS])
def test_no_server_errors_and_every_refusal_is_an_error_answer(fuzzed, path, method, mode):
    _app, seeded, signed_in, schema = fuzzed
    operation = schema[path][method]
    _fuzz(operation, mode, _headers(operation, seeded, signed_in))
