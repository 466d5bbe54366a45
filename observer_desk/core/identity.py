"""Who is working: the name recorded in histories and the audit trail."""

from __future__ import annotations

import getpass
import os

USER_ENV_VAR = "OBSERVER_DESK_USER"


def current_user() -> str:
    name = os.environ.get(USER_ENV_VAR, "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services and containers)
        return "unknown"
