"""The copy-mission command: a mission from one database to another (a local file to the shared
server and back)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import EXIT_OK, CommandError


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    copy = commands.add_parser(
        "copy-mission", help="copy a mission from one database to another, all or nothing",
        description="Copy one mission with everything that belongs to it (sending bodies, "
                    "observers with their accreditation history, photos and badges, places, "
                    "teams, events, checklists, reports, incidents, turnout, statements and the "
                    "mission's audit trail) from one database to another: a local .sqlite file "
                    "to a shared PostgreSQL database (postgresql+psycopg://user@host/dbname) or "
                    "back. The target is created and brought up to date if needed. The copy is "
                    "written in one transaction: on any error the target is left as it was. A "
                    "target that already holds a mission with the same code is refused.")
    copy.add_argument("--from", dest="source", metavar="PATH_OR_URL", required=True,
                      help="the database to copy from (it is only read)")
    copy.add_argument("--to", dest="target", metavar="PATH_OR_URL", required=True,
                      help="the database to copy into")
    copy.add_argument("--mission", metavar="CODE", default=argparse.SUPPRESS,
                      help="the mission to copy; may be left out when the source holds one mission")
    copy.add_argument("--as", dest="new_code", metavar="CODE",
                      help="the code the copy gets in the target (default: the same code)")
    copy.set_defaults(handler=cmd_copy_mission, opens_database=False)


def _new_file(target: str) -> Path | None:
    """The target's file when the copy would create it (removed again if the copy fails)."""
    if "://" in target:
        return None
    path = Path(target).expanduser().resolve()
    return None if path.exists() else path


def cmd_copy_mission(_db: object, args: argparse.Namespace) -> int:
    from ..core.db import open_database
    from ..core.services.mission_copy import copy_mission

    if getattr(args, "db", None):
        raise CommandError("copy-mission reads --from and writes --to; leave out --db")
    if args.source == args.target and not args.new_code:
        raise CommandError(f"--from and --to both name {args.source}: name another database "
                           "to copy into, or give the copy another code with --as")
    source = open_database(args.source, create=False)
    try:
        created = _new_file(args.target)
        try:
            target = open_database(args.target)
        except BaseException:
            _remove(created)
            raise
        try:
            result = copy_mission(source, target, getattr(args, "mission", None),
                                  new_code=args.new_code)
        except BaseException:
            target.dispose()
            _remove(created)
            raise
        target.dispose()
    finally:
        source.dispose()
    print(f"{result.code}: {result.total} row(s) copied from {result.source} to {result.target}")
    for table, count in result.rows.items():
        if count:
            print(f"  {table.replace('_', ' ')}: {count}", file=sys.stdout)
    return EXIT_OK


def _remove(created: Path | None) -> None:
    """Remove a database file this command created for a copy that failed."""
    if created is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{created}{suffix}").unlink(missing_ok=True)
