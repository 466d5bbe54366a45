"""The `statement` command: what it writes, the statement it makes when there is none, and its
exit codes (0 written, 1 problems in the statement and nothing written, 2 bad usage)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from observer_desk.commands import Parser, common_options
from observer_desk.commands import statement as cli_statement
from observer_desk.core.models import Statement, StatementKind
from observer_desk.core.services.statements import (
    StatementEdit,
    current_statement,
    issue_statement,
    save_statement,
)
from statement_fixtures import demo, demo_file  # noqa: F401 - fixtures


def run(db, *argv: str) -> int:
    """The command through its own parser and handler, as the program registers them."""
    common = common_options()
    top = Parser(prog="observer-desk", parents=[common])
    commands = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    cli_statement.register(commands, common)
    args = top.parse_args(["statement", *argv])
    return args.handler(db, args)


def statements(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Statement))


def test_the_demos_preliminary_statement_in_russian(demo, tmp_path, capsys) -> None:
    db, _mission_id = demo
    out = tmp_path / "statement-ru.pdf"
    assert run(db, str(out), "--lang", "ru") == 0
    printed = capsys.readouterr().out
    reader = PdfReader(out)
    assert printed.strip() == (f"{out}: preliminary statement of SCO-KZ-2022 in Russian, revision 1 "
                               f"(draft), {len(reader.pages)} pages, A4")
    assert reader.metadata.title.startswith("Заявление Миссии наблюдателей ШОС")
    assert statements(db) == 3


def test_a_missing_statement_is_made_from_the_default_text(demo, tmp_path, capsys) -> None:
    db, mission_id = demo
    out = tmp_path / "final-zh.pdf"
    assert run(db, str(out), "--lang", "zh", "--kind", "final",
                 "--paper", "letter") == 0
    printed = capsys.readouterr().out
    assert printed.startswith("made the final report in Chinese from the default text (revision 1")
    assert "US Letter" in printed
    made = current_statement(db, mission_id, StatementKind.FINAL, "zh")
    assert made is not None and made.revision == 1
    reader = PdfReader(out)
    assert reader.metadata.title == "上合组织观察员团关于哈萨克斯坦共和国非例行总统选举的最终报告"
    assert float(reader.pages[0].mediabox.width) == 612.0
    # The second time it is there: printed again, not made again.
    assert run(db, str(out), "--lang", "zh", "--kind", "final") == 0
    assert "made the" not in capsys.readouterr().out
    assert statements(db) == 4


def test_an_unknown_placeholder_stops_the_pdf(demo, tmp_path, capsys) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "en")
    sections = [type(s)(s.key, s.heading, s.body + (" {oberservers_count}" if s.key == "members" else ""))
                for s in statement.sections]
    save_statement(db, statement.id, statement.version, StatementEdit(
        statement.title, statement.place, statement.issued_on, statement.signatory_name,
        statement.signatory_title, tuple(sections)))
    out = tmp_path / "statement.pdf"
    assert run(db, str(out)) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == ("section 1 (Members of the Mission): unknown placeholder "
                                    "{oberservers_count} (did you mean {observers_count}?)")
    assert "nothing written: 1 problem in the preliminary statement" in captured.err
    assert not out.exists()


def test_revisions_and_bad_usage(demo, tmp_path, capsys) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "en")
    issued = issue_statement(db, statement.id, statement.version)
    save_statement(db, issued.id, issued.version, StatementEdit(
        "A new title", issued.place, issued.issued_on, issued.signatory_name, issued.signatory_title,
        issued.sections))
    first, latest = tmp_path / "r1.pdf", tmp_path / "r2.pdf"
    assert run(db, str(first), "--revision", "1") == 0
    assert run(db, str(latest)) == 0
    printed = capsys.readouterr().out
    assert "revision 1 (issued 2022-11-21)" in printed and "revision 2 (draft)" in printed
    assert PdfReader(latest).metadata.title == "A new title"
    assert PdfReader(first).metadata.title.startswith("Statement of the SCO Observer Mission")

    for argv, message in (
            ([str(tmp_path / "x.docx")], "the file to write must end in .pdf"),
            ([str(tmp_path / "missing" / "x.pdf")], "does not exist"),
            ([str(first), "--revision", "7"], "has no revision 7 of its preliminary statement in English")):
        assert run(db, *argv) == 2
        assert message in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        run(db, str(first), "--lang", "fr")
    assert exited.value.code == 2 and "invalid choice: 'fr'" in capsys.readouterr().err
