"""The host side of the rating-pad protocol over pyserial: `serial:///dev/ttyS1?baud=9600`,
`serial+socket://host:port` (a pad behind a serial-to-Ethernet converter).

Nothing is opened until the first ask or status query. A session starts with HELLO (the pad
answers INFO: model and firmware) and lasts until the port fails; the next call opens it again,
so a pad that was unplugged and plugged back in simply works again.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import threading
import time
from collections.abc import Callable

from drivers.device import DeviceError, DeviceState, DeviceStatus
from drivers.evaluator import messages as m
from drivers.evaluator import protocol as p
from drivers.evaluator.base import PadInfo, Rating, RatingCallback, RatingRequest
from drivers.evaluator.link import Link, Port

log = logging.getLogger(__name__)

HELLO_TIMEOUT = 2.0  # seconds for INFO after HELLO was acknowledged
REPLY_TIMEOUT = 2.0  # STATE after STATUS
GRACE = 3.0  # the host waits this much longer than the pad keeps its question open


class _Mailbox:
    """Messages from the pad, waited for by predicate; a lost link wakes every waiter."""

    LIMIT = 32  # answers nobody waits for (a rating after the host gave up) are dropped

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._items: list[object] = []
        self.lost: DeviceError | None = None

    def put(self, item: object) -> None:
        with self._cond:
            self._items = [*self._items[-(self.LIMIT - 1) :], item]
            self._cond.notify_all()

    def set_lost(self, error: DeviceError) -> None:
        with self._cond:
            self.lost = error
            self._cond.notify_all()

    def reset(self) -> None:
        with self._cond:
            self._items.clear()
            self.lost = None

    def take(self, wanted: Callable[[object], bool], timeout: float) -> object | None:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for i, item in enumerate(self._items):
                    if wanted(item):
                        return self._items.pop(i)
                if self.lost is not None:
                    raise self.lost
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._cond.wait(min(left, 0.25))


class SerialEvaluator:
    def __init__(self, url: str, port_url: str, baud: int = 9600) -> None:
        self.url = url
        self.port_url = port_url
        self.baud = baud
        self.info: PadInfo | None = None
        self._mail = _Mailbox()
        self._session_lock = threading.Lock()
        self._link: Link | None = None
        self._asking: str = ""
        self._ask_lock = threading.Lock()
        self._closed = False

    # -- the port and the session ---------------------------------------------------------------
    def _open_port(self) -> Port:
        import serial  # pyserial: imported when a port is opened, not when the app starts

        try:
            return serial.serial_for_url(self.port_url, baudrate=self.baud, timeout=0.05, write_timeout=2)
        except (serial.SerialException, OSError, ValueError) as exc:
            raise DeviceError(
                f"无法打开评价器端口“{self.port_url}”：{exc.__class__.__name__}。"
                "请确认评价器已连接、端口名正确且没有被其他程序占用。",
                "absent",
            ) from exc

    def _session(self) -> Link:
        with self._session_lock:
            if self._closed:
                raise DeviceError("评价器已关闭。", "closed")
            if self._link is not None and self._link.alive:
                return self._link
            if self._link is not None:
                self._link.close()
                self._link = None
            port = self._open_port()
            self._mail.reset()
            link = Link(port, self._received, self._mail.set_lost, self.baud, "evaluator").start()
            try:
                link.send(p.HELLO)
                info = self._mail.take(lambda x: isinstance(x, m.Info), HELLO_TIMEOUT)
                if info is None:
                    raise DeviceError("评价器没有回应握手，请确认接的是评价器并检查波特率设置。", "no_answer")
            except DeviceError:
                link.close()
                raise
            self.info = info.info
            self._link = link
            return link

    def _received(self, frame: p.Frame) -> None:  # on the link's reader thread: no blocking here
        try:
            self._mail.put(m.parse_message(frame))
        except m.BadMessage as exc:
            log.warning("evaluator sent a frame we cannot read: %s", exc)
            self._mail.put(exc)

    # -- asking ----------------------------------------------------------------------------------
    def ask(self, request: RatingRequest, timeout: float) -> Rating | None:
        if not self._ask_lock.acquire(timeout=1):
            raise DeviceError("评价器正在等待上一位申请人评价，请稍后再试。", "busy")
        try:
            return self._ask(request, timeout)
        finally:
            self._asking = ""
            self._ask_lock.release()

    def _ask(self, request: RatingRequest, timeout: float) -> Rating | None:
        link = self._session()
        wanted = request.timeout or math.ceil(timeout)
        pad_timeout = min(m.MAX_TIMEOUT, max(m.MIN_TIMEOUT, wanted))  # what the protocol allows
        request = dataclasses.replace(request, timeout=pad_timeout)
        rid = request.rating_id
        self._asking = rid
        link.send(*m.encode_message(m.Ask(request)))

        def answer(x: object) -> bool:
            if isinstance(x, m.RatingGiven):
                return x.rating.rating_id == rid
            if isinstance(x, m.Closed | m.PadError):
                return x.rating_id in (rid, "")
            return isinstance(x, m.BadMessage)

        got = self._mail.take(answer, timeout + GRACE)
        if isinstance(got, m.RatingGiven):
            return got.rating
        if isinstance(got, m.Closed):
            return None  # nobody rated (or the question was cancelled): nothing is recorded
        if got is None:
            self._cancel_quietly(rid)
            return None
        self._cancel_quietly(rid)
        if isinstance(got, m.PadError):
            what = m.ERROR_CODES.get(got.code, f"评价器报告错误“{got.code}”")
            raise DeviceError(f"{what}，本次未能发起评价。请稍后重试，或检查评价器。", f"pad_{got.code}")
        raise got  # a BadMessage

    def ask_async(self, request: RatingRequest, timeout: float, callback: RatingCallback) -> None:
        def run() -> None:
            try:
                rating = self.ask(request, timeout)
            except DeviceError as exc:
                callback(None, exc)
            except Exception as exc:  # a bug below must still end the question for the caller
                log.exception("evaluator ask failed unexpectedly")
                callback(None, DeviceError(f"评价器出现内部错误（{type(exc).__name__}），本次未评价。"))
            else:
                callback(rating, None)

        threading.Thread(target=run, name="evaluator-ask", daemon=True).start()

    def cancel(self, rating_id: str) -> None:
        self._cancel_quietly(rating_id)

    def _cancel_quietly(self, rating_id: str) -> None:
        link = self._link
        if link is None or not link.alive:
            return
        try:
            link.send(*m.encode_message(m.Cancel(rating_id)))
        except DeviceError as exc:
            log.info("cancelling rating on the pad failed: %s", exc.code)

    # -- state -----------------------------------------------------------------------------------
    def status(self) -> DeviceStatus:
        try:
            link = self._session()
            if self._asking:
                return DeviceStatus(DeviceState.READY, "评价中", self._describe())
            link.send(p.STATUS)
            if self._mail.take(lambda x: isinstance(x, m.State), REPLY_TIMEOUT) is None:
                return DeviceStatus(DeviceState.OFFLINE, "无应答", "评价器收到查询但没有回答状态。")
        except DeviceError as exc:
            state = DeviceState.ABSENT if exc.code == "absent" else DeviceState.OFFLINE
            return DeviceStatus(state, "未连接" if state is DeviceState.ABSENT else "无应答", str(exc))
        return DeviceStatus(DeviceState.READY, "就绪", self._describe())

    def _describe(self) -> str:
        i = self.info
        return f"{i.model} 固件 {i.firmware}，{self.port_url}" if i else self.port_url

    def close(self) -> None:
        with self._session_lock:
            self._closed = True
            if self._link is not None:
                self._link.close()
                self._link = None
