"""What the import page is given to show: plain values, no service or storage type."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.guestlist import Field, Preview, RowError


@dataclass(frozen=True, slots=True)
class FileView:
    """A file read: how, its columns (with a first value each) and the mapping in force."""

    path: str
    xlsx: bool
    encoding: str  # "" for a workbook
    delimiter: str  # "" for a workbook
    headers: tuple[str, ...]
    samples: tuple[str, ...]  # the first non-empty value of each column
    mapping: dict[int, Field]
    preview: Preview | None  # None: the mapping cannot import yet (see the page's problem)


@dataclass(frozen=True, slots=True)
class ReportView:
    created: int
    updated: int
    unchanged: int
    errors: tuple[RowError, ...]
