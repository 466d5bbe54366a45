"""How observers' values read on screen: roles, sex, accreditation colours, local times.

Labels go through Qt's translation machinery under the context "Labels", like those in labels.py.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from functools import cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from observer_desk.core.models import AccreditationStatus, MissionRole, Sex

S = AccreditationStatus

# Hues that stay apart from each other and legible on light and dark rows alike: the workflow
# runs from grey (just nominated) through blue to green; the dead ends are red and brown.
STATUS_COLOURS = {
    S.NOMINATED: "#7f8c8d",
    S.DOCUMENTS_COMPLETE: "#b7791f",
    S.SUBMITTED: "#2a64a8",
    S.ACCREDITED: "#2f9e5b",
    S.BADGE_ISSUED: "#1e7a47",
    S.REJECTED: "#c0392b",
    S.WITHDRAWN: "#8e5b3a",
    S.REPLACED: "#8e44ad",
}
ERROR_COLOUR = "#c0392b"
WARNING_COLOUR = "#a86400"  # amber dark enough to read as text on white
DATE_FORMAT = "%d.%m.%Y"


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(value: MissionRole) -> str:
    return {
        MissionRole.HEAD: _t("Head of mission"),
        MissionRole.DEPUTY: _t("Deputy head"),
        MissionRole.COORDINATOR: _t("Coordinator"),
        MissionRole.OBSERVER: _t("Observer"),
        MissionRole.INTERPRETER: _t("Interpreter"),
        MissionRole.STAFF: _t("Staff"),
    }[MissionRole(value)]


def sex_label(value: Sex) -> str:
    return {Sex.FEMALE: _t("Female"), Sex.MALE: _t("Male"), Sex.OTHER: _t("Other (X)")}[Sex(value)]


def status_colour(value: AccreditationStatus) -> QColor:
    return QColor(STATUS_COLOURS[AccreditationStatus(value)])


@cache
def _dot(colour: str, size: int) -> QIcon:
    icon = QIcon()
    for ratio in (1.0, 2.0):
        pixels = round(size * ratio)
        pixmap = QPixmap(QSize(pixels, pixels))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        margin = pixels * 0.2
        painter.drawEllipse(int(margin), int(margin), int(pixels - 2 * margin), int(pixels - 2 * margin))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        icon.addPixmap(pixmap)
    return icon


def status_icon(value: AccreditationStatus, size: int = 12) -> QIcon:
    """A coloured dot: the status reads at a glance down a long column."""
    return _dot(STATUS_COLOURS[AccreditationStatus(value)], size)


def level_icon(colour: str, size: int = 12) -> QIcon:
    return _dot(colour, size)


def short_date(value: date | None) -> str:
    """Dates in forms and tables: 17.11.2022, the way the host and most sending states write them."""
    return value.strftime(DATE_FORMAT) if value else ""


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def local_time(value: datetime | None, zone_name: str) -> str:
    """An aware moment as the clock read in the mission's zone: 17.11.2022 13:40."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(zone(zone_name)).strftime("%d.%m.%Y %H:%M")


def utc_offset_label(zone_name: str, when: date | None = None) -> str:
    """"Asia/Almaty, UTC+06:00" on a given day (offsets change over the years)."""
    day = when or date.today()
    offset = datetime.combine(day, time(12), tzinfo=zone(zone_name)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "−"
    return f"{zone_name}, UTC{sign}{abs(minutes) // 60:02}:{abs(minutes) % 60:02}"
