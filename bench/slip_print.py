"""How long a pickup slip takes from the click to the printer, without the printer's own speed.

Encoding the slip, keeping it in the spool (two fsynced files) and sending it to the TCP printer
simulator on 127.0.0.1 (status queries and all), p50/p95 over N slips; plus the time a clerk
waits when the printer is off (a refused connection) — it must be a message, never a hang.

Run from the repository root: .venv/bin/python bench/slip_print.py [N]
"""

from __future__ import annotations

import contextlib
import socket
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.documents.slips import CaseSlipData, case_pickup_slip
from drivers.printer import PrinterError, Spool, open_slip_printer
from drivers.printer.escpos import encode
from drivers.printer.escpos.simulator import EscPosTcpSimulator

TARGET_ENCODE_MS = 5.0
TARGET_SLIP_MS = 100.0  # click to bytes sent, spool included
TARGET_REFUSED_S = 3.0

DATA = CaseSlipData(
    hall_name="安和县政务服务中心",
    hall_phone="0573-84012345",
    case_number="330429-20261123-W03-0001",
    matter="内地居民婚姻登记（结婚登记）",
    applicant_masked="王**",
    accepted_at=datetime(2026, 11, 23, 9, 30),
    promised_date=datetime(2026, 11, 30).date(),
    case_kind="承诺件",
    pickup_place="安和县民主路88号政务服务中心一楼统一出件窗口",
    window="3号综合窗口",
    printed_at=datetime(2026, 11, 23, 9, 31),
)


def _quantiles(times: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(times, n=100)
    return q[49], q[94]


def main(n: int = 100) -> int:
    encode_times = []
    for _ in range(n):
        start = time.perf_counter()
        data = encode(case_pickup_slip(DATA))
        encode_times.append((time.perf_counter() - start) * 1000)
    slip_times = []
    with tempfile.TemporaryDirectory() as folder, EscPosTcpSimulator() as sim:
        printer, spool = open_slip_printer(sim.url), Spool(Path(folder))
        for _ in range(n):
            start = time.perf_counter()
            spool.submit("取件凭条", "case_slip", encode(case_pickup_slip(DATA)), printer, datetime.now())
            slip_times.append((time.perf_counter() - start) * 1000)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        off = open_slip_printer(f"escpos+tcp://127.0.0.1:{s.getsockname()[1]}")
        start = time.perf_counter()
        with contextlib.suppress(PrinterError):  # the message is the point, not the exception
            off.print_raw(data)
        refused_s = time.perf_counter() - start
    e50, e95 = _quantiles(encode_times)
    s50, s95 = _quantiles(slip_times)
    ok = e95 <= TARGET_ENCODE_MS and s95 <= TARGET_SLIP_MS and refused_s <= TARGET_REFUSED_S
    print(f"pickup slip ({len(data)} bytes), {n} runs")
    print(
        f"  encode p50/p95:             {e50:7.2f} / {e95:7.2f} ms  (target p95 <= {TARGET_ENCODE_MS:.0f} ms)"
    )
    print(
        f"  spool + TCP send p50/p95:   {s50:7.2f} / {s95:7.2f} ms  (target p95 <= {TARGET_SLIP_MS:.0f} ms)"
    )
    print(
        f"  printer off (refused):      {refused_s * 1000:7.1f} ms"
        f"          (target <= {TARGET_REFUSED_S:.0f} s)"
    )
    print("  " + ("OK" if ok else "TOO SLOW"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
