"""The command line: argparse over the same core services the GUI uses.

Exit codes: 0 done; 1 the command ran and found problems; 2 bad usage or unusable input, with one
line on stderr saying what and where, and the database left as it was.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from . import __version__
from .core.db import Database, DatabaseError, open_database
from .core.errors import ObserverDeskError
from .core.paths import DB_ENV_VAR

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """Unusable input: reported as one line on stderr with exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, as the contract asks
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _common_options() -> argparse.ArgumentParser:
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


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = _Parser(
        prog="observer-desk",
        description="Observer Desk: the workbench of an election observation mission's secretariat. "
                    "Without a command it opens the program's window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser(
        "demo", parents=[common], help="create the demo mission (idempotent); print its code",
        description="Create the demo mission (SCO Observer Mission, Kazakhstan 2022) unless it "
                    "exists already, and print its code.")
    demo.set_defaults(handler=cmd_demo)

    missions = commands.add_parser(
        "missions", parents=[common], help="list missions: code, title, dates, number of observers",
        description="List the database's missions: code, title, dates, number of observers.")
    missions.set_defaults(handler=cmd_missions)
    return parser


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from .core.services.demo import create_demo_mission

    print(create_demo_mission(db))
    return EXIT_OK


def cmd_missions(db: Database, args: argparse.Namespace) -> int:
    from .core.services.missions import list_missions

    rows = [
        (m.code, m.title, f"{m.period_start:%Y-%m-%d}..{m.period_end:%Y-%m-%d}", str(m.observers))
        for m in list_missions(db)
    ]
    if not rows:
        print(f"no missions in {db.target}", file=sys.stderr)
        return EXIT_OK
    header = ("CODE", "TITLE", "DATES", "OBSERVERS")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3])
    return EXIT_OK


def _prefer_utf8_output() -> None:
    """Names in Chinese and Cyrillic must survive a redirect to a file on any platform."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and not stream.isatty() \
                and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    _prefer_utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    db_target = getattr(args, "db", None)
    handler: Callable[[Database, argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        from .ui.app import run_gui

        return run_gui(db_target)
    try:
        db = open_database(db_target)
    except DatabaseError as exc:
        print(f"observer-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return handler(db, args)
    except (CommandError, ObserverDeskError) as exc:
        print(f"observer-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
