"""A simulated rating pad: a real peer that speaks the protocol over a pty or TCP.

    sim://                                   the applicant presses 非常满意 after 2 s
    sim://?level=4&delay=1                   满意 after 1 s
    sim://?level=1&reasons=R07,I4&text=…     非常不满意 with reasons and free text
    sim://?level=5,1,3                       answers cycle through these levels, one per question
    sim://?level=none                        nobody rates: the pad closes the question at its timeout
    sim://?fail=silent                       the pad never answers (wrong port, dead pad)
    sim://?fail=garbage                      answers with line noise (wrong baud rate)
    sim://?fail=unplug                       answers HELLO, then the cable is pulled when asked
    &baud=9600  &transport=pty|tcp           pty where the OS has them, else TCP on 127.0.0.1

`sim://` is used in-process exactly like a real pad: the client is the real SerialEvaluator,
opening the pty's slave device (or socket://) with pyserial.
"""

from __future__ import annotations

import logging
import queue
import random
import socket
import threading

from drivers.device import DeviceError
from drivers.evaluator import messages as m
from drivers.evaluator.base import PadInfo, Rating
from drivers.evaluator.client import SerialEvaluator
from drivers.evaluator.codes import ASKS_REASONS, LEVELS
from drivers.evaluator.link import Link, Port
from drivers.evaluator.sim_ports import PtyEnd, SocketEnd, pty_available

log = logging.getLogger(__name__)

SIM_INFO = PadInfo("OW-SIM-PAD", "1.0.0", "1")
FAILS = ("", "silent", "garbage", "unplug")


class PadScript:
    """What the simulated applicant does, parsed from the sim:// query."""

    def __init__(self, query: dict[str, str]) -> None:
        raw = query.get("level", "5")
        self.levels: list[int | None] = []
        for part in raw.split(","):
            if part.strip().lower() in ("none", "0", ""):
                self.levels.append(None)
            elif part.strip().isdigit() and int(part) in LEVELS:
                self.levels.append(int(part))
            else:
                raise ValueError(f"模拟评价器参数 level={raw} 无效，应为1至5、none，或以逗号分隔的多个值")
        self.reasons = tuple(c for c in query.get("reasons", "I4,R07").split(",") if c)
        self.text = query.get("text", "")
        try:
            self.delay = float(query.get("delay", "2"))
        except ValueError:
            raise ValueError(f"模拟评价器参数 delay={query.get('delay')} 不是秒数") from None
        self.fail = query.get("fail", "")
        if self.fail not in FAILS:
            raise ValueError(f"模拟评价器参数 fail={self.fail} 无效（可用：silent、garbage、unplug）")
        self._next = 0

    def next_rating(self, rating_id: str) -> Rating | None:
        level = self.levels[self._next % len(self.levels)]
        self._next += 1
        if level is None:
            return None
        if level in ASKS_REASONS:
            return Rating(rating_id, level, self.reasons or ("R99",), self.text)
        return Rating(rating_id, level)


