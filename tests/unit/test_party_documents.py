"""Both parties of a marriage registration and a foreign card's English name on every notice."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app.documents.deficiency import render_deficiency_notice
from app.documents.issuance import render_issuance_record
from app.documents.models import PartyInfo
from app.documents.receipt import render_receipt
from app.documents.refusal import render_refusal_notice
from app.documents.samples import (
    sample_case_data,
    sample_deficient_case,
    sample_issuance_data,
    sample_refused_case,
)

HUSBAND = PartyInfo("王小明", "居民身份证", "341021********4518", "138****3210")
WIFE = PartyInfo("穆安娜", "外国人永久居留身份证", "DEU1********501", english_name="MUELLER ANNA MARIA")


def _text(pdf: bytes, tmp_path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return "".join(out.decode("utf-8").split())  # a long name may wrap across lines


def _marriage(data):
    return replace(
        data,
        matter_names=("内地居民结婚登记",),
        applicant=HUSBAND,
        agent=None,
        parties=("男方", "女方"),
        second_party=WIFE,
    )


@pytest.mark.parametrize(
    "render, data",
    [
        (render_receipt, sample_case_data()),
        (render_deficiency_notice, sample_deficient_case()),
        (render_refusal_notice, sample_refused_case()),
    ],
    ids=["receipt", "deficiency", "refusal"],
)
def test_a_notice_names_both_parties_and_the_english_name(render, data, tmp_path):
    text = _text(render(_marriage(data)), tmp_path)
    assert "王小明、穆安娜（MUELLERANNAMARIA）：" in text  # addressed to both
    # each party's rows are labelled with its name (pdftotext orders a short label cell freely)
    assert "男方" in text and "女方" in text
    assert "穆安娜（MUELLERANNAMARIA）证件类型外国人永久居留身份证" in text
    assert "DEU1********501" in text


def test_the_issuance_record_names_both_parties(tmp_path):
    data = sample_issuance_data("本人领取")
    text = _text(render_issuance_record(replace(data, case=_marriage(data.case))), tmp_path)
    assert "男方" in text and "女方" in text and "王小明" in text
    assert "穆安娜（MUELLERANNAMARIA）证件类型外国人永久居留身份证" in text


def test_one_applicant_with_an_english_name(tmp_path):
    data = replace(sample_case_data(with_agent=False), applicant=WIFE)
    text = _text(render_receipt(data), tmp_path)
    assert "穆安娜（MUELLERANNAMARIA）：" in text
    assert "申请人穆安娜（MUELLERANNAMARIA）证件类型" in text
    assert "女方" not in text


def test_a_card_with_only_the_english_name_prints_it_once():
    english = "MUELLER ANNA MARIA"
    only = PartyInfo(english, "外国人永久居留身份证", "DEU1********501", english_name=english)
    assert only.printed_name == "MUELLER ANNA MARIA"
    assert replace(only, name="").printed_name == "MUELLER ANNA MARIA"
