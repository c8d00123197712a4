"""今日办件 at 1366×768: a 40-character applicant name is cut with "…" (its tooltip whole), the
status column stays in sight and whole for every row, and the time keeps its width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from app.domain.masking import mask_name
from tests.ui.conftest import fill_applicant, pick_matter, press, wait_idle
from ui.cases.today_list import _APPLICANT, _STATUS, _TIME

BIRTH_CERTIFICATE = "出生医学证明首次签发"  # 即办件, one applicant
LONG_NAME = "安和县" + "某" * 33 + "有限公司"  # 40 characters, as a company's name may be


def shown_whole(table, row: int, column: int) -> bool:
    """The cell lies inside the viewport and its text fits it on one line (no "…")."""
    item = table.item(row, column)
    cell = table.visualItemRect(item)
    inset = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    fits = QFontMetrics(table.font()).horizontalAdvance(item.text()) <= cell.width() - 2 * inset
    return fits and table.viewport().rect().contains(cell)


def test_a_long_applicant_name_leaves_the_status_in_sight(qtbot, window) -> None:
    assert len(LONG_NAME) == 40
    pick_matter(qtbot, window, "出生医学", BIRTH_CERTIFICATE)
    fill_applicant(qtbot, window, name=LONG_NAME)
    press(
        qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    wait_idle(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F9)  # accepted: the longest status, 已受理 with its mark
    qtbot.waitUntil(lambda: "已受理" in window.intake.banner.text())
    wait_idle(qtbot, window)
    today = window.today
    table = today.table
    masked = mask_name(LONG_NAME)
    qtbot.waitUntil(lambda: any(table.item(r, _APPLICANT).text() == masked for r in range(table.rowCount())))

    for row in range(table.rowCount()):
        assert shown_whole(table, row, _STATUS), table.item(row, _STATUS).text()
        assert shown_whole(table, row, _TIME), table.item(row, _TIME).text()
    row = next(r for r in range(table.rowCount()) if table.item(r, _APPLICANT).text() == masked)
    assert table.item(row, _APPLICANT).toolTip() == masked
    assert not shown_whole(table, row, _APPLICANT)  # cut with "…": the name gives way, not the status
    assert table.horizontalScrollBar().maximum() == 0 or not table.horizontalScrollBar().isVisible()
