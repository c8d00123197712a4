"""This window PC's store and its key: sealed or not yet, locked or open.

A store is sealed at the first online sign-in that brings the server's window key
(``LoginAnswer.window_key``): a random data key is made, wrapped under the window key and under
the clerk's password (app/store/keyslots.py), and the database and files written in clear so far
are encrypted in place (``seal_now``, given by the composition root). From then on the workbench
starts locked: nothing of a citizen's can be read until a clerk signs in, online (the server
checks the password and gives the window key) or offline (the clerk's own password slot).

A store whose terminal was never enrolled stays as it was: there is no server to hold a key and
no account to release it, and such a workbench (a trial, a training PC) is not to serve citizens.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.errors import ServiceError
from app.store.keyslots import Keyslots, KeyslotsDamaged, new_data_key
from app.store.sealed_files import FileSeal

log = logging.getLogger(__name__)
FILES_SEALED_MARKER = ".files-sealed"

KEYSLOTS_UNREADABLE = QT_TRANSLATE_NOOP(
    "messages",
    "本机数据的密钥文件（keyslots.json）已损坏，无法解锁本机数据：请联系运维人员从备份恢复该文件。本机数据未被改动。",
)
FOREIGN_KEY = QT_TRANSLATE_NOOP(
    "messages",
    "服务器给出的终端密钥打不开本机数据（本机数据属于另一个终端登记）：请联系运维人员核对终端登记。本机数据未被改动。",
)
BAD_WINDOW_KEY = QT_TRANSLATE_NOOP(
    "messages", "服务器给出的终端密钥格式不对，本机数据未解锁：请联系运维人员。"
)


class StoreUnreadable(ServiceError):
    """The store's key cannot be had from what is on this PC or what the server gave."""


class WindowStore:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.seal = FileSeal()  # every file store of the workbench seals through this one
        self.key: bytes | None = None
        # called with a new data key when a store in clear is to be sealed (the composition root's
        # Services._seal_open_store): the database and files are encrypted before the key is kept
        self.seal_now: Callable[[bytes], None] | None = None
        try:
            self._slots = Keyslots.load(self.data_dir)
        except KeyslotsDamaged as exc:
            log.error("keyslots unreadable: %s", exc)
            raise StoreUnreadable(Message(KEYSLOTS_UNREADABLE)) from exc

    @property
    def sealed(self) -> bool:
        return self._slots is not None

    @property
    def locked(self) -> bool:
        return self.sealed and self.key is None

    def has_password_slot(self, username: str) -> bool:
        return self._slots is not None and self._slots.has_password_slot(username)

    # -- releasing the key ------------------------------------------------------------------------
    def open_with_window_key(
        self, window_key: str, username: str, password: str, remember: bool = True
    ) -> bytes:
        """An online sign-in's key: the data key (made now if the store is still in clear), and
        the clerk's password slot renewed so the same password opens it offline."""
        raw = _window_key_bytes(window_key)
        if self._slots is None:
            key = new_data_key()
            # the key is kept (wrapped) before anything is encrypted under it: a power cut in
            # between leaves a store that is sealed at the next sign-in, never one nobody opens
            self._slots = Keyslots.new(self.data_dir, key, raw)
            self._release(key)
            if self.seal_now is not None:
                self.seal_now(key)
        else:
            key = self._slots.with_window_key(raw)
            if key is None:
                raise StoreUnreadable(Message(FOREIGN_KEY))
        if remember:
            self._slots.remember_password(username, password, key)
        self._release(key)
        return key

    def open_with_password(self, username: str, password: str) -> bytes | None:
        """An offline sign-in's key; None: no slot of this clerk here, or not their password."""
        if self._slots is None:
            return None
        key = self._slots.with_password(username, password)
        if key is not None:
            self._release(key)
        return key

    def remember_password(self, username: str, password: str) -> None:
        """A clerk's new password (changed at this window) opens the store offline from now on."""
        if self._slots is not None and self.key is not None:
            self._slots.remember_password(username, password, self.key)

    def seal_files(self, folders: Iterable[Path], seal_journal: Callable[[], None]) -> None:
        """Every file written in clear before the store was sealed, sealed now (once: a marker
        says the walk finished; a walk cut off starts again and skips what it sealed)."""
        marker = self.data_dir / FILES_SEALED_MARKER
        if self.key is None or marker.exists():
            return
        count = 0
        for folder in folders:
            count += self.seal.seal_folder(folder, skip=(".part", ".tmp"))
        seal_journal()
        marker.write_text("the files of this store were sealed under its data key\n", encoding="utf-8")
        log.info("sealed %d files written before the store was sealed", count)

    def forget_passwords(self, usernames: list[str]) -> None:
        """Passwords changed elsewhere (or accounts gone): their slots go, so an old password
        opens nothing; the clerk's next online sign-in makes a slot for the new one."""
        if self._slots is not None:
            for name in usernames:
                self._slots.forget(name)

    def _release(self, key: bytes) -> None:
        self.key = key
        self.seal.use(key)


def _window_key_bytes(window_key: str) -> bytes:
    try:
        raw = base64.b64decode(window_key.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise StoreUnreadable(Message(BAD_WINDOW_KEY)) from exc
    if len(raw) != 32:
        raise StoreUnreadable(Message(BAD_WINDOW_KEY))
    return raw
