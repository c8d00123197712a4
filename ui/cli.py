"""`onewindow`: the command line of the hall's programs.

It lives in ui/ because it starts windows; commands that need no screen (documents) import no
Qt, so they run on a server or a bare terminal too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


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

    for name, what in (("display", "the hall display (大厅叫号屏), full screen"), ("kiosk", "the ticket kiosk (取号机)")):
        screen = sub.add_parser(
            name,
            help=f"start {what}",
            description=f"Opens {what}. With --server it talks to that central server; the first "
            "time it enrols with the one-time code an administrator issued (--enrol-code). With "
            "--demo it starts the demo hall's embedded server in this process instead.",
        )
        screen.add_argument("--server", default="", metavar="URL", help="the central server, http(s)://host:port")
        screen.add_argument("--enrol-code", default="", metavar="CODE", help="one-time enrolment code")
        screen.add_argument("--demo", action="store_true", help="run against an embedded demo server")
        screen.add_argument("--data-dir", type=Path, help=f"the {name}'s data (default: the user data folder)")
        screen.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
        screen.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="UI language (default zh_CN)")
        if name == "kiosk":
            screen.add_argument(
                "--slot", type=int, default=1, help="this kiosk's number in the hall (its offline number block)"
            )
            screen.add_argument(
                "--printer", default="", metavar="URL", help="ticket printer URL (default: PDF files in the data folder)"
            )
        else:
            screen.add_argument("--voice", default="segments://", metavar="URL", help="voice: segments:// or sim://")

    docs = sub.add_parser(
        "documents",
        help="write sample documents (receipt, deficiency and refusal notices, issuance record) as PDFs",
        description="Renders one of each window document for a made-up case, so a hall can check "
        "templates and printers.",
    )
    docs.add_argument(
        "--sample", type=Path, metavar="OUT_DIR", required=True, help="folder to write the PDFs to"
    )
    from ui.device_cli import add_parser

    add_parser(sub)
    return p


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
    if args.command == "device":
        from ui.device_cli import main as device_main

        return device_main(args)
    if args.command in ("demo", "clerk"):
        return _workbench(args)
    if args.command == "display":
        from ui.display.app import main as display_main

        return display_main(args)
    if args.command == "kiosk":
        from ui.kiosk.app import main as kiosk_main

        return kiosk_main(args)
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
    demo_sync = None
    if demo:
        demo_sync = None if args.offline else DemoSync(settings.data_dir)
        start = demo_sync.start if demo_sync is not None else None
    else:
        # --offline: no server this session, so no sync runner; sign-in uses the cached accounts
        settings = replace(settings, server_url="" if args.offline else args.server.strip())
        start = clerk_start(args.enrol_code.strip(), args.offline)
    services = Services(settings, device_factories=qt_factories(settings.data_dir))
    try:
        return run_workbench(services, lang=args.lang, start=start, sign_in_required=not demo)
    finally:
        services.close()
        if demo_sync is not None:
            demo_sync.stop()


if __name__ == "__main__":
    sys.exit(main())
