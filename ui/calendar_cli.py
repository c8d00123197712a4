"""`onewindow calendar import FILE`: enter a year's holiday schedule at this workbench.

Until the hall manager's console enters it, an administrator takes the year from a file (format:
app/domain/calendar_years.py, example: resources/calendar/2027.example.json). The year is kept in
the workbench's data folder; the open cases whose promised date was estimated (暂按周末计算) are
recounted at once, each with an event the clerk and the applicant's progress query see. A
workbench that is running counts with the new year after its next start (and recounts then too).

On a sealed window PC (app/services/window_store.py) the database opens only with a clerk's
password: the command asks for the user name (``--user``) and the password, and opens the store
with that clerk's offline slot, as an offline sign-in at the window would.

No Qt: it runs on a bare terminal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub) -> None:
    calendar = sub.add_parser(
        "calendar",
        help="enter a year's holiday schedule (节假日安排) from a file",
        description="Working days follow the State Council's yearly holiday schedule. For a year "
        "the program does not know yet, promised dates count weekends only and are marked "
        "暂按周末计算; importing the year recounts them. File format: see "
        "resources/calendar/README.md.",
    )
    actions = calendar.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="check FILE and enter its year; recount estimated dates")
    imp.add_argument("file", type=Path, metavar="FILE", help="one year's schedule (JSON)")
    imp.add_argument("--data-dir", type=Path, help="the workbench's data (default: the user data folder)")
    imp.add_argument("--by", default="", metavar="NAME", help="who enters it (for the cases' timeline)")
    imp.add_argument("--user", default="", metavar="USERNAME", help="a clerk of this PC (a sealed PC asks)")


def _store_key(data_dir: Path, username: str) -> bytes | None:
    """The data key of a sealed store, from a clerk's password typed here; None: not sealed.
    Raises SystemExit with the reason when it cannot be had."""
    import getpass

    from app.services.errors import ServiceError
    from app.services.window_store import WindowStore

    try:
        store = WindowStore(data_dir)
    except ServiceError as exc:
        raise SystemExit(f"错误：{exc}") from exc
    if not store.sealed:
        return None
    username = username.strip() or input("本机数据已加密。用户名：").strip()
    key = store.open_with_password(username, getpass.getpass("密码："))
    if key is None:
        raise SystemExit("错误：用户名或密码不正确，或该账号没有在本机联网登录过；本机数据未改动。")
    return key


def main(args: argparse.Namespace) -> int:
    from app.bootstrap import load_calendar
    from app.services.cases.calendar_years import (
        RECOUNT_ACTOR,
        CalendarYears,
        ScheduleNotEntered,
        hall_calendar,
        read_year_file,
    )
    from app.services.clock import system_clock
    from app.settings import demo_settings
    from app.store.db import open_database

    try:
        schedule = read_year_file(args.file)  # checked whole before anything is opened or stored
    except ScheduleNotEntered as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    settings = demo_settings(args.data_dir, sample_cases=False)
    bundled = load_calendar(settings.calendar_path).overrides
    calendar = hall_calendar(bundled, settings.data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine, sessions = open_database(settings.database_path, _store_key(settings.data_dir, args.user))
    try:
        years = CalendarYears(sessions, settings.data_dir, calendar, bundled, system_clock)
        entered = years.enter(schedule, args.by.strip() or RECOUNT_ACTOR)
    except ScheduleNotEntered as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"已导入{entered.year}年节假日安排" + (f"（{entered.source}）" if entered.source else "") + "。")
    if not entered.recounted:
        print("没有需要重新计算承诺办结日期的办件。")
    for r in entered.recounted:
        note = "（仍暂按周末计算）" if r.estimated else ""
        print(f"{r.number}：承诺办结日期 {r.before:%Y-%m-%d} → {r.after:%Y-%m-%d}{note}")
    return 0
