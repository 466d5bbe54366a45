"""The findings commands: import submissions, the summary, the data set workbook."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core.db import Database
from . import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, chosen_mission, output_path

LANGUAGES = ("en", "ru", "zh")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from . import Parser

    findings = commands.add_parser(
        "findings", parents=[common], help="import submissions, summarise and export the findings",
        description="The observers' reports: import ODK Central or KoboToolbox submissions, "
                    "print the per-question summary, export the data set.")
    findings_commands = findings.add_subparsers(dest="findings_command", metavar="FINDINGS_COMMAND",
                                                parser_class=Parser, required=True)
    importing = findings_commands.add_parser(
        "import", parents=[common], help="import an ODK Central or KoboToolbox submissions export",
        description="Import submissions exported from ODK Central (CSV) or KoboToolbox (CSV or "
                    ".xlsx) into the mission's active checklist. The plan is printed first; if "
                    "any row has an error nothing is written (exit 2). Submissions without a "
                    "station, team or time, or with a station the mission does not know, are "
                    "imported and flagged for completion. Duplicates (same submission id, or "
                    "same station, phase and time) are listed: leave out all but one with --skip "
                    "(exit 1 while any remain).")
    importing.add_argument("file", metavar="FILE.csv|FILE.xlsx", help="the submissions export")
    importing.add_argument("--skip", metavar="ROW", type=int, action="append", default=[],
                           help="leave out this row of the file (repeatable), to keep one of a "
                                "group of duplicates")
    importing.add_argument("--dry-run", action="store_true",
                           help="print the plan row by row and write nothing")
    importing.set_defaults(handler=cmd_findings_import)

    summary = findings_commands.add_parser(
        "summary", parents=[common], help="per-question counts and shares",
        description="Per question of the active checklist: each answer's count and share of the "
                    "stations where it was observed (n of N), overall and by phase; the negative "
                    "share; incidents by severity; the mission's turnout against the CEC's.")
    summary.add_argument("--json", action="store_true",
                         help="print the documented JSON structure instead of tables")
    summary.add_argument("--lang", choices=LANGUAGES, default="en",
                         help="language of the labels (default en)")
    summary.set_defaults(handler=cmd_findings_summary)

    export = findings_commands.add_parser(
        "export", parents=[common], help="the findings data set with a codebook sheet",
        description="Write the findings data set: one row per report, a codebook sheet (question "
                    "name, labels in each language, type, choices), multiple choices as one text "
                    "column plus 0/1 columns, labels in the chosen language.")
    export.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    export.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of the answers' labels (default en)")
    export.set_defaults(handler=cmd_findings_export)


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


def cmd_findings_import(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.submissions import SubmissionAction, commit_submissions, plan_submissions

    mission = chosen_mission(db, args)
    name = Path(args.file).name
    plan = plan_submissions(db, mission.id, args.file)
    print(f"{name}: {plan.file}; checklist {plan.checklist}")
    for note in plan.notes:
        _stderr(f"observer-desk: note: {name}: {note}")
    for row in plan.rows:
        if args.dry_run or row.action is SubmissionAction.ADD and row.flagged:
            line = f"row {row.row}: {row.action.value}"
            if row.station_number:
                line += f" station {row.station_number}"
            if row.flagged and row.action is SubmissionAction.ADD:
                line += f" [flagged: {row.flag_reason}]"
            if row.note:
                line += f" ({row.note})"
            if row.problems and args.dry_run:
                line += ": " + "; ".join(f"{p.where}: {p.field}: {p.message}" for p in row.problems)
            print(line)
        elif row.action is not SubmissionAction.ADD and row.action is not SubmissionAction.ERROR:
            print(f"row {row.row}: {row.action.value} ({row.note})")
    skip = set(args.skip)
    for group in plan.duplicates:
        state = "resolved" if group.kept(skip) <= 1 else "to resolve"
        print(f"duplicates ({state}): {group.describe()}")
    print(f"summary: {plan.summary(skip)}")
    if plan.has_errors:
        for problem in plan.problems:
            _stderr(f"observer-desk: {name}: {problem}")
        rows = plan.count(SubmissionAction.ERROR)
        _stderr(f"observer-desk: {name}: nothing was imported: {rows} row(s) with errors")
        return EXIT_USAGE
    unresolved = plan.unresolved(skip)
    if args.dry_run:
        return EXIT_PROBLEMS if unresolved else EXIT_OK
    if unresolved:
        _stderr(f"observer-desk: {name}: nothing was imported: {len(unresolved)} group(s) of "
                "duplicates; keep one of each and leave out the others with --skip ROW")
        return EXIT_PROBLEMS
    result = commit_submissions(db, plan, skip)
    print(f"{name}: {result.summary()} ({mission.code})")
    return EXIT_OK


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:5.1f}%"


def cmd_findings_summary(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.findings_summary import summarise_findings, summary_json

    mission = chosen_mission(db, args)
    summary = summarise_findings(db, mission.id, language=args.lang)
    if args.json:
        json.dump(summary_json(summary), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for line in summary_lines(summary, args.lang):
        print(line)
    return EXIT_OK


def summary_lines(summary, language: str = "en") -> list[str]:
    from ..core.models import AnswerType, Phase
    from .summary_phrases import phase_word, phrase, severity_word

    phases = " ".join(f"{phase_word(language, p.value)} {summary.reports_by_phase.get(p.value, 0)}"
                      for p in Phase)
    lines = [phrase(language, "header", code=summary.mission_code, form=summary.form_id,
                    version=summary.form_version, reports=summary.reports, phases=phases,
                    flagged=summary.flagged_reports)]
    section = None
    for q in summary.questions:
        if q.section_label != section:
            section = q.section_label
            lines += ["", section]
        if q.answer_type not in (AnswerType.YES_NO, AnswerType.RATING4, AnswerType.SINGLE,
                                 AnswerType.MULTIPLE):
            lines.append(f"  {q.name}: {q.label}: {phrase(language, 'answered', n=q.n)}")
            continue
        negative = ("" if q.negative_share is None else
                    phrase(language, "negative", count=q.negative_count, n=q.n,
                           share=_percent(q.negative_share).strip()))
        lines.append(f"  {q.name}: {q.label} (N={q.n}{negative})")
        width = max((len(a.label) for a in q.answers), default=0)
        phase_names = [b.key for b in q.by_phase]
        for answer in q.answers:
            if answer.excluded:
                main = phrase(language, "not_in_n", count=answer.count)
            else:
                main = f"{phrase(language, 'count_of', count=answer.count, n=q.n)} {_percent(answer.share)}"
            per_phase = []
            for b in q.by_phase:
                count = next((a.count for a in b.answers if a.value == answer.value), 0)
                per_phase.append(f"{phase_word(language, b.key)} {count}/{b.n}")
            lines.append(f"    {answer.label:<{width}}  {main}"
                         + (f"   [{', '.join(per_phase)}]" if len(phase_names) > 1 else ""))
    lines += ["", phrase(language, "incidents") + ", ".join(
        f"{severity_word(language, str(k))} {v}" for k, v in summary.incidents_by_severity.items())]
    for item in summary.incidents:
        when = f"{item.occurred_at:%Y-%m-%d %H:%M} UTC" if item.occurred_at else ""
        where = phrase(language, "incident_where", station=item.station or "?", region=item.region or "?",
                       when=when)
        lines.append(f"  {severity_word(language, item.severity.value)}: {item.category} ({where}): "
                     f"{item.description}")
    turnout = summary.turnout
    lines += ["", phrase(language, "turnout", n=turnout.readings)]
    from zoneinfo import ZoneInfo

    for row in turnout.rows:
        when = (f"{row.at.astimezone(ZoneInfo(row.time_zone)):%H:%M}" if row.at
                else phrase(language, "overall"))
        published = phrase(language, "cec", cec=f"{row.cec_percent:.2f}") if row.cec_percent is not None else ""
        figures = phrase(language, "turnout_row", mission=f"{row.mission_percent:6.2f}", stations=row.stations,
                         cec_then=f"{row.cec_at_readings_percent:6.2f}", difference=f"{row.difference_pp:+.2f}")
        lines.append(f"  {row.series_name:<20} {when:>7}  {figures}  {published}".rstrip())
    return lines


def cmd_findings_export(db: Database, args: argparse.Namespace) -> int:
    from ..core.services.findings_export import export_findings

    path = output_path(args.out, ".xlsx")
    mission = chosen_mission(db, args)
    result = export_findings(db, mission.id, path, language=args.lang)
    print(f"{path}: {result.reports} report(s), {result.columns} columns, codebook of "
          f"{result.questions} questions ({mission.code}, labels in {args.lang})")
    return EXIT_OK

