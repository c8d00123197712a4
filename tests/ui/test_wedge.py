"""Keyboard-wedge scans: a fast burst ending in Enter is a scan, a person typing is not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui.devices.wedge import WedgeDetector
from ui.issuance.issuance_panel import IssuancePanel
from ui.worker import Worker

NUMBER = "330429-20261123-W03-0001"


class Pace:
    """A clock that moves `step` seconds at each key: 0.01 is a scanner, 0.15 a person."""

    def __init__(self, step: float) -> None:
        self.step, self.now = step, 100.0

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_a_scan_into_the_collector_field_searches_the_case_number(qtbot, services):
    worker = Worker()
    panel = IssuancePanel(worker, cases=services.cases, issuance=services.issuance)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.wedge.clock = Pace(0.01)
    panel.collector_name.setText("王")
    panel.collector_name.setFocus()
    qtbot.waitUntil(panel.collector_name.hasFocus)
    qtbot.keyClicks(panel.collector_name, NUMBER.lower())  # Caps Lock off: parsing tolerates it
    qtbot.keyClick(panel.collector_name, Qt.Key.Key_Return)
    assert panel.collector_name.text() == "王"  # the scanner's keys were taken back out
    assert panel.number.text() == NUMBER
    qtbot.waitUntil(lambda: "没有办件编号" in panel.banner.text())  # looked up (none in this store)
    qtbot.waitUntil(worker.is_idle)


def scoped(qtbot, pace: float):
    host = QWidget()
    edit, notes = QLineEdit(host), QPlainTextEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(edit)
    layout.addWidget(notes)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    detector = WedgeDetector(host, clock=Pace(pace))
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    return edit, notes, scans


def type_and_enter(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_person_typing_a_case_number_keeps_it_in_the_field(qtbot):
    edit, _notes, scans = scoped(qtbot, 0.15)
    type_and_enter(qtbot, edit, NUMBER)
    assert scans == [] and edit.text() == NUMBER


def test_a_fast_burst_that_is_no_case_number_is_left_alone(qtbot):
    edit, _notes, scans = scoped(qtbot, 0.01)
    type_and_enter(qtbot, edit, "11010519491231002X")  # an ID number from a card reader's wedge
    assert scans == [] and edit.text() == "11010519491231002X"


def test_a_burst_into_a_text_area_is_not_taken(qtbot):
    _edit, notes, scans = scoped(qtbot, 0.01)
    type_and_enter(qtbot, notes, NUMBER)
    assert scans == [] and NUMBER in notes.toPlainText()


def test_a_scan_in_the_middle_of_typed_text_removes_only_its_own_keys(qtbot):
    edit, _notes, scans = scoped(qtbot, 0.01)
    edit.setText("备注：")
    type_and_enter(qtbot, edit, NUMBER)
    assert scans == [NUMBER] and edit.text() == "备注："
