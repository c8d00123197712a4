"""The hall manager's console: one window, one tab per area, Ctrl+1…Ctrl+9 and Ctrl+0 to switch.

A back-office account of the hall signs in on the same console to do the 差评 follow-ups assigned
to it: it gets MY_TABS alone (我的整改, on the 好差评 key Ctrl+4), not the hall's areas.

The hall's name and the signed-in manager are in the title and the status bar; 退出登录
(Ctrl+Shift+L) asks the application to end the session (ui/manager/app.py signs out on the
server and shows the sign-in dialog again).

Areas are listed in TABS by their key. Each tab is a QWidget class constructed as
``Tab(services, parent)`` (ui/manager/services.py); if it has a ``stop()`` method the console
calls it when it closes (threads, timers). A key whose area is not listed does nothing.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTabWidget, QWidget

from app.domain.messages import QT_TRANSLATE_NOOP
from app.sync.protocol import Role
from ui.manager.services import ManagerServices

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
CONTEXT = "ManagerConsole"

# (key N of Ctrl+N, tab title, "module:Class"). Each area adds ONE line here once its tab works,
# keeping the keys of DESIGN: 1 实时大厅, 2 窗口调度, 3 调度建议, 4 好差评, 5 统计报表,
# 6 节假日与营业时间, 8 省平台上报, 9 办不成事, 0 帮办代办台账 (the last tab, as on the keyboard;
# 7 is an admin's 审计日志, AUDIT_TAB below). The title goes through
# QT_TRANSLATE_NOOP("ManagerConsole", …).
TABS: tuple[tuple[int, str, str], ...] = (
    (1, QT_TRANSLATE_NOOP("ManagerConsole", "实时大厅"), "ui.manager.live_hall.tab:LiveHallTab"),
    (2, QT_TRANSLATE_NOOP("ManagerConsole", "窗口调度"), "ui.manager.assignments.tab:AssignmentsTab"),
    (3, QT_TRANSLATE_NOOP("ManagerConsole", "调度建议"), "ui.manager.staffing.tab:StaffingTab"),
    (4, QT_TRANSLATE_NOOP("ManagerConsole", "好差评"), "ui.manager.followups.tab:FollowupsTab"),
    (5, QT_TRANSLATE_NOOP("ManagerConsole", "统计报表"), "ui.manager.statistics.tab:StatisticsTab"),
    (6, QT_TRANSLATE_NOOP("ManagerConsole", "节假日与营业时间"), "ui.manager.calendar.tab:CalendarTab"),
    (8, QT_TRANSLATE_NOOP("ManagerConsole", "省平台上报"), "ui.manager.platform.tab:PlatformTab"),
    (9, QT_TRANSLATE_NOOP("ManagerConsole", "办不成事"), "ui.manager.unresolved.tab:UnresolvedTab"),
    (0, QT_TRANSLATE_NOOP("ManagerConsole", "帮办代办台账"), "ui.manager.assisted.tab:AssistedTab"),
)

# a back-office account: only the follow-ups it holds (the server lets it read and record those)
MY_TABS: tuple[tuple[int, str, str], ...] = (
    (4, QT_TRANSLATE_NOOP("ManagerConsole", "我的整改"), "ui.manager.followups.mine:MyFollowupsTab"),
)

# an auditor: the hall's audit log alone (the server lets it read nothing else); an admin has it
# beside the hall's areas
AUDIT_TAB = (7, QT_TRANSLATE_NOOP("ManagerConsole", "审计日志"), "ui.manager.audit.tab:AuditLogTab")
AUDITOR_TABS: tuple[tuple[int, str, str], ...] = ((1, AUDIT_TAB[1], AUDIT_TAB[2]),)

ROLE_NAMES = {  # the context spelled out: lupdate reads no variable
    "hall_manager": QT_TRANSLATE_NOOP("ManagerConsole", "大厅管理员"),
    "admin": QT_TRANSLATE_NOOP("ManagerConsole", "系统管理员"),
    "backoffice": QT_TRANSLATE_NOOP("ManagerConsole", "后台审批账号"),
    "auditor": QT_TRANSLATE_NOOP("ManagerConsole", "审计员"),
}


def _key_order(tab: tuple[int, str, str]) -> int:
    """Tabs in the order of their keys on the keyboard: 1 … 9, then 0."""
    return tab[0] or 10


def tabs_for(role: str) -> tuple[tuple[int, str, str], ...]:
    """The areas an account of `role` gets: the whole console (an admin's with the audit log),
    我的整改 for a back-office one, the audit log for an auditor."""
    role = str(role)
    if role == Role.BACKOFFICE.value:
        return MY_TABS
    if role == Role.AUDITOR.value:
        return AUDITOR_TABS
    return (*TABS, AUDIT_TAB) if role == Role.ADMIN.value else TABS


def load_tab_class(target: str) -> type[QWidget]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


class ManagerConsole(QMainWindow):
    sign_out_requested = Signal()

    def __init__(
        self,
        services: ManagerServices,
        tabs: tuple[tuple[int, str, str], ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        chosen = tabs if tabs is not None else tabs_for(services.user.role)
        if chosen is MY_TABS:
            self.setWindowTitle(self.tr("我的整改 — {0}").format(services.hall_name))
        elif chosen is AUDITOR_TABS:
            self.setWindowTitle(self.tr("审计日志 — {0}").format(services.hall_name))
        else:
            self.setWindowTitle(self.tr("大厅管理 — {0}").format(services.hall_name))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_keys: dict[int, QWidget] = {}
        for key, title, target in sorted(chosen, key=_key_order):
            tab = load_tab_class(target)(services, self.tabs)
            label = translate(CONTEXT, title)
            index = self.tabs.addTab(tab, f"{label} (Ctrl+{key})")
            self.tabs.setTabToolTip(index, f"Ctrl+{key}")
            self.tab_keys[key] = tab
        self._shortcuts = []  # kept: a QShortcut whose wrapper is collected stops firing
        for key in range(10):
            self._key(f"Ctrl+{key}", lambda key=key: self.show_area(key))
        self._status_bar(services)
        self.resize(1366, 768)

    def _status_bar(self, services: ManagerServices) -> None:
        user = services.user
        role = translate(CONTEXT, ROLE_NAMES.get(str(user.role), "")) or str(user.role)
        self.who = QLabel(
            self.tr("{0}：{1}（{2}）已登录").format(services.hall_name, user.display_name, role), self
        )
        self.sign_out_button = QPushButton(self.tr("退出登录 (Ctrl+Shift+L)"), self)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        bar = self.statusBar()
        bar.addWidget(self.who, 1)
        bar.addPermanentWidget(self.sign_out_button)
        self._key("Ctrl+Shift+L", self.sign_out_requested.emit)

    def _key(self, sequence: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

    def show_area(self, key: int) -> None:
        tab = self.tab_keys.get(key)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.setFocus()

    def stop(self) -> None:
        """End the tabs' threads and timers (before the session or the application ends)."""
        for tab in self.tab_keys.values():
            stop = getattr(tab, "stop", None)
            if stop is not None:
                try:
                    stop()
                except Exception:  # one area's bug must not keep the others running
                    log.exception("a console tab did not stop cleanly")

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)
