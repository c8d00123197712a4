"""The status bar: three labelled slots (叫号, 设备, 同步) and the transient messages.

Each slot says only what is true now; the queue, device and sync issues fill them later through
``set_slot``. Until then the queue is not connected, the devices are the simulators and the
workbench runs alone on its local database.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from ui.theme import ERROR, MUTED, SUCCESS, WARNING

_TONE_COLOURS = {"ok": SUCCESS, "muted": MUTED, "warning": WARNING, "error": ERROR}


class WorkbenchStatusBar(QStatusBar):
    SLOTS = ("queue", "devices", "sync")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.busy = QLabel(self)
        self.addPermanentWidget(self.busy)
        self._titles = {"queue": self.tr("叫号"), "devices": self.tr("设备"), "sync": self.tr("同步")}
        self.slots: dict[str, QLabel] = {}
        for name in self.SLOTS:
            label = QLabel(self)
            label.setObjectName(f"slot_{name}")
            self.slots[name] = label
            self.addPermanentWidget(label)
        self.set_slot("queue", self.tr("未接入"), "muted")
        self.set_slot("devices", self.tr("模拟设备"), "muted")
        self.set_slot("sync", self.tr("单机模式（未连接服务器）"), "muted")

    def set_slot(self, name: str, text: str, tone: str = "ok", tooltip: str = "") -> None:
        label = self.slots[name]
        label.setText(f"{self._titles[name]}：{text}")
        label.setStyleSheet(f"color: {_TONE_COLOURS.get(tone, MUTED)};")
        label.setToolTip(tooltip)

    def slot_text(self, name: str) -> str:
        return self.slots[name].text()

    def set_busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("处理中…") if busy else "")
