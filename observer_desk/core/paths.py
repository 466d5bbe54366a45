"""Where Observer Desk keeps its files in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "ObserverDesk"
DEFAULT_DB_NAME = "observer-desk.sqlite"
DB_ENV_VAR = "OBSERVER_DESK_DB"


def data_dir() -> Path:
    """The user data folder (created owner-only on first use)."""
    path = user_data_path(APP_DIR_NAME, appauthor=False)
    if not path.exists():
        path.mkdir(parents=True, mode=0o700, exist_ok=True)
    return path


def default_database_target() -> str:
    """What --db means when it is not given: OBSERVER_DESK_DB, else the file in the data folder."""
    from_env = os.environ.get(DB_ENV_VAR, "").strip()
    if from_env:
        return from_env
    return str(data_dir() / DEFAULT_DB_NAME)
