"""How long reading a card takes against its wire time: find + select + read at 115200 baud.

The simulator paces its bytes at the baud rate and counts the command's own wire time, so the
floor is the wire time of all six frames (10 bits a byte, both directions). Target: p95 within
1.05x of it, i.e. the driver adds no sleeps and no per-byte overhead that matters.

Run from the repository root: .venv/bin/python bench/idcard_read.py [N]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drivers.idcard import open_card_reader
from drivers.idcard.protocol import wire_seconds
from drivers.idcard.simulator import SamSimulator

BAUD = 115_200
TARGET_RATIO = 1.05
# find 10 → 15, select 10 → 19, read text+photo 10 → 1295
FRAME_BYTES = (10 + 15) + (10 + 19) + (10 + 1295)


def measure(transport: str, n: int) -> tuple[float, float]:
    simulator = SamSimulator(card="resident", baud=BAUD, transport=transport)
    where = simulator.start()
    url = f"sam://{where}?baud={BAUD}" if transport == "pty" else f"sam+socket://{where}"
    reader = open_card_reader(url)
    times = []
    try:
        reader.read_one(3.0)  # connect and check the SAM once
        for _ in range(n):
            simulator.place("resident")  # a fresh card, so find answers 9F as for a new applicant
            start = time.perf_counter()
            record = reader.read_one(3.0)
            times.append(time.perf_counter() - start)
            assert record.name == "王小明"
    finally:
        reader.stop()
        simulator.stop()
    quantiles = statistics.quantiles(times, n=100)
    return quantiles[49], quantiles[94]


def main(n: int = 40) -> int:
    wire = wire_seconds(FRAME_BYTES, BAUD)
    print(f"ID card read (find + select + read), {n} reads at {BAUD} baud, card present")
    print(f"  wire time of the frames: {wire * 1000:7.2f} ms  ({FRAME_BYTES} bytes, 10 bits each)")
    worst = 0.0
    transports = ["pty", "tcp"] if hasattr(os, "openpty") else ["tcp"]
    for transport in transports:
        p50, p95 = measure(transport, n)
        worst = max(worst, p95 / wire)
        print(
            f"  {transport:<4} p50 {p50 * 1000:7.2f} ms ({p50 / wire:.3f}x)   "
            f"p95 {p95 * 1000:7.2f} ms ({p95 / wire:.3f}x)   target <= {TARGET_RATIO:.2f}x"
        )
    verdict = "OK" if worst <= TARGET_RATIO else "TOO SLOW"
    print(f"  worst p95 ratio: {worst:.3f}x  {verdict}")
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 40))
