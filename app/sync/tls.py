"""Which server certificates a terminal trusts: the system's CAs, or the hall's own CA alone.

A county's data centre usually runs its own CA and gives each terminal its certificate. With
``ONEWINDOW_HALL_CA=/etc/onewindow/hall-ca.pem`` a terminal trusts that CA and no other (pinned):
a certificate from any other CA — a public one misissued, an inspecting proxy's — is refused, so
the terminal secret and the clerks' passwords reach only the hall's server. Without it the
system's CA store is used. Either way certificates and host names are always verified; nothing
here can turn verification off. A pinned file that cannot be read is said on every connection,
never silently replaced by the system's store.
"""

from __future__ import annotations

import os
import ssl

from app.domain.messages import QT_TRANSLATE_NOOP, Message

HALL_CA_ENV = "ONEWINDOW_HALL_CA"
BAD_HALL_CA = QT_TRANSLATE_NOOP(
    "messages",
    "大厅根证书文件“{path}”无法使用（{error}）：请检查 ONEWINDOW_HALL_CA 指向的证书文件（PEM 格式），"
    "在此之前不会连接中心服务器",
)


class HallCaUnusable(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def pinned_ca() -> str:
    """The hall CA file the terminal is pinned to ("" when it trusts the system's CAs)."""
    return os.environ.get(HALL_CA_ENV, "").strip()


def tls_verification() -> ssl.SSLContext | bool:
    """What httpx's ``verify`` and websockets' ``ssl`` take: True (the system's CAs) or a context
    that trusts the hall's CA alone. HallCaUnusable when the pinned file cannot be used."""
    path = pinned_ca()
    if not path:
        return True
    try:
        return ssl.create_default_context(cafile=path)  # this CA, not the system's store
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise HallCaUnusable(Message(BAD_HALL_CA, path=path, error=type(exc).__name__)) from exc
