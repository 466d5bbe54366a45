"""The demo and missions commands."""

from __future__ import annotations

import argparse
import sys

from ..core.db import Database
from . import EXIT_OK, chosen_mission


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo", parents=[common], help="create the demo mission (idempotent); print its code",
        description="Create the demo mission (SCO Observer Mission, Kazakhstan 2022) unless it "
                    "exists already, and print its code.")
    demo.set_defaults(handler=cmd_demo, creates_database=True)

    missions = commands.add_parser(
        "missions", parents=[common], help="list missions: code, title, dates, number of observers",
        description="List the database's missions: code, title, dates, number of observers.")
    missions.set_defaults(handler=cmd_missions)

    close = commands.add_parser(
        "close-mission", parents=[common],
        help="after the mission: purge its observers' personal data (names and findings stay)",
        description="Close the mission: remove its observers' passport numbers and expiry dates, "
                    "dates of birth, e-mail addresses, phone numbers, notes and photos (and the "
                    "drivers' phone numbers), in one step that cannot be undone. Names, roles, the "
                    "accreditation history, the itinerary, the findings and the statements stay. "
                    "The audit trail records it. Backups taken before still hold the data.")
    close.add_argument("--yes", action="store_true",
                       help="do it without asking (otherwise the mission's code must be typed)")
    close.set_defaults(handler=cmd_close_mission)

def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.demo import create_demo_mission

    print(create_demo_mission(db))
    return EXIT_OK


def cmd_close_mission(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.personal_data import purge_personal_data
    from . import CommandError

    mission = chosen_mission(db, args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError(f"closing {mission.code} purges its observers' personal data for "
                               "good: add --yes to confirm")
        print(f"Closing {mission.code} removes the passport data, dates of birth, contacts, notes "
              "and photos of its observers for good.", file=sys.stderr)
        typed = input(f"Type {mission.code} to confirm: ").strip()
        if typed != mission.code:
            raise CommandError(f"{mission.code} was not closed: the code typed did not match")
    result = purge_personal_data(db, mission.id)
    print(f"{result.mission_code} closed at {result.closed_at:%Y-%m-%d %H:%M} UTC: personal data of "
          f"{result.observers} observer(s) purged, {result.photos} photo(s) removed")
    print("backups taken before still hold the personal data; they are in the backups folder "
          "of your user data folder")
    return EXIT_OK


def cmd_missions(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.missions import list_missions

    wanted = getattr(args, "mission", None)
    if wanted:
        chosen_mission(db, args)  # an unknown code is an error naming the codes there are
    rows = [
        (m.code, m.title, f"{m.period_start:%Y-%m-%d}..{m.period_end:%Y-%m-%d}", str(m.observers))
        for m in list_missions(db) if not wanted or m.code == wanted
    ]
    if not rows:
        print(f"no missions in {db.target}", file=sys.stderr)
        return EXIT_OK
    header = ("CODE", "TITLE", "DATES", "OBSERVERS")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3])
    return EXIT_OK


