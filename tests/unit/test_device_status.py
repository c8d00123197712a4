"""Every driver is a drivers.device.Device: status() answers a DeviceStatus, for every backend
`onewindow device list` knows, and for the stand-ins of a device whose URL could not be opened —
so the status bar and the device settings ask them all the same way."""

from __future__ import annotations

import pytest

from app.device_set import DEVICE_KINDS, backends_of, open_device
from drivers.device import Device, DeviceError, DeviceStatus

# a URL per backend that needs no hardware and answers at once: a closed port, a missing device
SAMPLE_URLS = {
    "sim": "sim://",
    "sam": "sam:///dev/onewindow-no-such-port",
    "sam+socket": "sam+socket://127.0.0.1:9",
    "folder": "folder://{tmp}/scans",
    "sane": "sane://",
    "twain": "twain://",
    "pdf": "pdf://{tmp}/print",
    "escpos+tcp": "escpos+tcp://127.0.0.1:9?timeout=0.5",
    "escpos+serial": "escpos+serial:///dev/onewindow-no-such-port",
    "escpos+usb": "escpos+usb://0416:5011",
    "serial": "serial:///dev/onewindow-no-such-port",
    "serial+socket": "serial+socket://127.0.0.1:9",
}
NOT_A_DEVICE = {"wlt", "wedge"}  # the photo decoder library; a wedge scanner types like a keyboard
CASES = [
    (kind, support.scheme)
    for kind in DEVICE_KINDS
    for support in backends_of(kind)
    if support.scheme not in NOT_A_DEVICE
]


@pytest.mark.parametrize(("kind", "scheme"), CASES, ids=[f"{k}-{s}" for k, s in CASES])
def test_every_backend_answers_status_with_a_device_status(kind, scheme, tmp_path):
    url = SAMPLE_URLS[scheme].format(tmp=tmp_path)
    try:
        device = open_device(kind, url)
    except (ValueError, DeviceError) as exc:
        # a backend that cannot run on this machine (or is not a device of this kind: an ESC/POS
        # printer as the document printer) is refused at opening, with its reason
        assert str(exc)
        pytest.skip(f"{kind} {scheme}:// not openable here: {exc}")
    try:
        assert isinstance(device, Device)
        status = device.status()
        assert isinstance(status, DeviceStatus), (kind, scheme, status)
        assert status.text
    finally:
        for name in ("stop", "close"):
            method = getattr(device, name, None)
            if callable(method):
                method()


def test_the_stand_ins_of_unopenable_devices_answer_the_same_way(tmp_path):
    from app.device_set import DeviceSet

    devices = DeviceSet(
        urls={"printer": "nonsense", "slip_printer": "escpos+nonsense://x", "scanner": "nonsense://"},
        errors={"printer": "地址格式不对"},
    )
    for device in (devices.printer(), devices.slip_printer(), devices.scanner()):
        assert isinstance(device, Device)
        status = device.status()
        assert isinstance(status, DeviceStatus) and not status.ok


def test_printers_say_what_is_wrong_in_their_status():
    from drivers.printer import open_printer

    status = open_printer("sim://?fail=paper").status()
    assert isinstance(status, DeviceStatus) and not status.ok
    assert status.text == "打印机缺纸" and "装纸" in status.detail
    assert open_printer("sim://").status().ok


def test_the_hall_displays_voice_is_a_device_too():
    from drivers.voice import open_announcer

    announcer = open_announcer("sim://")
    try:
        assert isinstance(announcer, Device)
        assert isinstance(announcer.status(), DeviceStatus)
    finally:
        announcer.close()
