"""XLSForm import and export: groups, translations, select_multiple, relevance, what is not
supported, and round trips that give the same checklist back."""

from __future__ import annotations

from pathlib import Path

import pytest
from findings_fixtures import small_mission, write_xlsx
from hostile import files as hostile
from openpyxl import load_workbook

from observer_desk.cli import main
from observer_desk.core.db import Database
from observer_desk.core.errors import ValidationError
from observer_desk.core.models import AnswerType, Checklist, Question
from observer_desk.core.services.checklist_forms import (
    checklist_definition,
    export_xlsform,
    import_xlsform,
)
from observer_desk.core.services.checklists import default_checklist_definition
from observer_desk.documents.xlsform import (
    NOTE_KEY,
    TOP_SECTION,
    XLSFormError,
    canonical_definition,
    read_xlsform,
    write_xlsform,
)

EN, RU, ZH = "label::English (en)", "label::Русский (ru)", "label::中文 (zh)"


def _form(path: Path, *, survey_extra: list[list[object]] | None = None,
          survey_columns: list[str] | None = None,
          choices_extra: list[list[object]] | None = None) -> Path:
    """A multilingual form with two groups, a select_multiple and relevance conditions."""
    columns = ["type", "name", EN, RU, ZH, "hint::English (en)", "required", "relevant",
               "constraint", "constraint_message::English (en)", *(survey_columns or [])]
    pad = [""] * len(survey_columns or [])
    survey = [
        columns,
        ["start", "start", "", "", "", "", "", "", "", "", *pad],
        ["end", "end", "", "", "", "", "", "", "", "", *pad],
        ["text", "station", "Polling station", "Участок", "投票站", "Its number", "yes", "", "", "",
         *pad],
        ["begin group", "voting", "Voting", "Голосование", "投票", "", "", "", "", "", *pad],
        ["select_one yn", "secret", "Secret vote?", "Тайное голосование?", "秘密投票？", "", "yes",
         "", "", "", *pad],
        ["select_multiple problems", "problems", "Problems seen", "Замеченные проблемы",
         "发现的问题", "", "", "${secret} = 'no'", "", "", *pad],
        ["integer", "queue", "People in the queue", "Людей в очереди", "排队人数", "", "", "",
         ". >= 0", "Not negative", *pad],
        ["note", "thanks", "Thank the chair", "Поблагодарите председателя", "感谢主席", "", "", "",
         "", "", *pad],
        ["end group", "", "", "", "", "", "", "", "", "", *pad],
        ["begin_group", "closing", "Closing", "Закрытие", "结束", "", "", "${secret} != ''", "",
         "", *pad],
        ["time", "closed_at", "Closed at", "Время закрытия", "关闭时间", "", "", "", "", "", *pad],
        ["select_one rating", "overall", "Overall", "В целом", "总体", "", "", "", "", "", *pad],
        ["end_group", "", "", "", "", "", "", "", "", "", *pad],
        *(survey_extra or []),
    ]
    choices = [
        ["list_name", "name", EN, RU, ZH, "negative", "excluded"],
        ["yn", "yes", "Yes", "Да", "是", "", ""],
        ["yn", "no", "No", "Нет", "否", "yes", ""],
        ["yn", "not_observed", "Not observed", "Не наблюдалось", "未观察到", "", "yes"],
        ["problems", "queue", "Long queue", "Длинная очередь", "排长队", "yes", ""],
        ["problems", "ink", "No ink", "Нет чернил", "没有墨水", "yes", ""],
        ["problems", "none", "None", "Нет", "无", "", ""],
        ["rating", "good", "Good", "Хорошо", "好", "", ""],
        ["rating", "bad", "Bad", "Плохо", "差", "yes", ""],
        *(choices_extra or []),
    ]
    settings = [["form_title", "form_id", "version", "default_language"],
                ["Test form", "test_form", 2022110101, "English (en)"]]
    return write_xlsx(path, {"survey": survey, "choices": choices, "settings": settings})


