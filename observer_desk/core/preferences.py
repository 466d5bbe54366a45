"""Per-user preferences that belong to this computer rather than to a mission database, kept in a
small JSON file in the user's configuration folder (the command line and the window share them).

Today: the printer calibration offset of each badge layout, in millimetres (x to the right,
y downwards), measured with the calibration page for the printer this computer uses; how
many rotating backups of each database to keep; and the interface language.

The file is replaced in one step (written beside it, then renamed), so a crash or a second
program writing at the same moment never leaves half a file; a file that cannot be read is
treated as empty rather than stopping the program.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from .language import _
from .paths import APP_DIR_NAME

PREFERENCES_FILE = "preferences.json"
MAX_OFFSET_MM = 20.0
DEFAULT_BACKUPS_TO_KEEP = 20
MAX_BACKUPS_TO_KEEP = 1_000


def preferences_path() -> Path:
    return user_config_path(APP_DIR_NAME, appauthor=False) / PREFERENCES_FILE


def load_preferences() -> dict[str, Any]:
    path = preferences_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_preferences(data: dict[str, Any]) -> None:
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".preferences-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=2, sort_keys=True)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _number(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    if not math.isfinite(number) or abs(number) > MAX_OFFSET_MM:
        return 0.0
    return number


def badge_calibration(layout: str) -> tuple[float, float]:
    """The calibration offset (x, y) in mm for a badge layout; (0, 0) if none was saved."""
    calibration = load_preferences().get("badge_calibration")
    entry = calibration.get(layout) if isinstance(calibration, dict) else None
    if not isinstance(entry, dict):
        return 0.0, 0.0
    return _number(entry.get("x_mm")), _number(entry.get("y_mm"))


def set_badge_calibration(layout: str, x_mm: float, y_mm: float) -> None:
    for value in (x_mm, y_mm):
        if not math.isfinite(value) or abs(value) > MAX_OFFSET_MM:
            raise ValueError(_("a calibration offset must be within ±{limit:g} mm").format(
                limit=MAX_OFFSET_MM))
    data = load_preferences()
    calibration = data.get("badge_calibration")
    if not isinstance(calibration, dict):
        calibration = {}
    calibration[layout] = {"x_mm": round(float(x_mm), 2), "y_mm": round(float(y_mm), 2)}
    data["badge_calibration"] = calibration
    save_preferences(data)


def backups_to_keep() -> int:
    """How many rotating backups of each database the backups folder keeps (default 20)."""
    value = load_preferences().get("backups_to_keep")
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_BACKUPS_TO_KEEP:
        return DEFAULT_BACKUPS_TO_KEEP
    return value


def set_backups_to_keep(count: int) -> None:
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_BACKUPS_TO_KEEP:
        raise ValueError(_("keep between 1 and {most:,} backups of each database").format(
            most=MAX_BACKUPS_TO_KEEP))
    data = load_preferences()
    data["backups_to_keep"] = count
    save_preferences(data)


def interface_language() -> str | None:
    """The interface language chosen in Settings ('en', 'ru', 'zh_CN'), or None for the system's."""
    value = load_preferences().get("language")
    return value if isinstance(value, str) and value else None


def set_interface_language(language: str | None) -> None:
    """Remember the interface language for the next start; None follows the system."""
    if language is not None and (not isinstance(language, str) or not language.replace("_", "").isalnum()):
        raise ValueError(_("not a language code: {language!r}").format(language=language))
    data = load_preferences()
    if language is None:
        data.pop("language", None)
    else:
        data["language"] = language
    save_preferences(data)
