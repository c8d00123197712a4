"""One workbench per data folder.

Two workbenches on one folder would be two windows and two embedded servers writing the same
SQLite files and the same numbers. The first start holds a lock file in the data folder and
listens on a local socket named after the folder; a second start finds the lock held, asks the
first (through the socket) to come to the front, says so, and ends before it opens anything.

A lock left by a crashed workbench is stale: QLockFile sees that the process which wrote it is
gone and takes it over, and the socket left behind is removed before listening again.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "workbench.lock"
RAISE = b"raise\n"
# how long a second start keeps knocking while the first has the lock but is not listening yet
# (the two lines between them run in microseconds; a loaded PC may still pause between them)
_KNOCK_MS = 5000


def server_name(data_dir: Path) -> str:
    """The local socket's name: the same for every spelling of the same folder."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()
    return f"onewindow-workbench-{digest[:16]}"


class WorkbenchInstance(QObject):
    """The running workbench's claim on its data folder; keep it alive while the window is open."""

    raise_wanted = Signal()  # another start on the same folder asked for this window

    def __init__(self, data_dir: Path, lock: QLockFile) -> None:
        super().__init__()
        self.data_dir = data_dir
        self._lock = lock
        self._clients: list[QLocalSocket] = []
        self.server = QLocalServer(self)
        name = server_name(data_dir)
        # the lock is ours, so a socket of that name is a crashed workbench's leftover
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            log.warning("cannot listen on %s: %s", name, self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            client = self.server.nextPendingConnection()
            self._clients.append(client)
            client.readyRead.connect(lambda c=client: self._read(c))
            client.disconnected.connect(lambda c=client: self._forget(c))
            if client.bytesAvailable():
                self._read(client)

    def _read(self, client: QLocalSocket) -> None:
        if bytes(client.readAll().data()).startswith(RAISE.strip()):
            self.raise_wanted.emit()

    def _forget(self, client: QLocalSocket) -> None:
        if client in self._clients:
            self._clients.remove(client)
        client.deleteLater()

    def release(self) -> None:
        self.server.close()
        self._lock.unlock()


def claim(data_dir: Path) -> WorkbenchInstance | None:
    """This start's claim on ``data_dir``; None when another workbench runs on it (that one has
    been asked to come to the front). A folder whose lock cannot be written at all (read-only
    share, no permission) is not a reason to refuse work: the workbench starts unguarded."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)  # a workbench runs all day: stale only when its process is gone
    if lock.tryLock(0):
        return WorkbenchInstance(data_dir, lock)
    if lock.error() != QLockFile.LockError.LockFailedError:
        log.warning("cannot lock %s (%s): starting without the one-workbench guard", data_dir, lock.error())
        return WorkbenchInstance(data_dir, lock)
    ask_to_raise(data_dir)
    return None


def ask_to_raise(data_dir: Path) -> bool:
    """Knock on the running workbench's socket; True when it got the request."""
    name = server_name(data_dir)
    deadline = QDeadlineTimer(_KNOCK_MS)
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(max(1, deadline.remainingTime())):
            socket.write(RAISE)
            sent = socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            return sent
        if deadline.hasExpired():
            return False
        QThread.msleep(50)  # the first start holds the lock but is not listening yet


def already_running_text(data_dir: Path) -> str:
    return QCoreApplication.translate(
        "SingleInstance", "一窗通办已在运行（数据文件夹 {0}），已切换到它的窗口。"
    ).format(data_dir)


def raised_text() -> str:
    return QCoreApplication.translate(
        "SingleInstance", "又一次启动本工作台（同一数据文件夹）：已转到这里，没有打开第二个。"
    )
