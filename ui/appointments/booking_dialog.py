"""预约 at the window (Ctrl+Shift+P in the workbench): book a later visit for the applicant at the
counter or for a caller on the phone (预约登记, ui/appointments/booking_form.py), or cancel one for
its booker (取消预约, cancel_form.py); Alt+Y / Alt+X switch between them.

Keys only: Tab or Enter to the next field, ↑↓ in the slot list, Ctrl+Enter books (or cancels),
Esc puts the dialog aside keeping what was typed. It is not modal (like 查找办件): an ID card
placed on the reader while it is open fills its booker (ui/main_window.py routes the card here).
Everything goes to the server at once; without it the dialog says so and nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.services.queue.appointments import Appointments, Booked
from ui.appointments.booking_form import BookingForm
from ui.appointments.cancel_form import CancelForm
from ui.banner import Banner
from ui.worker import Worker


class BookingDialog(QDialog):
    kept = Signal(str)  # a line for the workbench's status bar

    def __init__(self, appointments: Appointments, catalog_search, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("预约登记"))
        # its own thread: a server slow to answer must not hold up the intake's saves behind it
        self.worker = worker = Worker(self)
        self.user = None  # the clerk it was opened for (the main window's SignedInUser)
        self.banner = Banner(self)
        self.booking = BookingForm(worker, appointments, catalog_search, self.banner, self)
        self.cancelling = CancelForm(worker, appointments, self.banner, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.booking, self.tr("预约登记（&Y）"))
        self.tabs.addTab(self.cancelling, self.tr("取消预约（&X）"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.booking.booked.connect(self._booked)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("Primary")
        self.submit_button.clicked.connect(self.submit)
        close = QPushButton(self.tr("关闭 (Esc)"), self)
        close.clicked.connect(self.reject)
        for button in (self.submit_button, close):
            button.setAutoDefault(False)  # Enter moves between fields; it never books by itself
        hint = QLabel(self.tr("Tab 或 Enter 到下一栏 · ↑↓ 选时段 · 放身份证到读卡器可填入预约人"), self)
        hint.setObjectName("KeyHint")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.submit)
        self._tab_shown(0)
        self.resize(700, 580)

    def _tab_shown(self, index: int) -> None:
        if index == 0:
            self.submit_button.setText(self.tr("预约 (Ctrl+Enter)"))
        else:
            self.submit_button.setText(self.tr("取消该预约 (Ctrl+Enter)"))
            self.cancelling.focus()

    def start(self, prefill: tuple[str, str, str, str, str] | None = None) -> None:
        """Shown by the workbench's key: the intake's applicant comes in when nothing is typed."""
        if prefill is not None:
            self.booking.prefill(*prefill)
        self.show()
        self.raise_()
        self.activateWindow()
        if self.tabs.currentIndex() == 0:
            self.booking.channel.setFocus()
        self.booking.start()

    def submit(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.booking.book()
        else:
            self.cancelling.cancel()

    def take_card(self, holder) -> None:
        """An ID card placed on the reader while the dialog is open: the booker's."""
        form = self.booking if self.tabs.currentIndex() == 0 else self.cancelling
        self.banner.show_message(form.take_card(holder), "info")

    def _booked(self, booked: Booked) -> None:
        self.cancelling.set_booking(booked.code, booked.day)
        self.kept.emit(
            self.tr("已预约：预约码 {0}，{1} {2}").format(booked.code, booked.day.isoformat(), booked.slot)
        )

    def reject(self) -> None:
        """Esc: put aside (what was typed stays for the next Ctrl+Shift+P); the workbench's keys
        work again at once, without a click on its window."""
        super().reject()
        if self.parentWidget() is not None:
            self.parentWidget().activateWindow()
