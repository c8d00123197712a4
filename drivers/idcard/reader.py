"""The card reader: polls find → select → read on its own thread and tells a listener what happened.

How cards come and go, as reader modules behave: a card just placed answers "find" (9F); once it
has been read it stays selected and answers "find" with 80 like an empty reader, but still
answers "select". So while a card is known to be on the reader, an 80 to "find" is followed by
a "select": success means the same card rests there (no event), and ``removal_polls`` failed
selects in a row mean it was taken away (CardRemoved). Placing it again after that is a new
CardPlaced. A reader that keeps answering "find" for a resting card is handled too: the text
block is compared, and the same block is not a new card. (A card lifted and put back within
one poll interval cannot be told from one that stayed: both read the same.)

Listener callbacks run on the reader thread; a listener that raises does not stop the reader.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from drivers.device import DeviceState, DeviceStatus
from drivers.idcard.errors import (
    CardParseError,
    FrameError,
    IdCardError,
    ReaderTimeout,
    ReaderUnavailable,
    SamStatusError,
)
from drivers.idcard.link import SamLink
from drivers.idcard.parser import parse_text_block
from drivers.idcard.protocol import (
    SW_CARD_FOUND,
    SW_NO_CARD,
    SW_OK,
    SW_SELECT_FAILED,
    Command,
    format_sam_id,
    split_read_data,
    status_error,
    status_name,
)
from drivers.idcard.record import IdCardRecord
from drivers.idcard.wlt import WltDecoder

log = logging.getLogger(__name__)

# Status bytes that say the reader itself cannot work, as opposed to this card failing once.
SAM_FAULTS = frozenset({0x21, 0x23, 0x60, 0x66})
# A link is lost when 3 of the last 5 polls failed to communicate: a reader whose answers come
# late fails every other poll (the late answer is taken for the next one's), and that is not
# a reader that works.
COMM_WINDOW, COMM_ERRORS_BEFORE_OFFLINE = 5, 3
BACKOFF_FIRST, BACKOFF_MAX = 0.25, 5.0

READY = DeviceStatus(DeviceState.READY, "就绪")


@dataclass(frozen=True)
class CardPlaced:
    record: IdCardRecord


@dataclass(frozen=True)
class CardRemoved:
    pass


@dataclass(frozen=True)
class ReaderStatusChanged:
    status: DeviceStatus


@dataclass(frozen=True)
class CardReadFailed:
    """A card was there but could not be read (moved too early, damaged, unreadable text)."""

    message: str
    code: str


CardEvent = CardPlaced | CardRemoved | ReaderStatusChanged | CardReadFailed
Listener = Callable[[CardEvent], None]


class CardReader:
    def __init__(
        self,
        url: str,
        port_url: str,
        baud: int = 115_200,
        *,
        decoder: WltDecoder | None = None,
        poll_interval: float = 0.2,
        response_timeout: float = 0.5,
        removal_polls: int = 2,
        simulator=None,  # a SamSimulator this reader owns (sim://): started and stopped with it
    ) -> None:
        self.url = url
        self.simulator = simulator
        self.decoder = decoder
        self.poll_interval = min(poll_interval, 0.2)
        self.removal_polls = max(1, removal_polls)
        self._link = SamLink(port_url, baud, response_timeout)
        self._io = threading.Lock()  # one command at a time on the port
        self._events = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._listener: Listener | None = None
        self._status = DeviceStatus(DeviceState.ABSENT, "未启动", "读卡器尚未启动")
        self._ever_connected = False
        self._current: IdCardRecord | None = None
        self._misses = 0
        self._placed_serial = 0
        self._last_failure = ""  # the same failure is reported once, not on every poll

    # ---- public --------------------------------------------------------------------------
    def status(self) -> DeviceStatus:
        """The last state the polling saw (drivers.device.Device); asks nothing of the reader."""
        return self._status

    @property
    def port_url(self) -> str:
        """What pyserial opens: a device path or ``socket://host:port`` (for sim://, once started)."""
        return self._link.port_url

    @property
    def current_card(self) -> IdCardRecord | None:
        return self._current

    def start(self, listener: Listener) -> None:
        """Start polling on a background thread; events go to ``listener`` (on that thread)."""
        if self._thread is not None and self._thread.is_alive():
            raise RuntimeError("card reader already started")
        self._listener = listener
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="idcard-reader", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._link.cancel()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
        with self._io:
            self._link.close()
        if self.simulator is not None:
            self.simulator.stop()
        with self._events:
            self._events.notify_all()

    def read_one(self, timeout: float) -> IdCardRecord:
        """Read the card on the reader, waiting up to ``timeout`` seconds for one to be placed.

        While the background thread runs, this waits for its next CardPlaced (or returns the
        card already resting on the reader); otherwise it drives the reader itself.
        """
        if self._thread is not None and self._thread.is_alive():
            return self._wait_for_card(timeout)
        deadline = time.monotonic() + timeout
        last: IdCardError | None = None
        while True:
            started = time.monotonic()
            try:
                with self._io:
                    self._ensure_open()
                    record = self._read_card(resting_ok=True)
                if record is not None:
                    return record
            except ReaderUnavailable:
                raise
            except (SamStatusError, CardParseError, FrameError, ReaderTimeout) as exc:
                if isinstance(exc, SamStatusError) and exc.sw3 in SAM_FAULTS:
                    raise
                last = exc
            if time.monotonic() >= deadline:
                if last is not None:
                    raise last
                raise ReaderTimeout(f"{timeout:g} 秒内没有读到证件，请将证件平放在读卡器上再试。", "no_card")
            time.sleep(max(0.0, min(deadline, started + self.poll_interval) - time.monotonic()))

    def sam_id(self) -> str:
        """The reader's security module number, e.g. ``05.01-20180907-0012345678-1234567890``."""
        with self._io:
            self._ensure_open()
            frame = self._link.transact(Command.SAM_ID)
        if frame.sw3 != SW_OK:
            raise status_error(frame.sw3)
        return format_sam_id(frame.data)

    # ---- one card ------------------------------------------------------------------------
    def _ensure_open(self) -> None:
        if not self._link.is_open:
            if self.simulator is not None:
                if not self.simulator.running:
                    self.simulator.start()
                self._link.port_url = self.simulator.address
            self._link.open(was_connected=self._ever_connected)
            try:
                frame = self._link.transact(Command.SAM_STATUS)
            except IdCardError:
                self._link.close()
                raise
            if frame.sw3 != SW_OK:
                self._link.close()
                raise status_error(frame.sw3)
            self._ever_connected = True

    def _read_card(self, resting_ok: bool) -> IdCardRecord | None:
        """find → select → read. None when no (new) card is there; raises for a failed read."""
        found = self._link.transact(Command.FIND_CARD)
        if found.sw3 == SW_NO_CARD:
            if not resting_ok:
                return None
        elif found.sw3 != SW_CARD_FOUND:
            raise status_error(found.sw3)
        selected = self._link.transact(Command.SELECT_CARD)
        if selected.sw3 != SW_OK:
            if found.sw3 == SW_NO_CARD or selected.sw3 == SW_SELECT_FAILED:
                return None  # nothing there, or the card left between the two commands
            raise status_error(selected.sw3)
        answer = self._link.transact(Command.READ_TEXT_PHOTO)
        if answer.sw3 != SW_OK:
            raise status_error(answer.sw3)
        text, photo, _ = split_read_data(answer.data)
        return parse_text_block(text, photo, self.decoder)

    # ---- the thread ----------------------------------------------------------------------
    def _run(self) -> None:
        backoff = BACKOFF_FIRST
        comm: deque[bool] = deque(maxlen=COMM_WINDOW)  # True: that poll failed to communicate
        while not self._stop.is_set():
            if not self._link.is_open:
                try:
                    with self._io:
                        self._ensure_open()
                except IdCardError as exc:
                    self._set_status(self._status_for(exc))
                    self._stop.wait(backoff)
                    backoff = min(backoff * 2, BACKOFF_MAX)
                    continue
                backoff = BACKOFF_FIRST
                comm.clear()
                self._set_status(READY)
            started = time.monotonic()
            try:
                with self._io:
                    self._poll()
                comm.append(False)
                self._set_status(READY)
            except ReaderUnavailable as exc:
                self._lost(exc)
                continue
            except SamStatusError as exc:
                if exc.sw3 in SAM_FAULTS:
                    self._lost(exc)
                    continue
                self._failed(exc)
            except (CardParseError, FrameError, ReaderTimeout) as exc:
                if isinstance(exc, CardParseError):
                    self._failed(exc)
                else:
                    comm.append(True)
                    if sum(comm) >= COMM_ERRORS_BEFORE_OFFLINE:
                        self._lost(exc)
                        continue
            self._stop.wait(max(0.0, started + self.poll_interval - time.monotonic()))
        self._set_status(DeviceStatus(DeviceState.ABSENT, "已停止", "读卡器已停止"))

    def _failed(self, exc: IdCardError) -> None:
        if exc.code != self._last_failure:
            self._last_failure = exc.code
            self._emit(CardReadFailed(str(exc), exc.code))

    def _poll(self) -> None:
        record = self._read_card(resting_ok=False)
        if record is not None:
            self._misses = 0
            self._last_failure = ""
            if self._current is not None and self._current.raw_text == record.raw_text:
                return  # a reader that keeps answering find for a resting card
            if self._current is not None:
                self._card_gone()
            self._current = record
            with self._events:
                self._placed_serial += 1
                self._events.notify_all()
            self._emit(CardPlaced(record))
            return
        if self._current is None:
            return
        if self._link.transact(Command.SELECT_CARD).sw3 == SW_OK:
            self._misses = 0
            return
        self._misses += 1
        if self._misses >= self.removal_polls:
            self._card_gone()

    def _card_gone(self) -> None:
        self._current = None
        self._last_failure = ""
        self._misses = 0
        self._emit(CardRemoved())

    def _lost(self, exc: IdCardError) -> None:
        """The reader broke or cannot work: report it, close the port, let _run reconnect."""
        with self._io:
            self._link.close()
        if self._current is not None:
            self._card_gone()  # after a reconnect the reader sees any card afresh
        self._set_status(self._status_for(exc))

    def _status_for(self, exc: IdCardError) -> DeviceStatus:
        if isinstance(exc, SamStatusError):
            return DeviceStatus(DeviceState.FAULT, status_name(exc.sw3), str(exc))
        gone = DeviceState.OFFLINE if self._ever_connected else DeviceState.ABSENT
        if isinstance(exc, FrameError):
            return DeviceStatus(gone, "通信错误", f"{exc}系统正在重新连接。")
        if isinstance(exc, ReaderTimeout):
            return DeviceStatus(gone, "无应答", f"{exc}系统正在重新连接。")
        if isinstance(exc, ReaderUnavailable) and not (exc.was_connected or self._ever_connected):
            return DeviceStatus(DeviceState.ABSENT, "未连接", str(exc))
        return DeviceStatus(DeviceState.OFFLINE, "已断开", str(exc))

    def _wait_for_card(self, timeout: float) -> IdCardRecord:
        deadline = time.monotonic() + timeout
        with self._events:
            if self._current is not None:
                return self._current
            serial = self._placed_serial
            while self._placed_serial == serial:
                left = deadline - time.monotonic()
                if left <= 0 or self._stop.is_set():
                    break
                self._events.wait(left)
            if self._placed_serial != serial and self._current is not None:
                return self._current
        detail = "" if self._status.ok else f"读卡器状态：{self._status.text}。"
        raise ReaderTimeout(f"{timeout:g} 秒内没有读到证件，请将证件平放在读卡器上再试。{detail}", "no_card")

    # ---- events --------------------------------------------------------------------------
    def _set_status(self, status: DeviceStatus) -> None:
        old, self._status = self._status, status
        if (old.state, old.text) != (status.state, status.text):  # a new detail alone is no news
            self._emit(ReaderStatusChanged(status))

    def _emit(self, event: CardEvent) -> None:
        listener = self._listener
        if listener is None:
            return
        try:
            listener(event)
        except Exception:  # the listener is someone else's code; the reader must keep running
            log.exception("card reader listener failed on %s", type(event).__name__)
