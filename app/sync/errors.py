"""The ways a request to the central server fails, each with a Chinese sentence for the clerk
(raised by app/sync/transport.py, which says when each is raised).

Kept apart from the transport, which needs httpx and the protocol's pydantic models, so that the
workbench's use cases can name these failures in their ``except`` clauses without loading the
HTTP stack when they open: it loads at the first request, behind a workbench already in use.
"""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError

SEQ_GAP = QT_TRANSLATE_NOOP("messages", "服务器期望下一条变更序号为 {seq}")


class TransportError(MessageError):
    """``detail`` (also ``message``) is the Message for the clerk: our own words, or the server's
    Chinese reason as it came; str(error) is the Chinese sentence."""

    def __init__(self, detail: Message | str, code: str = "") -> None:
        super().__init__(detail)
        self.detail, self.code = self.message, code


class ServerUnreachable(TransportError):
    pass


class Unauthorised(TransportError):
    pass


class SeqGap(TransportError):
    def __init__(self, expected_seq: int, detail: str = "") -> None:
        super().__init__(detail or Message(SEQ_GAP, seq=expected_seq), "seq_gap")
        self.expected_seq = expected_seq


class Refused(TransportError):
    pass


class InsecureServer(ServerUnreachable):
    """A plain-HTTP address of another machine: not connected to (the terminal works offline)."""
