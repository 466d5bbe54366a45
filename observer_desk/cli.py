"""The command line: argparse over the same core services the GUI uses.

Exit codes: 0 done; 1 the command ran and found problems; 2 bad usage or unusable input, with one
line on stderr saying what and where, and the database left as it was.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

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

    roster = commands.add_parser(
        "roster", parents=[common], help="nominations template, import of nominations, roster workbook",
        description="Work with the mission's roster of observers: write the nominations template, "
                    "import nominations workbooks, export the roster workbook.")
    roster_commands = roster.add_subparsers(dest="roster_command", metavar="ROSTER_COMMAND",
                                            parser_class=_Parser, required=True)
    template = roster_commands.add_parser(
        "template", parents=[common], help="write the empty nominations workbook",
        description="Write the nominations template states fill in: headers in English and "
                    "Russian, lists for sending body, role and sex, an instructions sheet.")
    template.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    template.set_defaults(handler=cmd_roster_template)

    importing = roster_commands.add_parser(
        "import", parents=[common], help="add and update observers from a nominations workbook",
        description="Add and update observers from a nominations workbook (our template or a "
                    "state's own layout). Observers are matched by code, else by passport "
                    "number. If any row has an error nothing is written.")
    importing.add_argument("file", metavar="FILE.xlsx", help="the nominations workbook")
    importing.add_argument("--dry-run", action="store_true",
                           help="print what the import would do, row by row, and write nothing "
                                "(exit 1 if any row has an error)")
    importing.set_defaults(handler=cmd_roster_import)

    export = roster_commands.add_parser(
        "export", parents=[common], help="write the roster workbook",
        description="Write the roster workbook: the roster (re-importable), counts per sending "
                    "body against quota, and the list for the election commission.")
    export.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    export.add_argument("--public", action="store_true",
                        help="leave out passport numbers, dates of birth, phone and e-mail")
    export.set_defaults(handler=cmd_roster_export)
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


def _mission(db: Database, args: argparse.Namespace):
    from .core.services.missions import get_mission

    return get_mission(db, getattr(args, "mission", None))


def _xlsx_target(name: str) -> Path:
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        raise CommandError(f"{name}: the file to write must end in .xlsx")
    return path


def cmd_roster_template(db: Database, args: argparse.Namespace) -> int:
    from .core.services.roster_export import export_nominations_template

    path = _xlsx_target(args.out)
    mission = _mission(db, args)
    export_nominations_template(db, mission.id, path)
    print(f"{path}: nominations template of {mission.code}")
    return EXIT_OK


def cmd_roster_export(db: Database, args: argparse.Namespace) -> int:
    from .core.services.roster_export import export_roster

    path = _xlsx_target(args.out)
    mission = _mission(db, args)
    count = export_roster(db, mission.id, path, public=args.public)
    kind = "public roster" if args.public else "roster"
    print(f"{path}: {kind} of {mission.code}, {count} observer{'s' if count != 1 else ''}")
    return EXIT_OK


def cmd_roster_import(db: Database, args: argparse.Namespace) -> int:
    from .core.services.roster_import import commit_import, plan_import

    mission = _mission(db, args)
    plan = plan_import(db, mission.id, args.file)
    name = Path(args.file).name
    if args.dry_run:
        for line in plan_notes(plan):
            print(f"note: {line}")
        for line in plan_lines(plan):
            print(line)
        print(f"summary: {plan.summary()}")
        return EXIT_PROBLEMS if plan.has_errors else EXIT_OK
    if plan.has_errors:
        for problem in plan.problems:
            print(f"observer-desk: {name}: {problem}", file=sys.stderr)
        rows = sum(1 for r in plan.rows if r.problems)
        print(f"observer-desk: {name}: nothing was imported: {rows} row{'s' if rows != 1 else ''} "
              "with errors (see above; 'roster import --dry-run' shows the whole plan)",
              file=sys.stderr)
        return EXIT_USAGE
    for line in plan_notes(plan):
        print(f"observer-desk: note: {name}: {line}", file=sys.stderr)
    result = commit_import(db, plan)
    print(f"{name}: {result.summary()} ({mission.code})")
    return EXIT_OK


def plan_notes(plan) -> list[str]:
    """What the import leaves aside: columns it does not know or does not read, sheets skipped."""
    notes = []
    for column in plan.unknown_columns:
        notes.append(f"sheet {column.sheet}, column {column.letter} ({column.header}): not imported, "
                     "unknown header (rename it to one of the template's headers)")
    for column in plan.ignored_columns:
        notes.append(f"sheet {column.sheet}, column {column.letter} ({column.header}): not "
                     f"imported, {column.note}")
    for column in plan.unheaded_columns:
        notes.append(f"sheet {column.sheet}, column {column.letter}: {column.count} value"
                     f"{'s' if column.count != 1 else ''} (first in row {column.first_row}) not "
                     "imported, the column has no header")
    for sheet in plan.skipped_sheets:
        if sheet.reason != "empty":
            notes.append(f"sheet {sheet.name}: not read, {sheet.reason}")
    notes.extend(plan.notes)
    return notes


def plan_lines(plan) -> list[str]:
    """One line per row: where, what, who, and the changes or the errors."""
    lines = []
    for row in plan.rows:
        who = " ".join(part for part in (row.code, row.name) if part) or "(no name)"
        line = f"{row.sheet} row {row.row}: {row.action.value} {who}"
        if row.problems:
            line += ": " + "; ".join(
                (f"column {p.column} ({p.header}): " if p.column else "") + p.message
                for p in row.problems)
        elif row.changes:
            line += ": " + "; ".join(str(change) for change in row.changes)
        if row.warnings:
            line += " [warning: " + "; ".join(w.message for w in row.warnings) + "]"
        lines.append(line)
    return lines


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
