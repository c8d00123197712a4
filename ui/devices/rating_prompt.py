"""After a decision or an issuance: ask the applicant to rate, and keep what they say.

The clerk sees only where the question stands — waiting, rated and kept, not rated, device
trouble — never the level, and has no control that could choose one. The question runs on the
evaluator's own device thread (a rating can take a minute; the shared device worker must stay
free for scans and status polls); the answer comes back to the GUI thread through a queued
signal and is recorded through the use-case worker, in order with the clerk's other writes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from app.services.errors import ServiceError
from drivers.evaluator.base import RatingRequest
from ui.messages import describe

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0


class _Relay(QObject):
    answer = Signal(str, object, object)  # rating id, Rating | None, DeviceError | None


class RatingPrompt(QObject):
    status = Signal(str, str)  # text, tone ("busy", "ok", "muted", "error") for a status slot
    recorded = Signal(object)  # RatingView: for views that show whether a case was rated

    def __init__(
        self,
        ratings,
        on_duty,
        evaluator,
        device_worker,
        worker=None,
        timeout: float = DEFAULT_TIMEOUT,
        parent=None,
    ) -> None:
        """``ratings``: the RatingService; ``on_duty``: the WindowContext (the pad greets the
        applicant with the clerk and window on duty when it asks)."""
        super().__init__(parent)
        self._ratings = ratings
        self._on_duty = on_duty
        self._evaluator = evaluator
        self._device_worker = device_worker
        self._worker = worker or device_worker
        self.timeout = timeout
        self.label = QLabel()
        self.label.setObjectName("Muted")
        self._active: tuple[str, str, str] | None = None  # (rating id, case id, ticket) asked
        self._relay = _Relay(self)
        self._relay.answer.connect(self._answered, Qt.ConnectionType.QueuedConnection)

    @property
    def asking(self) -> bool:
        return self._active is not None

    def ask_for(self, case_view, ticket: str = "") -> None:
        """Ask for a rating of this case, unless it has one (一次一评) or there is no evaluator."""
        if self._evaluator is None:
            return
        if self._active is not None:
            self.cancel()  # a new service supersedes the unanswered question
        ratings = self._ratings
        self._worker.run(
            lambda: ratings.rating_of(case_view.id),
            lambda existing: self._start(case_view, ticket) if existing is None else self._already(),
            lambda error: self._show(describe(error), "error"),
        )

    def _already(self) -> None:
        self._show(self.tr("该办件已有申请人评价，不再重复邀请。"), "muted")

    def _start(self, case_view, ticket: str) -> None:
        config = self._on_duty.config
        clerk, window = config.clerk_name, config.window_name
        request = RatingRequest(case_view.number, clerk, window)
        self._active = (request.rating_id, case_view.id, ticket)
        self._show(self.tr("等待申请人评价……"), "busy")
        relay = self._relay

        def answered(rating, error) -> None:  # on the evaluator's thread
            try:
                relay.answer.emit(request.rating_id, rating, error)
            except RuntimeError:  # the window closed while the pad was asking: nobody waits
                log.info("rating %s answered after the workbench closed", request.rating_id)

        self._evaluator.ask_async(request, self.timeout, answered)

    def cancel(self) -> None:
        if self._active is None:
            return
        rating_id = self._active[0]
        self._active = None
        evaluator = self._evaluator
        self._device_worker.run(lambda: evaluator.cancel(rating_id), None, lambda _error: None)
        self._show(self.tr("已取消本次评价邀请。"), "muted")

    def _answered(self, rating_id: str, rating, error) -> None:
        if self._active is None or self._active[0] != rating_id:
            return  # the answer to a question that was cancelled or superseded
        _, case_id, ticket = self._active
        self._active = None
        if error is not None:
            self._show(self.tr("评价器未能完成评价：{0}").format(error), "error")
            return
        if rating is None:
            self._show(self.tr("申请人未评价，本次不记录评价。"), "muted")
            return
        ratings, source = self._ratings, getattr(self._evaluator, "url", "")
        self._worker.run(
            lambda: ratings.record(case_id, rating, source, ticket),
            self._recorded,
            self._failed,
            changes=True,
        )

    def _recorded(self, view) -> None:
        self._show(self.tr("申请人已完成评价，评价已记录。"), "ok")
        self.recorded.emit(view)

    def _failed(self, error: ServiceError) -> None:
        self._show(describe(error), "error")

    def _show(self, text: str, tone: str) -> None:
        self.label.setText(text)
        self.status.emit(text, tone)
