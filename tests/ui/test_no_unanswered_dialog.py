"""A modal dialog nobody answers fails its test at once instead of holding the run (tests/conftest.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox


def test_an_unexpected_question_fails_at_once_naming_itself(qtbot):
    with pytest.raises(AssertionError, match=r"QMessageBox\.question"):
        QMessageBox.question(None, "确认", "要继续吗？")


def test_an_unexpected_dialog_of_our_own_fails_at_once(qtbot):
    class OwnDialog(QDialog):
        pass

    dialog = OwnDialog()
    qtbot.addWidget(dialog)
    with pytest.raises(AssertionError, match=r"QDialog\.exec"):
        dialog.exec()
    with pytest.raises(AssertionError, match=r"QInputDialog\.getItem"):
        QInputDialog.getItem(None, "分派", "经办人：", ["甲", "乙"], 0, False)


def test_a_test_that_expects_the_dialog_gives_its_answer(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert QMessageBox.question(None, "确认", "要继续吗？") == QMessageBox.StandardButton.Yes
