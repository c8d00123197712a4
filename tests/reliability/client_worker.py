"""One workbench process for the kill -9 tests: makes cases and syncs until it is killed.

    python client_worker.py DATA_DIR SERVER_URL ENROL_CODE SEED TARGET_MUTATIONS [--skew-hours H]

It enrols once (the data dir remembers), then loops: a case through the real use cases (a
decision, a scanned page, rotations, a rating), and now and then a sync round. It prints
"created N" after each case and "done" once TARGET_MUTATIONS exist and all are acknowledged.
The parent kills it with SIGKILL at random moments: during a case's transaction, a push, a pull
or an attachment upload — and starts it again on the same data dir.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

# beside it for workload; the repository root for the tests' shared helpers (tests.second_party)
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import text
from workload import Clerk

from app.bootstrap import Services
from app.settings import demo_settings


def main(argv: list[str]) -> int:
    data_dir, url, code, seed, target = Path(argv[0]), argv[1], argv[2], int(argv[3]), int(argv[4])
    skew = timedelta(hours=float(argv[argv.index("--skew-hours") + 1])) if "--skew-hours" in argv else None
    clock = (lambda: datetime.now() + skew) if skew else datetime.now
    settings = replace(demo_settings(data_dir, sample_cases=False), server_url=url, printer_url="sim://")
    services = Services(settings, clock=clock).open()
    if not services.sync.status().configured:
        services.sync.enrol(url, code, "W03")
    rng = random.Random(seed)
    clerk = Clerk(services, rng)
    while True:
        with services.engine.connect() as conn:
            created = conn.execute(text("SELECT count(*) FROM outbox")).scalar_one()
        print(f"created {created}", flush=True)
        if created >= target:
            status = services.sync.sync_once()
            if status.waiting == 0 and status.online:
                print("done", flush=True)
                services.close()
                return 0
            continue
        clerk.one_case(pages=1, rotations=rng.randrange(0, 4))
        if rng.random() < 0.35:
            services.sync.sync_once()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
