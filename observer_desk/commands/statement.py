"""The `statement` command: the mission's preliminary statement or final report as a PDF.

    statement OUT.pdf [--lang en|ru|zh] [--kind preliminary|final] [--paper a4|letter]
                      [--revision N]

It prints the latest revision of the mission's statement of that kind and language (or the
revision named); when the mission has none yet, it first makes one from the default text, which
is a draft to be read and edited before it is issued. A draft is filled from the data as it is
now; an issued statement prints with the facts kept when it was issued.

Exit codes: 0 written; 1 the statement has an unknown placeholder or a character no bundled
font has (each printed with where it is; nothing written); 2 bad usage, with one line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CommandError, chosen_mission, output_path
from ..core.db import Database
from ..core.errors import ObserverDeskError

LANGUAGES = ("en", "ru", "zh")
KINDS = ("preliminary", "final")
PAPERS = ("a4", "letter")


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser
             ) -> argparse.ArgumentParser:
    """Add the `statement` command to the program's subcommands."""
    parser = subparsers.add_parser(
        "statement", parents=[common_parent], help="the mission's statement as a PDF",
        description="Write the mission's preliminary statement or final report as a PDF in "
                    "English, Russian or Chinese, its placeholders filled from the mission's data. "
                    "When the mission has no statement of that kind and language yet, one is made "
                    "from the default text first (a draft to edit and issue in the program).")
    parser.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="the statement's language (default en)")
    parser.add_argument("--kind", choices=KINDS, default="preliminary",
                        help="preliminary statement or final report (default preliminary)")
    parser.add_argument("--paper", choices=PAPERS, default="a4",
                        help="paper size (default a4; letter for US Letter)")
    parser.add_argument("--revision", metavar="N", type=int,
                        help="print this revision instead of the latest one")
    parser.set_defaults(handler=handle)
    return parser


def handle(db: Database, args: argparse.Namespace) -> int:
    try:
        return _run(db, args)
    except (CommandError, ObserverDeskError) as exc:
        print(f"observer-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"observer-desk: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def _check_out(name: str) -> Path:
    out = output_path(name, ".pdf")
    if out.is_dir():
        raise CommandError(f"{name} is a folder: name the PDF file to write")
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise CommandError(f"{name}: the folder {out.parent} does not exist")
    return out


def _run(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.statements import (
        KIND_NAMES,
        LANGUAGE_NAMES,
        current_statement,
        ensure_statement,
        statement_content,
    )
    from ..documents.fonts import describe_character, uncovered_characters
    from ..documents.statement_pdf import write_statement_pdf

    out = _check_out(args.out)
    if args.revision is not None and args.revision < 1:
        raise CommandError("--revision: give a revision number from 1")
    mission = chosen_mission(db, args)
    kind_name = KIND_NAMES[args.kind] if args.kind in KIND_NAMES else args.kind
    language_name = LANGUAGE_NAMES[args.lang]
    if args.revision is not None:
        statement = current_statement(db, mission.id, args.kind, args.lang, revision=args.revision)
        if statement is None:
            raise CommandError(f"{mission.code} has no revision {args.revision} of its "
                               f"{kind_name} in {language_name}")
    else:
        statement, made = ensure_statement(db, mission.id, args.kind, args.lang)
        if made:
            print(f"made the {kind_name} in {language_name} from the default text (revision 1, "
                  "a draft: read and edit it before issuing it)")

    content = statement_content(db, statement.id)
    problems = list(content.problems)
    texts = [content.title, content.statement.place, content.statement.signatory_name,
             content.statement.signatory_title]
    texts += [s.heading + "\n" + s.body for s in content.sections]
    facts = content.facts
    texts += [m.name + "\n" + m.position + "\n" + m.detail for g in facts.members for m in g.members]
    texts += [m.title + "\n" + m.counterpart for m in facts.meetings]
    missing = uncovered_characters("\n".join(texts))
    if missing:
        shown = ", ".join(describe_character(c) for c in missing[:8])
        problems.append(f"no bundled font has {shown}{' ...' if len(missing) > 8 else ''}: "
                        "they would print as empty boxes")
    if problems:
        for problem in problems:
            print(problem)
        print(f"observer-desk: nothing written: {len(problems)} problem"
              f"{'s' if len(problems) != 1 else ''} in the {kind_name} (see above)", file=sys.stderr)
        return EXIT_PROBLEMS

    pages = write_statement_pdf(out, content, paper=args.paper)
    state = (f"issued {statement.issued_on.isoformat()}" if statement.issued and statement.issued_on
             else "issued" if statement.issued else "draft")
    print(f"{args.out}: {kind_name} of {mission.code} in {language_name}, revision {statement.revision} "
          f"({state}), {pages} page{'s' if pages != 1 else ''}, {args.paper.upper() if args.paper == 'a4' else 'US Letter'}")
    return EXIT_OK
