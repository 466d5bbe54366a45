"""Observer Desk: the desktop workbench of an election observation mission's secretariat."""

from importlib.metadata import PackageNotFoundError, version as _dist_version

try:
    __version__ = _dist_version("observer-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_NAME = "Observer Desk"
