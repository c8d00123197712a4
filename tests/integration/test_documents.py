"""The printed documents, checked the way a person would: read the text back, scan the barcode."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app.documents.deficiency import render_deficiency_notice
from app.documents.issuance import render_issuance_record
from app.documents.models import MaterialLine
from app.documents.receipt import render_receipt
from app.documents.refusal import render_refusal_notice
from app.documents.samples import (
    sample_bundle_case,
    sample_case_data,
    sample_deficient_case,
    sample_issuance_data,
    sample_refused_case,
    write_samples,
)

_TOOLS = ("pdftotext", "pdftoppm", "pdfinfo", "zbarimg")
_MISSING = [tool for tool in _TOOLS if shutil.which(tool) is None]


@pytest.fixture(autouse=True)
def _need_tools() -> None:
    if not _MISSING:
        return
    message = f"document tests need {', '.join(_MISSING)} on PATH (apt-get install poppler-utils zbar-tools)"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {message}")
    pytest.skip(f"SKIPPED LOUDLY: {message}; the PDFs were NOT checked")


def _pdf(tmp_path: Path, pdf: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def text_of(tmp_path: Path, pdf: bytes) -> str:
    # reading order, not -layout: -layout interleaves the lines of side-by-side wrapped cells
    path = _pdf(tmp_path, pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def flat_text_of(tmp_path: Path, pdf: bytes) -> str:
    """The text with all whitespace gone, so a phrase wrapped over two lines still matches."""
    return "".join(text_of(tmp_path, pdf).split())


def pages_of(tmp_path: Path, pdf: bytes) -> int:
    out = subprocess.run(["pdfinfo", str(_pdf(tmp_path, pdf))], capture_output=True, check=True, text=True)
    return int(next(line for line in out.stdout.splitlines() if line.startswith("Pages:")).split()[1])


def scan_page1(tmp_path: Path, pdf: bytes) -> list[str]:
    path = _pdf(tmp_path, pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(path),
            str(tmp_path / "p1"),
        ],
        check=True,
    )
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", str(tmp_path / "p1.png")], capture_output=True, text=True, check=False
    )
    return out.stdout.split()


RENDERS = {
    "receipt": lambda: render_receipt(sample_case_data()),
    "bundle_receipt": lambda: render_receipt(sample_bundle_case()),
    "deficiency": lambda: render_deficiency_notice(sample_deficient_case()),
    "refusal": lambda: render_refusal_notice(sample_refused_case()),
    "issuance": lambda: render_issuance_record(sample_issuance_data()),
}
CASE_NUMBERS = {"bundle_receipt": "330429-20261122-W03-0008"}


@pytest.mark.parametrize("kind", sorted(RENDERS))
def test_barcode_scans_back_to_exactly_the_case_number(tmp_path: Path, kind: str) -> None:
    expected = CASE_NUMBERS.get(kind, "330429-20261122-W03-0007")
    assert scan_page1(tmp_path, RENDERS[kind]()) == [expected]


@pytest.mark.parametrize("kind", sorted(RENDERS))
def test_every_document_is_one_a4_page_reproducible_and_names_the_case(tmp_path: Path, kind: str) -> None:
    pdf = RENDERS[kind]()
    assert pdf.startswith(b"%PDF")
    assert pdf == RENDERS[kind](), "identical input must give identical bytes"
    text = flat_text_of(tmp_path, pdf)
    assert "330429-20261122-W03-00" in text
    assert "张三丰" in text
    assert "安和县政务服务中心" in text
    assert "文书编号" in text
    if kind != "bundle_receipt":  # a bundle with nine materials and three notices may take two
        assert pages_of(tmp_path, pdf) == 1


def test_receipt_text(tmp_path: Path) -> None:
    text = flat_text_of(tmp_path, RENDERS["receipt"]())
    for expected in (
        "受理通知书（受理回执）",
        "个体工商户设立登记",
        "李四",  # the agent
        "330429********1234",
        "经营场所使用证明（房屋租赁合同）",
        "电子证照",
        "2026年11月27日",  # promised completion date
        "12345",  # how to ask about progress
        "统一出件窗口",
        "王晓燕",
        "3号综合窗口",
    ):
        assert expected in text, expected


def test_bundle_receipt_lists_deferred_materials_with_due_dates(tmp_path: Path) -> None:
    text = flat_text_of(tmp_path, RENDERS["bundle_receipt"]())
    assert "开办餐饮店“一件事”" in text
    assert "食品经营许可" in text
    assert "容缺后补" in text
    assert "“场所消防设施平面图”1份，2026年12月4日前" in text
    assert "告知承诺" in text and "食品安全管理制度文本" in text


def test_instant_case_says_done_on_the_spot(tmp_path: Path) -> None:
    pdf = render_receipt(replace(sample_case_data(), case_kind="即办件", promised_date=None))
    assert "当场办结" in flat_text_of(tmp_path, pdf)


def test_deficiency_notice_lists_exactly_the_missing_and_wrong_materials(tmp_path: Path) -> None:
    data = sample_deficient_case()
    text = flat_text_of(tmp_path, render_deficiency_notice(data))
    assert "一次性告知书" in text
    for line in data.materials:
        if line.status in ("缺少", "不符合要求"):
            assert line.name in text
            assert "".join(line.detail.split()) in text
        else:
            assert line.name not in text, f"received material {line.name} must not be on the notice"
    assert "第三十二条" in text
    assert "全部内容一次性告知" in text
    assert "2026年11月27日前" in text
    assert "共2项" in text


def test_deficiency_notice_refuses_when_nothing_is_missing() -> None:
    with pytest.raises(ValueError, match="无需出具一次性告知书"):
        render_deficiency_notice(sample_case_data())


def test_refusal_notice_gives_reason_basis_and_rights(tmp_path: Path) -> None:
    data = sample_refused_case()
    text = flat_text_of(tmp_path, render_refusal_notice(data))
    assert "不予受理通知书" in text
    assert "".join(data.refusal_reason.split()) in text
    assert "《促进个体工商户发展条例》第八条" in text
    assert (
        "如不服本决定，可在收到本通知书之日起六十日内向安和县人民政府申请行政复议，"
        "或者在六个月内向安和县人民法院提起行政诉讼。"
    ) in text


def test_refusal_without_rights_is_rejected() -> None:
    with pytest.raises(ValueError, match="行政复议机关"):
        render_refusal_notice(replace(sample_refused_case(), review_body=""))


def test_issuance_record_by_proxy_and_by_post(tmp_path: Path) -> None:
    text = flat_text_of(tmp_path, RENDERS["issuance"]())
    for expected in ("办件结果领取（出件）登记单", "营业执照（正本、副本）", "92330523MA2K7Q8X3N", "代领"):
        assert expected in text
    assert "330523********002X" in text  # the collector's masked ID
    assert "领取人签字" in text
    assert "证件核验读卡核验" in text and "授权委托书已扫描1页" in text  # who was seen, and the letter
    posted = flat_text_of(tmp_path, render_issuance_record(sample_issuance_data("邮寄")))
    assert "SF1402345678901" in posted and "邮寄" in posted and "寄件经办人签字" in posted


def test_unmasked_id_is_masked_as_a_safety_net(tmp_path: Path) -> None:
    data = sample_case_data()
    leaky = replace(data, applicant=replace(data.applicant, id_number_masked="330429199001011234"))
    text = flat_text_of(tmp_path, render_receipt(leaky))
    assert "330429199001011234" not in text
    assert "330429********1234" in text


def test_thirty_materials_flow_onto_two_pages_without_losing_a_line(tmp_path: Path) -> None:
    materials = tuple(
        MaterialLine(f"第{i:02d}项测试材料：经营场所产权证明", 1, "已收取") for i in range(1, 31)
    )
    long_address = "浙江省湖州市安和县递铺街道" + "某某路某某号某某小区某某幢" * 6 + "501室"
    base = sample_case_data(materials=materials)
    data = replace(base, applicant=replace(base.applicant, address=long_address))
    pdf = render_receipt(data)
    assert pages_of(tmp_path, pdf) == 2
    text = flat_text_of(tmp_path, pdf)
    for i in range(1, 31):
        assert f"第{i:02d}项测试材料" in text, i
    assert long_address in text
    assert "第2页共2页" in text
    assert scan_page1(tmp_path, pdf) == ["330429-20261122-W03-0007"]


def test_longest_case_number_still_scans(tmp_path: Path) -> None:
    number = "330429-20261122-WINDOW03-ABCDEFGHIJKLMNOPQRSTUVWXY"[:50]
    pdf = render_receipt(sample_case_data(case_number=number))
    assert scan_page1(tmp_path, pdf) == [number]


def test_write_samples_writes_all_five(tmp_path: Path) -> None:
    paths = write_samples(tmp_path / "out")
    names = {p.name for p in paths}
    assert names == {
        "receipt.pdf",
        "receipt_bundle.pdf",
        "deficiency_notice.pdf",
        "refusal_notice.pdf",
        "issuance_record.pdf",
    }
    assert all(p.read_bytes().startswith(b"%PDF") for p in paths)