def test_a_multilingual_form_with_groups_becomes_a_definition(tmp_path: Path) -> None:
    read = read_xlsform(_form(tmp_path / "form.xlsx"))
    assert read.errors == [] and read.unsupported == []
    definition = read.definition
    assert definition["form_id"] == "test_form" and definition["form_version"] == "2022110101"
    assert definition["titles"] == {"en": "Test form"}
    assert [s["name"] for s in definition["sections"]] == [TOP_SECTION, "voting", "closing"]
    sections = {s["name"]: s for s in definition["sections"]}
    assert sections["voting"]["labels"] == {"en": "Voting", "ru": "Голосование", "zh": "投票"}
    assert sections["closing"]["relevant"] == "${secret} != ''"
    questions = {q["name"]: q for s in definition["sections"] for q in s["questions"]}
    assert set(questions) == {"station", "secret", "problems", "queue", "thanks", "closed_at",
                              "overall"}
    assert questions["station"]["required"] is True
    assert questions["station"]["hints"] == {"en": "Its number"}
    assert questions["secret"]["type"] == "yes_no" and questions["secret"]["choices"] == "yn"
    assert questions["secret"]["labels"]["zh"] == "秘密投票？"
    assert questions["problems"]["type"] == "multiple"
    assert questions["problems"]["relevant"] == "${secret} = 'no'"
    assert questions["queue"]["constraint"] == ". >= 0"
    assert questions["queue"]["constraint_messages"] == {"en": "Not negative"}
    assert questions["thanks"]["extra"] == {NOTE_KEY: "note"}
    assert questions["overall"]["type"] == "single"
    lists = {cl["name"]: {c["value"]: c for c in cl["choices"]} for cl in definition["choice_lists"]}
    assert lists["yn"]["no"]["negative"] and not lists["yn"]["yes"]["negative"]
    assert lists["yn"]["not_observed"]["excluded"]
    assert lists["problems"]["ink"]["labels"]["ru"] == "Нет чернил"


def test_the_form_installs_and_exports_back_to_the_same_checklist(db: Database,
                                                                   tmp_path: Path) -> None:
    mission_id, _ = small_mission(db)
    result = import_xlsform(db, mission_id, _form(tmp_path / "form.xlsx"))
    assert result.form_version == "2022110101" and result.questions == 7
    with db.reading() as session:
        active = [c for c in session.query(Checklist).filter_by(mission_id=mission_id) if c.active]
        assert [c.id for c in active] == [result.checklist_id]
        problems = session.query(Question).filter_by(checklist_id=result.checklist_id,
                                                     name="problems").one()
        assert problems.answer_type is AnswerType.MULTIPLE
        stored = checklist_definition(session, result.checklist_id)
    exported = tmp_path / "out.xlsx"
    assert export_xlsform(db, mission_id, exported) == stored
    again = read_xlsform(exported)
    assert again.errors == [] and again.unsupported == []
    assert again.definition == stored
    assert again.definition == read_xlsform(tmp_path / "form.xlsx").definition


def test_the_default_checklist_survives_a_round_trip(db: Database, tmp_path: Path) -> None:
    original = canonical_definition(default_checklist_definition())
    path = tmp_path / "default.xlsx"
    write_xlsform(original, path)
    read = read_xlsform(path)
    assert (read.errors, read.unsupported) == ([], [])
    assert read.definition == original
    # and through the database of a mission, whose export is what phones get
    mission_id, checklist_id = small_mission(db)
    with db.reading() as session:
        assert checklist_definition(session, checklist_id) == original
    export_xlsform(db, mission_id, path)
    workbook = load_workbook(path, read_only=True)
    survey = list(workbook["survey"].iter_rows(values_only=True))
    assert survey[0][:5] == ("type", "name", "label::English (en)", "label::Русский (ru)",
                             "label::中文 (zh)")
    assert [row[0] for row in survey[1:3]] == ["start", "end"]
    assert ("begin_group", "voting") in {row[:2] for row in survey}
    assert "select_one yes_no_concern" in {row[0] for row in survey}
    settings = list(workbook["settings"].iter_rows(values_only=True))
    assert settings[1][:3] == ("Election-day observation form", "election_day", "2022.1")
    workbook.close()
    assert read_xlsform(path).definition == original


