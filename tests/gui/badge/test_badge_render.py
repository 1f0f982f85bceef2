"""Badges for names in many scripts and lengths: nothing overflows, every QR reads back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from badge_support import NAMES, guest_named
from PIL import ImageOps
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.core.badge import TEMPLATES, BadgeTemplate, badge_content, template
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Guest, TagKind
from kiosk.ui.badge.decode import decode_qr, decode_qr_bytes, to_pil
from kiosk.ui.badge.fitting import FittedText, fit_line
from kiosk.ui.badge.layout import FIRST_NAME_PT, BadgeLayout, layout_badge
from kiosk.ui.badge.qr import qr_image
from kiosk.ui.badge.renderer import badge_image

DPI = 150
_FORMAT = QImage.Format.Format_RGB32


def _device(dpi: int = DPI) -> QImage:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image


def _layout(content_template: BadgeTemplate, guest: Guest, demo: DemoEvent) -> BadgeLayout:
    content = badge_content(guest, demo.event, demo.vocabulary)
    width = content_template.width_mm / 25.4 * DPI
    height = content_template.height_mm / 25.4 * DPI
    return layout_badge(content, content_template, QRectF(0, 0, width, height), _device())


def _inside(inner: QRectF, outer: QRectF, slack: float = 0.6) -> bool:
    return (
        inner.left() >= outer.left() - slack
        and inner.top() >= outer.top() - slack
        and inner.right() <= outer.right() + slack
        and inner.bottom() <= outer.bottom() + slack
    )


def _disjoint(a: QRectF, b: QRectF) -> bool:
    return not a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b)


@pytest.mark.parametrize("name", sorted(TEMPLATES))
@pytest.mark.parametrize("key", sorted(NAMES))
def test_nothing_overflows(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest, name: str, key: str
) -> None:
    tpl = TEMPLATES[name]
    layout = _layout(tpl, guest_named(base_guest, key), demo)
    for text in layout.texts():
        assert _inside(text.ink, text.area), (text.text, text.ink, text.area)
        assert _inside(text.area, layout.rect), text.text
    for chip in layout.chips:
        assert _inside(chip.text.area, chip.box)
        assert _inside(chip.box, layout.rect)
        assert _disjoint(chip.box, layout.qr)
    blocks = [layout.first_name.area, layout.qr]
    blocks += [t.area for t in (layout.last_name, layout.organisation) if t is not None]
    for i, a in enumerate(blocks):
        assert _inside(a, layout.rect)
        for b in blocks[i + 1 :]:
            assert _disjoint(a, b), (a, b)
    first = layout.first_name
    largest, smallest = (size * tpl.font_scale for size in FIRST_NAME_PT)
    assert smallest - 1e-6 <= first.point_size <= largest + 1e-6


def test_short_names_get_sixty_points_on_the_four_by_three(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest
) -> None:
    tpl = template("insert-4x3")
    for first in ("Léa", "Zoé", "Hélène", "Jacques", "王小明", "محمد"):
        guest = replace(guest_named(base_guest, "latin"), first_name=first)
        layout = _layout(tpl, guest, demo)
        assert layout.first_name.point_size == pytest.approx(60), first
        assert not layout.first_name.elided


def test_twelve_letters_shrink_but_are_never_cut(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest
) -> None:
    layout = _layout(template("insert-4x3"), guest_named(base_guest, "twelve"), demo)
    assert layout.first_name.text == "Marie-Claire"
    assert 45 <= layout.first_name.point_size < 60


def test_a_500_character_name_is_cut_at_the_smallest_size(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest
) -> None:
    layout = _layout(template("insert-4x3"), guest_named(base_guest, "long"), demo)
    first = layout.first_name
    assert first.elided
    assert first.text.endswith("…")
    assert first.point_size == pytest.approx(28)


def test_right_to_left_names_align_right(qapp: QApplication) -> None:
    area = QRectF(100, 100, 2000, 300)
    fitted: FittedText = fit_line("محمد", area, _device(300), max_pt=40, min_pt=20)
    assert fitted.ink.right() == pytest.approx(area.right(), abs=area.width() * 0.02)
    assert fitted.ink.left() > area.left() + area.width() / 2


def test_skills_and_interests_are_distinct_chips(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest
) -> None:
    layout = _layout(template("a6"), guest_named(base_guest, "latin"), demo)
    kinds = {chip.kind for chip in layout.chips}
    assert kinds == {TagKind.SKILL, TagKind.INTEREST}
    assert [c.text for c in layout.captions] == ["I can help with", "Let's talk about"]


@pytest.mark.parametrize("name", ["insert-4x3", "card-54x86"])
@pytest.mark.parametrize("key", sorted(NAMES))
def test_every_badge_qr_reads_back(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest, name: str, key: str
) -> None:
    content = badge_content(guest_named(base_guest, key), demo.event, demo.vocabulary)
    image = badge_image(content, TEMPLATES[name], dpi=300)
    assert decode_qr_bytes(image) == [content.qr_payload]
    assert decode_qr(image) == [content.qr_payload.decode("utf-8")]


def test_qr_image_for_the_screen(qapp: QApplication) -> None:
    payload = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé\r\nEND:VCARD\r\n".encode()
    image = qr_image(payload, 6)
    assert image.width() == image.height()
    assert image.width() % 6 == 0
    assert image.pixelColor(0, 0) == QColor("#FFFFFF")  # the quiet zone
    assert decode_qr_bytes(image) == [payload]


def test_decoding_an_image_without_a_code_finds_nothing(qapp: QApplication) -> None:
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.drawText(20, 100, "no code here")
    painter.end()
    assert decode_qr(image) == []


@pytest.mark.parametrize("key", sorted(NAMES))
def test_painted_names_stay_in_their_areas(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest, key: str
) -> None:
    """The measured ink is what the painter draws: checked on the pixels, fallback fonts too."""
    layout = _layout(template("insert-4x3"), guest_named(base_guest, key), demo)
    for fitted in (layout.first_name, layout.last_name):
        assert fitted is not None
        image = QImage(round(layout.rect.width()), round(layout.rect.height()), _FORMAT)
        image.setDotsPerMeterX(round(DPI / 0.0254))
        image.setDotsPerMeterY(round(DPI / 0.0254))
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setFont(fitted.font)
        painter.setPen(QColor("#000000"))
        painter.drawText(fitted.origin, fitted.text)
        painter.end()
        box = ImageOps.invert(to_pil(image)).getbbox()
        assert box is not None, fitted.text
        painted = QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1])
        assert _inside(painted, fitted.area, slack=2.0), (fitted.text, painted, fitted.area)
