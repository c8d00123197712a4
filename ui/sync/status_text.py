"""What the sync slot says: one short line for the status bar, a tone, and a full tooltip.

Pure functions of a ``SyncStatus`` and the time now, so the words can be tested without a
window and re-rendered every half minute (the age of the oldest waiting change grows while
nothing else changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ui.messages import render

translate = QCoreApplication.translate

SHORT_ERROR = 18  # characters of the last error in the status bar; the tooltip has all of it


@dataclass(frozen=True)
class SlotText:
    text: str
    tone: str  # ok | muted | warning | error (the status bar's tones)
    tooltip: str


def _aligned(then: datetime, now: datetime) -> tuple[datetime, datetime]:
    """Compare an aware and a naive time as local times (the services may give either)."""
    if (then.tzinfo is None) != (now.tzinfo is None):
        return then.astimezone(), now.astimezone()  # a naive time is taken as local
    return then, now


def age_text(then: datetime, now: datetime) -> str:
    """刚刚, 3分钟前, 2小时前, 1天前 — a clock skewed into the future reads as 刚刚."""
    then, now = _aligned(then, now)
    seconds = (now - then).total_seconds()
    if seconds < 60:
        return translate("SyncStatusText", "刚刚")
    minutes = int(seconds // 60)
    if minutes < 60:
        return translate("SyncStatusText", "{0}分钟前").format(minutes)
    hours = minutes // 60
    if hours < 24:
        return translate("SyncStatusText", "{0}小时前").format(hours)
    return translate("SyncStatusText", "{0}天前").format(hours // 24)


def clock_text(at: datetime, now: datetime) -> str:
    """The local time of day, with the date when it was not today."""
    local = at.astimezone() if at.tzinfo else at
    today = now.astimezone() if now.tzinfo else now
    return f"{local:%H:%M}" if local.date() == today.date() else f"{local:%m-%d %H:%M}"


def short(text: str, limit: int = SHORT_ERROR) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def slot_text(status, now: datetime) -> SlotText:
    """The sync slot for ``status`` (an ``app.services.sync.service.SyncStatus``)."""
    if not status.configured:
        return SlotText(
            translate("SyncStatusText", "单机模式（未连接服务器）"), "muted", tooltip_text(status, now)
        )
    parts = [translate("SyncStatusText", "在线") if status.online else translate("SyncStatusText", "离线")]
    if status.waiting:
        waiting = translate("SyncStatusText", "待同步 {0} 条").format(status.waiting)
        if status.oldest_waiting_at is not None:
            waiting += translate("SyncStatusText", "（最早一条 {0}）").format(
                age_text(status.oldest_waiting_at, now)
            )
        parts.append(waiting)
    else:
        parts.append(translate("SyncStatusText", "已全部同步"))
    if status.rejected:
        parts.append(translate("SyncStatusText", "被退回 {0} 条").format(status.rejected))
    parts.append(
        translate("SyncStatusText", "上次同步 {0}").format(clock_text(status.last_sync_at, now))
        if status.last_sync_at is not None
        else translate("SyncStatusText", "尚未同步")
    )
    if status.last_error:
        parts.append(short(render(status.last_error)))
    # red: the server refused something the clerk did; amber: work is piling up unsent
    if status.rejected:
        tone = "error"
    elif status.waiting and (not status.online or status.last_error):
        tone = "warning"
    elif not status.online or status.last_error:
        tone = "muted"
    else:
        tone = "ok"
    return SlotText(" · ".join(parts), tone, tooltip_text(status, now))


def tooltip_text(status, now: datetime) -> str:
    return "\n".join(
        [*detail_lines(status, now), translate("SyncStatusText", "单击或按 Ctrl+Shift+Y 打开同步面板")]
    )


def detail_lines(status, now: datetime) -> list[str]:
    """Everything the status knows, one fact a line (the tooltip and the sync panel)."""
    if not status.configured:
        return [translate("SyncStatusText", "单机模式：本工作台没有登记到服务器，办件只保存在本机。")]
    lines = [translate("SyncStatusText", "服务器：{0}").format(status.server_url)]
    lines.append(
        translate("SyncStatusText", "连接：{0}").format(
            translate("SyncStatusText", "在线")
            if status.online
            else translate("SyncStatusText", "离线（办件照常保存在本机）")
        )
    )
    lines.append(translate("SyncStatusText", "待同步：{0} 条").format(status.waiting))
    if status.oldest_waiting_at is not None:
        lines.append(
            translate("SyncStatusText", "最早一条待同步：{0}（{1}）").format(
                clock_text(status.oldest_waiting_at, now), age_text(status.oldest_waiting_at, now)
            )
        )
    if status.last_sync_at is not None:
        lines.append(
            translate("SyncStatusText", "上次同步：{0}").format(clock_text(status.last_sync_at, now))
        )
    if status.rejected:
        lines.append(translate("SyncStatusText", "服务器退回的操作：{0} 条未读").format(status.rejected))
    if status.last_error:
        lines.append(translate("SyncStatusText", "最近的错误：{0}").format(render(status.last_error)))
    return lines
