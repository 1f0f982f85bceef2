"""Badges laid out on sheets for batch printing: the grid, each badge's slot, the crop marks."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.badge import BadgeTemplate

A4_MM = (210.0, 297.0)
SHEET_MARGIN_MM = 6.0  # inside most printers' printable area, and room for the crop marks
MARK_GAP_MM = 1.0  # crop marks start this far from the cut, so they never print on a badge
MARK_LENGTH_MM = 4.0


@dataclass(frozen=True, slots=True)
class Slot:
    """Where one badge goes on a sheet (mm); ``rotated``: turned a quarter clockwise."""

    x_mm: float
    y_mm: float
    width_mm: float  # on the sheet, after rotation
    height_mm: float
    rotated: bool


@dataclass(frozen=True, slots=True)
class Mark:
    """A crop mark: a line from (x1, y1) to (x2, y2) in mm on the sheet."""

    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """Badges abut in a centred grid (one cut between neighbours); marks sit in the margins."""

    sheet_width_mm: float
    sheet_height_mm: float
    columns: int
    rows: int
    rotated: bool
    cell_width_mm: float
    cell_height_mm: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def origin(self) -> tuple[float, float]:
        return (
            (self.sheet_width_mm - self.columns * self.cell_width_mm) / 2,
            (self.sheet_height_mm - self.rows * self.cell_height_mm) / 2,
        )

    def slots(self) -> list[Slot]:
        """In reading order of the badges: row by row, or for turned badges (their top to the
        sheet's right), column by column from the right."""
        x0, y0 = self.origin
        cells = [(row, col) for row in range(self.rows) for col in range(self.columns)]
        if self.rotated:
            cells = [
                (row, col) for col in reversed(range(self.columns)) for row in range(self.rows)
            ]
        return [
            Slot(
                x0 + col * self.cell_width_mm,
                y0 + row * self.cell_height_mm,
                self.cell_width_mm,
                self.cell_height_mm,
                self.rotated,
            )
            for row, col in cells
        ]

    def marks(self) -> list[Mark]:
        """Short lines prolonging every cut line into the margins around the grid."""
        x0, y0 = self.origin
        x1 = x0 + self.columns * self.cell_width_mm
        y1 = y0 + self.rows * self.cell_height_mm
        length = min(MARK_LENGTH_MM, max(0.0, min(x0, y0) - MARK_GAP_MM))
        if length <= 0:
            return []
        marks: list[Mark] = []
        for col in range(self.columns + 1):
            x = x0 + col * self.cell_width_mm
            marks.append(Mark(x, y0 - MARK_GAP_MM - length, x, y0 - MARK_GAP_MM))
            marks.append(Mark(x, y1 + MARK_GAP_MM, x, y1 + MARK_GAP_MM + length))
        for row in range(self.rows + 1):
            y = y0 + row * self.cell_height_mm
            marks.append(Mark(x0 - MARK_GAP_MM - length, y, x0 - MARK_GAP_MM, y))
            marks.append(Mark(x1 + MARK_GAP_MM, y, x1 + MARK_GAP_MM + length, y))
        return marks


def sheet_layout(
    template: BadgeTemplate,
    sheet_mm: tuple[float, float] = A4_MM,
    margin_mm: float = SHEET_MARGIN_MM,
) -> SheetLayout:
    """The grid holding the most badges, turning them a quarter if that fits more."""
    width, height = sheet_mm
    usable_w, usable_h = width - 2 * margin_mm, height - 2 * margin_mm
    best: SheetLayout | None = None
    for rotated in (False, True):
        cell_w, cell_h = template.width_mm, template.height_mm
        if rotated:
            cell_w, cell_h = cell_h, cell_w
        columns, rows = int(usable_w // cell_w), int(usable_h // cell_h)
        layout = SheetLayout(width, height, columns, rows, rotated, cell_w, cell_h)
        if best is None or layout.per_page > best.per_page:
            best = layout
    assert best is not None
    if best.per_page == 0:
        # Larger than the sheet's usable area: one per sheet, centred, no room for marks.
        return SheetLayout(width, height, 1, 1, False, template.width_mm, template.height_mm)
    return best


def page_count(guests: int, layout: SheetLayout) -> int:
    return max(1, -(-guests // layout.per_page)) if guests else 0
