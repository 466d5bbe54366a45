"""The descriptions of a statement's placeholders follow the language of the messages, in the core
and in the Statement area's list of placeholders."""

from __future__ import annotations

from PySide6.QtCore import Qt

from observer_desk.core.language import set_language
from observer_desk.core.services.statement_facts import KEY_FINDINGS, PLACEHOLDERS, placeholder_description
from observer_desk.ui.statement_models import PlaceholderModel


def test_a_placeholder_is_described_in_russian() -> None:
    set_language("ru")
    assert placeholder_description("mission_code") == "код миссии (SCO-KZ-2022)"
    assert placeholder_description("statement_date") == "дата заявления"


def test_a_finding_is_described_with_its_question_in_each_language() -> None:
    question = KEY_FINDINGS[0][0]
    english = placeholder_description(f"finding_{question}")
    assert english == PLACEHOLDERS[f"finding_{question}"]
    assert f"checklist question '{question}'" in english
    set_language("ru")
    russian = placeholder_description(f"finding_{question}")
    assert russian.startswith(f"доля участков по вопросу анкеты «{question}»")
    set_language("zh_CN")
    assert f"观察表问题“{question}”" in placeholder_description(f"finding_{question}")


def test_every_placeholder_has_a_description_and_unknown_ones_have_none() -> None:
    set_language("ru")
    assert all(placeholder_description(name) for name in PLACEHOLDERS)
    assert placeholder_description("finding_of_another_checklist") is None
    assert placeholder_description("no_such_placeholder") is None


def test_the_placeholder_list_shows_the_russian_description(qtbot) -> None:
    set_language("ru")
    model = PlaceholderModel()
    model.set_values({"mission_code": "SCO-KZ-2022"})
    row = next(r for r in range(model.rowCount()) if model.name_at(r) == "mission_code")
    tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "{mission_code}: код миссии (SCO-KZ-2022)\n\nSCO-KZ-2022"
    question = KEY_FINDINGS[-1][0]
    row = next(r for r in range(model.rowCount()) if model.name_at(r) == f"finding_{question}")
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert f"по вопросу анкеты «{question}»" in tip
