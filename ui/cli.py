"""`onewindow`: the command line of the hall's programs.

It lives in ui/ because it starts windows; commands that need no screen (documents) import no
Qt, so they run on a server or a bare terminal too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.log_files import configure_logging


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="onewindow",
        description="一窗通办 OneWindow — 综合窗口收件、受理、出件工作台",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo",
        help="start the clerk workbench on embedded defaults (SQLite, simulated devices, sample catalog)",
        description="Opens the clerk workbench with the sample catalog of 安和县政务服务中心 and no "
        "hardware. A central server runs embedded in the same process (SQLite), this terminal "
        "enrols with it and the demo clerk lixm (李晓梅) is signed in, so sync works with no "
        "set-up. Its data (the workbench's and the server's) lives in the user data folder and "
        "survives restarts; printed documents are written as PDF files into that folder's "
        "打印输出 subfolder.",
    )
    demo.add_argument(
        "--data-dir", type=Path, help="keep the demo's data here instead of the user data folder"
    )
    demo.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="UI language (default zh_CN)")
    demo.add_argument(
        "--offline", action="store_true", help="no embedded server: the workbench runs standalone"
    )
    demo.add_argument(
        "--with",
        dest="companions",
        type=_companions,
        default=(),
        metavar="SCREENS",
        help="also open the demo hall's display, kiosk and/or manager's console on the same server, "
        "e.g. display,kiosk,manager",
    )

    clerk = sub.add_parser(
        "clerk",
        help="start the clerk workbench of a hall, connected to its central server (sign-in first)",
        description="Opens the sign-in screen, then the workbench. With --server the terminal "
        "syncs with that central server; the first time it enrols with the one-time code an "
        "administrator issued (--enrol-code). Without the server (--offline, or unreachable) "
        "the workbench still opens and users sign in with the accounts cached on this terminal.",
    )
    clerk.add_argument("--server", default="", metavar="URL", help="the central server, http(s)://host:port")
    clerk.add_argument("--enrol-code", default="", metavar="CODE", help="one-time enrolment code")
    clerk.add_argument("--data-dir", type=Path, help="the workbench's data (default: the user data folder)")
    clerk.add_argument(
        "--offline", action="store_true", help="no sync this session (sign-in falls back to cached accounts)"
    )
    clerk.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="UI language (default zh_CN)")
    _add_insecure_http(clerk)

    _add_screen_parser(sub, "display", "the hall display (大厅叫号屏), full screen")
    _add_screen_parser(sub, "kiosk", "the ticket kiosk (取号机)")
    _add_screen_parser(sub, "manager", "the hall manager's console (大厅管理控制台), signed in online")

    docs = sub.add_parser(
        "documents",
        help="write sample documents (receipt, deficiency and refusal notices, issuance record) as PDFs",
        description="Renders one of each window document for a made-up case, so a hall can check "
        "templates and printers.",
    )
    docs.add_argument(
        "--sample", type=Path, metavar="OUT_DIR", required=True, help="folder to write the PDFs to"
    )
    from ui.calendar_cli import add_parser as add_calendar_parser
    from ui.device_cli import add_parser

    add_parser(sub)
    add_calendar_parser(sub)
    return p


def _add_screen_parser(sub, name: str, what: str) -> None:
    """`display` and `kiosk`: terminals of the hall that enrol like a window PC."""
    screen = sub.add_parser(
        name,
        help=f"start {what}",
        description=f"Opens {what}. With --server it talks to that central server; the first "
        "time it enrols with the one-time code an administrator issued (--enrol-code). With "
        "--demo it starts the demo hall's embedded server in this process instead.",
    )
    add = screen.add_argument
    add("--server", default="", metavar="URL", help="the central server, http(s)://host:port")
    add("--enrol-code", default="", metavar="CODE", help="one-time enrolment code")
    add("--demo", action="store_true", help="run against an embedded demo server")
    add("--data-dir", type=Path, help=f"the {name}'s data (default: the user data folder)")
    add("--windowed", action="store_true", help="a normal window instead of full screen")
    add("--lang", choices=["zh_CN", "en"], default="zh_CN", help="UI language (default zh_CN)")
    _add_insecure_http(screen)
    if name == "kiosk":
        add("--slot", type=int, default=1, help="this kiosk's number (its offline number block)")
        add(
            "--printer",
            default="",
            metavar="URL",
            help="ticket printer URL (default: PDFs in the data folder)",
        )
        add("--card-reader", default="", metavar="URL", help="ID card reader URL (default: sim://)")
    elif name == "manager":
        help_text = "sign the demo hall's manager zhangjl in (what `onewindow demo --with manager` does)"
        add("--as-demo-manager", action="store_true", help=help_text)
    else:
        add("--voice", default="segments://", metavar="URL", help="voice: segments:// or sim://")


def _add_insecure_http(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow a plain http:// server on another machine (the terminal's secret and the "
        "passwords then cross the network in clear); loopback addresses need no flag",
    )


def _server_allowed(args) -> bool:
    """Plain http:// to another machine only with --allow-insecure-http (see app/sync/transport)."""
    import os

    from app.sync.transport import ALLOW_INSECURE_HTTP_ENV, InsecureServer, check_server_url

    if getattr(args, "allow_insecure_http", False):
        os.environ[ALLOW_INSECURE_HTTP_ENV] = "1"  # every transport of this process, and its children
        return True
    try:
        check_server_url(getattr(args, "server", "") or "")
    except InsecureServer as refused:
        print(refused.detail, file=sys.stderr)
        return False
    return True


