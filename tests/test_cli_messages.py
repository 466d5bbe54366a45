"""Command-line rough edges: a closed pipe, repeated file names, unknown tables, the start slot of
one-badge-per-page layouts, and `findings summary` in the language asked for."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from observer_desk.cli import main


@pytest.fixture
def demo_url(demo_template_url: str, copy_db_url) -> str:  # noqa: ANN001
    return copy_db_url(demo_template_url, "mission")


def run(capsys, url: str, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main([*argv, "--db", url])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_reader_that_stops_early_gets_no_traceback(demo_url: str) -> None:
    environment = dict(os.environ, OBSERVER_DESK_DB=demo_url)
    process = subprocess.Popen([sys.executable, "-m", "observer_desk", "findings", "summary", "--json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    process.stdout.close()  # as `| head` does once it has its lines
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0
    assert b"Traceback" not in err and b"BrokenPipeError" not in err


def test_checklist_import_names_the_file_once(capsys, demo_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    form = tmp_path / "checklist.xlsx"
    assert run(capsys, demo_url, "checklist", "export", str(form))[0] == 0
    code, _out, err = run(capsys, demo_url, "checklist", "import", str(form))
    assert code == 2
    assert "already has checklist" in err
    assert "checklist.xlsx: checklist.xlsx" not in err
    assert err.startswith("observer-desk: checklist.xlsx: ")


def test_audit_export_refuses_an_unknown_table(capsys, demo_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "audit.xlsx"
    code, _out, err = run(capsys, demo_url, "audit", "export", str(out), "--table", "nosuch")
    assert code == 2 and not out.exists()
    assert "--table nosuch" in err and "mission" in err and "observer" in err
    assert run(capsys, demo_url, "audit", "export", str(out), "--table", "venue")[0] == 0  # none yet: fine


def test_start_slot_on_a_card_layout_says_why(capsys, demo_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    code, _out, err = run(capsys, demo_url, "badges", str(tmp_path / "b.pdf"), "--layout", "cr80", "--start", "2")
    assert code == 2
    assert "between 1 and 1" not in err
    assert "sheet layout" in err and "one badge per page" in err


@pytest.mark.parametrize(("language", "words"), [
    ("ru", ["отчётов: 22", "ответов в отчётах", " из ", "не входит в N", "Инциденты", "итого"]),
    ("zh", ["报告 22 份", "份报告作答", "不计入 N", "事件", "总计"]),
])
def test_findings_summary_speaks_the_language_asked_for(capsys, demo_url: str, language: str,  # noqa: ANN001
                                                        words: list[str]) -> None:
    code, out, _err = run(capsys, demo_url, "findings", "summary", "--lang", language)
    assert code == 0
    for word in words:
        assert word in out, word
    for english in ("answered in", "negative", "not in N", "report(s)", "Incidents", "overall",
                    "flagged", "station(s)", "difference"):
        assert english not in out, english
    assert not re.search(r"\d+ of +\d+", out)  # incidents' own texts are data, in whatever language


def test_findings_summary_in_english_keeps_its_wording(capsys, demo_url: str) -> None:  # noqa: ANN001
    code, out, _err = run(capsys, demo_url, "findings", "summary")
    assert code == 0
    assert ": answered in 22 report(s)" in out and "(not in N)" in out and "reports (opening 1 voting 20 count 1)" in out
