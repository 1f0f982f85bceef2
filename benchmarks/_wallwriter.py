"""Another station for the wall benchmark: check-ins and check-outs at a steady pace, stamped.

Usage: python benchmarks/_wallwriter.py DB_PATH INTERVAL_MS OP...; an OP is ``in:GUEST_ID``
or ``out:GUEST_ID``, one every INTERVAL_MS on average (+-25 %). Prints ``committed OP BEFORE
AFTER`` per operation: ``perf_counter()`` just before the service call and once it returned
(CLOCK_MONOTONIC on Linux: comparable across processes of one machine). Arms its own
watchdog: a lost parent never leaves it running.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.services.checkin import CheckInService, CheckOutOutcome
from kiosk.storage import open_database

WATCHDOG_S = 600


def main(db_path: str, interval_ms: str, ops: list[str]) -> None:
    signal.alarm(WATCHDOG_S)
    interval = int(interval_ms) / 1000
    with open_database(f"sqlite:///{db_path}") as database:
        service = CheckInService(database, station=f"bench-door-{os.getpid()}")
        os.write(1, b"ready\n")
        # Jittered around the interval: a pace in step with the wall's 50 ms poll would always
        # land at the same point of it and measure one poll delay only.
        jitter = random.Random(2026)
        next_at = time.perf_counter() + interval
        for op in ops:
            kind, guest_id = op.split(":", 1)
            time.sleep(max(0.0, next_at - time.perf_counter()))
            next_at += interval * jitter.uniform(0.75, 1.25)
            before = time.perf_counter()
            if kind == "in":
                ok = service.check_in(guest_id, f"bench-{guest_id}").ok
            else:
                ok = service.check_out_guest(guest_id).outcome is CheckOutOutcome.DONE
            after = time.perf_counter()
            if not ok:
                os.write(2, f"failed: {op}\n".encode())
                sys.exit(3)
            os.write(1, f"committed {op} {before:.6f} {after:.6f}\n".encode())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
