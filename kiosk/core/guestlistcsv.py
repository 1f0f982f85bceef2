"""CSV guest lists: the encoding (BOM, strict UTF-8, Windows-1252), the separator, the records."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter

from kiosk.core.guestlisttable import (
    FileProblem,
    GuestListError,
    GuestTable,
    ListKind,
    Record,
    unprotect,
)
from kiosk.core.text import clean

DELIMITERS = ",;\t|"
# Ticketing exports often name it differently; the organiser may type any of these.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 20


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Text and the encoding used: a BOM decides; else strict UTF-8; else Windows-1252.

    ``encoding`` (the organiser's choice) overrides the guess and must fit the whole file.
    """
    if encoding:
        try:
            # Only text encodings: "base64", "rot13" or "zlib" are codecs too, not charsets.
            if not codecs.lookup(encoding)._is_text_encoding:
                raise LookupError(encoding)
            return data.decode(encoding), encoding
        except LookupError as exc:
            raise GuestListError(FileProblem.UNKNOWN_ENCODING, detail=encoding) from exc
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise GuestListError(FileProblem.UNDECODABLE, line=line, detail=encoding) from exc
        except UnicodeError as exc:  # a codec that fails another way: still the file's fault
            raise GuestListError(FileProblem.UNDECODABLE, detail=encoding) from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise GuestListError(FileProblem.UNDECODABLE, detail=name) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined: they show as U+FFFD in the preview rather than
        # failing the whole file.
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """The separator that splits the first records into the same number of cells, the most.

    Quotes are respected (a quoted "Dupont, Jean" is one cell); a header of one column
    lets the following rows decide.
    """
    sample = text[:_SNIFF_CHARS]
    whole = len(sample) == len(text)
    best, best_score = ",", (0, 0)
    for candidate in DELIMITERS:
        rows: list[list[str]] = []
        try:
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=candidate):
                rows.append(row)
                if len(rows) > _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not whole and len(rows) > 1:
            rows.pop()  # may be cut in the middle
        widths = Counter(len(r) for r in rows if any(cell.strip() for cell in r))
        if not widths:
            continue
        # The header's width when the rows agree with it, else the rows' usual width.
        width, count = widths.most_common(1)[0]
        score = (width if width > 1 else 0, count)
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_csv(
    data: bytes, *, encoding: str | None = None, delimiter: str | None = None
) -> GuestTable:
    """Every record of a CSV file; blank lines before the header are skipped."""
    text, used_encoding = decode(data, encoding)
    if not text.strip():
        raise GuestListError(FileProblem.EMPTY)
    used_delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=used_delimiter)
    records: list[Record] = []
    line = 1
    try:
        for raw in reader:
            records.append((line, tuple(raw)))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise GuestListError(FileProblem.MALFORMED, line=line, detail=str(exc)) from exc
    while records and not any(cell.strip() for cell in records[0][1]):
        records.pop(0)
    if not records:
        raise GuestListError(FileProblem.EMPTY)
    header_line, headers = records[0]
    return GuestTable(
        kind=ListKind.CSV,
        headers=tuple(clean(unprotect(h)) for h in headers),
        records=tuple(records[1:]),
        encoding=used_encoding,
        delimiter=used_delimiter,
        header_line=header_line,
        protected=True,
    )
