"""The arrivals chart: arrivals per bucket as bars, the present count over time as a line."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.arrivals import Timeline
from kiosk.core.guest import Language
from kiosk.ui.organiser.dashboard.views import clock_time

_NICE = (1, 2, 5)
_LABEL_MINUTES = (5, 10, 15, 30, 60, 120, 180, 360, 720, 1440)


def nice_ceiling(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten that is at least ``value`` (and 1)."""
    scale = 1
    while True:
        for step in _NICE:
            if step * scale >= value:
                return step * scale
        scale *= 10


class ArrivalsChart(QWidget):
    """Passive: ``set_timeline`` and it paints. Colours come from the palette the organiser
    stylesheet sets (text, highlight), sizes from the widget's font.

    With no arrival it says so over the event's hours rather than drawing an empty grid.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalsChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._timeline: Timeline | None = None
        self._now: datetime | None = None
        self._language = Language.FR
        self._tz: tzinfo | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, 280)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 180)

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    def set_timeline(
        self, timeline: Timeline, now: datetime, language: Language, tz: tzinfo | None = None
    ) -> None:
        self._timeline, self._now, self._language, self._tz = timeline, now, language, tz
        self.setAccessibleDescription(self.summary())
        self.update()

    def set_language(self, language: Language) -> None:
        self._language = language
        self.setAccessibleDescription(self.summary())
        self.update()

    def is_empty(self) -> bool:
        return self._timeline is None or self._timeline.arrivals == 0

    def summary(self) -> str:
        """What the chart says in one sentence (screen readers; tests)."""
        if self.is_empty():
            return self.empty_text()
        assert self._timeline is not None
        return self.tr("%n arrivals", "", self._timeline.arrivals)

    def empty_text(self) -> str:
        return self.tr("No arrivals yet: the chart fills in as guests check in.")

    # -- geometry, shared by painting and tests ------------------------------------------------

    def plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        line = fm.height()
        left = fm.horizontalAdvance("0000") + line
        right = fm.horizontalAdvance("0000") + line
        top = line * 2
        bottom = line * 2
        return QRectF(self.rect()).adjusted(left, top, -right, -bottom)

    def _x(self, plot: QRectF, at: datetime) -> float:
        assert self._timeline is not None
        span = (self._timeline.end - self._timeline.start).total_seconds()
        share = (at - self._timeline.start).total_seconds() / span
        return plot.left() + max(0.0, min(1.0, share)) * plot.width()

    def scales(self) -> tuple[int, int]:
        """Top of the arrivals axis (left) and of the present axis (right)."""
        buckets = self._timeline.buckets if self._timeline is not None else ()
        arrivals = max((b.arrivals for b in buckets), default=0)
        present = max((b.present or 0 for b in buckets), default=0)
        return nice_ceiling(arrivals), nice_ceiling(present)

    def bar_rects(self) -> list[QRectF]:
        """One rectangle per bucket (zero height when nobody arrived), left to right."""
        if self._timeline is None:
            return []
        plot, (top, _) = self.plot_rect(), self.scales()
        step = timedelta(minutes=self._timeline.minutes)
        rects = []
        for bucket in self._timeline.buckets:
            x0, x1 = self._x(plot, bucket.start), self._x(plot, bucket.start + step)
            gap = min(3.0, (x1 - x0) * 0.15)
            height = plot.height() * bucket.arrivals / top
            rects.append(QRectF(x0 + gap, plot.bottom() - height, x1 - x0 - 2 * gap, height))
        return rects

    def line_points(self) -> list[QPointF]:
        """The present count: from the window's start (nobody yet) to now at most."""
        if self._timeline is None:
            return []
        plot, (_, top) = self.plot_rect(), self.scales()
        step = timedelta(minutes=self._timeline.minutes)
        points = [QPointF(plot.left(), plot.bottom())]
        for bucket in self._timeline.buckets:
            if bucket.present is None:
                break
            until = bucket.start + step
            if self._now is not None and self._now < until:
                until = self._now
            y = plot.bottom() - plot.height() * bucket.present / top
            points.append(QPointF(self._x(plot, until), y))
        return points

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        plot = self.plot_rect()
        if self._timeline is not None and plot.width() > 10 and plot.height() > 10:
            self._paint_grid(painter, plot, text)
            if not self.is_empty():
                self._paint_data(painter, palette, text)
            self._paint_time_axis(painter, plot, text)
        if self.is_empty():
            painter.setPen(text)
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text()
            )
        painter.end()

    def _paint_grid(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        faint = QColor(text)
        faint.setAlphaF(0.18)
        painter.setPen(QPen(faint, 1))
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if self.is_empty():
            return
        fm = self.fontMetrics()
        arrivals_top, present_top = self.scales()
        painter.setPen(text)
        for i in (0, 2, 4):
            y = plot.bottom() - plot.height() * i / 4
            box = QRectF(0, y - fm.height() / 2, plot.left() - fm.height() / 2, fm.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight, self._tick(arrivals_top, i))
            box = QRectF(plot.right() + fm.height() / 2, y - fm.height() / 2, 200, fm.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, self._tick(present_top, i))

    @staticmethod
    def _tick(top: int, quarter: int) -> str:
        value = top * quarter / 4
        return f"{value:g}"

    def _paint_data(self, painter: QPainter, palette: QPalette, text: QColor) -> None:
        assert self._timeline is not None
        bars = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bars)
        for rect in self.bar_rects():
            if rect.height() > 0:
                painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(text, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPolyline(QPolygonF(self.line_points()))
        self._paint_legend(painter, bars, text)

    def _paint_legend(self, painter: QPainter, bars: QColor, text: QColor) -> None:
        assert self._timeline is not None
        fm = self.fontMetrics()
        line = fm.height()
        plot = self.plot_rect()
        x, y = plot.left(), line * 0.4
        swatch = line * 0.8
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bars)
        painter.drawRect(QRectF(x, y + (line - swatch) / 2, swatch, swatch))
        painter.setPen(text)
        bars_text = self.tr("Arrivals per %n minutes", "", self._timeline.minutes)
        painter.drawText(QPointF(x + swatch + line * 0.4, y + fm.ascent()), bars_text)
        x += swatch + line * 1.4 + fm.horizontalAdvance(bars_text)
        painter.setPen(QPen(text, 3))
        painter.drawLine(QPointF(x, y + line / 2), QPointF(x + swatch * 1.5, y + line / 2))
        painter.drawText(
            QPointF(x + swatch * 1.5 + line * 0.4, y + fm.ascent()), self.tr("Present")
        )

    def label_times(self, every_minutes: int) -> list[datetime]:
        """Times on the axis: round local times (every quarter, half hour, hour...)."""
        assert self._timeline is not None
        out = []
        for bucket in self._timeline.buckets:
            local = bucket.start.astimezone(self._tz)
            if (local.hour * 60 + local.minute) % every_minutes == 0:
                out.append(bucket.start)
        return out

    def _paint_time_axis(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        assert self._timeline is not None
        fm = self.fontMetrics()
        timeline = self._timeline
        widest = fm.horizontalAdvance(clock_time(timeline.start, self._language, self._tz))
        per_minute = plot.width() / max(1.0, (timeline.end - timeline.start).total_seconds() / 60)
        every = next(
            (m for m in _LABEL_MINUTES if m >= timeline.minutes and m * per_minute >= widest * 1.6),
            _LABEL_MINUTES[-1],
        )
        painter.setPen(text)
        for at in self.label_times(every):
            x = self._x(plot, at)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            label = clock_time(at, self._language, self._tz)
            box = QRectF(x - widest, plot.bottom() + 6, widest * 2, fm.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, label)
        if self.is_empty() or self._now is None:
            return
        if timeline.start < self._now < timeline.end:
            x = self._x(plot, self._now)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
