"""The kiosk's ID card reader: the workbench's device layer, its reads brought to the GUI thread.

The reader is opened from its URL by app.device_set.open_device (sim:// is the simulator that
speaks the real protocol over a pty) and polls on its own thread; what it reads arrives here as
a Qt signal carrying the ApplicantCard the ticket takes along. With the simulator, the kiosk
shows a 模拟刷卡 button that lays a sample card on it, like a hand would.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app.device_set import open_device
from app.services.kiosk.card import applicant_from_record

log = logging.getLogger(__name__)
SIM_CARDS = ("resident", "long_address")  # alternated: each press is a different card arriving


class KioskCardReader(QObject):
    card_read = Signal(object)  # ApplicantCard
    unreadable = Signal(str)  # a card lay there but could not be read: why
    _record = Signal(object)  # from the reader thread (Qt queues it to the GUI thread)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.problem = ""
        self.reader = None
        self._next_sim = 0
        self._record.connect(self._on_record)
        try:
            self.reader = open_device("card_reader", url)
        except Exception as exc:  # a bad URL or a missing backend: the kiosk works without swipes
            self.problem = str(exc)
            log.warning("card reader %s cannot be opened: %s", url, exc)

    @property
    def available(self) -> bool:
        return self.reader is not None

    @property
    def simulated(self) -> bool:
        return getattr(self.reader, "simulator", None) is not None

    def start(self) -> None:
        if self.reader is not None:
            self.reader.start(self._event)

    def stop(self) -> None:
        if self.reader is not None:
            try:
                self.reader.stop()
            except Exception:  # stopping must never keep the kiosk from closing
                log.exception("stopping the card reader failed")

    def simulate_swipe(self) -> None:
        """Lay the next sample card on the simulated reader (the demo's hand)."""
        simulator = getattr(self.reader, "simulator", None)
        if simulator is None:
            return
        simulator.place(SIM_CARDS[self._next_sim % len(SIM_CARDS)])
        self._next_sim += 1

    def _event(self, event) -> None:  # on the reader's thread
        from drivers.idcard import CardPlaced, CardReadFailed

        if isinstance(event, CardPlaced):
            self._record.emit(event.record)
        elif isinstance(event, CardReadFailed):
            self.unreadable.emit(event.message)

    def _on_record(self, record) -> None:
        try:
            card = applicant_from_record(record)
        except Exception:  # a card we cannot map must not take the kiosk down
            log.exception("card record could not be mapped")
            self.unreadable.emit(self.tr("证件信息无法识别，请重新放置证件或直接选择业务取号。"))
            return
        self.card_read.emit(card)
