"""The window's side of the queue (叫号): call, recall, no-show, transfer, pause, finish.

Each action goes to the server (POST /queue/windows/{window}/actions) with a request_id made
once per intent: when an action gets no answer (a timeout, a dropped connection) the same action
asked again reuses its request_id, so a resend returns the ticket the first one called and calls
nothing more. Any other action starts a new intent.

When the server cannot be reached (or the workbench is standalone) no clerk waits: the clerk
types the number from the applicant's paper ticket and the window serves it locally
(window_queue_offline.PaperTickets: fsynced in the offline journal before it shows). What was
served offline is reconciled with the server as soon as it answers again: after a sync round that
reached it (``after_sync``, the sync runner's listener), after any action or refresh that did.

Refusals become the server's own sentence (QueueRefused); the window's state comes back as a
WindowQueueView. No Qt here: the panel calls these methods on a worker thread.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.domain.messages import QT_TRANSLATE_NOOP, SPACED, Message, message_of, sentences, text
from app.domain.queue_actions import OfflineOutcome, WindowAction
from app.domain.tickets import (
    BadTicketNumber,
    PriorityClass,
    TicketSource,
    normalise_number,
    parse_number,
    service_day,
)
from app.services.clock import Clock
from app.services.queue.paper_tickets import PaperTickets
from app.services.queue.views import (
    QueueRefused,
    QueueTicket,
    TransferTargets,
    WaitingCount,
    WindowQueueView,
    state_parts,
)
from app.sync.errors import Refused, ServerUnreachable, TransportError, Unauthorised

if TYPE_CHECKING:  # the wire models load with the first request (the HTTP stack with them)
    from app.sync.queue_protocol import OfflineRecord
    from app.sync.queue_transport import QueueTransport

log = logging.getLogger(__name__)

__all__ = ["QueueRefused", "WindowQueueService", "WindowQueueView"]


TRANSFER_WHERE = QT_TRANSLATE_NOOP("messages", "请选择要转往的业务类别或窗口")
STANDALONE = QT_TRANSLATE_NOOP("messages", "单机模式")
NO_SERVER = QT_TRANSLATE_NOOP("messages", "连不上中心服务器")
RETRY = QT_TRANSLATE_NOOP("messages", "再按一次重试（不会重复执行），或")
NO_AUTOMATIC_CALL = QT_TRANSLATE_NOOP(
    "messages", "{why}，无法自动叫号：{retry}按群众纸质号票上的号码叫号（Shift+F7）。"
)
NOT_DONE = QT_TRANSLATE_NOOP("messages", "{why}，{action}未执行：{retry}按纸质号票叫号（Shift+F7）。")
PAPER_CALLED = QT_TRANSLATE_NOOP(
    "messages",
    "已按纸质号票叫{number}号（离线记录，已存入本机，恢复连接后自动上报）。请口头或以叫号器呼叫。",
)
OFFLINE_RECALL = QT_TRANSLATE_NOOP("messages", "{number}号是离线叫的号，叫号屏不会显示：请口头再呼叫一次。")
OFFLINE_TRANSFER = QT_TRANSLATE_NOOP(
    "messages",
    "{number}号是离线按纸质号票叫的号，不能转移：请引导群众到相应窗口，或在服务器恢复后重新取号。",
)
OFFLINE_NO_SHOW = QT_TRANSLATE_NOOP("messages", "{number}号未到，已取消这次离线叫号。")
OFFLINE_FINISHED = QT_TRANSLATE_NOOP("messages", "{number}号已办结（离线记录，恢复连接后自动上报）。")
OFFLINE_FINISHED_SHORT = QT_TRANSLATE_NOOP("messages", "{number}号已办结（离线记录）。")
OFFLINE_REPORTED = QT_TRANSLATE_NOOP("messages", "离线期间叫的号已上报服务器（{sent}条）。")
OFFLINE_REJECTED = QT_TRANSLATE_NOOP("messages", "{count}条离线记录未被服务器接受：{reason}")
PAPER_TICKET = QT_TRANSLATE_NOOP("messages", "纸质号票")
SIGN_IN_AGAIN = QT_TRANSLATE_NOOP(
    "messages",
    "中心服务器要求您重新登录后才能叫号（您是离线登录的，或登录已过期）：请按“切换用户”重新登录"
    "；在此之前可按群众纸质号票叫号（Shift+F7）。",
)
CREDENTIAL_REFUSED = QT_TRANSLATE_NOOP(
    "messages", "中心服务器不接受本终端的凭据（{detail}），叫号未执行；请联系系统管理员"
)


class WindowQueueService:
    def __init__(
        self,
        link: Callable[[], QueueTransport | None],
        paper: PaperTickets,
        window: Callable[[], str],
        clerk: Callable[[], str],
        clock: Clock,
    ) -> None:
        self._link = link  # None: standalone (no server configured)
        self.paper = paper
        self._window = window
        self._clerk = clerk
        self._clock = clock
        self._lock = threading.RLock()  # one action at a time (panel worker, sync runner)
        self._online = True  # until a contact fails; the first action finds out
        self._server: dict = {"current": None, "waiting": (), "paused": False, "pause_reason": ""}
        self._intent: tuple[tuple, str] | None = None  # (what was asked, its request_id)
        self._local: OfflineRecord | None = None  # the paper ticket being served offline
        self._local_window: str | None = None  # the window _local was restored for
        self._notice = ""  # a reconciliation's outcome, said with the next view

    # -- the window's actions --------------------------------------------------------------------
    def call_next(self) -> WindowQueueView:
        return self._act(WindowAction.CALL_NEXT)

    def call_number(self, typed: str) -> WindowQueueView:
        try:
            number = normalise_number(typed)
        except (BadTicketNumber, ValueError) as exc:
            raise QueueRefused(message_of(exc), "bad_number") from exc
        return self._act(WindowAction.CALL_NUMBER, number=number)

    def recall(self) -> WindowQueueView:
        return self._act(WindowAction.RECALL)

    def no_show(self) -> WindowQueueView:
        return self._act(WindowAction.NO_SHOW)

    def transfer(self, to_category: str = "", to_window: str = "") -> WindowQueueView:
        if not (to_category.strip() or to_window.strip()):
            raise QueueRefused(Message(TRANSFER_WHERE), "bad_transfer")
        return self._act(WindowAction.TRANSFER, to_category=to_category.strip(), to_window=to_window.strip())

    def pause(self, reason: str = "") -> WindowQueueView:
        return self._act(WindowAction.PAUSE, reason=reason.strip()[:200])

    def resume(self) -> WindowQueueView:
        return self._act(WindowAction.RESUME)

    def finish(self) -> WindowQueueView:
        return self._act(WindowAction.FINISH)

    def not_served_then_next(self) -> WindowQueueView:
        """未办理, then 叫下一位 (F7 answered 未办理): the held ticket ends without counting as
        served, and the next applicant is called."""
        with self._lock:
            self._act(WindowAction.NOT_SERVED)
            return self._act(WindowAction.CALL_NEXT)

    @property
    def last_request_id(self) -> str:
        """The request_id of the action that got no answer ("" when every action was answered)."""
        return self._intent[1] if self._intent else ""

    # -- the window's state ----------------------------------------------------------------------
    def state(self) -> WindowQueueView:
        """Ask the server for the window's state (and reconcile what waits); the last known one
        when it cannot be reached."""
        with self._lock:
            self._local_serve()  # before a reconciliation sends it: an open serve stays current
            link = self._link()
            if link is None:
                return self._view(online=False)
            try:
                server = link.window_state(self._window())
            except Unauthorised as exc:  # the server answers, but not to this (offline) sign-in
                self._online = True
                self._reconcile_quietly(link)  # paper tickets are the terminal's to report
                return self._view(message=_not_accepted(exc))
            except TransportError as exc:
                self._contact_failed(exc)
                return self._view(online=False)
            self._online = True
            self._server = state_parts(server)
            self._reconcile_quietly(link)
            return self._view()

    def transfer_targets(self) -> TransferTargets:
        """The hall's categories and other windows (from the server; offline: what this window
        serves, as last known, since a transfer needs the server anyway)."""
        link = self._link()
        window = self._window()
        if link is not None:
            try:
                hall = link.hall()
            except TransportError as exc:
                self._contact_failed(exc)
            else:
                return TransferTargets(
                    tuple((c.code, c.name) for c in hall.categories if c.active),
                    tuple(w.name for w in hall.windows if w.name != window),
                )
        return TransferTargets(tuple((w.code, w.name) for w in self._server["waiting"]), ())

    def after_sync(self, status) -> None:
        """The sync runner's listener (its thread): a round reached the server, so send what
        was served offline. Never raises: the runner must go on."""
        if not (getattr(status, "configured", False) and getattr(status, "online", False)):
            return
        if self.paper.pending_count() == 0:
            return
        with self._lock:
            self._local_serve()
            link = self._link()
            if link is not None:
                self._reconcile_quietly(link)

    def reconcile(self) -> int:
        """Send what was served offline now; returns how many records the server answered."""
        with self._lock:
            self._local_serve()
            link = self._link()
            if link is None:
                return 0
            return len(self.paper.reconcile(link))

    # -- the work --------------------------------------------------------------------------------
    def _act(self, action: WindowAction, **fields: str) -> WindowQueueView:
        with self._lock:
            local = self._local_serve()
            if local is not None:
                handled = self._end_local(action, local, fields)
                if handled is not None:
                    return handled
            link = self._link()
            if link is None or (action is WindowAction.CALL_NUMBER and not self._online):
                return self._offline(action, fields, None)
            from app.sync.queue_protocol import WindowActionRequest

            request = WindowActionRequest(
                request_id=self._request_id(action, fields),
                action=action,
                clerk=self._clerk()[:64] or "clerk",
                **fields,
            )
            try:
                answer = link.act(self._window(), request)
            except ServerUnreachable as exc:
                self._contact_failed(exc)
                return self._offline(action, fields, exc)
            except Unauthorised as exc:
                self._intent = None
                raise QueueRefused(_not_accepted(exc), exc.code) from exc
            except Refused as exc:
                self._intent, self._online = None, True
                raise QueueRefused(exc.detail, exc.code) from exc
            self._intent, self._online = None, True
            self._server = state_parts(answer.state)
            self._reconcile_quietly(link)
            return self._view(message=answer.message)

    def _request_id(self, action: WindowAction, fields: dict) -> str:
        """The intent's request_id: the unanswered one when the same action is asked again."""
        key = (action.value, tuple(sorted(fields.items())))
        if self._intent is not None and self._intent[0] == key:
            return self._intent[1]
        self._intent = (key, str(uuid.uuid4()))
        return self._intent[1]

    def _contact_failed(self, exc: TransportError) -> None:
        self._online = False
        log.info("queue: server not reached (%s)", exc.code)

    def _offline(self, action: WindowAction, fields: dict, exc: ServerUnreachable | None) -> WindowQueueView:
        """No server: a typed paper ticket is served here; other actions say what happened."""
        standalone = self._link() is None
        if exc is not None:
            log.info("queue: %s not answered (%s)", action.value, exc.code)
        why = Message(STANDALONE if standalone else NO_SERVER)
        if action is WindowAction.CALL_NUMBER:
            self._intent = None  # served here; a later online call of the number is a new intent
            return self._serve_paper(fields["number"])
        retry = text("") if standalone else Message(RETRY)
        if action is WindowAction.CALL_NEXT:
            said = Message(NO_AUTOMATIC_CALL, why=why, retry=retry)
        else:
            said = Message(NOT_DONE, why=why, action=Message(_ACTION_NAMES[action]), retry=retry)
        return self._view(online=False, message=said, can_retry=not standalone)

    # -- paper tickets -----------------------------------------------------------------------------
    def _local_serve(self) -> OfflineRecord | None:
        window = self._window()
        if self._local_window != window:
            self._local_window = window
            self._local = self.paper.open_serve(window, service_day(self._clock()))
        return self._local

    def _serve_paper(self, number: str) -> WindowQueueView:
        prefix, _ = parse_number(number)
        category = next((w for w in self._server["waiting"] if w.prefix == prefix), None)
        self._local = self.paper.start(
            number, category.code if category else "", self._window(), self._clerk()[:64], self._clock()
        )
        self._local_window = self._window()
        return self._view(
            online=False,
            message=Message(PAPER_CALLED, number=number),
        )

    def _end_local(self, action: WindowAction, local: OfflineRecord, fields: dict) -> WindowQueueView | None:
        """An action while a paper ticket is being served: it ends that serve first (next,
        by number, finish), or is answered here (recall, no-show, transfer); None: go on."""
        number = local.number
        if action is WindowAction.RECALL:
            return self._view(message=Message(OFFLINE_RECALL, number=number))
        if action is WindowAction.TRANSFER:
            raise QueueRefused(Message(OFFLINE_TRANSFER, number=number), "offline_only")
        if action in (WindowAction.NO_SHOW, WindowAction.NOT_SERVED):  # not reported as served
            self.paper.cancel(local)
            self._local = None
            return self._view(message=Message(OFFLINE_NO_SHOW, number=number))
        if action in (WindowAction.CALL_NEXT, WindowAction.CALL_NUMBER, WindowAction.FINISH):
            self.paper.finish(local, self._clock())
            self._local = None
            if action is WindowAction.FINISH:
                link = self._link()
                if link is not None and self._online:
                    self._reconcile_quietly(link)
                return self._view(message=Message(OFFLINE_FINISHED, number=number))
            self._notice = Message(OFFLINE_FINISHED_SHORT, number=number)
        return None  # pause / resume concern the window, not the ticket

    def _reconcile_quietly(self, link: QueueTransport) -> None:
        if self.paper.pending_count() == 0:
            return
        try:
            results = self.paper.reconcile(link)
        except TransportError as exc:
            log.info("queue: offline records not reconciled yet (%s)", exc.code)
            return
        rejected = [r for r in results if r.outcome is OfflineOutcome.REJECTED]
        sent = len(results) - len(rejected)
        said = [self._notice, Message(OFFLINE_REPORTED, sent=sent) if sent else ""]
        if rejected:
            said.append(Message(OFFLINE_REJECTED, count=len(rejected), reason=rejected[0].reason))
        self._notice = sentences(said)

    # -- the view ----------------------------------------------------------------------------------
    def _view(
        self, *, online: bool | None = None, message: Message | str = "", can_retry: bool = False
    ) -> WindowQueueView:
        link_online = self._online if online is None else online
        standalone = self._link() is None
        server = self._server
        current = server["current"]
        local = self._local_serve()
        if local is not None:
            current = self._paper_ticket(local)
        notice, self._notice = self._notice, ""
        return WindowQueueView(
            window=self._window(),
            online=link_online and not standalone,
            standalone=standalone,
            current=current,
            waiting=server["waiting"],
            paused=server["paused"],
            pause_reason=server["pause_reason"],
            message=sentences((message, notice), SPACED),
            pending_offline=self.paper.pending_count(),
            can_retry=can_retry,
        )

    def _paper_ticket(self, record: OfflineRecord) -> QueueTicket:
        waiting: tuple[WaitingCount, ...] = self._server["waiting"]
        name = next((w.name for w in waiting if w.code == record.category and record.category), "")
        return QueueTicket(
            number=record.number,
            category=record.category,
            category_name=name or Message(PAPER_TICKET),
            priority=PriorityClass.NONE,
            calls=1,
            masked_name="",
            applicant=None,
            source=TicketSource.PAPER,
            offline=True,
        )


