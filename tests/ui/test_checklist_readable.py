"""Every material name is read whole, without a mouse, at 1366×768 and 1920×1080, in Chinese and
in English: the name is on one line or wrapped into a row tall enough for it, never cut with "…";
the clerk reaches each row with Down and it scrolls into view; the tooltip is the name, then the
catalog's 说明."""

from __future__ import annotations

from contextlib import suppress

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle
from pytestqt.exceptions import TimeoutError as WaitTimeout

from tests.ui.conftest import pick_matter
from ui.translations import install_translator

K = Qt.Key
# the longest material names of the sample catalog (19 characters) and the ones clerks saw cut
MATTERS = [("jhdj", "内地居民结婚登记"), ("yxzr", "有限责任公司设立登记")]
NAME = 0


@pytest.fixture(params=["zh", "en"])
def ui_lang(request, qapp):
    """Installed before the window is built (argument order), as ``--lang`` does at start."""
    translator = install_translator(qapp, "en") if request.param == "en" else None
    if request.param == "en":
        assert translator is not None, "the English translation did not load"
    yield request.param
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def cut_texts(table, column: int) -> list[str]:
    """The texts of ``column`` that the view cannot show whole in their cells as laid out now."""
    metrics = QFontMetrics(table.font())
    # the item delegate insets a cell's text by PM_FocusFrameHMargin + 1 on each side
    inset = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    cut = []
    for row in range(table.rowCount()):
        item = table.item(row, column)
        cell = table.visualItemRect(item)
        width = cell.width() - 2 * inset
        if metrics.horizontalAdvance(item.text()) <= width:
            continue  # one line is enough
        wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text())
        if not table.wordWrap() or wrapped.width() > width or wrapped.height() > cell.height():
            cut.append(f"{item.text()} ({width}px × {cell.height()}px)")
    return cut


def in_view(table, row: int) -> bool:
    cell = table.visualItemRect(table.item(row, NAME))
    return table.viewport().rect().contains(cell)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("query,matter", MATTERS, ids=["marriage", "company"])
def test_every_material_name_is_shown_whole(qtbot, ui_lang, window, size, query, matter) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    pick_matter(qtbot, window, query, matter)
    table = window.intake.checklist.table
    assert table.rowCount() >= 4
    with suppress(WaitTimeout):  # said below, with the names that are cut
        qtbot.waitUntil(lambda: not cut_texts(table, NAME), timeout=30_000)
    assert cut_texts(table, NAME) == []

    # by keyboard alone: each row comes into view as the focus reaches it
    window.intake.checklist.focus_first()
    for row in range(table.rowCount()):
        assert table.currentRow() == row
        qtbot.waitUntil(lambda row=row: in_view(table, row))
        qtbot.keyClick(table, K.Key_Down)

    for row, material in enumerate(window.intake.case.materials):
        tip = table.item(row, NAME).toolTip()
        assert tip.splitlines()[0] == material.name
        assert tip == (f"{material.name}\n{material.guide_note}" if material.guide_note else material.name)
