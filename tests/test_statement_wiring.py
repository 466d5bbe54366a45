"""`statement` as a command of the program (registered in observer_desk/cli.py)."""

from __future__ import annotations

from pypdf import PdfReader

from observer_desk.cli import main
from statement_fixtures import demo, demo_file  # noqa: F401 - fixtures


def test_statement_is_a_command_of_the_program(demo, tmp_path, capsys) -> None:
    db, _mission_id = demo
    out = tmp_path / "statement.pdf"
    assert main(["--db", db.target, "statement", str(out), "--lang", "zh"]) == 0
    assert "preliminary statement of SCO-KZ-2022 in Chinese" in capsys.readouterr().out
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "zh"
