"""folder:// against a real folder that files arrive in the way a copier's scan-to-folder writes them."""

from __future__ import annotations

import io
import os
import threading
import time

import pytest
from PIL import Image

from drivers.device import DeviceError, DeviceState
from drivers.scanner import open_scanner
from drivers.scanner.hot_folder import is_temporary


def _jpeg(shade: int = 200, size=(300, 420)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (shade, shade, shade)).save(out, "JPEG", dpi=(200, 200))
    return out.getvalue()


def _aged(path, seconds: float = 5.0) -> None:
    """Make a file look written a while ago (what a copier's finished file looks like)."""
    t = time.time() - seconds
    os.utime(path, (t, t))


@pytest.fixture
def folder(tmp_path):
    hot = tmp_path / "scans"
    hot.mkdir()
    return hot


def scanner_for(folder, wait=3.0):
    return open_scanner(f"folder://{folder}?wait={wait}&settle=0.2&more=0.3")


def test_a_finished_file_is_taken_once_and_moved_aside(folder):
    (folder / "scan0001.jpg").write_bytes(_jpeg())
    scanner = scanner_for(folder)
    assert scanner.status().state is DeviceState.READY
    [page] = scanner.scan()
    assert (page.media_type, page.width, page.dpi, page.source_name) == (
        "image/jpeg",
        300,
        200,
        "scan0001.jpg",
    )
    assert not (folder / "scan0001.jpg").exists()
    assert (folder / "已导入" / "scan0001.jpg").read_bytes() == page.data
    # the copier reuses its names the next day: the earlier file is not overwritten, nor taken again
    (folder / "scan0001.jpg").write_bytes(_jpeg(90))
    [again] = scanner.scan()
    assert again.data != page.data
    assert sorted(p.name for p in (folder / "已导入").iterdir()) == ["scan0001-1.jpg", "scan0001.jpg"]


def test_a_file_being_written_waits_for_its_rename(folder):
    """The copier writes scan.jpg.part, then renames it: nothing is taken before the rename."""
    part = folder / "scan0002.jpg.part"
    part.write_bytes(_jpeg()[:500])
    scanner = scanner_for(folder, wait=60.0)  # bounds a hang only: the scan ends once the file is in

    def finish() -> None:
        time.sleep(0.6)
        part.write_bytes(_jpeg(120))
        os.replace(part, folder / "scan0002.jpg")

    writer = threading.Thread(target=finish)
    writer.start()
    pages = scanner.scan()
    writer.join()
    assert len(pages) == 1 and pages[0].source_name == "scan0002.jpg"
    with Image.open(io.BytesIO(pages[0].data)) as img:
        assert img.getpixel((5, 5))[0] in range(110, 131)  # the finished file, not the half one


def test_a_growing_file_is_taken_only_once_it_stops_growing(folder):
    data = _jpeg(60, (600, 800))
    path = folder / "big.jpg"
    path.write_bytes(data[: len(data) // 3])
    scanner = scanner_for(folder, wait=60.0)  # bounds a hang only: the scan ends once the file is in

    def grow() -> None:
        for end in (2 * len(data) // 3, len(data)):
            time.sleep(0.12)  # shorter than settle: still being written
            path.write_bytes(data[:end])

    writer = threading.Thread(target=grow)
    writer.start()
    [page] = scanner.scan()
    writer.join()
    assert page.data == data


def test_a_multi_page_tiff_becomes_pages_and_a_pdf_is_set_aside(folder):
    frames = [Image.new("L", (200, 280), shade) for shade in (40, 120, 200)]
    tiff = folder / "batch.tif"
    frames[0].save(tiff, "TIFF", save_all=True, append_images=frames[1:], dpi=(300, 300))
    (folder / "notice.pdf").write_bytes(b"%PDF-1.7\n%...\n")
    (folder / "~$draft.jpg").write_bytes(b"lock file of an office program")
    for p in folder.iterdir():
        _aged(p)
    pages = scanner_for(folder).scan()
    assert [p.source_name for p in pages] == ["batch.tif 第1页", "batch.tif 第2页", "batch.tif 第3页"]
    assert all(p.media_type == "image/png" and p.dpi == 300 for p in pages)
    assert (folder / "未能导入" / "notice.pdf").exists()
    assert (folder / "~$draft.jpg").exists()  # never touched


def test_only_unusable_files_or_nothing_at_all_are_errors_that_say_so(folder):
    (folder / "contract.pdf").write_bytes(b"%PDF-1.4\n")
    with pytest.raises(DeviceError) as err:
        scanner_for(folder).scan()
    assert err.value.code == "unsupported" and "contract.pdf" in str(err.value) and "JPEG" in str(err.value)
    with pytest.raises(DeviceError) as err:
        scanner_for(folder, wait=0.3).scan()
    assert err.value.code == "timeout" and "没有新的扫描件" in str(err.value)


def test_a_missing_share_is_absent_not_a_crash(tmp_path):
    scanner = scanner_for(tmp_path / "not-mounted")
    assert scanner.status().state is DeviceState.ABSENT
    with pytest.raises(DeviceError, match="不存在或无法访问"):
        scanner.scan()


def test_temporary_names():
    for name in ("a.jpg.part", "a.tmp", "~$a.jpg", ".a.jpg", "Thumbs.db", "x.crdownload"):
        assert is_temporary(name)
    assert not is_temporary("scan0001.jpg")
