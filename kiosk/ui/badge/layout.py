"""Where everything goes on one badge, measured on the device it will be drawn on."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QPaintDevice

from kiosk.core.badge import MONOCHROME, BadgeColours, BadgeContent, BadgeTemplate, Orientation
from kiosk.core.guest import AddressForm, Greeting, TagKind
from kiosk.ui.badge import texts
from kiosk.ui.badge.fitting import FittedText, fit_line, make_font

PT_MM = 25.4 / 72
# Point sizes on the 4x3 in reference badge; a template's font_scale scales them all.
FIRST_NAME_PT = (60.0, 28.0)  # (largest, smallest before the ellipsis)
LAST_NAME_PT = (18.0, 11.0)
ORGANISATION_PT = (10.0, 8.0)
EVENT_PT = (13.0, 7.0)
CAPTION_PT = 7.0
CHIP_PT = 10.0


@dataclass(frozen=True, slots=True)
class Chip:
    kind: TagKind
    box: QRectF
    text: FittedText
    more: bool = False  # the "+N" chip standing for tags with no room


@dataclass(frozen=True, slots=True)
class BadgeLayout:
    rect: QRectF
    colours: BadgeColours
    band: QRectF
    event: FittedText | None
    first_name: FittedText
    last_name: FittedText | None
    organisation: FittedText | None
    captions: tuple[FittedText, ...]
    chips: tuple[Chip, ...]
    icons: tuple[tuple[QRectF, AddressForm | Greeting], ...]
    qr: QRectF
    payload: bytes
    rule: bool  # monochrome: a line under the band instead of a filled band

    def texts(self) -> list[FittedText]:
        lines = [self.event, self.first_name, self.last_name, self.organisation]
        return [t for t in lines if t is not None] + [*self.captions, *(c.text for c in self.chips)]


def _icons(content: BadgeContent) -> list[AddressForm | Greeting]:
    """Only what says something: "either" is the same as saying nothing."""
    shown: list[AddressForm | Greeting] = []
    if content.etiquette.address_form is not AddressForm.EITHER:
        shown.append(content.etiquette.address_form)
    if content.etiquette.greeting is not Greeting.EITHER:
        shown.append(content.etiquette.greeting)
    return shown


class _Builder:
    """One badge's layout: millimetres on the template, device pixels in ``rect``."""

    def __init__(self, template: BadgeTemplate, rect: QRectF, device: QPaintDevice) -> None:
        self.template, self.rect, self.device = template, rect, device
        self.px = rect.width() / template.width_mm  # device pixels per badge millimetre
        device_px_per_mm = max(1.0, device.logicalDpiY()) / 25.4
        self.font_factor = self.px / device_px_per_mm
        self.scale = template.font_scale

    def mm(self, value: float) -> float:
        return value * self.px

    def pt(self, size: float) -> float:
        """A font size (badge points, template-scaled) as a height in device pixels."""
        return self.mm(size * self.scale * PT_MM)

    def box(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.rect.left() + x, self.rect.top() + y, max(0.0, w), max(0.0, h))

    def line(
        self,
        text: str,
        area: QRectF,
        sizes: tuple[float, float],
        *,
        bold: bool = False,
        centre: bool = False,
    ) -> FittedText:
        return fit_line(
            text,
            area,
            self.device,
            max_pt=sizes[0] * self.scale,
            min_pt=sizes[1] * self.scale,
            bold=bold,
            centre=centre,
            scale=self.font_factor,
        )

    def chips(self, content: BadgeContent, area: QRectF) -> tuple[list[FittedText], list[Chip]]:
        kinds = [k for k in (TagKind.SKILL, TagKind.INTEREST) if content.tags(k)]
        caption_h, chip_h = self.pt(CAPTION_PT) * 1.4, self.pt(CHIP_PT) * 1.75
        row_h, block_gap = chip_h * 1.15, chip_h * 0.2
        # Rows per kind: one each to begin with, then more in turn while they are needed.
        while kinds and len(kinds) * (caption_h + row_h) + block_gap > area.height() + 1:
            kinds.pop()  # too little room for both: skills first
        widths = {k: self._chip_widths(content.tags(k), chip_h) for k in kinds}
        needed = {k: len(self._flow(widths[k], area.width(), chip_h)) for k in kinds}
        rows = dict.fromkeys(kinds, 1)
        spare = area.height() - len(kinds) * (caption_h + row_h) - block_gap * (len(kinds) - 1)
        while spare >= row_h and any(rows[k] < needed[k] for k in kinds):
            for k in kinds:
                if rows[k] < needed[k] and spare >= row_h:
                    rows[k] += 1
                    spare -= row_h
        captions: list[FittedText] = []
        chips: list[Chip] = []
        y = area.top()
        for kind in kinds:
            cap_area = QRectF(area.left(), y, area.width(), caption_h)
            captions.append(
                fit_line(
                    texts.caption(kind, content.language),
                    cap_area,
                    self.device,
                    max_pt=CAPTION_PT * self.scale,
                    min_pt=CAPTION_PT * self.scale * 0.8,
                    scale=self.font_factor,
                )
            )
            y += caption_h
            chips += self._place_chips(content, kind, area, y, rows[kind], chip_h, row_h)
            y += rows[kind] * row_h + block_gap
        return captions, chips

    def _chip_widths(self, labels: tuple[str, ...], chip_h: float) -> list[float]:
        metrics = QFontMetricsF(make_font(CHIP_PT * self.scale * self.font_factor), self.device)
        return [metrics.horizontalAdvance(label) + chip_h * 0.9 for label in labels]

    @staticmethod
    def _flow(widths: list[float], width: float, chip_h: float) -> list[list[int]]:
        """Indexes of the chips on each row, left to right."""
        rows: list[list[int]] = []
        x = width + 1
        for i, w in enumerate(widths):
            w = min(w, width)
            if x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append(i)
            x += w + chip_h * 0.3
        return rows

    def _place_chips(
        self,
        content: BadgeContent,
        kind: TagKind,
        area: QRectF,
        top: float,
        max_rows: int,
        chip_h: float,
        row_h: float,
    ) -> list[Chip]:
        labels = list(content.tags(kind))
        widths = self._chip_widths(tuple(labels), chip_h)
        more = ""
        if len(self._flow(widths, area.width(), chip_h)) > max_rows:
            # Keep what fits in the rows, then make room for the "+N" chip at the end.
            kept = [i for row in self._flow(widths, area.width(), chip_h)[:max_rows] for i in row]
            while True:
                more = texts.more(len(labels) - len(kept), content.language)
                more_w = self._chip_widths((more,), chip_h)[0]
                trial = self._flow([*(widths[i] for i in kept), more_w], area.width(), chip_h)
                if len(trial) <= max_rows or len(kept) <= 1:
                    break
                kept.pop()
            if len(kept) == 1:  # one chip, shortened if need be, and the "+N" beside it
                room = area.width() - more_w - chip_h * 0.3
                widths[kept[0]] = max(chip_h, min(widths[kept[0]], room))
            labels = [labels[i] for i in kept] + [more]
            widths = [widths[i] for i in kept] + [more_w]
        chips: list[Chip] = []
        size = CHIP_PT * self.scale
        for r, row in enumerate(self._flow(widths, area.width(), chip_h)[:max_rows]):
            x = area.left()
            for i in row:
                w = min(widths[i], area.width())
                box = QRectF(x, top + r * row_h, w, chip_h)
                inner = box.adjusted(chip_h * 0.4, chip_h * 0.1, -chip_h * 0.4, -chip_h * 0.1)
                fitted = fit_line(
                    labels[i],
                    inner,
                    self.device,
                    max_pt=size,
                    min_pt=size,
                    condense=False,
                    centre=True,
                    scale=self.font_factor,
                )
                chips.append(Chip(kind, box, fitted, more=bool(more) and i == len(labels) - 1))
                x += w + chip_h * 0.3
        return chips