def _companions(text: str) -> tuple[str, ...]:
    from ui.demo_companions import parse_companions

    try:
        return parse_companions(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "documents":
        from app.documents.samples import write_samples

        try:
            paths = write_samples(args.sample)
        except OSError as exc:
            print(f"无法写入 {args.sample}：{exc}", file=sys.stderr)
            return 1
        for path in paths:
            print(path)
        return 0
    if args.command == "calendar":
        from ui.calendar_cli import main as calendar_main

        return calendar_main(args)
    if args.command == "device":
        from ui.device_cli import main as device_main

        return device_main(args)
    if args.command in ("clerk", "display", "kiosk", "manager") and not _server_allowed(args):
        return 2
    from ui.pyside_imports import skip_feature_scan

    skip_feature_scan()  # before any window's modules: PySide6 would read each one's source
    if args.command in ("demo", "clerk"):
        return _workbench(args)
    if args.command == "display":
        from ui.display.app import display_data_dir
        from ui.display.app import main as display_main

        configure_logging(display_data_dir(args), "display")
        return display_main(args)
    if args.command == "kiosk":
        from ui.kiosk.app import data_dir_of
        from ui.kiosk.app import main as kiosk_main

        configure_logging(data_dir_of(args), "kiosk")
        return kiosk_main(args)
    if args.command == "manager":
        from ui.manager.app import main as manager_main
        from ui.manager.app import manager_data_dir

        configure_logging(manager_data_dir(args), "manager")
        return manager_main(args)
    _parser().print_help()
    return 0


def _workbench(args) -> int:
    from dataclasses import replace

    from app.bootstrap import Services
    from app.settings import demo_settings
    from ui.app import run_workbench
    from ui.devices.qt_backends import qt_factories
    from ui.sync.startup import DemoSync, clerk_start

    demo = args.command == "demo"
    settings = demo_settings(args.data_dir, sample_cases=demo)
    configure_logging(settings.data_dir, args.command)
    instance = _claim_data_folder(settings.data_dir, args.lang)
    if instance is None:
        return 0
    demo_sync = None
    if demo:
        companions = None
        if args.companions and not args.offline:
            from ui.demo_companions import DemoCompanions

            companions = DemoCompanions(args.companions, settings.data_dir, args.lang)
        demo_sync = None if args.offline else DemoSync(settings.data_dir, companions, history=True)
        start = demo_sync.start if demo_sync is not None else None
    else:
        # --offline: no server this session, so no sync runner; sign-in uses the cached accounts
        settings = replace(settings, server_url="" if args.offline else args.server.strip())
        start = clerk_start(args.enrol_code.strip(), args.offline)
    services = Services(settings, device_factories=qt_factories(settings.data_dir))
    try:
        return run_workbench(
            services, lang=args.lang, start=start, sign_in_required=not demo, instance=instance
        )
    finally:
        services.close()
        if demo_sync is not None:
            demo_sync.stop()


def _claim_data_folder(data_dir: Path, lang: str):
    """One workbench per data folder (ui/single_instance.py): None when one already runs there
    and has been brought to the front; before anything is opened or any server started."""
    from ui.app import setup_application
    from ui.single_instance import already_running_text, claim

    setup_application(lang)  # the socket needs the application, the message its language
    instance = claim(data_dir)
    if instance is None:
        print(already_running_text(data_dir), file=sys.stderr)
    return instance


if __name__ == "__main__":
    sys.exit(main())
