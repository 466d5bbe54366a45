"""What every command shares: exit codes, the one-line error, the parser class and the
options that may stand before or after a command."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.paths import DB_ENV_VAR

if TYPE_CHECKING:
    from ..core.db import Database
    from ..core.models import Mission

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """Unusable input: reported as one line on stderr with exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, as the contract asks
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def common_options() -> argparse.ArgumentParser:
    """Options accepted both before and after the command (defaults suppressed, so a value given
    before the command is not reset by the subcommand's parser)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
        help=f"database file or URL (default: ${DB_ENV_VAR}, else observer-desk.sqlite "
             "in the user data folder)")
    common.add_argument(
        "--mission", metavar="CODE", default=argparse.SUPPRESS,
        help="the mission to work on; may be left out when the database holds one mission")
    return common


def chosen_mission(db: Database, args: argparse.Namespace) -> Mission:
    from ..core.services.missions import get_mission

    return get_mission(db, getattr(args, "mission", None))


def output_path(name: str, *suffixes: str) -> Path:
    """The file a command writes, refused up front when its extension is not one it writes."""
    path = Path(name)
    if path.suffix.lower() not in suffixes:
        raise CommandError(f"{name}: the file to write must end in {' or '.join(suffixes)}")
    return path
