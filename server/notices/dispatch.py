"""Sending what the outbox holds: claimed, sent, and retried with a backoff, never twice.

A notice is claimed (status 'sending') in a transaction of its own before the gateway is asked,
and its outcome is written after: two server processes never send one notice, and a notice
whose process died mid-send is not sent again (the applicant would get two SMS) but shown as
failed with the reason, for the hall to call the applicant if it matters. A gateway that is
down leaves the notice pending, tried again after 1, 2, 4 … minutes, up to MAX_ATTEMPTS.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from app.domain.masking import mask_phone
from server.context import ServerContext
from server.notices.outbox import scrub
from server.notices.senders import (
    GatewayRefused,
    GatewayUnavailable,
    Sms,
    SmsSender,
    open_sender,
    url_for_logs,
)
from server.store.models import NoticeRow

log = logging.getLogger("onewindow.notices")
MAX_ATTEMPTS = 8  # 1+2+4+…+64 minutes: a gateway out for two hours still gets them out
FIRST_BACKOFF = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=1)
STALE_CLAIM = timedelta(minutes=10)  # far beyond one attempt's bounded time
BATCH = 20


@dataclass(frozen=True)
class DispatchReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def backoff(attempts: int) -> timedelta:
    return min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** max(0, attempts - 1))


def dispatch_due(ctx: ServerContext, sender: SmsSender, now: datetime | None = None) -> DispatchReport:
    """Send up to BATCH notices that are due; the outcome of each is committed at once."""
    now = now or ctx.now()
    _give_up_stale_claims(ctx, now)
    claimed = _claim(ctx, now)
    sent = retrying = failed = 0
    for notice_id, case_id, case_number, event, phone, text, attempts in claimed:
        masked = mask_phone(phone)
        try:
            sender.send(Sms(phone=phone, text=text, ref=f"{case_id}:{event}"))
        except GatewayRefused as exc:
            outcome = {"status": "failed", "last_error": scrub(str(exc)), "phone": masked}
            failed += 1
            log.warning(
                "短信通知被网关拒绝：办件 %s（%s）至 %s：%s",
                case_number,
                event,
                masked,
                outcome["last_error"],
            )
        except (GatewayUnavailable, OSError) as exc:
            error = scrub(str(exc)) or type(exc).__name__
            if attempts >= MAX_ATTEMPTS:
                outcome = {"status": "failed", "last_error": f"{error}（已尝试{attempts}次，不再重试）"}
                outcome["phone"] = masked
                failed += 1
            else:
                outcome = {"status": "pending", "last_error": error}
                outcome["next_attempt_at"] = now + backoff(attempts)
                retrying += 1
            log.warning(
                "短信通知未发出（第%d次）：办件 %s（%s）至 %s，网关 %s：%s",
                attempts, case_number, event, masked, url_for_logs(sender.url), error,
            )  # fmt: skip
        else:
            outcome = {"status": "sent", "sent_at": now, "last_error": "", "phone": masked}
            sent += 1
            log.info("短信通知已发送：办件 %s（%s）至 %s", case_number, event, masked)
        with ctx.transaction() as s:
            s.execute(update(NoticeRow).where(NoticeRow.id == notice_id).values(claimed_at=None, **outcome))
    return DispatchReport(sent, retrying, failed)


def _claim(ctx: ServerContext, now: datetime) -> list[tuple]:
    with ctx.transaction() as s:
        query = (
            select(NoticeRow)
            .where(NoticeRow.status == "pending", NoticeRow.next_attempt_at <= now)
            .order_by(NoticeRow.id)
            .limit(BATCH)
        )
        if ctx.config.is_postgres:  # another process takes the next ones instead of waiting
            query = query.with_for_update(skip_locked=True)
        rows = s.scalars(query).all()
        for r in rows:
            r.status, r.claimed_at, r.attempts = "sending", now, r.attempts + 1
        return [(r.id, r.case_id, r.case_number, r.event, r.phone, r.text, r.attempts) for r in rows]


def _give_up_stale_claims(ctx: ServerContext, now: datetime) -> None:
    with ctx.transaction() as s:
        stale = s.scalars(
            select(NoticeRow).where(NoticeRow.status == "sending", NoticeRow.claimed_at < now - STALE_CLAIM)
        ).all()
        for r in stale:
            r.status, r.claimed_at = "failed", None
            r.last_error = "发送过程中服务中断，无法确定是否已送达；为免重复发送未再重试"
            r.phone = mask_phone(r.phone)
            log.warning("短信通知结果不明，不再发送：办件 %s（%s）", r.case_number, r.event)


class Dispatcher:
    """The serve process's sending thread: looks for due notices every `interval` seconds."""

    def __init__(self, ctx: ServerContext, url: str, interval: float) -> None:
        self.ctx = ctx
        self.sender = open_sender(url)
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notice-dispatcher", daemon=True)

    def start(self) -> Dispatcher:
        log.info("短信通知经 %s 发送", url_for_logs(self.sender.url))
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                while dispatch_due(self.ctx, self.sender).sent == BATCH:
                    pass  # a full batch went out: more may be waiting
            except Exception:  # a database hiccup must not end sending for the process's life
                log.exception("短信通知发送出错，稍后重试")
