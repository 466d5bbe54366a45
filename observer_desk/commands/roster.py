"""The roster commands: nominations template, import of nominations, roster workbook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.db import Database
from . import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Parser, chosen_mission, output_path


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    roster = commands.add_parser(
        "roster", parents=[common], help="nominations template, import of nominations, roster workbook",
        description="Work with the mission's roster of observers: write the nominations template, "
                    "import nominations workbooks, export the roster workbook.")
    roster_commands = roster.add_subparsers(dest="roster_command", metavar="ROSTER_COMMAND",
                                            parser_class=Parser, required=True)
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


def cmd_roster_template(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.roster_export import export_nominations_template

    path = output_path(args.out, ".xlsx")
    mission = chosen_mission(db, args)
    export_nominations_template(db, mission.id, path)
    print(f"{path}: nominations template of {mission.code}")
    return EXIT_OK


def cmd_roster_export(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.roster_export import export_roster

    path = output_path(args.out, ".xlsx")
    mission = chosen_mission(db, args)
    count = export_roster(db, mission.id, path, public=args.public)
    kind = "public roster" if args.public else "roster"
    print(f"{path}: {kind} of {mission.code}, {count} observer{'s' if count != 1 else ''}")
    return EXIT_OK


def cmd_roster_import(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.roster_import import commit_import, plan_import

    mission = chosen_mission(db, args)
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
        if not sheet.empty:
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


