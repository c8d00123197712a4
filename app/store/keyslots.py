"""The window PC's data key, kept only wrapped: what a copied disk shows of it is useless.

Everything the workbench stores of a citizen (its database, scans, archived documents, the spool
and the queue's paper-ticket journal) is encrypted under one random 256-bit data key. The key
never touches the disk in clear. ``keyslots.json`` (readable by this OS account alone) holds it
wrapped (AES-256-GCM, from ``cryptography``) several times over:

- once per clerk who signed in here online, under a key derived from their password by argon2id
  (64 MiB, 3 passes): it opens the store when the server cannot be reached (offline sign-in),
  and a wrong password simply fails to unwrap it;
- once under the *window key*, a secret the central server holds for this terminal and gives
  only to a session it has just signed in (``LoginAnswer.window_key``): a clerk who never worked
  at this PC signs in online and the store opens; every password can change without losing it.

Why not the OS key store: a window PC's OS account is shared by every clerk of the window and
signs in by itself at boot, so a key it releases would be released to whoever switches the PC
on, and a disk copied with that account's profile carries the key with it. The key here is
released only by a clerk's password or by the server after it checked one.

Each slot is bound (as authenticated data) to this store's id and the slot's name, so a slot
copied from another PC or another clerk's entry does not open it.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.json_files import write_json_atomically

# argon2 and cryptography are imported where a key is derived or (un)wrapped: a workbench whose
# store is not sealed (a demo, a PC not yet enrolled) opens without loading either

KEYSLOTS_FILE = "keyslots.json"
KEY_BYTES = 32
FORMAT = 1
WINDOW_SLOT = "window"  # the slot the server's window key opens
# argon2id as the password hashes are made (RFC 9106's second recommendation): 64 MiB, 3 passes
KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}


class KeyslotsDamaged(Exception):
    """keyslots.json cannot be read: the store cannot be opened until it is restored."""


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    sealed: bytes
    salt: bytes = b""  # a password slot's argon2id salt; empty for the window key's slot

    def as_json(self) -> dict:
        out = {"nonce": _b64(self.nonce), "sealed": _b64(self.sealed)}
        if self.salt:
            out["salt"] = _b64(self.salt)
        return out

    @classmethod
    def from_json(cls, data: dict) -> WrappedKey:
        return cls(_unb64(data["nonce"]), _unb64(data["sealed"]), _unb64(data.get("salt", "")))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def password_key(password: str, salt: bytes) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, hash_len=KEY_BYTES, type=Type.ID, **KDF)


class Keyslots:
    """The wrapped copies of one store's data key (``keyslots.json`` beside the database)."""

    def __init__(self, path: Path, store_id: str, slots: dict[str, WrappedKey]) -> None:
        self.path = path
        self.store_id = store_id
        self.slots = slots

    # -- the file ------------------------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: Path) -> Keyslots | None:
        """The store's slots; None when the store was never sealed. Raises KeyslotsDamaged."""
        path = Path(data_dir) / KEYSLOTS_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise KeyslotsDamaged(f"{path}: {exc}") from exc
        try:
            if raw["format"] != FORMAT:
                raise KeyslotsDamaged(f"{path}: format {raw['format']!r}")
            slots = {name: WrappedKey.from_json(slot) for name, slot in raw["slots"].items()}
            return cls(path, str(raw["store_id"]), slots)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KeyslotsDamaged(f"{path}: {type(exc).__name__} {exc}") from exc

    @classmethod
    def new(cls, data_dir: Path, data_key: bytes, window_key: bytes) -> Keyslots:
        """A store sealed now: its data key wrapped under the server's window key (saved)."""
        slots = cls(Path(data_dir) / KEYSLOTS_FILE, str(uuid.uuid4()), {})
        slots.slots[WINDOW_SLOT] = slots._wrap(WINDOW_SLOT, window_key, data_key)
        slots.save()
        return slots

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "store_id": self.store_id,
            "slots": {name: slot.as_json() for name, slot in sorted(self.slots.items())},
        }
        write_json_atomically(self.path, data, indent=1, private=True)

    # -- opening ---------------------------------------------------------------------------------
    def with_window_key(self, window_key: bytes) -> bytes | None:
        """The data key, or None when the window key does not open it (another terminal's)."""
        return self._unwrap(WINDOW_SLOT, window_key)

    def with_password(self, username: str, password: str) -> bytes | None:
        """The data key, or None: no slot for this clerk, or not their password."""
        slot = self.slots.get(_user_slot(username))
        if slot is None:
            return None
        return self._unwrap(_user_slot(username), password_key(password, slot.salt))

    def has_password_slot(self, username: str) -> bool:
        return _user_slot(username) in self.slots

    def remember_password(self, username: str, password: str, data_key: bytes) -> None:
        """Wrap the data key under this clerk's (new) password, replacing their old slot."""
        salt = secrets.token_bytes(16)
        name = _user_slot(username)
        wrapped = self._wrap(name, password_key(password, salt), data_key)
        self.slots[name] = WrappedKey(wrapped.nonce, wrapped.sealed, salt)
        self.save()

    def forget(self, username: str) -> None:
        """An account no longer allowed here (deactivated, moved): its slot goes."""
        if self.slots.pop(_user_slot(username), None) is not None:
            self.save()

    def _aad(self, name: str) -> bytes:
        return f"onewindow keyslot|{self.store_id}|{name}".encode()

    def _wrap(self, name: str, key: bytes, data_key: bytes) -> WrappedKey:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(12)
        return WrappedKey(nonce, AESGCM(key).encrypt(nonce, data_key, self._aad(name)))

    def _unwrap(self, name: str, key: bytes) -> bytes | None:
        slot = self.slots.get(name)
        if slot is None:
            return None
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            return AESGCM(key).decrypt(slot.nonce, slot.sealed, self._aad(name))
        except InvalidTag:
            return None


def _user_slot(username: str) -> str:
    return f"user:{username}"


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)
