"""Who a hall terminal without a workbench database is (kiosk, hall display): its enrolment.

The workbench keeps its credentials in its SQLite sync state; a kiosk or a display keeps them in
one small JSON file (``terminal.json`` in its data folder, readable by its user only), written
atomically, so a power cut never leaves half a credential.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.messages import QT_TRANSLATE_NOOP, Message, message_of
from app.json_files import write_json_atomically
from app.services.errors import ServiceError
from app.sync.errors import TransportError

if TYPE_CHECKING:  # the HTTP stack loads when a request is made, not when the identity is read
    from app.sync.transport import HttpTransport

IDENTITY_FILE = "terminal.json"


ENROLMENT_FAILED = QT_TRANSLATE_NOOP("messages", "登记失败：{detail}")


class EnrolmentFailed(ServiceError):
    """str() says why, in Chinese."""


@dataclass(frozen=True)
class TerminalIdentity:
    server_url: str
    terminal_id: str
    secret: str
    hall_code: str
    hall_name: str
    terminal_code: str

    def transport(self, client=None, timeout: float = 5.0) -> HttpTransport:
        from app.sync.transport import HttpTransport

        return HttpTransport(
            self.server_url, client=client, timeout=timeout, terminal_id=self.terminal_id, secret=self.secret
        )


def load_identity(data_dir: Path) -> TerminalIdentity | None:
    try:
        data = json.loads((Path(data_dir) / IDENTITY_FILE).read_text(encoding="utf-8"))
        return TerminalIdentity(**{k: str(data[k]) for k in TerminalIdentity.__dataclass_fields__})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_identity(data_dir: Path, identity: TerminalIdentity) -> None:
    write_json_atomically(Path(data_dir) / IDENTITY_FILE, asdict(identity), private=True)


def enrol_terminal(
    data_dir: Path, server_url: str, code: str, terminal_name: str, client=None
) -> TerminalIdentity:
    """Enrol with a one-time code and keep the credentials; raises EnrolmentFailed."""
    from app.sync.protocol import EnrolRequest
    from app.sync.transport import HttpTransport, normalise_base_url

    url = normalise_base_url(server_url)
    transport = HttpTransport(url, client=client)
    try:
        answer = transport.enrol(EnrolRequest(code=code, terminal_name=terminal_name))
    except TransportError as exc:
        raise EnrolmentFailed(Message(ENROLMENT_FAILED, detail=message_of(exc))) from exc
    finally:
        transport.close()
    identity = TerminalIdentity(
        server_url=url,
        terminal_id=answer.terminal_id,
        secret=answer.secret,
        hall_code=answer.hall_code,
        hall_name=answer.hall_name,
        terminal_code=answer.terminal_code,
    )
    save_identity(data_dir, identity)
    return identity
