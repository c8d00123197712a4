"""The command line: `onewindow documents --sample` writes real, readable PDFs; --help explains."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from ui.cli import main


def test_documents_sample_writes_one_of_each(tmp_path, capsys):
    assert main(["documents", "--sample", str(tmp_path / "out")]) == 0
    written = capsys.readouterr().out.split()
    names = sorted(p.rsplit("/", 1)[-1] for p in written)
    assert {"receipt.pdf", "deficiency_notice.pdf", "refusal_notice.pdf", "issuance_record.pdf"} <= set(names)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext missing: install poppler-utils (./ow test does)")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "out" / "refusal_notice.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "不予受理通知书" in text and "行政复议" in text


def test_help_names_both_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "demo" in out and "documents" in out