def layout_badge(
    content: BadgeContent, template: BadgeTemplate, rect: QRectF, device: QPaintDevice
) -> BadgeLayout:
    """Lay ``content`` out in ``rect`` (device pixels, the badge's aspect) for ``device``."""
    b = _Builder(template, rect, device)
    w, h, m = template.width_mm, template.height_mm, template.margin_mm
    landscape = template.orientation is Orientation.LANDSCAPE
    band_h = (0.13 if landscape else 0.09) * h
    band = b.box(0, 0, b.mm(w), b.mm(band_h))
    icons = _icons(content)
    icon_side = band.height() * 0.72
    icon_gap = icon_side * 0.25
    icons_w = len(icons) * (icon_side + icon_gap)
    right = band.right() - b.mm(m)
    icon_top = band.top() + (band.height() - icon_side) / 2
    icon_rects = tuple(
        (QRectF(right - (i + 1) * icon_side - i * icon_gap, icon_top, icon_side, icon_side), kind)
        for i, kind in enumerate(reversed(icons))
    )
    event_area = QRectF(
        band.left() + b.mm(m),
        band.top() + band.height() * 0.15,
        band.width() - 2 * b.mm(m) - icons_w,
        band.height() * 0.7,
    )
    event = b.line(content.event_name, event_area, EVENT_PT) if content.event_name else None
    y = b.mm(band_h + m * 0.5)
    inner_w = b.mm(w - 2 * m)
    first_area = b.box(b.mm(m), y, inner_w, b.pt(FIRST_NAME_PT[0]) * 1.12)
    first = b.line(content.first_name, first_area, FIRST_NAME_PT, bold=True, centre=True)
    if first.point_size < FIRST_NAME_PT[0] * template.font_scale * 0.9:
        # A long name came out smaller: give the height it no longer needs to the tags.
        shorter = QRectF(first_area)
        shorter.setHeight(b.mm(first.point_size * PT_MM) * 1.25)
        sizes = (first.point_size / template.font_scale, FIRST_NAME_PT[1])
        refitted = b.line(content.first_name, shorter, sizes, bold=True, centre=True)
        if refitted.point_size >= first.point_size - 0.01:
            first, first_area = refitted, shorter
    y += first_area.height()
    bottom = b.mm(h - m)
    gap = b.mm(m * 0.6)
    if landscape:
        side = min(bottom - y, inner_w * 0.34)
        qr = b.box(b.mm(w - m) - side, bottom - side, side, side)
        column_w = inner_w - side - gap
    else:
        side = min(inner_w * 0.5, (bottom - y) * 0.5)
        qr = b.box((b.mm(w) - side) / 2, bottom - side, side, side)
        column_w = inner_w
    last = org = None
    if content.last_name:
        area = b.box(b.mm(m), y, column_w, b.pt(LAST_NAME_PT[0]) * 1.3)
        last = b.line(content.last_name, area, LAST_NAME_PT)
        y += area.height()
    if content.organisation:
        area = b.box(b.mm(m), y, column_w, b.pt(ORGANISATION_PT[0]) * 1.4)
        org = b.line(content.organisation, area, ORGANISATION_PT)
        y += area.height()
    y += gap * 0.25
    tags_bottom = bottom if landscape else qr.top() - rect.top() - gap
    captions, chips = b.chips(content, b.box(b.mm(m), y, column_w, tags_bottom - y))
    return BadgeLayout(
        rect=rect,
        colours=content.colours if template.colour else MONOCHROME,
        band=band,
        event=event,
        first_name=first,
        last_name=last,
        organisation=org,
        captions=tuple(captions),
        chips=tuple(chips),
        icons=icon_rects,
        qr=qr,
        payload=content.qr_payload,
        rule=not template.colour,
    )
