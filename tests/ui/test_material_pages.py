"""The scanned-pages strip in the real workbench: scan into the selected material, then turn,
move and remove pages by key; a corrupt file is refused in place and nothing else is lost."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt

from tests.ui.conftest import pick_matter, press, wait_idle

MARRIAGE = "内地居民结婚登记"


def _open_case(qtbot, window, row: int = 1):
    pick_matter(qtbot, window, "jhdj", MARRIAGE)
    pages = window.intake.pages
    pages.dpi = 75  # small pages keep the test quick; the sizes that matter are in the bench
    window.intake.checklist.focus_first()
    window.intake.checklist.table.setCurrentCell(row, 3)
    case = window.intake.case
    assert pages.material_code == case.materials[row].code
    return case, pages


def _wait_pages(qtbot, window, pages, n: int) -> None:
    qtbot.waitUntil(lambda: pages.device_worker.is_idle() and window.worker.is_idle(), timeout=30_000)
    qtbot.waitUntil(lambda: pages.strip.count() == n, timeout=30_000)
    wait_idle(qtbot, window)


def _stored(window, case) -> dict:
    return {code: [p.id for p in views] for code, views in window.services.pages.pages(case.id).items()}


def test_ctrl_s_scans_into_the_material_selected_in_the_checklist(qtbot, window):
    case, pages = _open_case(qtbot, window, row=1)
    pages.source.setCurrentIndex(pages.source.findData("adf"))
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _wait_pages(qtbot, window, pages, 2)
    stored = _stored(window, case)
    assert list(stored) == [case.materials[1].code] and len(stored[case.materials[1].code]) == 2
    assert "已为" in pages.hint.text() and "2 页" in pages.hint.text()
    assert "2 页" in pages.title.text()
    assert not pages.strip.item(0).icon().isNull()
    # another material selected: the strip follows it and shows that material's (no) pages
    window.intake.checklist.table.setCurrentCell(0, 3)
    _wait_pages(qtbot, window, pages, 0)
    assert pages.material_code == case.materials[0].code


def test_pages_turn_move_and_go_by_key(qtbot, window):
    case, pages = _open_case(qtbot, window, row=0)
    pages.source.setCurrentIndex(pages.source.findData("adf"))
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _wait_pages(qtbot, window, pages, 2)
    code = case.materials[0].code
    first, second = _stored(window, case)[code]
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, window, Qt.Key.Key_S, ctrl_shift)
    assert pages.strip.hasFocus()
    pages.strip.setCurrentRow(0)

    qtbot.keyClick(pages.strip, Qt.Key.Key_R)
    wait_idle(qtbot, window)
    qtbot.keyClick(pages.strip, Qt.Key.Key_R)
    qtbot.keyClick(pages.strip, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    assert window.services.pages.pages(case.id)[code][0].rotation == 90

    qtbot.keyClick(pages.strip, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: pages.page_ids() == [second, first])
    assert _stored(window, case)[code] == [second, first]
    assert pages.strip.currentItem().data(Qt.ItemDataRole.UserRole) == first  # the moved page stays chosen

    qtbot.keyClick(pages.strip, Qt.Key.Key_Delete)  # asks first
    assert "再按 Del" in pages.hint.text()
    press(qtbot, window, Qt.Key.Key_Escape)
    wait_idle(qtbot, window)
    assert _stored(window, case)[code] == [second, first]
    pages.strip.setFocus()
    qtbot.keyClick(pages.strip, Qt.Key.Key_Delete)
    qtbot.keyClick(pages.strip, Qt.Key.Key_Delete)
    _wait_pages(qtbot, window, pages, 1)
    assert _stored(window, case)[code] == [second]


def test_a_corrupt_file_is_refused_with_its_name_and_the_pages_stay(qtbot, window, tmp_path):
    case, pages = _open_case(qtbot, window, row=0)
    good = tmp_path / "户口簿首页.png"
    out = io.BytesIO()
    Image.new("RGB", (400, 560), (240, 236, 228)).save(out, "PNG")
    good.write_bytes(out.getvalue())
    pages.import_files([str(good)])
    _wait_pages(qtbot, window, pages, 1)
    before = _stored(window, case)

    broken = tmp_path / "损坏.jpg"
    broken.write_bytes(out.getvalue()[:300])
    pages.import_files([str(broken)])
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "损坏.jpg" in pages.hint.text())
    assert "损坏或不完整" in pages.hint.text()
    assert _stored(window, case) == before and pages.strip.count() == 1


def test_scanning_without_a_case_says_what_to_do_first(qtbot, window):
    window.intake.pages.scan()
    assert "请先选择事项" in window.intake.pages.hint.text()
