"""The simulated scanner, URL parsing and the device-test helper: what every other part relies on."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from drivers.device import DeviceError, DeviceState
from drivers.scanner import backends, open_scanner, scan_to_file
from drivers.scanner.base import check_options, describe
from drivers.scanner.sane_backend import split_sane_url
from drivers.scanner.sim_page import a4_size, draw_page

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"


def test_a4_at_300_dpi_is_the_size_a_real_scan_has():
    assert a4_size(300) == (2480, 3508)
    [page] = open_scanner("sim://?seed=4", FONT).scan("flatbed", 300, "colour")
    assert (page.width, page.height, page.dpi, page.media_type) == (2480, 3508, 300, "image/jpeg")
    with Image.open(io.BytesIO(page.data)) as img:
        assert img.size == (2480, 3508) and img.mode == "RGB"
        assert round(img.info["dpi"][0]) == 300
        # off-white paper, not pure white, and ink on it
        corner = img.crop((0, 0, 200, 200)).convert("L").getextrema()
        assert corner[1] < 255
        assert img.convert("L").getextrema()[0] < 80


def test_the_same_seed_draws_the_same_page_and_each_sheet_differs():
    a = draw_page(11, 75, "grey", FONT).tobytes()
    assert a == draw_page(11, 75, "grey", FONT).tobytes()
    assert a != draw_page(12, 75, "grey", FONT).tobytes()
    scanner = open_scanner("sim://?seed=3&pages=3", FONT)
    first = [p.data for p in scanner.scan("adf", 75, "grey")]
    again = [p.data for p in open_scanner("sim://?seed=3&pages=3", FONT).scan("adf", 75, "grey")]
    assert len(first) == 3 and len(set(first)) == 3 and first == again
    assert scanner.scan("adf", 75, "grey")[0].data not in first  # the next sheets are new paper


def test_modes_give_the_image_a_scanner_would():
    scanner = open_scanner("sim://?seed=5", FONT)
    grey = scanner.scan("flatbed", 75, "grey")[0]
    bw = scanner.scan("flatbed", 75, "bw")[0]
    png = open_scanner("sim://?seed=5&format=png").scan("flatbed", 75, "colour")[0]
    with Image.open(io.BytesIO(grey.data)) as img:
        assert img.mode == "L"
    with Image.open(io.BytesIO(bw.data)) as img:
        assert bw.media_type == "image/png" and img.mode == "1"
    assert png.media_type == "image/png" and png.data.startswith(b"\x89PNG")
    assert scanner.scan("flatbed", 75, "colour")[0].width == a4_size(75)[0]


@pytest.mark.parametrize(
    ("fail", "state", "code", "words"),
    [
        ("jam", DeviceState.FAULT, "jammed", "卡纸"),
        ("offline", DeviceState.OFFLINE, "offline", "未连接"),
        ("empty", DeviceState.READY, "no_docs", "没有纸"),
    ],
)
def test_failures_say_what_happened_and_what_to_do(fail, state, code, words):
    scanner = open_scanner(f"sim://?fail={fail}")
    assert scanner.status().state is state
    with pytest.raises(DeviceError) as err:
        scanner.scan("adf")
    assert err.value.code == code and words in str(err.value) and str(err.value).endswith("。")


def test_bad_options_and_urls_are_refused_in_chinese():
    with pytest.raises(DeviceError, match="分辨率"):
        check_options("flatbed", 5000, "colour")
    with pytest.raises(DeviceError, match="扫描来源"):
        open_scanner("sim://").scan("drum")
    with pytest.raises(DeviceError, match="不支持的扫描仪地址"):
        open_scanner("scsi://1")
    with pytest.raises(DeviceError, match="故障"):
        open_scanner("sim://?fail=fire")
    with pytest.raises(DeviceError, match="高拍仪"):
        open_scanner("camera://0")
    lenient = open_scanner("not a url", strict=False)
    assert lenient.status().state is DeviceState.ABSENT
    with pytest.raises(DeviceError, match="设置有误"):
        lenient.scan()


def test_describe_refuses_what_is_not_an_image():
    with pytest.raises(DeviceError) as err:
        describe(b"%PDF-1.7 ...", 300, "x")
    assert err.value.code == "bad_image"
    with pytest.raises(DeviceError, match="损坏"):
        describe(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, 300, "x")


def test_sane_device_names_keep_their_colons_and_question_marks():
    assert split_sane_url("sane://") == ("", {})
    assert split_sane_url("sane://epson2:libusb:001:004") == ("epson2:libusb:001:004", {})
    assert split_sane_url("sane://hpaio:/usb/Deskjet?serial=CN1") == ("hpaio:/usb/Deskjet?serial=CN1", {})
    assert split_sane_url("sane://pixma:04A9?adf=ADF%20Duplex&format=tiff") == (
        "pixma:04A9",
        {"adf": "ADF Duplex", "format": "tiff"},
    )


def test_backends_say_whether_they_run_here():
    found = {b.scheme: b for b in backends()}
    assert set(found) == {"sim", "sane", "twain", "folder"}
    assert found["sim"].usable and found["folder"].usable
    assert not found["twain"].usable and "Windows" in found["twain"].reason


def test_scan_to_file_writes_each_page_for_the_installer(tmp_path):
    one = scan_to_file("sim://?seed=2", tmp_path / "out" / "test.png", dpi=75)
    assert one == [tmp_path / "out" / "test.jpg"] and one[0].read_bytes().startswith(b"\xff\xd8")
    many = scan_to_file("sim://?seed=2&pages=2", tmp_path / "adf.jpg", source="adf", dpi=75)
    assert [p.name for p in many] == ["adf-1.jpg", "adf-2.jpg"]
    with pytest.raises(DeviceError):
        scan_to_file("sim://?fail=offline", tmp_path / "x.jpg")
