"""Badge benchmark: one badge with its QR drawn to a 300 dpi image, and a 500-badge batch PDF."""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from kiosk.core.badge import badge_content, template
from kiosk.core.demo import load_demo
from kiosk.core.guest import Guest
from kiosk.resources import db_file
from kiosk.ui.badge.printing import write_batch_pdf
from kiosk.ui.badge.qr import qr_matrix
from kiosk.ui.badge.renderer import badge_image


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _guests(base: tuple[Guest, ...], count: int) -> list[Guest]:
    """``count`` guests, each with its own contact: every QR is a new one (no cache help)."""
    return [
        replace(base[i % len(base)], contact=f"https://example.org/in/guest-{i}")
        for i in range(count)
    ]


def run(argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="badge")
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--template", default="insert-4x3")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--keep", type=Path, help="folder for a sample PNG and the batch PDF")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(["badge-benchmark"])
    demo = load_demo(db_file("demo"))
    tpl = template(args.template)
    load = os.getloadavg()

    # Warm-up: fonts, fallback lookups, glyph caches.
    warm = badge_content(demo.guests[0], demo.event, demo.vocabulary)
    badge_image(warm, tpl, args.dpi)

    samples: list[float] = []
    image = None
    for guest in _guests(demo.guests, args.samples):
        start = time.perf_counter()
        content = badge_content(guest, demo.event, demo.vocabulary)
        image = badge_image(content, tpl, args.dpi)
        samples.append((time.perf_counter() - start) * 1000)
    qr_matrix.cache_clear()

    with tempfile.TemporaryDirectory() as folder:
        out_dir = args.keep or Path(folder)
        out_dir.mkdir(parents=True, exist_ok=True)
        if image is not None:
            image.save(str(out_dir / "badge-benchmark.png"))
        batch = _guests(demo.guests, args.batch)
        pdf = out_dir / "badges-benchmark.pdf"
        start = time.perf_counter()
        pages = write_batch_pdf(batch, demo.event, demo.vocabulary, pdf, tpl)
        batch_ms = (time.perf_counter() - start) * 1000
        pdf_bytes = pdf.stat().st_size
    del app
    return {
        "template": tpl.name,
        "dpi": args.dpi,
        "samples": len(samples),
        "render_p50_ms": round(statistics.median(samples), 2),
        "render_p95_ms": round(_percentile(samples, 0.95), 2),
        "render_p99_ms": round(_percentile(samples, 0.99), 2),
        "batch_badges": args.batch,
        "batch_pages": pages,
        "batch_pdf_mb": round(pdf_bytes / 1e6, 2),
        "pdf_per_badge_ms": round(batch_ms / max(1, args.batch), 2),
        "loadavg_before": [round(v, 2) for v in load],
        "loadavg_after": [round(v, 2) for v in os.getloadavg()],
    }
