"""The audit command: the mission's audit trail exported to Excel."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..core.db import Database
from . import EXIT_OK, CommandError, chosen_mission, output_path


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from . import Parser

    audit = commands.add_parser(
        "audit", parents=[common], help="export the audit trail (who changed what and when)",
        description="The audit trail records every change to the mission's records: when, who, "
                    "which record, which fields, old and new values (personal data masked).")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="AUDIT_COMMAND",
                                          parser_class=Parser, required=True)
    export = audit_commands.add_parser(
        "export", parents=[common], help="write the audit trail to an Excel workbook",
        description="Write the mission's audit trail to OUT.xlsx (readable by you only): a sheet of "
                    "entries and a sheet of changed fields with old and new values.")
    export.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    export.add_argument("--table", help="only entries about one kind of record (e.g. observer)")
    export.add_argument("--user", help="only changes made by this user")
    export.add_argument("--since", metavar="YYYY-MM-DD", type=_day,
                        help="only changes from this day on (the mission's local time)")
    export.add_argument("--until", metavar="YYYY-MM-DD", type=_day,
                        help="only changes up to and including this day")
    export.set_defaults(handler=cmd_audit_export)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day written as YYYY-MM-DD") from None


def _check_table(db: Database, mission, table: str) -> None:  # noqa: ANN001 - a Mission
    """A --table that names no kind of record is a typing mistake, not an empty selection."""
    from ..core.audit import filter_choices
    from ..core.models import Base

    known = set(Base.metadata.tables) - {"audit_entry"}
    if table not in known:
        present = filter_choices(db, mission.id)[0]
        raise CommandError(f"--table {table}: no such kind of record; the audit trail of {mission.code} "
                           f"has entries about: {', '.join(present) or 'nothing yet'} "
                           f"(others: {', '.join(sorted(known - set(present)))})")


def cmd_audit_export(db: Database, args: argparse.Namespace) -> int:
    from ..core.audit import AuditFilter
    from ..core.services.audit_export import export_audit

    path = output_path(args.out, ".xlsx")
    mission = chosen_mission(db, args)
    zone = ZoneInfo(mission.time_zone)
    since = datetime.combine(args.since, time(0), zone) if args.since else None
    until = datetime.combine(args.until + timedelta(days=1), time(0), zone) if args.until else None
    if since and until and until <= since:
        raise CommandError("--until is before --since")
    if args.table:
        _check_table(db, mission, args.table)
    count = export_audit(db, mission.id, path, AuditFilter(table=args.table, user=args.user,
                                                             since=since, until=until))
    print(f"{path}: {count} audit {'entry' if count == 1 else 'entries'} of {mission.code}")
    return EXIT_OK
