"""Where the window keeps what it remembers between runs (QSettings), and under which keys."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings

GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"
AREA_KEY = "mainWindow/area"


def application_settings() -> QSettings:
    """The user's settings, in the platform's usual place (registry, plist or ini file)."""
    return QSettings()


def last_mission_key(database_target: str) -> str:
    """Per-database key: the same mission code may exist in two files, and a path contains
    characters that QSettings treats as separators."""
    digest = hashlib.sha1(database_target.encode("utf-8")).hexdigest()[:16]
    return f"databases/{digest}/lastMission"


def remembered_mission(settings: QSettings, database_target: str) -> str | None:
    value = settings.value(last_mission_key(database_target))
    return str(value) if value else None


def remember_mission(settings: QSettings, database_target: str, code: str) -> None:
    settings.setValue(last_mission_key(database_target), code)
