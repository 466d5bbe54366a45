"""The command line: argparse over the same core services the GUI uses.

Each area's commands live in observer_desk/commands/<area>.py with a register() function.
Exit codes: 0 done; 1 the command ran and found problems; 2 bad usage or unusable input, with one
line on stderr saying what and where, and the database left as it was.

Without a command the window opens; the command modules and the database layer are then not
imported here (the window imports what it needs once it is shown).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from .commands import EXIT_OK, EXIT_USAGE, CommandError, Parser, common_options

if TYPE_CHECKING:
    from .core.db import Database


def command_modules() -> tuple[ModuleType, ...]:
    """The modules under observer_desk/commands, in the order their commands are listed (imported
    here, when a command is to run, and named plainly so a frozen build finds them)."""
    from .commands import (audit, backup, badges, checklist, copy_mission, findings, itinerary, missions,
                           roster, statement)

    return (missions, roster, itinerary, checklist, findings, backup, badges, statement, audit,
            copy_mission)


class _NotJustOptions(Exception):
    pass


class _OptionsOnly(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # anything unusual goes to the full parser
        raise _NotJustOptions(message)


def window_target(argv: Sequence[str] | None) -> tuple[bool, str | None]:
    """(True, the --db value) when the arguments hold only the common options, so the window is
    to open; (False, None) when there is a command, a question (--help, --version) or an error,
    which the full parser handles."""
    probe = _OptionsOnly(add_help=False, parents=[common_options()])
    try:
        known, rest = probe.parse_known_args(argv)
    except _NotJustOptions:
        return False, None
    if rest:
        return False, None
    return True, getattr(known, "db", None)


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = Parser(
        prog="observer-desk",
        description="Observer Desk: the workbench of an election observation mission's secretariat. "
                    "Without a command it opens the program's window.",
        parents=[common],
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in command_modules():
        module.register(commands, common)
    return parser


def _prefer_utf8_output() -> None:
    """Names in Chinese and Cyrillic must survive a redirect to a file on any platform."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and not stream.isatty() \
                and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()  # a closed pipe shows here, not at exit with a traceback
        return code
    except BrokenPipeError:
        # The reader stopped reading (`... | head`): say nothing more, as other tools do.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    _prefer_utf8_output()
    opens_window, db_target = window_target(argv)
    if opens_window:
        from .ui.app import run_gui

        return run_gui(db_target)
    parser = build_parser()
    args = parser.parse_args(argv)
    db_target = getattr(args, "db", None)
    handler: Callable[[Database, argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        from .ui.app import run_gui

        return run_gui(db_target)
    from .core.db import DatabaseError, open_database
    from .core.errors import ObserverDeskError

    if not getattr(args, "opens_database", True):
        try:  # copy-mission opens the two databases it is given, not --db
            return handler(None, args)
        except (CommandError, ObserverDeskError, DatabaseError) as exc:
            print(f"observer-desk: {exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        # restore must open the very files that are refused otherwise: a damaged one, to put
        # a good backup in its place.
        replaces = getattr(args, "replaces_database", False)
        db = open_database(db_target, create=getattr(args, "creates_database", False),
                           check=not replaces, migrate=not replaces)
    except DatabaseError as exc:
        print(f"observer-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return handler(db, args)
    except (CommandError, ObserverDeskError, DatabaseError) as exc:
        print(f"observer-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