class SimulatedPad:
    """The pad: serves one connection at a time on a pty or a TCP listener."""

    def __init__(self, script: PadScript, baud: int = 9600) -> None:
        self.script = script
        self.baud = baud
        self.unplugged = False
        self.asked: list[m.Ask] = []  # every question shown, for tests and the demo log
        self._inbox: queue.Queue = queue.Queue()
        self._link: Link | None = None
        self._end: Port | None = None
        self._question: tuple[str, threading.Event] | None = None
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._random = random.Random(7)
        self._listener: socket.socket | None = None
        threading.Thread(target=self._work, name="sim-pad", daemon=True).start()

    # -- transports ------------------------------------------------------------------------------
    def open_pty(self) -> str:
        end = PtyEnd(self.baud)
        self._serve(end)
        return end.slave_path

    def listen_tcp(self, host: str = "127.0.0.1", port: int = 0) -> tuple[str, int]:
        server = socket.create_server((host, port))
        self._listener = server

        def accept_loop() -> None:
            while not self._stopped.is_set():
                try:
                    conn, _ = server.accept()
                except OSError:
                    return
                self._serve(SocketEnd(conn, self.baud))

        threading.Thread(target=accept_loop, name="sim-pad-accept", daemon=True).start()
        return server.getsockname()[:2]

    def _serve(self, end: Port) -> None:
        with self._lock:
            if self._link is not None:
                self._link.close()
            self._end = end
            if self.script.fail in ("silent", "garbage"):
                self._link = None
                threading.Thread(target=self._misbehave, args=(end,), daemon=True).start()
                return
            self._link = Link(end, self._inbox.put, lambda _e: None, self.baud, "sim-pad").start()

    def _misbehave(self, end: Port) -> None:
        """A dead pad reads and says nothing; a pad at the wrong baud rate answers noise."""
        while not self._stopped.is_set():
            try:
                data = end.read(1)
                if data and self.script.fail == "garbage":
                    end.write(self._random.randbytes(len(data) + 5))
            except Exception:
                return

    def unplug(self) -> None:
        self.unplugged = True
        with self._lock:
            if self._end is not None:
                self._end.close()

    def close(self) -> None:
        self._stopped.set()
        self._inbox.put(None)
        if self._listener is not None:
            self._listener.close()
        with self._lock:
            if self._link is not None:
                self._link.close()
            elif self._end is not None:
                self._end.close()

    # -- behaviour -------------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            frame = self._inbox.get()
            if frame is None:
                return
            try:
                self._handle(m.parse_message(frame))
            except m.BadMessage as exc:
                self._reply(m.PadError("bad_request", str(exc)))
            except DeviceError:
                log.info("simulated pad: host went away")

    def _reply(self, message: m.Message) -> None:
        link = self._link
        if link is not None and link.alive:
            link.send(*m.encode_message(message))

    def _handle(self, msg: m.Message) -> None:
        current = self._question
        match msg:
            case m.Hello():
                if current is not None:
                    current[1].set()  # a new session: the old question is gone with the host
                self._reply(m.Info(SIM_INFO))
            case m.StatusQuery():
                self._reply(m.State(current is not None, current[0] if current else ""))
            case m.Ask(request=request):
                if current is not None:
                    self._reply(m.PadError("busy", "正在评价", request.rating_id))
                    return
                self.asked.append(msg)
                if self.script.fail == "unplug":
                    self.unplug()
                    return
                cancel = threading.Event()
                self._question = (request.rating_id, cancel)
                threading.Thread(target=self._applicant, args=(request, cancel), daemon=True).start()
            case m.Cancel(rating_id=rid):
                if current is not None and current[0] == rid:
                    current[1].set()
                else:
                    self._reply(m.PadError("unknown_id", "", rid))
            case _:
                self._reply(m.PadError("unknown_type", type(msg).__name__))

    def _applicant(self, request, cancel: threading.Event) -> None:
        rid = request.rating_id
        timeout = request.timeout or 60
        rating = self.script.next_rating(rid)
        wait = min(self.script.delay, timeout) if rating is not None else timeout
        cancelled = cancel.wait(wait)
        self._question = None
        try:
            if cancelled:
                self._reply(m.Closed(rid, "cancelled"))
            elif rating is None or self.script.delay > timeout:
                self._reply(m.Closed(rid, "timeout"))
            else:
                self._reply(m.RatingGiven(rating))
        except DeviceError:
            log.info("simulated pad: the host did not take the answer")


class SimulatedEvaluator(SerialEvaluator):
    """The real client, talking to a SimulatedPad through a pty (or TCP) it starts on first use."""

    def __init__(self, url: str, query: dict[str, str]) -> None:
        baud = int(query.get("baud", "9600"))
        super().__init__(url, "", baud)
        self.transport = query.get("transport") or ("pty" if pty_available() else "tcp")
        if self.transport not in ("pty", "tcp"):
            raise ValueError(f"模拟评价器参数 transport={self.transport} 无效（可用：pty、tcp）")
        self.pad = SimulatedPad(PadScript(query), baud)

    def _open_port(self) -> Port:
        if self.pad.unplugged:
            raise DeviceError("评价器（模拟）已拔出，请重新连接后再试。", "absent")
        if not self.port_url:
            if self.transport == "pty":
                self.port_url = self.pad.open_pty()
            else:
                host, port = self.pad.listen_tcp()
                self.port_url = f"socket://{host}:{port}"
        return super()._open_port()

    def close(self) -> None:
        super().close()
        self.pad.close()
