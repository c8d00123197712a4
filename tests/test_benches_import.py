"""Every benchmark under bench/ still loads: a bench imports helpers from other benches and from
the tests (free ports, PostgreSQL clusters), and a rename there breaks it without any test
failing, as one did (attachment_upload asked sync_ingest for a helper that had moved)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LOAD_EACH = """
import importlib.util, sys, traceback
failed = []
for path in sys.argv[1:]:
    spec = importlib.util.spec_from_file_location("bench_under_test", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)  # its __main__ guard keeps the bench itself from running
    except BaseException:
        failed.append(path + "\\n" + traceback.format_exc(limit=3))
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def test_every_bench_loads_without_running():
    benches = sorted(str(p) for p in (ROOT / "bench").glob("*.py"))
    assert len(benches) >= 20
    done = subprocess.run(
        [sys.executable, "-c", LOAD_EACH, *benches],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
