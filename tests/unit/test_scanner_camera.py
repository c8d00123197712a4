"""The document camera (高拍仪) backend where no camera is attached: it says so, it never crashes.

Offscreen test machines have no video input (and may lack Qt Multimedia's audio library); the
backend must report that as 'not usable' with a reason, and a scan must fail with a sentence.
"""

from __future__ import annotations

import pytest

from drivers.device import DeviceError, DeviceState
from ui.devices.camera import CameraScanner, open_camera, support


def test_without_a_camera_support_status_and_scan_say_why(qapp):
    found = support()
    if found.usable:
        pytest.skip("this machine has a camera")
    assert found.scheme == "camera" and found.reason
    assert "高拍仪" in found.reason or "Qt 多媒体" in found.reason
    camera = open_camera("camera://0")
    assert camera.status().state is DeviceState.ABSENT
    with pytest.raises(DeviceError) as err:
        camera.scan("flatbed", 300, "colour")
    assert err.value.code == "absent" and str(err.value).endswith("。")


def test_camera_urls(qapp):
    assert CameraScanner("camera://1?timeout=3").index == 1
    assert CameraScanner("camera://?name=Eloam").name_part == "Eloam"
    with pytest.raises(DeviceError, match="camera://0"):
        CameraScanner("camera://front")
    with pytest.raises(DeviceError, match="分辨率"):
        CameraScanner("camera://0").scan("flatbed", 10, "colour")
