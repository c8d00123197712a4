"""`onewindow device …`: for installers at a window PC, with or without a screen.

    onewindow device list                        backends per device, usable here or why not
    onewindow device test idcard URL             read one card, print its fields as JSON
    onewindow device test scanner URL --out F    scan to a file (several pages: F-1, F-2, …)
    onewindow device test printer URL            print a test page (documents: a PDF page)
    onewindow device test slip URL               print a test slip (ESC/POS)
    onewindow device test evaluator URL          ask the pad for a rating, print it as JSON
    onewindow device test barcode URL            read one barcode from a serial scanner

Exit status 0 when the device did it, 1 with a message on stderr when it did not, 2 for a
command that is wrong. Qt is started only for URLs whose backend needs it (system://, camera://,
screen://).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

KINDS = ("idcard", "scanner", "printer", "slip", "evaluator", "barcode")
QT_SCHEMES = ("system", "camera", "screen")
_qt_app = None


def add_parser(sub) -> None:
    device = sub.add_parser(
        "device",
        help="list, test and simulate hall devices (ID card reader, scanner, printers, evaluator)",
        description="Device commands for installers. URLs: see `onewindow device list`.",
    )
    actions = device.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("list", help="show every backend and whether it can run on this machine")
    test = actions.add_parser("test", help="use one device for real once and report what it did")
    test.add_argument("kind", choices=KINDS)
    test.add_argument("url", help="the device URL, e.g. sam:///dev/ttyUSB0 or sim://")
    test.add_argument("--out", type=Path, help="scanner: file to write (several pages: FILE-1, FILE-2, …)")
    test.add_argument("--timeout", type=float, default=None, help="seconds to wait (card, rating, barcode)")
    sim = actions.add_parser("simulate", help="run a simulated ID card reader on a pty or TCP port")
    sim.add_argument("kind", choices=["idcard"])
    sim.add_argument("rest", nargs=argparse.REMAINDER, help="options of the simulator (see --help)")


def main(args) -> int:
    if args.action == "list":
        return _list()
    if args.action == "test":
        return _test(args)
    if args.action == "simulate":
        from drivers.idcard.simulator import main as simulate

        return simulate(args.rest)
    print("用法：onewindow device list | test KIND URL | simulate idcard", file=sys.stderr)
    return 2


def _qt_factories(url: str, data_dir: Path):
    if url.split("://", 1)[0] not in QT_SCHEMES:
        return {}
    from PySide6.QtWidgets import QApplication

    from ui.devices.qt_backends import qt_factories

    global _qt_app  # kept for the life of the command: Qt's devices need the application object
    _qt_app = QApplication.instance() or QApplication(sys.argv[:1])

    return qt_factories(data_dir)


def _list() -> int:
    from app.device_set import DEVICE_KINDS, backends_of

    for kind in DEVICE_KINDS:
        print(kind)
        for support in backends_of(kind):
            mark = "可用" if support.usable else f"不可用：{support.reason}"
            print(f"  {support.scheme + '://':<18} {support.title}（{mark}）")
    return 0


def _test(args) -> int:
    from app import device_check
    from app.settings import demo_settings
    from drivers.device import DeviceError

    kind = device_check.KIND_ALIASES[args.kind]
    settings = demo_settings(sample_cases=False)
    try:
        qt = _qt_factories(args.url, settings.data_dir)
        if kind == "card_reader":
            _print_json(device_check.read_card(args.url, args.timeout or 10.0, qt))
        elif kind == "scanner":
            out = args.out or Path.cwd() / "scan.png"
            for path in device_check.scan_to_files(args.url, out, qt):
                print(path)
        elif kind in ("printer", "slip_printer"):
            print(device_check.print_test_page(kind, args.url, settings, qt))
        elif kind == "evaluator":
            _print_json(device_check.ask_rating(args.url, args.timeout or 60.0, qt))
        else:
            print(device_check.read_barcode(args.url, args.timeout or 30.0))
    except (DeviceError, ValueError) as exc:
        print(f"设备测试失败：{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"设备测试失败：{exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
