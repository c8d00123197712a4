"""Whether the ticket at the window got a service, for F7's question.

F7 (叫下一位) finishes the ticket the window holds. When no case was opened for it — the
applicant only asked a question, came to the wrong window, or left — counting it as 办结 would
inflate the hall's statistics, so the queue panel asks 办结 or 未办理 first. A case on the
intake, or a decision or hand-out made since the call, is a service: no question then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class TicketWork(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._served = False
        window.queue.called.connect(self._called)
        window.queue.served_check = self.served

    def watch(self, source) -> None:
        """A panel whose decisions or hand-outs serve the ticket (收件, and 出件 once it is made)."""
        source.served.connect(self._service_done)

    def _called(self, _ticket) -> None:
        self._served = False

    def _service_done(self, _case) -> None:
        self._served = True

    def served(self) -> bool:
        return self._served or self._window.intake.case is not None
