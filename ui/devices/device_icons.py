"""Device status icons in the workbench's status bar: one per device, coloured by its state.

Green is ready, amber a fault the clerk can fix (paper, SAM), red absent or unplugged, grey a
simulator (the demo) or a device not configured. The tooltip says what and what to do; a click
opens the device settings.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from app.resources import resource_path
from drivers.device import DeviceState, DeviceStatus
from ui.theme import ACCENT, ERROR, MUTED, SUCCESS, WARNING

DEVICE_KINDS = ("card_reader", "scanner", "printer", "slip_printer", "evaluator", "barcode_scanner")


def device_title(kind: str) -> str:
    return {
        "card_reader": QCoreApplication.translate("Devices", "身份证读卡器"),
        "scanner": QCoreApplication.translate("Devices", "扫描仪/高拍仪"),
        "printer": QCoreApplication.translate("Devices", "文书打印机"),
        "slip_printer": QCoreApplication.translate("Devices", "凭条打印机"),
        "evaluator": QCoreApplication.translate("Devices", "好差评评价器"),
        "barcode_scanner": QCoreApplication.translate("Devices", "扫码枪"),
    }[kind]


def tone_of(status: DeviceStatus, simulated: bool) -> str:
    if status.state is DeviceState.READY:
        return "simulated" if simulated else "ok"
    return "warning" if status.state is DeviceState.FAULT else "error"


_TONE_COLOURS = {"ok": SUCCESS, "simulated": ACCENT, "warning": WARNING, "error": ERROR, "muted": MUTED}


@lru_cache(maxsize=64)  # 6 devices × 5 tones: drawn once each, not at every status poll
def tinted_icon(kind: str, colour: str, size: int = 18) -> QIcon:
    source = QIcon(str(resource_path("icons", "devices", f"{kind}.svg"))).pixmap(QSize(size, size))
    pixmap = QPixmap(source.size())
    pixmap.setDevicePixelRatio(source.devicePixelRatio())
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.drawPixmap(0, 0, source)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(colour))
    painter.end()
    return QIcon(pixmap)


class DeviceIcons(QWidget):
    clicked = Signal(str)  # the device kind

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.buttons: dict[str, QToolButton] = {}
        self._tones: dict[str, str] = {}
        for kind in DEVICE_KINDS:
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the status bar never takes the focus
            button.setIconSize(QSize(18, 18))
            button.clicked.connect(lambda _=False, k=kind: self.clicked.emit(k))
            self.buttons[kind] = button
            layout.addWidget(button)
            self.set_status(kind, DeviceStatus(DeviceState.ABSENT, self.tr("未配置")), "", tone="muted")

    def set_status(self, kind: str, status: DeviceStatus, url: str, tone: str | None = None) -> None:
        simulated = url.startswith("sim:")
        tone = tone or tone_of(status, simulated)
        self._tones[kind] = tone
        button = self.buttons[kind]
        button.setIcon(tinted_icon(kind, _TONE_COLOURS[tone]))
        text = f"{device_title(kind)}：{status.text}"
        if simulated:
            text += self.tr("（模拟设备）")
        lines = [text, url] + ([status.detail] if status.detail else [])
        lines.append(self.tr("点击打开设备设置"))
        button.setToolTip("\n".join(line for line in lines if line))
        button.setAccessibleName(text)

    def tone(self, kind: str) -> str:
        return self._tones[kind]

    def summary(self, kind: str) -> str:
        return self.buttons[kind].accessibleName()
