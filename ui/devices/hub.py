"""The device hub: brings the devices' threads to the GUI thread and keeps their icons current.

The card reader and a serial barcode scanner report from their own threads through listener
callbacks; the hub re-emits what they say as Qt signals, which Qt queues to the GUI thread.
Devices that are only asked (printers, scanner, evaluator) are polled for their status on a
device thread of their own, never on the GUI thread and never on the use-case worker (a printer
that takes seconds to answer must not delay the clerk's saves).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.device_set import DeviceSet
from app.domain.messages import message_of
from app.services.errors import ServiceError
from drivers.device import Device, DeviceError, DeviceState, DeviceStatus
from ui.devices.card_holder import holder_from_record
from ui.worker import Worker

log = logging.getLogger(__name__)

STATUS_POLL_MS = 15000
POLLED = ("scanner", "printer", "slip_printer", "evaluator")


class DeviceFailed(ServiceError):
    """A device error carried through a Worker job (its message is the driver's, for the clerk)."""


def device_call(fn):
    """Wrap a device call for the device worker: a driver's error arrives as a ServiceError."""

    def run():
        try:
            return fn()
        # ValueError: a URL the driver cannot parse; OSError: a settings file that cannot be written
        except (DeviceError, ValueError, OSError) as exc:
            raise DeviceFailed(message_of(exc)) from exc

    return run


class _Relay(QObject):
    """Lives on the GUI thread; driver threads emit through it (Qt queues the delivery)."""

    card = Signal(object)
    removed = Signal()
    read_failed = Signal(str)
    reader_status = Signal(object)
    barcode = Signal(str)
    barcode_status = Signal(object)


class DeviceHub(QObject):
    card_placed = Signal(object)  # CardHolder
    card_removed = Signal()
    card_unreadable = Signal(str)  # a card is on the reader but could not be read: why
    barcode_read = Signal(str)
    status_changed = Signal(str, object, str)  # kind, DeviceStatus, url

    def __init__(self, devices: Callable[[], DeviceSet], parent: QObject | None = None) -> None:
        """``devices``: the DeviceSet in use now (the device settings may re-open it)."""
        super().__init__(parent)
        self._devices = devices
        self.device_worker = Worker(self)  # device I/O: its own thread
        self._relay = _Relay(self)
        self._relay.card.connect(self._on_card)
        self._relay.removed.connect(self.card_removed)
        self._relay.read_failed.connect(self.card_unreadable)
        self._relay.reader_status.connect(lambda s: self._set_status("card_reader", s))
        self._relay.barcode.connect(self.barcode_read)
        self._relay.barcode_status.connect(lambda s: self._set_status("barcode_scanner", s))
        self.statuses: dict[str, DeviceStatus] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_POLL_MS)
        self._timer.timeout.connect(self.poll_statuses)
        self._started = False

    @property
    def devices(self) -> DeviceSet:
        return self._devices()

    def device(self, kind: str):
        return self.devices.get(kind)

    def url(self, kind: str) -> str:
        return self.devices.urls.get(kind, "")

    # -- life -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Start listening (card reader, serial barcode scanner) and show every device's state."""
        for kind in self.devices.urls:
            self._set_status(kind, self.devices.initial_status(kind))
        reader = self.device("card_reader")
        if reader is not None:
            reader.start(self._reader_event)
        barcode = self.device("barcode_scanner")
        if barcode is not None:
            barcode.start(self._barcode_event)
        self._started = True
        self.poll_statuses()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if not self._started:
            return
        self._started = False
        for kind in ("card_reader", "barcode_scanner"):
            device = self.device(kind)
            if device is not None:
                try:
                    device.stop()
                except Exception:  # stopping must never keep the window from closing
                    log.exception("stopping %s failed", kind)
        self.device_worker.wait_idle(3000)

    def restart(self) -> None:
        """After the device settings changed (services already re-opened their devices)."""
        self.stop()
        self.start()

    # -- events from the driver threads ---------------------------------------------------------
    def _reader_event(self, event) -> None:  # on the reader's thread
        # imported here: the reader (and its codec) load with the first event, not at start-up
        from drivers.idcard import CardPlaced, CardReadFailed, ReaderStatusChanged

        if isinstance(event, CardPlaced):
            self._relay.card.emit(event.record)
        elif isinstance(event, ReaderStatusChanged):
            self._relay.reader_status.emit(event.status)
        elif isinstance(event, CardReadFailed):
            self._relay.read_failed.emit(event.message)
        else:
            self._relay.removed.emit()

    def _barcode_event(self, event) -> None:  # on the scanner's thread
        code = event if isinstance(event, str) else getattr(event, "code", None)
        status = getattr(event, "status", None)
        if code:
            self._relay.barcode.emit(code)
        elif status is not None:
            self._relay.barcode_status.emit(status)

    def _on_card(self, record) -> None:
        try:
            holder = holder_from_record(record)
        except Exception:  # a record we cannot map must not take the workbench down
            log.exception("card record could not be mapped")
            return
        self._set_status("card_reader", DeviceStatus(DeviceState.READY, self.tr("已读卡")))
        self.card_placed.emit(holder)

    # -- status -----------------------------------------------------------------------------------
    def poll_statuses(self) -> None:
        for kind in POLLED:
            device = self.device(kind)
            if device is None or kind in self.devices.errors:
                continue
            self.device_worker.run(
                device_call(lambda d=device: _status_of(d)),
                lambda status, k=kind: self._set_status(k, status),
                lambda error, k=kind: self._set_status(k, DeviceStatus(DeviceState.OFFLINE, str(error))),
            )

    def _set_status(self, kind: str, status: DeviceStatus) -> None:
        self.statuses[kind] = status
        self.status_changed.emit(kind, status, self.url(kind))


def _status_of(device: Device) -> DeviceStatus:
    """Every driver answers status() with a DeviceStatus (drivers.device.Device)."""
    return device.status()
