"""The `badges` command: accreditation badges as a print-ready PDF.

    badges OUT.pdf [--layout L] [--observer CODE ... | --all] [--crop-marks] [--back]
                   [--mark-printed [--reason TEXT]] [--start N] [--short-edge]
    badges OUT.pdf --layout L --calibration-page

Without a selection it writes the badges of every accredited observer; `--all` those of every
observer still in the mission; `--observer CODE` (repeatable) exactly those named, whatever their
status (a badge of an observer not yet accredited is marked "DRAFT - NOT VALID"). Writing the PDF
records nothing; `--mark-printed` records it as a print run and issues the accredited observers'
badges. The printer calibration offset saved for the layout (in the program's preferences) is
applied.

Exit codes: 0 written; 1 the check before printing found characters no bundled font has or text
that does not fit (each printed with observer and field; nothing written); 2 bad usage, with one
line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CommandError, chosen_mission, output_path
from ..core.db import Database
from ..core.errors import ObserverDeskError
from ..documents.badges.layouts import DEFAULT_LAYOUT, LAYOUTS


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser
             ) -> argparse.ArgumentParser:
    """Add the `badges` command to the program's subcommands."""
    layouts = ", ".join(f"{name} ({layout.title})" for name, layout in LAYOUTS.items())
    parser = subparsers.add_parser(
        "badges", parents=[common_parent], help="accreditation badges as a print-ready PDF",
        description="Write accreditation badges as a print-ready PDF: by default those of every "
                    "accredited observer. Names print in Latin, Cyrillic and Chinese script; a "
                    "check before writing lists any character no bundled font has and any text "
                    "that does not fit (exit 1, nothing written).")
    parser.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    parser.add_argument("--layout", metavar="L", default=DEFAULT_LAYOUT, choices=list(LAYOUTS),
                        help=f"page layout (default {DEFAULT_LAYOUT}): {layouts}")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--observer", metavar="CODE", action="append", dest="observer_codes",
                     help="the badge of this observer, whatever their status (repeatable)")
    who.add_argument("--all", action="store_true", dest="all_observers",
                     help="every observer not rejected, withdrawn or replaced (those not yet "
                          "accredited as drafts)")
    parser.add_argument("--crop-marks", action="store_true",
                        help="crop marks in the margins of a sheet layout")
    parser.add_argument("--back", action="store_true",
                        help="back sides for duplex printing, each after its front page, placed "
                             "for flipping on the long edge")
    parser.add_argument("--short-edge", action="store_true",
                        help="with --back: place the backs for flipping on the short edge")
    parser.add_argument("--start", metavar="N", type=int, default=1,
                        help="on a sheet layout, the position (1 = top left, reading order) of "
                             "the first badge, to use up a partly printed sheet")
    parser.add_argument("--mark-printed", action="store_true",
                        help="record the run as printed and set accredited observers to "
                             "'badge issued'")
    parser.add_argument("--reason", metavar="TEXT", default="",
                        help="with --mark-printed: why badges printed before are printed again "
                             "(required for a reprint)")
    parser.add_argument("--calibration-page", action="store_true",
                        help="write only the printer calibration page of the layout")
    parser.set_defaults(handler=handle)
    return parser


def _check_usage(args: argparse.Namespace) -> None:
    out = output_path(args.out, ".pdf")
    if out.is_dir():
        raise CommandError(f"{args.out} is a folder: name the PDF file to write")
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise CommandError(f"{args.out}: the folder {out.parent} does not exist")
    if args.reason.strip() and not args.mark_printed:
        raise CommandError("--reason goes with --mark-printed (it is recorded with the print run)")
    if args.calibration_page:
        extra = [option for option, given in (
            ("--observer", bool(args.observer_codes)), ("--all", args.all_observers),
            ("--back", args.back), ("--mark-printed", args.mark_printed),
            ("--start", args.start != 1), ("--crop-marks", args.crop_marks),
            ("--short-edge", args.short_edge)) if given]
        if extra:
            raise CommandError(f"--calibration-page writes only the calibration page; leave out "
                         f"{', '.join(extra)}")


def handle(db: Database, args: argparse.Namespace) -> int:
    try:
        return _run(db, args)
    except (CommandError, ObserverDeskError) as exc:
        print(f"observer-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"observer-desk: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def _run(db: Database, args: argparse.Namespace) -> int:
    from ..core.preferences import badge_calibration
    from ..core.services.badges import (
        check_badges,
        load_badges,
        previously_printed,
        record_print_run,
        select_observers,
    )
    from ..documents.badges.pdf import SheetOptions, write_badges_pdf, write_calibration_pdf

    _check_usage(args)
    offset = badge_calibration(args.layout)
    options = SheetOptions(layout=args.layout, crop_marks=args.crop_marks, back=args.back,
                           short_edge=args.short_edge, start=args.start, offset_mm=offset)
    problems = options.problems()
    if problems:
        raise CommandError("; ".join(problems))
    offset_note = f" (calibration offset x {offset[0]:+.1f} mm, y {offset[1]:+.1f} mm)" \
        if any(offset) else ""
    if args.calibration_page:
        write_calibration_pdf(args.out, args.layout, offset)
        print(f"{args.out}: calibration page for {args.layout}{offset_note}")
        return EXIT_OK

    mission = chosen_mission(db, args)
    ids = select_observers(db, mission.id, codes=args.observer_codes or (),
                           include_all=args.all_observers)
    if not ids:
        which = "observers still in the mission" if args.all_observers else "accredited observers"
        raise CommandError(f"{mission.code} has no {which}: no badges to write (--all includes those "
                     "not yet accredited, --observer CODE names one)")
    reason = args.reason.strip()
    if args.mark_printed and not reason:
        reprints = previously_printed(db, ids)
        if reprints:
            raise CommandError(f"{', '.join(reprints)} had badges printed before: give the reason for "
                         "the reprint with --reason TEXT")

    badge_mission, badges = load_badges(db, mission.id, ids)
    found = check_badges(badge_mission, badges, args.layout, back=args.back)
    if found:
        for problem in found:
            print(problem)
        print(f"observer-desk: nothing written: {len(found)} problem"
              f"{'s' if len(found) != 1 else ''} would spoil the badges (see above)",
              file=sys.stderr)
        return EXIT_PROBLEMS

    summary = write_badges_pdf(args.out, badge_mission, badges, options)
    plural = "s" if summary.badges != 1 else ""
    sides = ", fronts and backs" if args.back else ""
    print(f"{args.out}: {summary.badges} badge{plural} of {mission.code}, layout {args.layout}, "
          f"{summary.pages} page{'s' if summary.pages != 1 else ''}{sides}{offset_note}")
    drafts = [badge.code for badge in badges if badge.draft]
    if drafts:
        print(f"drafts (not accredited, marked DRAFT - NOT VALID): {', '.join(drafts)}")
    if args.mark_printed:
        result = record_print_run(
            db, mission.id, ids, args.layout, reason,
            printed_versions={badge.observer_id: badge.badge_version for badge in badges})
        line = f"print run {result.run_id} recorded: {result.printed} badge{plural}"
        if result.issued:
            line += f"; badge issued to {', '.join(result.issued)}"
        if result.reprinted:
            line += f"; reprinted: {', '.join(result.reprinted)} ({result.reason})"
        print(line)
    return EXIT_OK
