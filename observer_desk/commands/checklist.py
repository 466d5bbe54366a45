"""The checklist commands: import an XLSForm as the mission's checklist, export it as one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.db import Database
from . import EXIT_OK, EXIT_USAGE, chosen_mission, output_path


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from . import Parser

    checklist = commands.add_parser(
        "checklist", parents=[common], help="import or export the mission's checklist as XLSForm",
        description="The mission's observation checklist as an XLSForm, the form format of ODK "
                    "and KoboToolbox.")
    checklist_commands = checklist.add_subparsers(dest="checklist_command",
                                                  metavar="CHECKLIST_COMMAND",
                                                  parser_class=Parser, required=True)
    importing = checklist_commands.add_parser(
        "import", parents=[common], help="install an XLSForm as the mission's active checklist",
        description="Read an XLSForm (survey, choices and settings sheets) and install it as a "
                    "new version of the mission's checklist, made the active one. Anything the "
                    "form holds that a checklist cannot (repeats, calculations, ...) is listed "
                    "by sheet, row and column and nothing is imported, unless you agree to leave "
                    "it out.")
    importing.add_argument("form", metavar="FORM.xlsx", help="the XLSForm workbook")
    importing.add_argument("--leave-out-unsupported", action="store_true",
                           help="import the form without the items a checklist cannot hold "
                                "(they are listed)")
    importing.set_defaults(handler=cmd_checklist_import)

    export = checklist_commands.add_parser(
        "export", parents=[common], help="write the mission's active checklist as an XLSForm",
        description="Write the mission's active checklist as an XLSForm for ODK Central or "
                    "KoboToolbox; importing it again gives the same checklist.")
    export.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    export.set_defaults(handler=cmd_checklist_export)


def _about(name: str, text: object) -> str:
    """The file's name before a problem, once: some problems already start with it."""
    text = str(text)
    return text if text.startswith(f"{name}:") else f"{name}: {text}"


def cmd_checklist_import(db: Database, args: argparse.Namespace) -> int:
    from ..core.errors import ValidationError
    from ..core.services.checklist_forms import import_xlsform

    mission = chosen_mission(db, args)
    name = Path(args.form).name
    try:
        result = import_xlsform(db, mission.id, args.form,
                                leave_out_unsupported=args.leave_out_unsupported)
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"observer-desk: {_about(name, problem)}", file=sys.stderr)
        return EXIT_USAGE
    for note in result.notes:
        print(f"observer-desk: note: {_about(name, note)}", file=sys.stderr)
    for problem in result.left_out:
        print(f"observer-desk: left out: {_about(name, problem)}", file=sys.stderr)
    print(f"{name}: {result.summary()} ({mission.code})")
    return EXIT_OK


def cmd_checklist_export(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.checklist_forms import export_xlsform

    path = output_path(args.out, ".xlsx")
    mission = chosen_mission(db, args)
    definition = export_xlsform(db, mission.id, path)
    questions = sum(len(s["questions"]) for s in definition["sections"])
    print(f"{path}: checklist {definition['form_id']} version {definition['form_version']}, "
          f"{questions} questions ({mission.code})")
    return EXIT_OK
