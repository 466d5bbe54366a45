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



def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.demo import create_demo_mission

    print(create_demo_mission(db))
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


