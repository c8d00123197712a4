"""Scan to thumbnail: from the scanner handing over a 300 dpi A4 page to its thumbnail on screen.

Timed per page: PageService.attach (decode and validate, compress if it came lossless, SHA-256,
durable write of the file, the row and its outbox entry in one SQLite commit) and then
PageService.thumbnail(160) (what the strip shows). The pages are drawn by the simulated scanner
beforehand (the scanner's own time is not ours). Two deliveries, as real devices do:
JPEG (network scanners, document cameras, sane:// by default) and PNG (an old scanimage).

Where the time goes (this 2-core machine): a JPEG is kept as it came and only decoded at 1/8
scale to check it and make the thumbnail (~40 ms in all). A lossless PNG must be inflated
in full — 26 MB of noisy pixels, 140–200 ms of zlib alone — before anything else can happen;
storing it (JPEG q85 ~30 ms, fsync ~5 ms) is not the slow part, so showing the thumbnail
before the page is stored would save little and show a page a power cut could still lose.
That is why sane:// asks scanimage for JPEG. The PNG figure is printed for comparison and is
not held to the target.

Run from the repository root: .venv/bin/python bench/scan_thumbnail.py [N]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import build_services
from app.resources import resource_path
from app.settings import demo_settings
from drivers.scanner import open_scanner

TARGET_MS = 150.0


def _run(services, case, material: str, images) -> list[float]:
    times = []
    for image in images:
        start = time.perf_counter()
        page = services.pages.attach(case.id, material, image.data, "sim://")
        services.pages.thumbnail(page.id, 160)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(n: int = 20) -> int:
    font = resource_path("fonts", "wqy-microhei.ttc")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(demo_settings(Path(tmp) / "data", sample_cases=False))
        try:
            case = services.intake.start_case(services.catalog.search("jhdj")[0].code)
            for fmt in ("jpeg", "png"):
                scanner = open_scanner(f"sim://?seed=7&format={fmt}", font)
                images = [scanner.scan("flatbed", 300, "colour")[0] for _ in range(n + 2)]
                size = sum(len(i.data) for i in images) / len(images) / 1e6
                material = case.materials[0 if fmt == "jpeg" else 1].code
                times = _run(services, case, material, images)[2:]  # the first two warm up Pillow
                q = statistics.quantiles(times, n=100)
                p50, p95 = q[49], q[94]
                if fmt == "jpeg":
                    worst = max(worst, p95)
                verdict = "OK" if p95 <= TARGET_MS else ("TOO SLOW" if fmt == "jpeg" else "(for comparison)")
                print(f"scan to thumbnail, A4 300 dpi colour as {fmt.upper()} ({size:.1f} MB), {n} pages")
                print(f"  p50: {p50:7.1f} ms   (target <= {TARGET_MS:.0f} ms)")
                print(f"  p95: {p95:7.1f} ms   (target <= {TARGET_MS:.0f} ms)  {verdict}")
        finally:
            services.close()
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
