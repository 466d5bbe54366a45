"""The itinerary commands: the conflict check and the exports (PDF, Excel, iCalendar)."""

from __future__ import annotations

import argparse
import sys

from ..core.db import Database
from . import EXIT_OK, EXIT_PROBLEMS, Parser, chosen_mission, output_path

LANGUAGES = ("en", "ru", "zh")  # the itinerary documents' (core.services.itineraries.DOCUMENT_LANGUAGES)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    itinerary = commands.add_parser(
        "itinerary", parents=[common], help="check the programme for conflicts, export itineraries",
        description="The mission's programme: meetings, briefings, travel and election-day "
                    "visits of teams and observers.")
    itinerary_commands = itinerary.add_subparsers(dest="itinerary_command",
                                                  metavar="ITINERARY_COMMAND", parser_class=Parser,
                                                  required=True)
    check = itinerary_commands.add_parser(
        "check", parents=[common], help="list conflicts; exit 1 if any",
        description="List every conflict in the programme, one per line, in local time: people "
                    "in two places at once, too little travel time, visits outside a station's "
                    "opening hours, a vehicle, driver or interpreter booked twice, someone "
                    "scheduled before arrival, after departure or without accreditation. "
                    "Exit code 1 if there is any, 0 with a summary if there is none.")
    check.set_defaults(handler=cmd_itinerary_check)

    export = itinerary_commands.add_parser(
        "export", parents=[common], help="write itineraries as PDF, Excel or iCalendar",
        description="OUT.pdf: personal itineraries (everyone, one per page group, or one "
                    "observer or team); OUT.xlsx: the election-day deployment plan and the full "
                    "schedule; OUT.ics: a calendar with each event in its local time zone.")
    export.add_argument("out", metavar="OUT.pdf|OUT.xlsx|OUT.ics", help="the file to write")
    who = export.add_mutually_exclusive_group()
    who.add_argument("--observer", metavar="CODE", help="only this observer's itinerary")
    who.add_argument("--team", metavar="NAME", help="only this team's itinerary")
    export.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="the language of the file's labels and headings (default en)")
    export.set_defaults(handler=cmd_itinerary_export)


def cmd_itinerary_check(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.conflicts import check_conflicts

    mission = chosen_mission(db, args)
    report = check_conflicts(db, mission.id)
    for conflict in report.conflicts:
        print(conflict)
    if report.conflicts:
        print(f"{mission.code}: {report.summary()}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"{mission.code}: {report.summary()}")
    return EXIT_OK


def cmd_itinerary_export(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.itineraries import EXPORT_SUFFIXES, export_itinerary

    path = output_path(args.out, *EXPORT_SUFFIXES)
    mission = chosen_mission(db, args)
    summary = export_itinerary(db, mission.id, path, observer_code=args.observer,
                               team_name=args.team, language=args.lang)
    print(f"{summary.describe()} ({mission.code})")
    return EXIT_OK
