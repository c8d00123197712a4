"""The local store: migrations match the models, and a killed process loses nothing confirmed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.store.db import HEAD_REVISION, open_database
from app.store.models import Base

ROOT = Path(__file__).resolve().parents[2]


def test_migrations_create_exactly_the_models(tmp_path):
    engine, _ = open_database(tmp_path / "m.sqlite3")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_head_revision_constant_matches_the_migrations(tmp_path):
    from alembic.script import ScriptDirectory

    from app.store.migrate import MIGRATIONS_DIR

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION


def test_opening_twice_is_harmless(tmp_path):
    for _ in range(2):
        engine, _ = open_database(tmp_path / "m.sqlite3")
        engine.dispose()
    con = sqlite3.connect(tmp_path / "m.sqlite3")
    assert con.execute("select version_num from alembic_version").fetchone() == (HEAD_REVISION,)


WRITER = r"""
import sys, pathlib
from app.bootstrap import build_services
from app.settings import demo_settings
from app.services.views import PartyInput
from tests.second_party import SECOND_PARTY
s = build_services(demo_settings(pathlib.Path(sys.argv[1]), sample_cases=False))
code = s.catalog.search("jhdj")[0].code
while True:
    case = s.intake.start_case(code)
    s.intake.save_applicant(case.id, PartyInput(name="王建国", cert_number="11010519491231002X"))
    s.intake.save_second_party(case.id, SECOND_PARTY)  # a marriage: both parties
    for m in case.materials:
        s.intake.set_material(case.id, m.code, "received")
    result = s.intake.accept(case.id)
    # only now would the screen show "已受理": this line is the clerk's confirmation
    print(result.case.number, flush=True)
"""


def test_killing_the_process_loses_nothing_confirmed(tmp_path):
    rng = random.Random(20261122)
    confirmed: list[str] = []
    for _round in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert proc.stdout is not None
        wanted = rng.randint(2, 6)
        seen = []
        deadline = time.monotonic() + 60
        while len(seen) < wanted and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line.strip())
        time.sleep(rng.uniform(0, 0.05))  # land the kill somewhere inside the next case
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        confirmed += seen
        assert seen, "the writer confirmed nothing before the kill"
    con = sqlite3.connect(tmp_path / "onewindow.sqlite3")
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    stored = dict(con.execute("select number, status from cases"))
    for number in confirmed:
        assert stored.get(number) == "accepted", number
    numbers = [r[0] for r in con.execute("select number from cases")]
    assert len(numbers) == len(set(numbers))
    # every accepted case has its mutation queued for the server, exactly once
    outbox = [r[0] for r in con.execute("select json_extract(payload, '$.case_number') from outbox")]
    accepted = [n for n, st in stored.items() if st == "accepted"]
    assert sorted(outbox) == sorted(accepted)
