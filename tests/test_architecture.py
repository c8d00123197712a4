"""The house rules that tools can check: layer contracts, the linter, module sizes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_layer_contracts_are_kept():
    # DESIGN.md's one rule of direction, written as import-linter contracts in pyproject.toml
    result = subprocess.run([BIN / "lint-imports", "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean():
    result = subprocess.run(
        [BIN / "ruff", "check", "--no-cache", "app", "ui", "drivers", "server", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_past_600_lines():
    big = {
        str(p.relative_to(ROOT)): n
        for top in ("app", "ui", "drivers", "server")
        for p in (ROOT / top).rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert big == {}, f"split these by responsibility: {big}"


def test_only_ui_demo_server_reaches_into_the_server():
    # the screens talk to a server through the sync client; the embedded demo server is started in
    # one place, and the import-linter contract names exactly that one exception
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    [contract] = [
        c
        for c in contracts["contracts"]
        if c.get("source_modules") == ["ui"] and "server" in c.get("forbidden_modules", ())
    ]
    # (and, beside it, the demo hall's history replayed in the background once it runs)
    assert contract["ignore_imports"] == [
        "ui.demo_server -> server.embedded",
        "ui.demo_server -> server.demo_history.background",
    ]
    reaching = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "ui").rglob("*.py")
        if any(
            line.strip().startswith(("from server", "import server"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    )
    assert reaching == ["ui/demo_server.py"]


def test_the_server_use_cases_that_still_speak_http_are_only_those_left_for_later():
    # server/refusals.py's kinds are what a use case raises and server/api maps them; the contract
    # lets through only these imports of the HTTP edge, which are to go, never to grow
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    [contract] = [c for c in contracts["contracts"] if "server.errors" in c.get("forbidden_modules", ())]
    assert {"server.queue", "server.backoffice", "server.manager"} <= set(contract["source_modules"])
    assert {"fastapi", "starlette", "server.api"} <= set(contract["forbidden_modules"])
    assert contract["ignore_imports"] == [
        "server.sync.change_log -> server.errors",
        "server.sync.push -> server.errors",
        "server.sync.batch -> server.auth.credentials",
        "server.manager.statistics -> server.errors",
    ]


def test_no_two_test_modules_share_a_name():
    # pytest imports test modules by their basename (rootdir-relative packages are not used here):
    # two files of one name stop the whole run at collection ("import file mismatch")
    names: dict[str, list[str]] = {}
    for path in (ROOT / "tests").rglob("test_*.py"):
        names.setdefault(path.name, []).append(str(path.relative_to(ROOT)))
    assert [paths for paths in names.values() if len(paths) > 1] == []
