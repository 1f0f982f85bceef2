"""Runs one benchmark by name and prints its figures as one JSON object on the last line.

Usage: python benchmarks/run.py NAME [options...]
Each benchmark is a module ``benchmarks/<NAME>.py`` with ``run(argv: list[str]) -> dict``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import benchmarks  # noqa: E402

# A benchmark whose name is a Python keyword lives in a module with a trailing underscore.
_MODULES = {"import": "import_"}


def available() -> list[str]:
    return sorted(
        m.name.removesuffix("_") if m.name.removesuffix("_") in _MODULES else m.name
        for m in pkgutil.iter_modules(benchmarks.__path__)
        if not m.name.startswith("_") and m.name != "run"
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(f"usage: run.py NAME [options]; NAME is one of: {', '.join(available())}")
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in available():
        print(f"unknown benchmark {name!r}; choose from: {', '.join(available())}", file=sys.stderr)
        return 2
    module = importlib.import_module(f"benchmarks.{_MODULES.get(name, name)}")
    figures = module.run(rest)
    print(json.dumps({"benchmark": name, **figures}, sort_keys=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
