"""The application icon and the line icons of the areas, drawn from the bundled SVG files.

Area icons are stroked in ``currentColor``; they are rendered in the palette's text colour so
that they stay visible in light and dark themes alike.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from observer_desk.resources import resource_path

APP_ICON_SVG = ("icons", "observer-desk.svg")
APP_ICON_PNGS = (("icons", "observer-desk.png"), ("icons", "observer-desk-512.png"))
ICON_SIZES = (16, 20, 24, 32, 48, 64)


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


def render_svg(svg: bytes, size: int, ratio: float = 1.0) -> QPixmap:
    renderer = QSvgRenderer(svg)
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
    icon = QIcon()
    for size in ICON_SIZES:
        for ratio in (1.0, 2.0):
            icon.addPixmap(render_svg(svg.replace("currentColor", tint).encode(), size, ratio))
    return icon
