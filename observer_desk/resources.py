"""One way to find bundled resources, whether run from a checkout, a wheel or a frozen bundle.

The wheel and the frozen bundle carry the top-level ``resources/`` folder as
``observer_desk/resources``; a checkout has it beside the package. A frozen bundle (PyInstaller)
unpacks its data under ``sys._MEIPASS``; that is the only place the frozen layout is known.
"""

import sys
from functools import cache
from pathlib import Path

from observer_desk.core.language import _

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if bundle:
        candidates.append(Path(bundle) / "observer_desk" / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    return candidates


@cache
def resources_dir() -> Path:
    candidates = _candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    # In English only: the translated messages are themselves among the missing resources.
    raise FileNotFoundError(
        "Observer Desk resources are missing: looked in " + " and ".join(str(c) for c in candidates))


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(_("bundled resource not found: {name} (in {folder})").format(
            name="/".join(parts), folder=resources_dir()))
    return path
