"""The simulator's end of a serial line: the master side of a pty, or a TCP connection.

The pad simulator writes through these exactly as a pad writes to its UART, paced at the baud
rate (a 100-byte rating takes ~0.1 s at 9600 baud, as on a real line), and the client on the
other end uses pyserial as it would with the real device: `/dev/pts/N` or `socket://host:port`.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import time

from drivers.evaluator.link import wire_time

READ_TIMEOUT = 0.05


class PtyEnd:
    """The pad's end of a pseudo-terminal; `slave_path` is what the client opens."""

    def __init__(self, baud: int) -> None:
        import tty  # POSIX only: imported where a pty is made, so Windows can import this module

        self.baud = baud
        self.master, self._slave = os.openpty()
        tty.setraw(self._slave)  # no echo, no CR/LF translation: bytes pass as they are
        self.slave_path = os.ttyname(self._slave)
        self.in_waiting = 0
        self._closed = False

    def read(self, size: int = 1) -> bytes:
        if self._closed:
            raise OSError("pty closed")
        ready, _, _ = select.select([self.master], [], [], READ_TIMEOUT)
        if not ready:
            return b""
        return os.read(self.master, 4096)  # the pad takes what came; size is a hint

    def write(self, data: bytes) -> int:
        time.sleep(wire_time(len(data), self.baud))  # the bytes take their time on the wire
        if self._closed:
            raise OSError("pty closed")
        return os.write(self.master, data)

    def close(self) -> None:
        """Pulling the plug: the client's next read on the slave fails."""
        if self._closed:
            return
        self._closed = True
        for fd in (self.master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)


class SocketEnd:
    """One accepted TCP connection, as a serial-to-Ethernet converter would carry the line."""

    def __init__(self, conn: socket.socket, baud: int) -> None:
        self._conn = conn
        self.baud = baud
        self.in_waiting = 0

    def read(self, size: int = 1) -> bytes:
        ready, _, _ = select.select([self._conn], [], [], READ_TIMEOUT)
        if not ready:
            return b""
        data = self._conn.recv(4096)
        if not data:
            raise ConnectionError("peer closed the connection")
        return data

    def write(self, data: bytes) -> int:
        time.sleep(wire_time(len(data), self.baud))
        self._conn.sendall(data)
        return len(data)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._conn.shutdown(socket.SHUT_RDWR)
        self._conn.close()


def pty_available() -> bool:
    return hasattr(os, "openpty")
