"""Every string on screen has its English: lupdate, run over the sources into a copy of the .ts,
finds nothing new and nothing unfinished (a string added without a translation fails here)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui.translations import TS_PATH

ROOT = Path(__file__).resolve().parents[2]


def _lupdate() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(here) if here.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.fail("pyside6-lupdate is missing: it comes with PySide6 (pip install PySide6)")
    return found


def test_every_source_string_has_an_english_translation(tmp_path):
    copy = tmp_path / "onewindow_en.ts"
    shutil.copy(TS_PATH, copy)
    sources = sorted(str(p) for top in ("app", "ui") for p in (ROOT / top).rglob("*.py"))
    result = subprocess.run(
        [_lupdate(), *sources, "-ts", str(copy)], capture_output=True, text=True, check=True
    )
    text = copy.read_text(encoding="utf-8")
    untranslated = re.findall(
        r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?<translation type=\"unfinished\"",
        text,
        re.S,
    )
    assert untranslated == [], f"add English for these in {TS_PATH.name}: {untranslated}"
    assert "(0 new " in result.stdout, result.stdout
    # a module-level tr() is filed under no context, while it translates in its own at run
    # time: the English was in the .ts and the screen stayed Chinese (窗口调度, 调度建议, charts)
    nameless = re.search(r"<context>\s*<name></name>(.*?)</context>", text, re.S)
    live = re.findall(
        r"<location filename=\"([^\"]+)\" line=\"(\d+)\"", nameless.group(1) if nameless else ""
    )
    assert live == [], f"translate with a literal context (translate('Ctx', …) or self.tr): {live}"


def test_no_translation_call_hides_inside_an_f_string():
    # lupdate does not look inside an f-string's braces: a tr() there is never extracted, so its
    # text stays Chinese in English and the test above cannot see it ('空格 切换' did)
    hidden = re.compile(r"""\bf(["']).*\{[^}]*\b(?:tr|translate|QT_TRANSLATE_NOOP)\(""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for top in ("app", "ui")
        for path in sorted((ROOT / top).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if hidden.search(line)
    ]
    assert found == [], f"call tr() outside the f-string: {found}"
