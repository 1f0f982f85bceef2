"""A scaled-down look at the welcome screen and the wall with the branding being edited."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.core.event import Branding, WallLanguage
from kiosk.core.guest import Language
from kiosk.core.tags import Labels
from kiosk.core.wallview import WallState
from kiosk.ui.checkin.welcome import WelcomeScreen
from kiosk.ui.style import Metrics, Palette, stylesheet
from kiosk.ui.wall.window import WallWindow

WELCOME_SIZE = QSize(1280, 800)
WALL_SIZE = QSize(1920, 1080)
RENDER_DELAY_MS = 120  # typing a colour renders once, not at every key


@dataclass(frozen=True, slots=True)
class PreviewContent:
    """What the screens would show: the event as edited and a sample of the room."""

    name: str = ""
    branding: Branding = field(default_factory=Branding)
    languages: tuple[Language, ...] = (Language.FR, Language.EN)
    wall_language: WallLanguage = WallLanguage.BOTH
    wall: WallState = field(default_factory=WallState)
    present: int = 0
    top_interest_count: int = 0
    top_interest: Labels | None = None


def _offscreen(widget: QWidget, size: QSize) -> None:
    """Laid out and "visible" for rendering, but never a window on any screen."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(size)
    widget.show()


class BrandingPreview(QWidget):
    """Two pictures: the real WelcomeScreen and WallWindow, rendered off screen and scaled.

    The screens are the kiosk's own widgets with the kiosk's stylesheet, so the preview
    shows exactly what the guests and the room would see (contrast adaptation included).
    """

    def __init__(self, width: int = 400, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._width = width
        self._content = PreviewContent()
        self.renders = 0  # tests wait on it
        # Windows owned by the preview (Qt deletes them with it): parentless, Python's garbage
        # collector would delete them whenever, even between a paint event's start and end.
        self._kiosk = QWidget(self, Qt.WindowType.Window)
        self._kiosk.setObjectName("kiosk")
        self._kiosk.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._welcome = WelcomeScreen(self._kiosk)
        box = QVBoxLayout(self._kiosk)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._welcome)
        self._idle = QTimer(self)  # never started: the preview's wall does not turn pages
        self._wall = WallWindow(page_timer=self._idle, parent=self)
        self._wall.setWindowFlags(Qt.WindowType.Window)
        _offscreen(self._kiosk, WELCOME_SIZE)
        _offscreen(self._wall, WALL_SIZE)
        self.welcome_picture = QLabel(self)
        self.welcome_picture.setObjectName("previewWelcome")
        self.wall_picture = QLabel(self)
        self.wall_picture.setObjectName("previewWall")
        self._welcome_caption = QLabel(self)
        self._welcome_caption.setObjectName("caption")
        self._wall_caption = QLabel(self)
        self._wall_caption.setObjectName("caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._welcome_caption)
        layout.addWidget(self.welcome_picture)
        layout.addSpacing(12)
        layout.addWidget(self._wall_caption)
        layout.addWidget(self.wall_picture)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        self.retranslate()

    def set_content(self, content: PreviewContent) -> None:
        """Show ``content`` shortly (several edits in a row render once)."""
        self._content = content
        self._timer.start()

    def set_picture_width(self, width: int) -> None:
        if width != self._width:
            self._width = width
            self._timer.start()

    def retranslate(self) -> None:
        self._welcome_caption.setText(self.tr("Welcome screen"))
        self._wall_caption.setText(self.tr("Wall"))
        if self.renders:
            self._timer.start()  # the screens' own words changed language too

    def render_now(self) -> None:
        self._timer.stop()
        content = self._content
        palette = Palette.from_branding(content.branding)
        metrics = Metrics.for_size(WELCOME_SIZE)
        self._kiosk.setStyleSheet(stylesheet(palette, metrics))
        self._welcome.set_colours(palette)
        self._welcome.set_metrics(metrics)
        self._welcome.set_event(content.name, content.branding)
        self._welcome.set_languages(content.languages)
        self._welcome.set_room_pulse(
            content.present, content.top_interest_count, content.top_interest
        )
        self._wall.set_branding(content.branding)
        self._wall.set_language(content.wall_language)
        self._wall.set_state(content.wall)
        self._wall.finish_animations()
        self.welcome_picture.setPixmap(self._scaled(self._kiosk.grab()))
        self.wall_picture.setPixmap(self._scaled(self._wall.grab()))
        self.renders += 1

    def _scaled(self, picture: QPixmap) -> QPixmap:
        return picture.scaledToWidth(self._width, Qt.TransformationMode.SmoothTransformation)
