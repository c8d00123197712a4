"""The demo's hands: place a sample card on the simulated reader, take it away, make it fail.

Shown when the clerk clicks the card reader's icon and the reader is the simulator — the only
way to "put a card on" a reader that does not exist. The simulator speaks the real protocol, so
what follows (poll, read, parse, fill) is exactly what a real reader causes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from drivers.idcard.samples import SAMPLE_CARDS


def simulator_menu(hub, parent: QWidget) -> QMenu:
    simulator = hub.device("card_reader").simulator
    menu = QMenu(parent)
    menu.setTitle(QCoreApplication.translate("SimulatorMenu", "模拟读卡器"))
    for key, card in SAMPLE_CARDS.items():
        action = menu.addAction(QCoreApplication.translate("SimulatorMenu", "放卡：{0}").format(card.title))
        action.triggered.connect(lambda _=False, k=key: simulator.place(k))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("SimulatorMenu", "取走卡片"), simulator.remove)
    faults = menu.addMenu(QCoreApplication.translate("SimulatorMenu", "模拟故障"))
    for fault, title in (
        ("sam_fault", QCoreApplication.translate("SimulatorMenu", "安全模块故障")),
        ("bad_checksum", QCoreApplication.translate("SimulatorMenu", "校验和错误")),
        ("slow", QCoreApplication.translate("SimulatorMenu", "应答缓慢")),
        ("garbage", QCoreApplication.translate("SimulatorMenu", "乱码")),
    ):
        faults.addAction(title, lambda f=fault: simulator.set_fault(f))
    faults.addAction(QCoreApplication.translate("SimulatorMenu", "清除故障"), lambda: simulator.set_fault(""))
    faults.addAction(QCoreApplication.translate("SimulatorMenu", "拔出读卡器"), simulator.unplug)
    faults.addAction(QCoreApplication.translate("SimulatorMenu", "插回读卡器"), simulator.replug)
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("SimulatorMenu", "设备设置… (Ctrl+Shift+D)"), parent.open_device_settings
    )
    return menu
