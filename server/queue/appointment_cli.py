"""`onewindow-server appointments reminders`: a day's 预约 reminders as a CSV for the SMS platform.

    onewindow-server appointments reminders --database URL --day 2026-11-24 --output 提醒.csv \\
        [--hall 330429] [--again] [--by NAME]

Each booking is exported once (server/queue/appointment_reminders.py); --again exports the day's
bookings reminded already too. Nothing to export: no file is written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from server.queue.appointment_reminders import export_reminders


def cmd_reminders(args: argparse.Namespace, context) -> int:
    try:
        day = date.fromisoformat(args.day)
    except ValueError:
        print(f"错误：--day 应为日期，如 2026-11-24，而不是“{args.day}”", file=sys.stderr)
        return 2
    ctx = context(args)
    try:
        done = export_reminders(ctx, day, Path(args.output), args.hall, args.again, args.by.strip() or "cli")
    except OSError as exc:
        print(f"错误：无法写入{args.output}：{exc.strerror or exc}", file=sys.stderr)
        return 2
    if done.output is None:
        print(f"{day.isoformat()}没有需要提醒的预约（已导出过的不再导出；重新导出请加 --again）；未写文件")
    else:
        print(f"已导出{done.exported}条预约提醒至{done.output}，并标记为已提醒")
    if done.without_phone:
        print(f"另有{done.without_phone}条预约没有手机号码，无法短信提醒")
    return 0


def add_appointment_commands(sub, with_db, context) -> None:
    appointments = sub.add_parser("appointments", help="预约 / appointments")
    commands = appointments.add_subparsers(dest="appointments_command", required=True)
    reminders = with_db(
        commands.add_parser(
            "reminders",
            help="导出某日预约的短信提醒（CSV，每条只导出一次）/ export a day's reminders for SMS, once each",
        )
    )
    reminders.add_argument("--day", required=True, metavar="YYYY-MM-DD", help="预约日期 / the bookings' day")
    reminders.add_argument(
        "--output",
        required=True,
        metavar="FILE",
        help="CSV文件（不覆盖已有文件）/ the CSV (never overwritten)",
    )
    reminders.add_argument("--hall", help="只导出这个大厅 / only this hall")
    reminders.add_argument(
        "--again", action="store_true", help="已导出过的也重新导出 / export those reminded already too"
    )
    reminders.add_argument("--by", default="", help="导出人（记入审计日志）/ who exports (audit log)")
    reminders.set_defaults(run=lambda args: cmd_reminders(args, context))
