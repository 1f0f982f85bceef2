"""The command line keeps numpy's thread pools to one thread, unless the user said otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys

THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
# A station process: the command line module first, then the matching engine (numpy, which
# reads the limits once, when it loads). Prints the variables as numpy found them.
PROBE = """
import json, os, sys

names, seen = sys.argv[1:], {}

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "numpy" and not seen:
            seen.update({n: os.environ.get(n) for n in names})
        return None

sys.meta_path.insert(0, Watch())
import kiosk.__main__
import kiosk.core.matching
assert seen, "numpy was never imported"
print(json.dumps(seen))
"""


def _seen_by_numpy(**preset: str) -> dict[str, str | None]:
    env = {k: v for k, v in os.environ.items() if k not in THREADS} | preset
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *THREADS],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, str | None] = json.loads(done.stdout.splitlines()[-1])
    return seen


def test_the_command_line_limits_blas_threads_before_numpy_loads() -> None:
    assert _seen_by_numpy() == dict.fromkeys(THREADS, "1")


def test_a_value_the_user_set_is_kept() -> None:
    seen = _seen_by_numpy(OPENBLAS_NUM_THREADS="2")
    assert seen == {"OPENBLAS_NUM_THREADS": "2", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
