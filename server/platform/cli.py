"""`onewindow-server export`: the 办件 export by hand — check the records, or run one pass.

    onewindow-server export --database URL --check [--since 2026-12-01] [--hall 330429]
    onewindow-server export --database URL --platform file:///srv/onewindow/up [--since 2026-12-01]

--check builds the records of the cases changed since the date (every case without one) and
checks every field against the exchange tables; it sends nothing and changes nothing, and exits
with 1 when a record would be refused. Without --check one pass runs: the new case changes are
collected and what is due is sent; --since then also queues again every record of the cases
changed since the date (a platform that lost them: the ROWGUIDs make the repeat an update).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime, time

from sqlalchemy import select, update

from app.domain.hall_time import HALL_TIMEZONE
from app.domain.platform_records import records_of
from app.domain.platform_tables import TABLE_LABELS, problems_of
from server.config import PLATFORM_URL_ENV as ENV_PLATFORM
from server.platform.collect import case_facts
from server.store.models import HallRow, ServerCaseRow
from server.store.models_platform import PlatformRecordRow

_PAGE = 500


class _Refused(Exception):
    """What the operator asked cannot be done; the message says why."""


def _since(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _Refused(f"--since 应为日期，如 2026-12-01，而不是“{text}”") from None
    return datetime.combine(day, time(0), HALL_TIMEZONE).astimezone(UTC)


def _case_pages(session, halls: list[str], since: datetime | None):
    """(hall, [case ids]) pages of the cases changed since `since`, in id order."""
    c = ServerCaseRow
    for hall in halls:
        after = ""
        while True:
            query = select(c.id).where(c.hall_code == hall, c.id > after).order_by(c.id).limit(_PAGE)
            if since is not None:
                query = query.where(c.updated_at >= since)
            ids = list(session.scalars(query))
            if not ids:
                break
            yield hall, ids
            after = ids[-1]


def _halls(session, hall: str | None) -> list[str]:
    if hall:
        if session.get(HallRow, hall) is None:
            raise _Refused(f"没有编码为 {hall} 的大厅")
        return [hall]
    return list(session.scalars(select(HallRow.code).order_by(HallRow.code)))


def cmd_export(args: argparse.Namespace, context) -> int:
    try:
        return _export(args, context)
    except _Refused as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2


def _export(args: argparse.Namespace, context) -> int:
    since = _since(args.since)
    ctx = context(args)
    if args.check:
        return _check(ctx, args.hall, since)
    url = args.platform or os.environ.get(ENV_PLATFORM, "")
    if not url:
        print(
            "错误：请用 --platform 指明省平台地址（sim://、file://… 或 https://…），或用 --check 只做校验",
            file=sys.stderr,
        )
        return 2
    from server.platform.export import export_pass
    from server.platform.links import open_platform

    try:
        link = open_platform(url)
    except ValueError as exc:
        print(f"--platform：{exc}", file=sys.stderr)
        return 2
    if since is not None:
        print(f"已将 {_queue_again(ctx, args.hall, since)} 条记录重新列入上报")
    report = export_pass(ctx, link)
    print(
        f"本次：{report.cases} 件办件有变动，新列入上报 {report.queued} 条；"
        f"送达 {report.sent} 条，被退回 {report.refused} 条，待重试 {report.waiting} 条"
    )
    if report.error:
        print(f"省平台暂不可用：{report.error}（记录已保留，稍后自动重试）")
    return 0


def _check(ctx, hall: str | None, since: datetime | None) -> int:
    cases = records = bad = 0
    with ctx.sessions() as s:
        for hall_code, ids in _case_pages(s, _halls(s, hall), since):
            for _, facts in case_facts(s, hall_code, ids):
                cases += 1
                for record in records_of(facts):
                    records += 1
                    problems = problems_of(record.table, record.fields)
                    bad += bool(problems)
                    where = f"{facts.number}  {TABLE_LABELS[record.table]}（{record.key}）"
                    for p in problems:
                        print(f"{where}  {p.field}：{p.reason}")
    print(f"校验了 {cases} 件办件的 {records} 条记录：{records - bad} 条合格，{bad} 条不合格")
    print("（只做了校验，未发送任何数据）")
    return 1 if bad else 0


def _queue_again(ctx, hall: str | None, since: datetime) -> int:
    t = PlatformRecordRow
    total = 0
    with ctx.transaction() as s:
        for hall_code, ids in _case_pages(s, _halls(s, hall), since):
            result = s.execute(
                update(t)
                .where(t.hall_code == hall_code, t.case_id.in_(ids), t.status == "sent")
                .values(status="pending", attempts=0, next_attempt_at=ctx.now(), batch_id=None)
            )
            total += result.rowcount or 0
    return total


def add_export_command(sub, with_db, context) -> None:
    export = with_db(
        sub.add_parser(
            "export",
            help="办件数据上报省平台：校验或手动上报一次 / the 办件 export: check, or one pass",
        )
    )
    export.add_argument(
        "--platform",
        metavar="URL",
        help=f"省平台地址：sim://、file:///目录 或 https://… / the platform (or ${ENV_PLATFORM})",
    )
    export.add_argument(
        "--check", action="store_true", help="只校验，不发送 / check every field, send nothing"
    )
    export.add_argument(
        "--since", metavar="YYYY-MM-DD", help="此日期以来有变动的办件 / the cases changed since this day"
    )
    export.add_argument("--hall", help="只处理这个大厅 / only this hall")
    export.set_defaults(run=lambda args: cmd_export(args, context))
