"""The server's data keys: what seals the personal data it stores, and finds it again.

One JSON file (0600, outside the database and its backups) holds the hall's *data keys*, each
256 random bits under a short id, and names the current one. From each key two are derived with
HKDF-SHA256: an AES-256-GCM key that seals values (pyca/cryptography's AEAD, no cipher of our
own) and an HMAC-SHA256 key for *lookups*, the keyed hashes by which a case is still found by
an ID number, a name or a phone's last digits without the database holding any of them in clear.

A sealed value is ``ow:<key id>:<base64 of nonce and ciphertext>``; the key id says which key
opens it, so keys rotate without downtime: `onewindow-server keys rotate` adds a key and makes
it current (every process sees the changed file at its next use), `keys rewrap` seals every value
again under it and recomputes the lookups while the server runs (a lookup meanwhile tries every
key's hash), and `keys retire` drops an old key once nothing needs it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX = "ow:"
KEY_BYTES = 32
NONCE_BYTES = 12
SEALING_RECHECK_S = 1.0


class DataKeyError(Exception):
    """The key file is missing, unreadable or does not open a value: the message says what to do."""


@dataclass(frozen=True)
class DataKey:
    key_id: str
    sealer: AESGCM
    lookup_key: bytes

    @classmethod
    def derive(cls, key_id: str, secret: bytes) -> DataKey:
        def sub(purpose: bytes) -> bytes:
            return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose).derive(secret)

        return cls(key_id, AESGCM(sub(b"onewindow data seal")), sub(b"onewindow data lookup"))


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def key_id_of(token: str) -> str:
    return token[len(PREFIX) :].split(":", 1)[0]


class DataKeyring:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._keys: dict[str, DataKey] = {}
        self._current = ""
        self._loaded_stamp: tuple[int, int] | None = None
        self._checked_at = 0.0
        self._load()

    # -- the file ----------------------------------------------------------------------------
    @classmethod
    def create_or_open(cls, path: Path) -> DataKeyring:
        """The keyring at `path`, made (with one key) when no file is there yet; several
        processes starting at once agree on one file: it is written whole under another name and
        linked into place, which fails if another got there first, so none reads it half-written."""
        path = Path(path)
        if not path.exists():
            staged = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
            try:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                key_id = _new_key_id()
                _write_new(staged, _document(key_id, {key_id: secrets.token_bytes(KEY_BYTES)}))
                os.link(staged, path)
            except FileExistsError:
                pass
            except OSError as exc:
                raise DataKeyError(f"无法创建数据密钥文件{path}：{exc.strerror}") from exc
            finally:
                staged.unlink(missing_ok=True)
        return cls(path)

    def _read(self) -> dict:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            keys = {kid: base64.b64decode(secret, validate=True) for kid, secret in document["keys"].items()}
            current = document["current"]
        except FileNotFoundError as exc:
            raise DataKeyError(
                f"数据密钥文件{self.path}不存在：请用 --data-key-file 指向服务一直使用的文件，或从备份恢复它"
            ) from exc
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DataKeyError(f"数据密钥文件{self.path}已损坏或不可读：请从备份恢复它（{exc}）") from exc
        if current not in keys or any(len(secret) != KEY_BYTES for secret in keys.values()):
            raise DataKeyError(f"数据密钥文件{self.path}已损坏：当前密钥缺失或长度不对，请从备份恢复它")
        return {"current": current, "keys": keys}

    def _load(self) -> None:
        stamp = _stamp(self.path)
        document = self._read()
        keys = {
            kid: self._keys.get(kid) or DataKey.derive(kid, secret)
            for kid, secret in document["keys"].items()
        }
        with self._lock:
            self._keys, self._current, self._loaded_stamp = keys, document["current"], stamp

    def _reload_if_changed(self) -> None:
        # a stat per lookup (a few microseconds): another process's rotation is seen at once, so
        # no search misses a case its rewrap has just hashed under the new key
        self._checked_at = time.monotonic()
        if _stamp(self.path) != self._loaded_stamp:
            self._load()

    def _sealing_key_id(self) -> str:
        # sealing may go on under the key current a moment ago (the rewrap and the census see
        # to it), so a batch's thousands of seals need not stat the file each
        if time.monotonic() - self._checked_at > SEALING_RECHECK_S:
            self._reload_if_changed()
        return self._current

    def _save(self, current: str, secrets_by_id: dict[str, bytes]) -> None:
        staged = self.path.with_name(self.path.name + ".new")
        staged.unlink(missing_ok=True)
        _write_new(staged, _document(current, secrets_by_id))
        os.replace(staged, self.path)
        self._load()

    # -- keys --------------------------------------------------------------------------------
    @property
    def current_id(self) -> str:
        self._reload_if_changed()
        return self._current

    @property
    def key_ids(self) -> list[str]:
        """Every key, the current one first."""
        self._reload_if_changed()
        return [self._current, *sorted(k for k in self._keys if k != self._current)]

    def rotate(self) -> str:
        """Add a new key and make it current; the old ones still open what they sealed."""
        document = self._read()
        key_id = _new_key_id()
        self._save(key_id, {**document["keys"], key_id: secrets.token_bytes(KEY_BYTES)})
        return key_id

    def retire(self, key_id: str) -> None:
        """Forget a key (the caller has checked that no value needs it any more)."""
        document = self._read()
        if key_id == document["current"]:
            raise DataKeyError(f"密钥{key_id}是当前密钥，不能停用：请先轮换")
        if key_id not in document["keys"]:
            raise DataKeyError(f"没有密钥{key_id}")
        self._save(document["current"], {k: s for k, s in document["keys"].items() if k != key_id})

    def _key(self, key_id: str) -> DataKey:
        key = self._keys.get(key_id)
        if key is None:
            self._reload_if_changed()  # another process rotated just now
            key = self._keys.get(key_id)
        if key is None:
            raise DataKeyError(
                f"数据密钥{key_id}不在密钥文件{self.path}中：请用服务一直使用的密钥文件，或从备份恢复它"
            )
        return key

    # -- sealing -----------------------------------------------------------------------------
    def seal(self, data: bytes, context: str) -> str:
        """`data` sealed under the current key, bound to `context` (where it is kept): a value
        copied to another column does not open there."""
        key = self._key(self._sealing_key_id())
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = nonce + key.sealer.encrypt(nonce, data, context.encode())
        return f"{PREFIX}{key.key_id}:{base64.b64encode(sealed).decode()}"

    def open(self, token: str, context: str) -> bytes:
        key_id, _, body = token[len(PREFIX) :].partition(":")
        key = self._key(key_id)
        try:
            sealed = base64.b64decode(body, validate=True)
            return key.sealer.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], context.encode())
        except (ValueError, InvalidTag) as exc:
            raise DataKeyError(f"一项加密数据（{context}）无法解密：它已损坏或被改动，请从备份恢复") from exc

    def aead(self, key_id: str) -> AESGCM:
        """The AEAD of one key, for sealing a stream chunk by chunk (the blob store)."""
        return self._key(key_id).sealer

    # -- lookups -----------------------------------------------------------------------------
    def lookup(self, text: str, key_id: str | None = None) -> str:
        """The keyed hash of `text` under one key (the current one by default)."""
        key = self._key(key_id or self.current_id)
        return hmac.new(key.lookup_key, text.encode(), hashlib.sha256).hexdigest()

    def lookups(self, text: str) -> list[str]:
        """Its keyed hash under every key: what a search matches while a rotation is under way."""
        return [self.lookup(text, key_id) for key_id in self.key_ids]


def _new_key_id() -> str:
    return "k" + secrets.token_hex(3)


def _document(current: str, secrets_by_id: dict[str, bytes]) -> dict:
    return {
        "current": current,
        "keys": {kid: base64.b64encode(s).decode() for kid, s in secrets_by_id.items()},
    }


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_ino)


def _write_new(path: Path, document: dict) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(document, out)
        out.flush()
        os.fsync(out.fileno())
