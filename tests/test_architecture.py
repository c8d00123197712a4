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
