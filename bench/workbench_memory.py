"""The workbench's memory after a long day: resident memory (RSS) every 100 intakes, up to 500.

The real workbench, offscreen, on the demo's services and simulated devices, on a data folder
made by a first start in another process (database created and migrated, the catalog's pinyin
keys worked out: what every start but the first finds, as bench/startup.py has it). Each intake
is driven from the keyboard exactly as the UI tests drive it (tests/ui/conftest.py: the matter
found by its pinyin initials, the applicant and the second party typed, the materials checked
with 1/7, F9 and Enter to confirm, as the hall's default asks), so the receipt is rendered,
archived, shown in the preview pane and the case enters today's list, as at the window. RSS is
read from /proc/self/status once the worker is idle after every 100th intake. The first 100 are
the warm-up (fonts, the PDF renderer, SQLAlchemy's statement cache).
Targets (issue 15): RSS ≤ 300 MB after 500 intakes, and flat after the warm-up: at most 10 MB
more at the last step than at the 100th.

    .venv/bin/python bench/workbench_memory.py [--intakes 500] [--every 100] [--trace]

--trace also prints the Python allocations that grew most between the 100th intake and the last
(tracemalloc; it slows the run and adds its own memory to the RSS).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDeadlineTimer, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

RSS_TARGET_MB = 300.0
FLAT_MB = 10.0  # at most this much more at the last step than after the warm-up
MARRIAGE = "内地居民结婚登记"
K = Qt.Key
FIRST_START = """
import sys
from pathlib import Path
from app.bootstrap import build_services, demo_settings
build_services(demo_settings(Path(sys.argv[1]), sample_cases=False)).close()
"""


class Bot:
    """The few qtbot calls the UI tests' keyboard helpers use, without pytest-qt."""

    def keyClicks(self, widget, text: str) -> None:  # named as qtbot names them
        QTest.keyClicks(widget, text)

    def keyClick(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifier)

    def waitUntil(self, condition, timeout: int = 10000) -> None:
        deadline = QDeadlineTimer(timeout)
        while not condition():
            if deadline.hasExpired():
                raise TimeoutError("the workbench did not get there in time")
            # as the event loop runs: events, timers, and objects deleted later (deleteLater),
            # which a bare processEvents() outside exec() would leave for ever
            QTest.qWait(2)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def one_intake(bot: Bot, window, helpers) -> None:
    helpers.pick_matter(bot, window, "jhdj", MARRIAGE)
    helpers.fill_applicant(bot, window)
    helpers.press_material_keys(bot, window, [K.Key_1, K.Key_7, K.Key_1, K.Key_1])
    helpers.press(bot, window, K.Key_F9)
    bar = window.intake.decision
    bot.waitUntil(lambda: bar.asking == "accept")  # the hall's default: what will print, then Enter
    helpers.press(bot, window, K.Key_Return)
    bot.waitUntil(lambda: window.intake.case is None and "已受理" in window.intake.banner.text())
    helpers.wait_idle(bot, window)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--intakes", type=int, default=500)
    ap.add_argument("--every", type=int, default=100)
    ap.add_argument("--trace", action="store_true", help="tracemalloc: what grew after the warm-up")
    args = ap.parse_args()

    from app.bootstrap import build_services, demo_settings
    from tests.ui import conftest as helpers  # the UI tests' keyboard flows, reused as they are
    from ui.app import setup_application
    from ui.main_window import MainWindow

    app = setup_application("zh_CN", [sys.argv[0]])
    bot = Bot()
    snapshot = None
    with tempfile.TemporaryDirectory(prefix="ow-memory-") as folder:
        data = Path(folder) / "data"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-c", FIRST_START, str(data)], check=True, env=env, cwd=ROOT)
        services = build_services(demo_settings(data, sample_cases=False))
        window = MainWindow(services)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        helpers.wait_idle(bot, window)
        print(f"workbench open, before the first intake: RSS {rss_mb():6.1f} MB", flush=True)
        steps: list[tuple[int, float]] = []
        started = time.perf_counter()
        try:
            for n in range(1, args.intakes + 1):
                one_intake(bot, window, helpers)
                if n % args.every == 0:
                    rss = rss_mb()
                    steps.append((n, rss))
                    rate = n / (time.perf_counter() - started)
                    print(f"after {n:4d} intakes: RSS {rss:6.1f} MB   ({rate:.1f} intakes/s)", flush=True)
                    if args.trace and n == args.every:
                        import tracemalloc

                        tracemalloc.start(10)
                        snapshot = tracemalloc.take_snapshot()
            if snapshot is not None:
                _print_growth(snapshot)
        finally:
            window.hub.stop()
            window.worker.wait_idle()
            window.close()
            services.close()
    app.processEvents()
    return _verdict(steps)


def _print_growth(before) -> None:
    import tracemalloc

    after = tracemalloc.take_snapshot()
    print("Python allocations that grew most since the warm-up (tracemalloc):")
    for stat in after.compare_to(before, "traceback")[:8]:
        print(f"  {stat.size_diff / 1024:+9.1f} KiB  {stat.count_diff:+7d} blocks")
        for line in stat.traceback.format()[-6:]:
            print("     ", line)


def _verdict(steps: list[tuple[int, float]]) -> int:
    if len(steps) < 2:
        print("too few steps for a verdict: run at least two --every steps")
        return 1
    (warm_n, warm), (last_n, last) = steps[0], steps[-1]
    growth = last - warm
    rss_ok, flat_ok = last <= RSS_TARGET_MB, growth <= FLAT_MB
    verdict = {True: "OK", False: "OVER"}
    print(f"RSS after {last_n} intakes {last:.0f} MB  (target ≤ {RSS_TARGET_MB:.0f} MB)  {verdict[rss_ok]}")
    print(
        f"growth after the warm-up ({warm_n} → {last_n} intakes) {growth:+.1f} MB  "
        f"(target ≤ {FLAT_MB:.0f} MB: flat)  {verdict[flat_ok]}"
    )
    return 0 if rss_ok and flat_ok else 1


if __name__ == "__main__":
    sys.exit(main())
