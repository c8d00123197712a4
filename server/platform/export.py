"""The 办件 export's rounds: collect what changed, then send what is due, until caught up.

Every serve process runs the rounds (server/api/manager_platform.py starts them) when the
server has a platform address; the cursors' row locks and the send's skip-locked claims let
several processes share the work without doing any of it twice. `onewindow-server export` runs
one pass by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from server.context import ServerContext
from server.periodic import EveryFewSeconds
from server.platform.collect import collect_all
from server.platform.links import PlatformLink, open_platform
from server.platform.send import BATCH, send_due


@dataclass(frozen=True)
class ExportReport:
    cases: int = 0
    queued: int = 0
    sent: int = 0
    refused: int = 0
    waiting: int = 0
    error: str = ""


def export_pass(ctx: ServerContext, link: PlatformLink, now: datetime | None = None) -> ExportReport:
    """Collect every hall's new case changes, then send due batches until none is full or the
    platform stops answering."""
    now = now or ctx.now()
    collected = collect_all(ctx.transaction, now)
    sent = refused = waiting = 0
    error = ""
    while True:
        report = send_due(ctx.transaction, link, now, ctx.config.is_postgres)
        sent, refused, waiting = sent + report.sent, refused + report.refused, waiting + report.waiting
        if report.error:
            error = report.error
            break
        if report.sent + report.refused < BATCH:
            break
    return ExportReport(collected.cases, collected.queued, sent, refused, waiting, error)


def platform_export(ctx: ServerContext, interval: float) -> EveryFewSeconds:
    link = open_platform(ctx.config.platform_url)
    return EveryFewSeconds(
        "platform-export",
        interval,
        lambda: export_pass(ctx, link),
        "办件数据上报省平台出错，稍后重试",
        drift=True,
    )
