"""The `badges` command, run through the program's own parser conventions: what it writes, what it
records, and its exit codes (0 written, 1 problems found and nothing written, 2 bad usage)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from observer_desk.commands import badges as cli_badges
from observer_desk.commands import Parser, common_options
from observer_desk.core.db import Database, open_database
from observer_desk.core.models import AccreditationStatus as S
from observer_desk.core.models import BadgePrintRun, Observer
from observer_desk.core.preferences import set_badge_calibration
from observer_desk.core.services.demo import create_demo_mission


def parser() -> argparse.ArgumentParser:
    common = common_options()
    top = Parser(prog="observer-desk", parents=[common])
    commands = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    cli_badges.register(commands, common)
    return top


def run(db: Database, *argv: str) -> int:
    args = parser().parse_args(["badges", *argv])
    return args.handler(db, args)


@pytest.fixture
def demo_db(db: Database) -> Database:
    create_demo_mission(db)
    return db


def runs(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(BadgePrintRun))


def statuses(db: Database) -> dict[str, S]:
    with db.reading() as session:
        return {o.code: o.accreditation_status for o in session.scalars(select(Observer))}


def test_default_writes_every_accredited_badge_and_records_nothing(demo_db, tmp_path, capsys) -> None:
    out = tmp_path / "badges.pdf"
    before = statuses(demo_db)
    assert run(demo_db, str(out)) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 14
    printed = capsys.readouterr().out
    assert f"{out}: 14 badges of SCO-KZ-2022, layout cr80, 14 pages" in printed
    assert runs(demo_db) == 1 and statuses(demo_db) == before


def test_all_on_sheets_with_backs_crop_marks_and_a_print_run(demo_db, tmp_path, capsys) -> None:
    out = tmp_path / "sheet.pdf"
    code = run(demo_db, str(out), "--all", "--layout", "a4-10up", "--back", "--crop-marks",
               "--start", "3", "--mark-printed", "--reason", "first badges had the old title")
    assert code == 0
    pages = PdfReader(out).pages
    assert len(pages) == 4  # 18 badges from position 3: 8 + 10 on two sheets, each with its back
    assert len(re.findall(r"\bSCO-\d\d\b", pages[0].extract_text())) == 8
    assert "Rules of conduct" in pages[1].extract_text()
    printed = capsys.readouterr().out
    assert "drafts (not accredited, marked DRAFT - NOT VALID): SCO-09, SCO-12, SCO-18, SCO-04" in printed
    assert "print run 2 recorded: 18 badges" in printed and "reprinted: SCO-01, SCO-02" in printed
    after = statuses(demo_db)
    assert after["SCO-03"] is S.BADGE_ISSUED and after["SCO-09"] is S.SUBMITTED
    with demo_db.reading() as session:
        run_row = session.scalars(select(BadgePrintRun).order_by(BadgePrintRun.id.desc())).first()
        assert (run_row.layout, run_row.reason, len(run_row.items)) == (
            "a4-10up", "first badges had the old title", 18)


def test_named_observers_whatever_their_status(demo_db, tmp_path, capsys) -> None:
    out = tmp_path / "two.pdf"
    assert run(demo_db, str(out), "--observer", "SCO-18", "--observer", "SCO-07",
               "--layout", "letter-6up") == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "QODIROVA Feruza" in text and "FANG Yuening" in text and "DRAFT - NOT VALID" in text
    assert "SCO-18" in capsys.readouterr().out


def test_a_reprint_without_a_reason_is_refused_before_anything_is_written(demo_db, tmp_path, capsys) -> None:
    out = tmp_path / "again.pdf"
    assert run(demo_db, str(out), "--mark-printed") == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert error == [("observer-desk: SCO-01, SCO-02 had badges printed before: give the reason "
                      "for the reprint with --reason TEXT")]
    assert not out.exists() and runs(demo_db) == 1


def test_first_print_needs_no_reason(demo_db, tmp_path, capsys) -> None:
    out = tmp_path / "first.pdf"
    assert run(demo_db, str(out), "--observer", "SCO-03", "--mark-printed") == 0
    assert "badge issued to SCO-03" in capsys.readouterr().out
    assert statuses(demo_db)["SCO-03"] is S.BADGE_ISSUED


def test_characters_no_font_has_are_listed_and_nothing_is_written(demo_db, tmp_path, capsys) -> None:
    with demo_db.transaction() as session:
        session.scalar(select(Observer).where(Observer.code == "SCO-08")).native_name = "आनंद राघवन"
        session.scalar(select(Observer).where(Observer.code == "SCO-10")).given_names = "Ainura " * 21  # 147 of the 150 allowed
    out = tmp_path / "badges.pdf"
    assert run(demo_db, str(out)) == 1
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("SCO-08 RAGHAVAN Anand: name in own script: no bundled font has "
                               "'आ' U+0906, 'न' U+0928")
    assert lines[0].endswith("(Devanagari): they would print as empty boxes")
    assert lines[1].startswith("SCO-10 OMURBEKOVA Ainura") and ": name: does not fit" in lines[1]
    assert captured.err.strip() == ("observer-desk: nothing written: 2 problems would spoil the "
                                    "badges (see above)")
    assert not out.exists()


@pytest.mark.parametrize(("argv", "message"), [
    (["x.txt"], "must end in .pdf"),
    (["{tmp}/missing/x.pdf"], "does not exist"),
    (["{tmp}/x.pdf", "--short-edge", "--back", "--layout", "cr80", "--crop-marks"],
     "crop marks need a sheet layout"),
    (["{tmp}/x.pdf", "--short-edge"], "short-edge flipping only applies when backs are printed"),
    (["{tmp}/x.pdf", "--layout", "a4-10up", "--start", "11"], "between 1 and 10"),
    (["{tmp}/x.pdf", "--reason", "lost"], "--reason goes with --mark-printed"),
    (["{tmp}/x.pdf", "--observer", "SCO-99"], "no observer with code SCO-99"),
    (["{tmp}/x.pdf", "--calibration-page", "--all"], "leave out --all"),
])
def test_bad_usage_is_one_line_and_exit_2(demo_db, tmp_path, capsys, argv, message) -> None:
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    assert run(demo_db, *argv) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and message in error[0] and error[0].startswith("observer-desk: ")
    assert not (tmp_path / "x.pdf").exists() and runs(demo_db) == 1


def test_observer_and_all_cannot_be_combined(demo_db, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(demo_db, "x.pdf", "--all", "--observer", "SCO-01")
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_no_accredited_observers_means_nothing_to_write(db, tmp_path, capsys) -> None:
    from datetime import date

    from observer_desk.core.models import ElectionType
    from observer_desk.core.services.missions import MissionData, create_mission

    create_mission(db, MissionData(code="EMPTY", title="Empty mission", organisation="Org",
                                   host_country="KZ", election_type=ElectionType.LOCAL,
                                   election_date=date(2024, 3, 3), period_start=date(2024, 3, 1),
                                   period_end=date(2024, 3, 4)))
    assert run(db, str(tmp_path / "x.pdf")) == 2
    assert "EMPTY has no accredited observers" in capsys.readouterr().err


def test_saved_calibration_is_applied_and_the_calibration_page_written(demo_db, tmp_path, capsys) -> None:
    set_badge_calibration("a4-10up", 1.5, -0.5)
    page = tmp_path / "calibration.pdf"
    assert run(demo_db, str(page), "--layout", "a4-10up", "--calibration-page") == 0
    assert "calibration offset x +1.5 mm, y -0.5 mm" in capsys.readouterr().out
    reader = PdfReader(page)
    assert len(reader.pages) == 1 and "Printer calibration" in reader.pages[0].extract_text()
    assert run(demo_db, str(tmp_path / "b.pdf"), "--layout", "a4-10up") == 0
    assert "calibration offset x +1.5 mm, y -0.5 mm" in capsys.readouterr().out


def test_help_lists_the_layouts() -> None:
    text = parser()._subparsers._group_actions[0].choices["badges"].format_help()
    for name in ("cr80", "cr80-landscape", "a6", "a4-10up", "letter-6up", "--mark-printed",
                 "--calibration-page", "--short-edge", "--start N", "--reason TEXT"):
        assert name in text


def test_wired_into_a_parser_in_a_fresh_process_without_qt(db_url: str, tmp_path: Path) -> None:
    database = open_database(db_url)
    create_demo_mission(database)
    database.dispose()
    code = (
        "import sys\n"
        "from observer_desk.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')\n"
        "sys.exit(rc)\n"
    )
    out = tmp_path / "fresh.pdf"
    result = subprocess.run([sys.executable, "-c", code, "badges", str(out), "--db", db_url,
                             "--observer", "SCO-02", "--layout", "cr80-landscape"],
                            capture_output=True, text=True, encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "NOQT"
    assert "乔明远" in PdfReader(out).pages[0].extract_text()
