"""The cost of sealing the window PC's data: the same work on a sealed store and on one in clear.

One process, one in-process central server (SQLite), two workbenches enrolled with it: one
sealed at its first sign-in (SQLCipher database, AES-GCM files), one kept in clear (its sign-in
is not handed the store). For each, interleaved:

- intake to printed receipt: a case started, applicant and second party typed, a scanned page
  attached, the rest received, accepted (receipt rendered, archived, printed on sim://);
- opening the workbench: the services opened on the existing store and the clerk signed in
  offline (on the sealed store the sign-in also unwraps the data key);
- sync: the cases and their pages pushed to the server and pulled back (sync_once until done).

Medians are printed with their ratio, sealed / clear. Target: each ≤ 1.15 ×.

    .venv/bin/python bench/encryption_cost.py [--cases 30] [--opens 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "integration"), str(ROOT / "tests" / "reliability"), str(ROOT)]

from sync_server import SERVER_URL, Network, _server  # noqa: E402
from terminals import sync_until_done  # noqa: E402

from app.bootstrap import build_services  # noqa: E402
from app.services.views import PartyInput  # noqa: E402
from app.settings import demo_settings  # noqa: E402
from drivers.scanner import open_scanner  # noqa: E402
from server.auth.enrolment import issue_code  # noqa: E402
from tests.second_party import SECOND_PARTY  # noqa: E402

APPLICANT = PartyInput(
    name="欧阳娜娜", cert_number="11010519491231002X", phone="13812345678", address="民主路1号"
)


def _settings(folder: Path):
    return replace(demo_settings(folder, sample_cases=False), printer_url="sim://", slip_printer_url="sim://")


def _enrolled(server, folder: Path, code: str, sealed: bool):
    services = build_services(_settings(folder), sync_client=Network(server.client))
    services.enrol(SERVER_URL, code)
    if not sealed:
        services.sign_in._store = None  # the window key is not used: the store stays in clear
    services.use_clerk(services.sign_in.sign_in("lixm", "onewindow"))
    assert services.store.sealed is sealed
    return services


def _intake(services, scan: bytes) -> float:
    start = time.perf_counter()
    case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
    services.intake.save_applicant(case.id, APPLICANT)
    services.intake.save_second_party(case.id, SECOND_PARTY)
    services.pages.attach(case.id, case.materials[0].code, scan, "sim://")
    services.intake.receive_remaining(case.id)
    outcome = services.intake.accept(case.id)
    assert outcome.case.number
    return (time.perf_counter() - start) * 1000


def _open(server, folder: Path) -> float:
    network = Network(server.client)
    network.down = True  # offline: the same sign-in path for both, no server in the timing
    start = time.perf_counter()
    services = build_services(_settings(folder), sync_client=network)
    if services.locked:
        services.unlock.sign_in("lixm", "onewindow")
    else:
        services.sign_in.sign_in("lixm", "onewindow")
    elapsed = (time.perf_counter() - start) * 1000
    services.close()
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=30)
    ap.add_argument("--opens", type=int, default=7)
    args = ap.parse_args()
    scans = [s.data for s in open_scanner(f"sim://?seed=5&pages={args.cases}").scan("adf", 150, "colour")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        server_gen = _server(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path)
        server = next(server_gen)
        with server.ctx.transaction() as s:
            second, _ = issue_code(s, "330429", "W04", "admin", datetime.now(UTC), timedelta(days=1))
        folders = {True: tmp_path / "sealed", False: tmp_path / "clear"}
        benches = {
            True: _enrolled(server, folders[True], server.code, True),
            False: _enrolled(server, folders[False], second, False),
        }
        intake: dict[bool, list[float]] = {True: [], False: []}
        push: dict[bool, float] = {True: 0.0, False: 0.0}
        half = len(scans) // 2
        for i, scan in enumerate(scans):  # interleaved, so a busy moment hits both alike
            for sealed in (i % 2 == 0, i % 2 == 1):
                intake[sealed].append(_intake(benches[sealed], scan))
            if i + 1 in (half, len(scans)):  # each half synced, the two in turn, first one then other
                for sealed in (False, True) if i + 1 == half else (True, False):
                    start = time.perf_counter()
                    sync_until_done(benches[sealed])
                    push[sealed] += (time.perf_counter() - start) * 1000
        for services in benches.values():
            services.close()
        opens: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(args.opens):
            for sealed in (False, True):
                opens[sealed].append(_open(server, folders[sealed]))
        server_gen.close()
    rows = [
        (
            "intake to printed receipt, per case",
            statistics.median(intake[False]),
            statistics.median(intake[True]),
        ),
        (
            "opening the workbench + offline sign-in",
            statistics.median(opens[False]),
            statistics.median(opens[True]),
        ),
        (f"sync of {args.cases} cases with their pages", push[False], push[True]),
    ]
    worst = 0.0
    for label, clear, sealed in rows:
        ratio = sealed / clear
        worst = max(worst, ratio)
        print(f"{label:44s} clear {clear:8.1f} ms   sealed {sealed:8.1f} ms   ratio {ratio:4.2f} ×")
    print(f"worst ratio {worst:.2f} ×   (target ≤ 1.15 ×)  {'OK' if worst <= 1.15 else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