def test_unsupported_rows_and_columns_are_listed_and_nothing_is_installed(
        db: Database, tmp_path: Path) -> None:
    mission_id, checklist_id = small_mission(db)
    path = _form(tmp_path / "form.xlsx", survey_columns=["calculation", "choice_filter"],
                 survey_extra=[
                     ["calculate", "total", "", "", "", "", "", "", "", "", "${queue} * 2", ""],
                     ["begin repeat", "visits", "Visits", "", "", "", "", "", "", "", "", ""],
                     ["text", "inside", "Inside", "", "", "", "", "", "", "", "", ""],
                     ["end repeat", "", "", "", "", "", "", "", "", "", "", ""],
                     ["decimal", "share", "Share", "", "", "", "", "", "", "", "", ""],
                     ["select_one yn", "filtered", "Filtered", "", "", "", "", "", "", "",
                      "", "region = 'x'"],
                 ])
    read = read_xlsform(path)
    places = {problem.where for problem in read.unsupported}
    assert "sheet survey, row 15, column A (type)" in places  # calculate
    assert "sheet survey, row 16, column A (type)" in places  # begin repeat
    assert "sheet survey, row 19, column A (type)" in places  # decimal
    assert "sheet survey, row 20, column L (choice_filter)" in places
    # a calculate row is reported once, by its type, not again for its calculation
    assert len([p for p in places if "row 15" in p]) == 1
    assert not any("row 17" in p for p in places)  # inside the repeat: reported with it
    with pytest.raises(ValidationError) as refused:
        import_xlsform(db, mission_id, path)
    assert "repeats are not supported" in str(refused.value)
    with db.reading() as session:
        assert session.query(Checklist).filter_by(mission_id=mission_id).count() == 1
        assert session.get(Checklist, checklist_id).active

    result = import_xlsform(db, mission_id, path, leave_out_unsupported=True)
    assert len(result.left_out) == len(read.unsupported)
    with db.reading() as session:
        names = {q.name for q in session.query(Question).filter_by(checklist_id=result.checklist_id)}
    assert "total" not in names and "inside" not in names and "filtered" in names


def test_form_errors_name_sheet_row_and_column(tmp_path: Path) -> None:
    path = _form(tmp_path / "form.xlsx", survey_extra=[
        ["select_one nowhere", "lost", "Lost", "", "", "", "", "", "", ""],
        ["text", "station", "Again", "", "", "", "", "", "", ""],
        ["integer", "bare", "", "", "", "", "", "", "", ""],
    ], choices_extra=[["yn", "yes", "Yes again", "", "", "", ""]])
    read = read_xlsform(path)
    found = {(p.where, p.message.split(" (")[0]) for p in read.errors}
    missing_list = "the list 'nowhere' is not in the choices sheet"
    assert ("sheet survey, row 15, column A (type)", missing_list) in found
    assert any(w == "sheet survey, row 16, column B (name)" and "already used in row 4" in m
               for w, m in found)
    assert any(w == "sheet survey, row 17" and "has no label" in m for w, m in found)
    assert any(w == "sheet choices, row 10, column B (name)" and "twice" in m for w, m in found)


def test_files_that_are_not_forms_are_refused_in_one_line(tmp_path: Path) -> None:
    no_survey = write_xlsx(tmp_path / "book.xlsx", {"Sheet": [["a", "b"], [1, 2]]})
    with pytest.raises(XLSFormError, match="no sheet named 'survey'"):
        read_xlsform(no_survey)
    with pytest.raises(XLSFormError, match="not an Excel workbook"):
        read_xlsform(hostile.text_renamed(tmp_path))
    with pytest.raises(XLSFormError, match="entit"):
        read_xlsform(hostile.entity_bomb(tmp_path))


def test_checklist_commands(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "demo"]) == 0
    out = tmp_path / "form.xlsx"
    assert main(["--db", db_url, "checklist", "export", str(out)]) == 0
    assert "election_day version 2022.1, 51 questions" in capsys.readouterr().out
    # the same version again is refused: a new version needs a new number
    assert main(["--db", db_url, "checklist", "import", str(out)]) == 2
    assert "already has checklist 'election_day' version '2022.1'" in capsys.readouterr().err
    assert main(["--db", db_url, "checklist", "import", str(_form(tmp_path / "t.xlsx"))]) == 0
    assert "test_form version 2022110101: 3 sections, 7 questions" in capsys.readouterr().out
    assert main(["--db", db_url, "checklist", "export", str(tmp_path / "x.pdf")]) == 2
