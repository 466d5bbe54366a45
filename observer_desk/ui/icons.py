"""The application icon and the line icons of the areas, drawn from the bundled SVG files.

Area icons are stroked in ``currentColor``; they are rendered in the palette's text colour so
that they stay visible in light and dark themes alike. Each is drawn when Qt first asks for it at
a given size (then kept), not beforehand at every size: the window's first paint needs one size
of each, and drawing all of them up front was a good part of the time to that paint.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from observer_desk.resources import resource_path

APP_ICON_SVG = ("icons", "observer-desk.svg")
APP_ICON_PNGS = (("icons", "observer-desk.png"), ("icons", "observer-desk-512.png"))


def app_icon() -> QIcon:
    icon = QIcon()
    for parts in APP_ICON_PNGS:
        try:
            icon.addFile(str(resource_path(*parts)))
        except FileNotFoundError:
            continue
    if icon.isNull():
        icon.addFile(str(resource_path(*APP_ICON_SVG)))
    return icon


def render_svg(svg: bytes | QSvgRenderer, size: int, ratio: float = 1.0) -> QPixmap:
    renderer = svg if isinstance(svg, QSvgRenderer) else QSvgRenderer(svg)
    pixels = max(1, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class _SvgIconEngine(QIconEngine):
    """A square SVG icon drawn at the size asked for, the first time it is asked for. The states
    other than normal (disabled, selected) are derived from the normal drawing by the style, as
    for an icon made of pixmaps."""

    def __init__(self, svg: bytes):
        super().__init__()
        self.svg = svg
        self._renderer: QSvgRenderer | None = None
        self._drawn: dict[tuple[int, QIcon.Mode, QIcon.State], QPixmap] = {}

    def renderer(self) -> QSvgRenderer:
        if self._renderer is None:
            self._renderer = QSvgRenderer(self.svg)
        return self._renderer

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        key = (side, mode, state)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = render_svg(self.renderer(), side)
            if mode != QIcon.Mode.Normal:
                drawn = QIcon(drawn).pixmap(QSize(side, side), 1.0, mode, state)
            self._drawn[key] = drawn
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        side = min(rect.width(), rect.height())
        pixmap = self.pixmap(QSize(round(side * ratio), round(side * ratio)), mode, state)
        painter.drawPixmap(QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                                  side, side), pixmap, QRectF(pixmap.rect()))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self.svg)

    def key(self) -> str:
        return "observer-desk-svg"


@cache
def _area_svg(name: str) -> str:
    return resource_path("icons", f"area-{name}.svg").read_text(encoding="utf-8")


def _text_colour() -> QColor:
    app = QGuiApplication.instance()
    if app is None:
        return QColor("#37474f")
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


def area_icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon of an area (mission, observers, itinerary, findings, statement)."""
    try:
        svg = _area_svg(name)
    except FileNotFoundError:
        return QIcon()
    tint = (colour or _text_colour()).name()
    return QIcon(_SvgIconEngine(svg.replace("currentColor", tint).encode()))
