"""The devices that need Qt (system printer, document camera, on-screen evaluator) are
drivers.device.Device too: status() answers a DeviceStatus, like every driver's."""

from __future__ import annotations

import pytest

from drivers.device import Device, DeviceError, DeviceStatus
from ui.devices.qt_backends import QT_SUPPORTS, qt_factories

URLS = {"printer:system": "system://", "scanner:camera": "camera://0", "evaluator:screen": "screen://1"}


@pytest.mark.parametrize("key", sorted(QT_SUPPORTS))
def test_every_qt_backend_answers_status_with_a_device_status(qapp, key, tmp_path):
    try:
        device = qt_factories(tmp_path)[key](URLS[key])
    except (ValueError, DeviceError) as exc:
        pytest.skip(f"{key} not openable here: {exc}")
    try:
        assert isinstance(device, Device)
        status = device.status()
        assert isinstance(status, DeviceStatus) and status.text
    finally:
        for name in ("stop", "close"):
            method = getattr(device, name, None)
            if callable(method):
                method()
