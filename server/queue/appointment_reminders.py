"""预约 reminders for the hall's SMS platform: the bookings of a day, exported once as a CSV.

The bookings of the day not cancelled, not checked in and not yet reminded (with --again: those
reminded already too) are locked, written to a temporary file beside the output, synced, and
moved into place; only then are they marked reminded, in the same transaction as the reading, and
it commits. A crash before the commit leaves them unmarked (the next run exports them again, the
file of the crashed run may then hold them too); after it, a rerun exports none of them twice.
An existing output is never overwritten: it may hold phones not sent yet. The export hands out
phones in full, so it is audited (one entry per export).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth.audit import audit
from server.context import ServerContext
from server.queue.common import load_hall
from server.refusals import BadRequest, NotFound
from server.store.models import AppointmentRow, HallRow

HEADER = ("手机号码", "姓名", "预约日期", "时段", "业务类别", "事项", "预约码", "大厅", "短信内容")
TEXT = (
    "【{hall}】{name}您好，您已预约{day}{slot}办理{what}，预约码{code}。请携带本人身份证件按时到大厅，"
    "在取号机签到取号；如不能前来，请提前取消预约，未签到将记为爽约。"
)


@dataclass(frozen=True)
class ReminderExport:
    exported: int
    without_phone: int  # bookings of the day no SMS can reach (booked before phones were asked)
    output: Path | None  # None: nothing to export, no file written


def export_reminders(
    ctx: ServerContext, day: date, output: Path, hall: str | None = None, again: bool = False, by: str = "cli"
) -> ReminderExport:
    if output.exists():
        raise BadRequest(f"文件{output}已存在：其中可能有尚未发送的提醒，请另选文件名")
    now = ctx.now()
    with ctx.transaction() as s:
        rows = _due(s, day, _halls(s, hall), again)
        reachable = [r for r in rows if r.phone]
        if not reachable:
            return ReminderExport(0, len(rows), None)
        _write_durably(output, _csv(s, reachable))
        for row in reachable:
            row.reminded_at = now
        what = f"{'重新导出' if again else '导出'}{len(reachable)}条（含手机号码）至{output}"
        detail = f"{hall or '全部大厅'} {day.isoformat()}的预约提醒{what}"
        audit(s, now, "appointment_reminders_exported", username=by[:64], detail=detail, hall_code=hall)
    return ReminderExport(len(reachable), len(rows) - len(reachable), output)


def _halls(session: Session, hall: str | None) -> list[str]:
    if hall:
        if session.get(HallRow, hall) is None:
            raise NotFound(f"没有编码为{hall}的大厅")
        return [hall]
    return list(session.scalars(select(HallRow.code).order_by(HallRow.code)))


def _due(session: Session, day: date, halls: list[str], again: bool) -> list[AppointmentRow]:
    a = AppointmentRow
    query = select(a).where(
        a.hall_code.in_(halls), a.day == day, a.cancelled_at.is_(None), a.checked_in_at.is_(None)
    )
    if not again:
        query = query.where(a.reminded_at.is_(None))
    # locked: an export running at the same time waits, then finds them reminded
    return list(session.scalars(query.order_by(a.hall_code, a.slot, a.code).with_for_update()))


def _csv(session: Session, rows: list[AppointmentRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    halls = {code: load_hall(session, code) for code in {r.hall_code for r in rows}}
    for r in rows:
        hall = halls[r.hall_code]
        category = hall.categories.get(r.category)
        category_name = category.name if category else r.category
        what = category_name + (f"（{r.matter_name}）" if r.matter_name else "")
        text = TEXT.format(
            hall=hall.name, name=r.name, day=f"{r.day:%Y年%m月%d日}", slot=r.slot, what=what, code=r.code
        )
        writer.writerow(
            (
                r.phone,
                r.name,
                r.day.isoformat(),
                r.slot,
                category_name,
                r.matter_name,
                r.code,
                hall.name,
                text,
            )
        )
    return out.getvalue().encode("utf-8-sig")  # with a BOM: spreadsheet programs then read UTF-8


def _write_durably(output: Path, data: bytes) -> None:
    """`data` in `output`, whole or not at all, on disk before this returns; never over a file."""
    folder = output.parent if str(output.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{output.name}.", suffix=".tmp")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.link(temporary, output)  # unlike a rename, refuses a file that appeared meanwhile
    except FileExistsError:
        raise BadRequest(f"文件{output}已存在：其中可能有尚未发送的提醒，请另选文件名") from None
    finally:
        os.unlink(temporary)
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)  # the new name too
    finally:
        os.close(directory)
