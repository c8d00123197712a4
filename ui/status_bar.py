"""The status bar: the queue and sync slots, the device icons, and the transient messages.

Each slot says only what is true now, filled through ``set_slot``: the queue slot by the queue
panel (ui/queue/queue_panel.py: online or not, the current ticket, the waiting or the paper
tickets not yet reported; 未接入 until the services are open), the sync slot by
``ui.sync.monitor.SyncMonitor`` (standalone: 单机模式). A click on a slot is
``slot_clicked(name)``. The device icons are kept current by the device hub.

Nothing in the bar moves while the clerk works: the device icons sit at the right end (the
permanent widgets are packed from the right, so whatever text changes sits left of them), and a
slot never narrows during a session (a shorter text would pull its neighbours sideways).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from ui.devices.device_icons import DeviceIcons
from ui.theme import ACCENT, ERROR, MUTED, SUCCESS, WARNING

_TONE_COLOURS = {"ok": SUCCESS, "muted": MUTED, "warning": WARNING, "error": ERROR, "busy": ACCENT}


class WorkbenchStatusBar(QStatusBar):
    SLOTS = ("queue", "rating", "sync")
    slot_clicked = Signal(str)  # the slot's name

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.busy = QLabel(self)
        self.busy.setFixedWidth(self.busy.fontMetrics().horizontalAdvance(self.tr("处理中…")) + 8)
        self.addPermanentWidget(self.busy)
        self._titles = {"queue": self.tr("叫号"), "rating": self.tr("评价"), "sync": self.tr("同步")}
        self.slots: dict[str, QLabel] = {}
        for name in self.SLOTS:
            label = QLabel(self)
            label.setObjectName(f"slot_{name}")
            self.slots[name] = label
            label.installEventFilter(self)
            self.addPermanentWidget(label)
        self.devices = DeviceIcons(self)
        self.addPermanentWidget(self.devices)
        self.set_slot("queue", self.tr("未接入"), "muted")
        self.no_rating()
        self.set_slot("sync", self.tr("单机模式（未连接服务器）"), "muted")
        self.slots["sync"].setCursor(Qt.CursorShape.PointingHandCursor)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            for name, label in self.slots.items():
                if obj is label:
                    self.slot_clicked.emit(name)
                    return True
        return False

    def set_slot(self, name: str, text: str, tone: str = "ok", tooltip: str = "") -> None:
        label = self.slots[name]
        label.setText(self.tr("{0}：{1}").format(self._titles[name], text))
        label.setMinimumWidth(max(label.minimumWidth(), label.sizeHint().width()))
        label.setStyleSheet(f"color: {_TONE_COLOURS.get(tone, MUTED)};")
        label.setToolTip(tooltip)

    def no_rating(self) -> None:
        """The rating slot with nothing asked: at the start, and once the clerk has signed out
        (the last applicant's rating is not the next clerk's business)."""
        self.set_slot("rating", self.tr("—"), "muted")

    def slot_text(self, name: str) -> str:
        return self.slots[name].text()

    def set_busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("处理中…") if busy else "")
