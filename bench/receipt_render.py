"""How long the window waits for a receipt: cold first render, then warm p50/p95 over N renders.

Run from the repository root: .venv/bin/python bench/receipt_render.py [N]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.documents.receipt import render_receipt
from app.documents.samples import sample_case_data

TARGET_WARM_MS = 30.0


def main(n: int = 200) -> int:
    data = sample_case_data()
    start = time.perf_counter()
    render_receipt(data)  # cold: registers the font (parses the TTC) and builds the styles
    cold_ms = (time.perf_counter() - start) * 1000
    for _ in range(5):  # warm-up
        render_receipt(data)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        render_receipt(data)
        times.append((time.perf_counter() - start) * 1000)
    quantiles = statistics.quantiles(times, n=100)
    p50, p95 = quantiles[49], quantiles[94]
    verdict = "OK" if p95 <= TARGET_WARM_MS else "TOO SLOW"
    print(f"receipt render, {n} warm runs")
    print(f"  cold first render: {cold_ms:8.1f} ms")
    print(f"  warm p50:          {p50:8.1f} ms   (target <= {TARGET_WARM_MS:.0f} ms)")
    print(f"  warm p95:          {p95:8.1f} ms   (target <= {TARGET_WARM_MS:.0f} ms)  {verdict}")
    return 0 if p95 <= TARGET_WARM_MS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
