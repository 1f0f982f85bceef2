"""Helpers for badge tests: guests with names in many scripts, reading PDFs back with poppler."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import zxingcpp
from PIL import Image

from kiosk.core.guest import AddressForm, Consents, Etiquette, Greeting, Guest, Language

NAMES: dict[str, tuple[str, str]] = {
    "latin": ("Léa", "Delaunay"),
    "twelve": ("Marie-Claire", "Lefèvre"),
    "accents": ("Hélène-Françoise", "Ødegård-Çelik"),
    "cjk": ("王小明", "欧阳"),
    "arabic": ("محمد", "العلي"),
    "devanagari": ("प्रियंका", "चोपड़ा"),
    "long": ("Wolfeschlegelsteinhausenbergerdorff" * 15, "Ng" * 250),
    "emoji": ("Zoé 🎉", "Martin 🌍"),
    "mixed": ("Sami سامي", "O'Brien"),
}


def guest_named(base: Guest, key: str, *, contact: str = "https://example.org/in/guest") -> Guest:
    first, last = NAMES[key]
    return replace(
        base,
        first_name=first,
        last_name=last,
        contact=contact,
        etiquette=Etiquette(AddressForm.FIRST_NAME, Greeting.HANDSHAKE),
        consents=Consents(organisation_on_badge=True),
        organisation="Atelier Presqu'île",
        language=Language.EN,
    )


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def pdf_pages(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("Pages:"))
    return int(line.split()[1])


def pdf_qr_codes(path: Path, out_dir: Path, *, dpi: int = 300, page: int = 1) -> list[bytes]:
    """Rasterise one page with pdftoppm, then decode every QR code on it."""
    prefix = out_dir / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(path),
            str(prefix),
        ],
        check=True,
    )
    with Image.open(f"{prefix}.png") as image:
        results = zxingcpp.read_barcodes(image.convert("L"))
    return [bytes(r.bytes) for r in results if r.valid]
