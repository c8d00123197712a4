"""The on-screen evaluator: asked from a device thread, answered by touch on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from drivers.device import DeviceError
from drivers.evaluator import RatingRequest
from ui.devices.evaluator_screen import open_screen_evaluator

REQUEST = dict(case_number="330429-20261123-W03-0001", clerk="李晓梅", window="3号综合窗口")


def ask_in_thread(evaluator, timeout: float = 30.0):
    out: dict = {}

    def run() -> None:
        try:
            out["rating"] = evaluator.ask(RatingRequest(**REQUEST), timeout)
        except DeviceError as exc:
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


@pytest.fixture
def screen(qtbot):
    evaluator = open_screen_evaluator("screen://2")
    yield evaluator
    evaluator.close()
    qtbot.waitUntil(lambda: evaluator.window is None)


def shown(qtbot, evaluator):
    qtbot.waitUntil(lambda: evaluator.window is not None and evaluator.window.isVisible())
    return evaluator.window


def test_five_levels_nothing_preselected_and_a_good_rating_comes_back(qtbot, screen):
    thread, out = ask_in_thread(screen)
    window = shown(qtbot, screen)
    assert not window.isFullScreen()  # one screen here: a plain window instead of monitor 2
    buttons = window.level_buttons
    assert [b.text() for b in buttons.values()] == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
    assert not any(b.isChecked() or b.hasFocus() or b.isDefault() for b in buttons.values())
    assert "330429-20261123-W03-0001" in window.subject.text()
    qtbot.mouseClick(buttons[4], Qt.MouseButton.LeftButton)
    thread.join(30)
    assert out["rating"].level == 4 and out["rating"].reasons == ()
    assert window.pages.currentIndex() == 2  # thanks


def test_a_bad_rating_needs_a_reason_and_may_say_more(qtbot, screen):
    thread, out = ask_in_thread(screen)
    window = shown(qtbot, screen)
    qtbot.mouseClick(window.level_buttons[1], Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 1 and not window.submit.isEnabled()
    qtbot.mouseClick(window.reason_buttons["R04"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.reason_buttons["I2"], Qt.MouseButton.LeftButton)
    window.text.setText("等了一个小时")
    assert window.submit.isEnabled()
    qtbot.mouseClick(window.submit, Qt.MouseButton.LeftButton)
    thread.join(30)
    rating = out["rating"]
    assert (rating.level, set(rating.reasons), rating.text) == (1, {"R04", "I2"}, "等了一个小时")


def test_nobody_rating_closes_the_window_and_gives_none(qtbot, screen):
    thread, out = ask_in_thread(screen, timeout=0.3)
    shown(qtbot, screen)
    qtbot.waitUntil(lambda: not thread.is_alive())
    assert out == {"rating": None}
    qtbot.waitUntil(lambda: not screen.window.isVisible())


def test_the_next_question_starts_clean(qtbot, screen):
    thread, out = ask_in_thread(screen)
    window = shown(qtbot, screen)
    qtbot.mouseClick(window.level_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.reason_buttons["R07"], Qt.MouseButton.LeftButton)
    screen.cancel(window.request.rating_id)  # queued to the GUI thread: keep its loop running
    qtbot.waitUntil(lambda: not thread.is_alive())
    assert out == {"rating": None}
    thread, out = ask_in_thread(screen)
    qtbot.waitUntil(lambda: window.request is not None)
    assert window.pages.currentIndex() == 0
    assert not any(b.isChecked() for b in window.reason_buttons.values()) and window.text.text() == ""
    screen.cancel(window.request.rating_id)
    qtbot.waitUntil(lambda: not thread.is_alive())


def test_asking_on_the_gui_thread_is_refused_not_a_deadlock(screen):
    with pytest.raises(DeviceError) as caught:
        screen.ask(RatingRequest(**REQUEST), 1)
    assert caught.value.code == "wrong_thread"


def test_made_on_a_worker_thread_it_still_shows_on_the_gui_thread(qtbot):
    made: list = []
    worker = threading.Thread(target=lambda: made.append(open_screen_evaluator("screen://2")))
    worker.start()
    worker.join(30)
    evaluator = made[0]
    thread, out = ask_in_thread(evaluator)
    window = shown(qtbot, evaluator)
    qtbot.mouseClick(window.level_buttons[5], Qt.MouseButton.LeftButton)
    thread.join(30)
    assert out["rating"].level == 5
    evaluator.close()
    qtbot.waitUntil(lambda: evaluator.window is None)


def test_a_bad_url_is_refused():
    with pytest.raises(ValueError):
        open_screen_evaluator("screen://left")


def test_the_buttons_stay_touch_sized_under_the_workbench_style_sheet(qtbot, qapp, screen):
    from ui.theme import STYLESHEET

    qapp.setStyleSheet(STYLESHEET)  # as in the workbench: min-height 20px for every button
    try:
        thread, _answer = ask_in_thread(screen, timeout=5)
        window = shown(qtbot, screen)
        window.resize(1024, 600)
        qtbot.wait(50)
        assert all(b.height() >= 110 for b in window.level_buttons.values())
        window.finish(None)
        thread.join(30)
    finally:
        qapp.setStyleSheet("")
