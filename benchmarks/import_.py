"""Guest-list import benchmark: a generated 10,000-row CSV into a fresh SQLite database.

``python benchmarks/run.py import``: ``seconds`` is parsing plus storing (one transaction,
a change-log entry per guest), ``rows_per_s`` the rate; the target is seconds <= 2.
``reimport_seconds`` imports the same list again with a tenth of the rows edited.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks._names import NameGenerator
from kiosk.core.event import Event
from kiosk.services.importer import import_guest_list
from kiosk.storage import open_database

COMPANIES = ["Atelier Lumière", "Crédit Rhône", "Acme Ltd", "Société Générale des Eaux", ""]


def guest_list_csv(rows: int, seed: int, *, edited: float = 0.0) -> bytes:
    """A ticketing-tool export: French headers, ';', UTF-8 with a BOM, one ticket per row."""
    people = NameGenerator(seed).people(rows)
    rng = random.Random(seed)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Prénom", "Nom", "Courriel", "Société", "N° de billet", "Langue"])
    for n, person in enumerate(people):
        last = person.last_name + ("-Roy" if rng.random() < edited else "")
        company = COMPANIES[n % len(COMPANIES)]
        writer.writerow([person.first_name, last, person.email, company, f"T-{n:06d}", "fr"])
    return out.getvalue().encode("utf-8-sig")


def run(argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="import")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    data = guest_list_csv(args.rows, args.seed)
    again = guest_list_csv(args.rows, args.seed, edited=0.1)
    with tempfile.TemporaryDirectory(prefix="icebreaker-bench-") as tmp:
        database = open_database(f"sqlite:///{Path(tmp) / 'kiosk.sqlite3'}")
        try:
            with database.unit_of_work(station="setup") as uow:
                uow.events.create(Event(id="bench", name="Benchmark"))
                uow.commit()
            started = time.perf_counter()
            report = import_guest_list(database.unit_of_work, "bench", data)
            seconds = time.perf_counter() - started
            started = time.perf_counter()
            second = import_guest_list(database.unit_of_work, "bench", again)
            reimport_seconds = time.perf_counter() - started
        finally:
            database.close()
    return {
        "rows": args.rows,
        "bytes": len(data),
        "seconds": round(seconds, 3),
        "rows_per_s": round(args.rows / seconds),
        "created": report.created,
        "failed": len(report.errors),
        "reimport_seconds": round(reimport_seconds, 3),
        "reimport_updated": second.updated,
        "reimport_unchanged": second.unchanged,
        "target_seconds": 2.0,
    }
