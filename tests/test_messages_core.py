"""The core's own messages in the user's language: database refusals, parsing errors, connection
problems, and the field labels every validation problem is printed with."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import observer_desk
from observer_desk.core.db import DatabaseError, ForeignDatabaseError, open_database
from observer_desk.core.errors import Problem, ValidationError, field_label, labelled_fields
from observer_desk.core.language import set_language
from observer_desk.core.parsing import ParseError, parse_date, parse_phone, parse_role
from observer_desk.core.shared_connection import SharedConnection

PACKAGE = Path(observer_desk.__file__).resolve().parent


def not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "minutes.sqlite"
    path.write_text("Minutes of the meeting with the election commission\n", encoding="utf-8")
    return path


def test_a_file_that_is_not_a_database_is_refused_in_russian(tmp_path: Path) -> None:
    path = not_a_database(tmp_path)
    set_language("ru")
    with pytest.raises(ForeignDatabaseError) as info:
        open_database(str(path))
    message = str(info.value)
    assert message.startswith(f"{path} — не база данных Observer Desk (это не файл SQLite)")
    assert "Observer Desk" in message and "is not" not in message


def test_the_same_refusal_reads_in_chinese_and_in_english(tmp_path: Path) -> None:
    path = not_a_database(tmp_path)
    set_language("zh_CN")
    with pytest.raises(DatabaseError, match="不是 Observer Desk 数据库"):
        open_database(str(path))
    set_language("en")
    with pytest.raises(DatabaseError, match=r"is not an Observer Desk database \(not an SQLite file\)"):
        open_database(str(path))


def test_a_missing_database_is_named_in_russian(tmp_path: Path) -> None:
    set_language("ru")
    with pytest.raises(DatabaseError, match="нет базы данных"):
        open_database(str(tmp_path / "none.sqlite"), create=False)


def test_a_problem_prints_its_field_label_in_each_language() -> None:
    problem = Problem("host_country", "give the two-letter ISO code", "record 2")
    assert str(problem) == "record 2: host country: give the two-letter ISO code"
    set_language("ru")
    assert str(problem) == "record 2: принимающая страна: give the two-letter ISO code"
    set_language("zh_CN")
    assert str(problem) == "record 2：东道国：give the two-letter ISO code"
    assert problem.field == "host_country"  # screens mark the widget by its id


def test_a_field_without_a_label_keeps_the_name_the_user_gave_it() -> None:
    set_language("ru")  # a checklist question's name, as written in the checklist
    problem = Problem("ballots_issued", "answer 'many' is not a whole number")
    assert str(problem) == "ballots_issued: answer 'many' is not a whole number"
    assert problem.label == "ballots_issued" and problem.field == "ballots_issued"
    assert str(Problem("", "the file is empty", "sheet 1")) == "sheet 1: the file is empty"
    assert Problem("", "the file is empty").label == ""


def test_a_validation_error_is_described_in_chinese() -> None:
    from observer_desk.ui.errors import describe

    error = ValidationError([Problem("time_zone", "'Asia/Nowhere' is not an IANA time zone"),
                             Problem("passport_number", "is required", "record 3")])
    set_language("zh_CN")
    assert describe(error) == ("• 时区：'Asia/Nowhere' is not an IANA time zone\n"
                               "• record 3：护照号码：is required")
    assert "时区" in str(ValidationError(error.problems))


def test_parsing_errors_are_translated() -> None:
    set_language("ru")
    with pytest.raises(ParseError,
                       match=r'^«tomorrow» — не дата; запишите дату в виде 17\.11\.1970 или 1970-11-17$'):
        parse_date("tomorrow")
    with pytest.raises(ParseError, match="в номере «\\+7 12» 3 цифры"):
        parse_phone("+7 12")
    with pytest.raises(ParseError, match="Глава миссии"):
        parse_role("captain")
    set_language("zh_CN")
    with pytest.raises(ParseError, match="不是日期"):
        parse_date("tomorrow")
    set_language("en")
    with pytest.raises(ParseError, match=r'^"\+7 12" has 3 digits; a phone number'):
        parse_phone("+7 12")


def test_connection_problems_are_translated() -> None:
    connection = SharedConnection(host=" ", database="mission", user="", port=70000)
    assert connection.problems() == ["the server (host name or address) is missing",
                                     "the port 70000 is not between 1 and 65535",
                                     "the user name is missing"]
    set_language("zh_CN")
    assert connection.problems() == ["未填写服务器（主机名或地址）", "端口 70000 不在 1 到 65535 之间",
                                     "未填写用户名"]


def _problem_field_ids() -> set[str]:
    """The field ids written as literals in Problem(...) outside the window."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Problem":
                first = node.args[0] if node.args else next(
                    (k.value for k in node.keywords if k.arg == "field"), None)
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value:
                    found.add(first.value)
    return found


def test_every_field_a_problem_names_has_a_label() -> None:
    ids = _problem_field_ids()
    assert {"host_country", "time_zone", "code"} <= ids
    assert sorted(ids - labelled_fields()) == []


def test_every_label_is_translated() -> None:
    english = {name: field_label(name) for name in labelled_fields()}
    for language in ("ru", "zh_CN"):
        set_language(language)
        untranslated = sorted(name for name in labelled_fields()
                              if field_label(name) == english[name] and english[name].isascii())
        assert untranslated == [], language
