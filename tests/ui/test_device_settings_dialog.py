"""设备设置: each device tested for real from the dialog; saved URLs re-open the devices."""

from __future__ import annotations

from app.settings import load_device_urls
from ui.devices.qt_backends import QT_SUPPORTS
from ui.devices.settings_dialog import DeviceSettingsDialog


def dialog_for(qtbot, window):
    dialog = DeviceSettingsDialog(
        window.services.settings, window.hub.device_worker, window.services.test_device, QT_SUPPORTS, window
    )
    qtbot.addWidget(dialog)
    return dialog


def test_testing_a_card_reader_reads_a_card_and_a_bad_url_says_why(qtbot, window):
    dialog = dialog_for(qtbot, window)
    dialog.url_edits["card_reader"].setText("sim://?card=resident")
    dialog.test("card_reader")
    qtbot.waitUntil(lambda: "读卡成功" in dialog.result_text("card_reader"), timeout=30_000)
    assert "王*" in dialog.result_text("card_reader")  # masked, even here
    dialog.url_edits["slip_printer"].setText("escpos+tcp://127.0.0.1:1")  # nothing listens there
    dialog.test("slip_printer")
    qtbot.waitUntil(lambda: "……" not in dialog.result_text("slip_printer"), timeout=30_000)
    assert "凭条打印机未连接" in dialog.result_text("slip_printer")
    dialog.url_edits["scanner"].setText("nonsense")
    dialog.test("scanner")
    qtbot.waitUntil(lambda: "……" not in dialog.result_text("scanner"), timeout=30_000)
    assert "“nonsense”格式不对" in dialog.result_text("scanner")


def test_backends_this_machine_cannot_run_are_greyed_out_with_the_reason(qtbot, window):
    dialog = dialog_for(qtbot, window)
    box = dialog.backend_boxes["scanner"]
    twain = box.findData("twain")
    item = box.model().item(twain)
    assert not item.isEnabled() and "Windows" in item.toolTip()
    # choosing a backend offers an example URL to edit
    box.setCurrentIndex(box.findData("folder"))
    box.activated.emit(box.currentIndex())
    assert dialog.url_edits["scanner"].text().startswith("folder://")


def test_saving_reopens_the_devices_and_remembers_them(qtbot, window, services):
    dialog = dialog_for(qtbot, window)
    dialog.url_edits["slip_printer"].setText("sim://?fail=paper")
    chosen = dialog.chosen_settings()
    window.hub.stop()
    services.reconfigure_devices(chosen)
    window.hub.start()
    assert load_device_urls(services.settings.data_dir)["slip_printer_url"] == "sim://?fail=paper"
    qtbot.waitUntil(lambda: window.status.devices.tone("slip_printer") == "warning", timeout=30_000)
    assert "缺纸" in window.status.devices.summary("slip_printer")
    # the reader came back after the restart
    window.hub.device("card_reader").simulator.place("permit")
    qtbot.waitUntil(lambda: window.intake.applicant.name.text() == "陈家豪", timeout=30_000)


def test_testing_the_reader_in_use_reads_from_it_not_a_second_one(qtbot, window):
    # the workbench's own reader is on sim:// : a port opens once, so the test waits on it
    dialog = dialog_for(qtbot, window)
    assert dialog.url_edits["card_reader"].text() == "sim://"
    dialog.test("card_reader")
    assert "放到读卡器上" in dialog.result_text("card_reader")
    qtbot.wait(300)
    window.hub.device("card_reader").simulator.place("foreign2017")
    qtbot.waitUntil(lambda: "读卡成功" in dialog.result_text("card_reader"), timeout=30_000)


def test_a_long_test_error_is_wrapped_whole_inside_the_dialog_and_selectable(qtbot, window):
    from PySide6.QtCore import Qt

    from drivers.device import DeviceError

    long_error = (
        "文书打印机未连接：无法打开 pdf:///srv/窗口打印/综合窗口3/2026/12/04/一个很长很长的文件夹名称/输出 "
        "（权限不足：运行工作台的账号不能写入该文件夹，请由运维人员在该文件夹的属性中为窗口电脑的账号加上写入权限，"
        "然后再按测试）"
    )

    def failing(kind, url):
        raise DeviceError(long_error)

    dialog = DeviceSettingsDialog(window.services.settings, window.hub.device_worker, failing, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.test("printer")
    result = dialog.results["printer"]
    qtbot.waitUntil(lambda: result.text() == long_error, timeout=30_000)
    qtbot.waitUntil(lambda: result.height() >= result.heightForWidth(result.width()))
    box = result.geometry()
    assert box.right() < dialog.width() and box.bottom() < dialog.height()
    assert result.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_backend_list_follows_the_typed_url(qtbot, window):
    dialog = dialog_for(qtbot, window)
    edit, box = dialog.url_edits["printer"], dialog.backend_boxes["printer"]
    edit.selectAll()
    qtbot.keyClicks(edit, "sim://")
    assert box.currentData() == "sim"
    edit.selectAll()
    qtbot.keyClicks(edit, "pdf:///tmp/out")
    assert box.currentData() == "pdf"
    qtbot.keyClicks(edit, "x")  # still pdf: the choice does not flicker while typing on
    assert box.currentData() == "pdf"