_ACTION_NAMES = {
    WindowAction.CALL_NEXT: QT_TRANSLATE_NOOP("actions", "叫号"),
    WindowAction.CALL_NUMBER: QT_TRANSLATE_NOOP("actions", "指定号码叫号"),
    WindowAction.RECALL: QT_TRANSLATE_NOOP("actions", "重呼"),
    WindowAction.NO_SHOW: QT_TRANSLATE_NOOP("actions", "过号"),
    WindowAction.TRANSFER: QT_TRANSLATE_NOOP("actions", "转移"),
    WindowAction.PAUSE: QT_TRANSLATE_NOOP("actions", "暂停"),
    WindowAction.RESUME: QT_TRANSLATE_NOOP("actions", "恢复"),
    WindowAction.FINISH: QT_TRANSLATE_NOOP("actions", "办结"),
    WindowAction.NOT_SERVED: QT_TRANSLATE_NOOP("actions", "记为未办理"),
}


def _not_accepted(exc: Unauthorised) -> Message:
    """What the clerk reads when the server does not accept the call's credentials."""
    if exc.code == "sign_in_required":
        # signed in while the server could not be reached (or the session ended): the server
        # serves a window only in the name of someone it signed in
        return Message(SIGN_IN_AGAIN)
    return Message(CREDENTIAL_REFUSED, detail=exc.detail)
