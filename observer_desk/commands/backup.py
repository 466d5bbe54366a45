"""The backup and restore commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.db import Database
from . import EXIT_OK, output_path


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[common], help="write a consistent copy of the database to a file",
        description="Write a consistent copy of the mission database (SQLite's backup API, safe "
                    "while the program is open) to OUT.sqlite, readable by you only.")
    backup.add_argument("out", metavar="OUT.sqlite", help="the backup file to write")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore", parents=[common], help="replace the database with a backup (the current one is backed up first)",
        description="Replace the database's content with FILE.sqlite. The file must be an Observer "
                    "Desk database this version can open and must pass an integrity check; the "
                    "current content is first saved in the backups folder.")
    restore.add_argument("file", metavar="FILE.sqlite", help="the backup to restore")
    restore.set_defaults(handler=cmd_restore, creates_database=True, replaces_database=True)


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    from ..core.backup import backup_to

    target = backup_to(db, output_path(args.out, ".sqlite", ".db"))
    print(f"{target}: backup of {db.target}")
    return EXIT_OK


def cmd_restore(db: Database, args: argparse.Namespace) -> int:
    from ..core.backup import restore_from

    safety = restore_from(db, Path(args.file))
    print(f"{db.target}: restored from {Path(args.file).resolve()}")
    if safety is not None:
        print(f"the previous content is kept in {safety}")
    return EXIT_OK
