"""One way to find bundled resources, whether run from a checkout, a wheel or a frozen bundle.

The wheel and the frozen bundle carry the top-level ``resources/`` folder as
``observer_desk/resources``; a checkout has it beside the package.
"""

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"Observer Desk resources are missing: looked in {_PACKAGE_DIR / 'resources'} "
        f"and {_PACKAGE_DIR.parent / 'resources'}"
    )


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource not found: {'/'.join(parts)} (in {resources_dir()})")
    return path
