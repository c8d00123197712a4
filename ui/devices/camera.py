"""`camera://0` — a document camera (高拍仪) through Qt Multimedia, as a Scanner.

A 高拍仪 is a USB camera on an arm looking down at the desk: the clerk lays the paper under it
and presses 扫描; we take one still at the camera's highest resolution. It has no feeder, so an
ADF request takes one page as well. The camera is opened for the shot and closed after it, so
the light on the arm is off while nobody is scanning.

It lives in ui/ because Qt Multimedia is Qt; the GUI program hands `open_camera` to the
composition root as the "scanner:camera" factory. scan() runs on a device thread: the Qt
objects are made there and a local event loop waits for the picture.

URL: `camera://N` (the N-th video input, from 0) or `camera://?name=<part of its name>`;
`timeout=` seconds to wait for the picture (default 10).
"""

from __future__ import annotations

from drivers.device import BackendSupport, DeviceError, DeviceState, DeviceStatus, parse_device_url
from drivers.scanner.base import ScannedImage, check_options

A4_LONG_SIDE_INCHES = 297 / 25.4  # a document camera frames an A4 sheet; its "dpi" follows from that
TITLE = "高拍仪"


def _multimedia():
    """Qt Multimedia, or a DeviceError saying why it cannot load (it needs PulseAudio's library)."""
    try:
        from PySide6 import QtMultimedia
    except ImportError as exc:
        raise DeviceError(
            f"Qt 多媒体组件无法加载（{exc}）：请安装 libpulse0 等多媒体库后重启工作台。", "absent"
        ) from exc
    return QtMultimedia


def _inputs():
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        raise DeviceError("高拍仪只能在工作台界面中使用。", "absent")
    return list(_multimedia().QMediaDevices.videoInputs())


def support() -> BackendSupport:
    try:
        inputs = _inputs()
    except DeviceError as exc:
        return BackendSupport("camera", TITLE, False, str(exc))
    if not inputs:
        return BackendSupport("camera", TITLE, False, "未找到高拍仪或摄像头：请检查 USB 连接后重试。")
    return BackendSupport("camera", TITLE, True, "、".join(d.description() for d in inputs))


def open_camera(url: str) -> CameraScanner:
    return CameraScanner(url)


class CameraScanner:
    def __init__(self, url: str) -> None:
        parsed = parse_device_url(url)
        self.url = url
        self.name_part = parsed.get("name")
        try:
            self.index = int(parsed.host or "0")
        except ValueError:
            raise DeviceError(
                f"高拍仪地址“{url}”应形如 camera://0（第几个摄像头，从 0 开始）。", "bad_url"
            ) from None
        self.timeout_ms = int(parsed.get_float("timeout", 10.0) * 1000)

    def _device(self):
        inputs = _inputs()
        if self.name_part:
            for device in inputs:
                if self.name_part.lower() in device.description().lower():
                    return device
            raise DeviceError(f"未找到名称含“{self.name_part}”的高拍仪：请检查 USB 连接。", "absent")
        if not inputs:
            raise DeviceError("未找到高拍仪或摄像头：请检查 USB 连接后重试。", "absent")
        if self.index >= len(inputs):
            raise DeviceError(
                f"只找到 {len(inputs)} 个摄像头，没有第 {self.index} 个：请检查设备地址。", "absent"
            )
        return inputs[self.index]

    def status(self) -> DeviceStatus:
        try:
            device = self._device()
        except DeviceError as exc:
            return DeviceStatus(DeviceState.ABSENT, "未连接", str(exc))
        return DeviceStatus(DeviceState.READY, "就绪", device.description())

    def scan(self, source: str = "flatbed", dpi: int = 300, colour: str = "colour") -> list[ScannedImage]:
        check_options(source, dpi, colour)
        device = self._device()
        image = self._capture(device)
        return [_to_scanned(image, colour, device.description())]

    def _capture(self, device):
        from PySide6.QtCore import QEventLoop, QTimer

        mm = _multimedia()
        session = mm.QMediaCaptureSession()
        camera = mm.QCamera(device)
        formats = sorted(
            device.videoFormats(), key=lambda f: f.resolution().width() * f.resolution().height()
        )
        if formats:
            camera.setCameraFormat(formats[-1])  # the sharpest picture the camera can give
        capture = mm.QImageCapture()
        session.setCamera(camera)
        session.setImageCapture(capture)
        outcome: dict = {}
        loop = QEventLoop()

        def ready(is_ready: bool) -> None:
            if is_ready and "asked" not in outcome:
                outcome["asked"] = True
                capture.capture()

        def captured(_id: int, image) -> None:
            outcome["image"] = image.copy()
            loop.quit()

        def failed(*args) -> None:
            outcome["error"] = str(args[-1]) if args else "未知错误"
            loop.quit()

        capture.readyForCaptureChanged.connect(ready)
        capture.imageCaptured.connect(captured)
        capture.errorOccurred.connect(failed)
        camera.errorOccurred.connect(failed)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        camera.start()
        if capture.isReadyForCapture():
            ready(True)
        timer.start(self.timeout_ms)
        if "image" not in outcome and "error" not in outcome:
            loop.exec()
        camera.stop()
        if "error" in outcome:
            raise DeviceError(f"高拍仪拍摄失败（{outcome['error']}）：请检查连接后重新扫描。", "scan_failed")
        if "image" not in outcome or outcome["image"].isNull():
            raise DeviceError(
                f"高拍仪 {self.timeout_ms // 1000} 秒内没有送来图像："
                "请检查它是否被别的程序占用，然后重新扫描。",
                "timeout",
            )
        return outcome["image"]


def _to_scanned(image, colour: str, name: str) -> ScannedImage:
    """The still as JPEG (PNG for black and white), as a camera delivers a photo of paper."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    if colour == "grey":
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    elif colour == "bw":
        image = image.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)
    dpi = max(1, round(max(image.width(), image.height()) / A4_LONG_SIDE_INCHES))
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    fmt, media_type = ("PNG", "image/png") if colour == "bw" else ("JPEG", "image/jpeg")
    if not image.save(buffer, fmt, 90):
        raise DeviceError("高拍仪的图像无法保存：请重新扫描。", "bad_image")
    buffer.close()
    return ScannedImage(bytes(data.data()), media_type, image.width(), image.height(), dpi, name)
