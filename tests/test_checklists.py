"""The shipped election-day checklist and installing checklist definitions."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from observer_desk.core.db import Database
from observer_desk.core.errors import NotFoundError
from observer_desk.core.models import AnswerType, Checklist, Choice, ChoiceList, ElectionType, Question
from observer_desk.core.services.checklists import (
    add_default_checklist,
    default_checklist_definition,
    install_checklist,
    validate_definition,
)
from observer_desk.core.services.missions import MissionData, create_mission

LANGUAGES = ("en", "ru", "zh")


@pytest.fixture
def mission_id(db: Database) -> int:
    return create_mission(db, MissionData(
        code="TEST-1", title="Test mission", organisation="Test organisation", host_country="KZ",
        election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 20), time_zone="Asia/Almaty",
    )).id


def _question(definition: dict[str, Any], name: str) -> dict[str, Any]:
    for section in definition["sections"]:
        for question in section["questions"]:
            if question["name"] == name:
                return question
    raise KeyError(name)


def test_default_checklist_has_every_label_in_english_russian_and_chinese() -> None:
    definition = default_checklist_definition()
    missing = []
    for language in LANGUAGES:
        if not definition["titles"].get(language, "").strip():
            missing.append(f"title/{language}")
    for section in definition["sections"]:
        for language in LANGUAGES:
            if not section["labels"].get(language, "").strip():
                missing.append(f"section {section['name']}/{language}")
        for question in section["questions"]:
            for language in LANGUAGES:
                if not question["labels"].get(language, "").strip():
                    missing.append(f"question {question['name']}/{language}")
    for choice_list in definition["choice_lists"]:
        for choice in choice_list["choices"]:
            for language in LANGUAGES:
                if not choice["labels"].get(language, "").strip():
                    missing.append(f"choice {choice_list['name']}.{choice['value']}/{language}")
    assert missing == []


def test_default_checklist_covers_sections_a_to_h_of_the_election_day_form() -> None:
    definition = default_checklist_definition()
    validate_definition(definition)
    assert [s["labels"]["en"][0] for s in definition["sections"]] == list("ABCDEFGH")
    assert [s["labels"]["ru"][0] for s in definition["sections"]] == list("АБВГДЕЖЗ")
    relevance = {s["name"]: s.get("relevant", "") for s in definition["sections"]}
    assert relevance["opening"] == "${phase} = 'opening'"
    assert relevance["count"] == "${phase} = 'count'"
    assert relevance["premises"] == ""


def test_installed_default_checklist_keeps_types_lists_flags_and_conditions(
    db: Database, mission_id: int
) -> None:
    checklist_id = add_default_checklist(db, mission_id)
    with db.reading() as session:
        checklist = session.get(Checklist, checklist_id)
        assert checklist is not None and checklist.active
        assert checklist.titles["zh"] == "投票日观察表"
        questions = {q.name: q for q in checklist.questions}
        assert len(checklist.sections) == 8
        assert len(questions) == len([q for s in default_checklist_definition()["sections"]
                                      for q in s["questions"]])
        assert [q.position for q in checklist.questions] == list(range(1, len(questions) + 1))

        types_used = {q.answer_type for q in questions.values()}
        assert types_used == set(AnswerType)

        yes_no = {c.value: c for c in questions["secrecy_possible"].choice_list.choices}
        assert list(yes_no) == ["yes", "no", "not_observed"]
        assert yes_no["not_observed"].excluded and not yes_no["yes"].excluded
        assert yes_no["no"].negative and not yes_no["yes"].negative
        # a "yes" is the problem for questions about irregularities
        concern = {c.value: c for c in questions["group_voting"].choice_list.choices}
        assert concern["yes"].negative and not concern["no"].negative

        rating = {c.value: c.negative for c in questions["opening_rating"].choice_list.choices}
        assert rating == {"very_good": False, "good": False, "bad": True, "very_bad": True}
        assert [c.value for c in questions["id_checked"].choice_list.choices] == [
            "always", "mostly", "rarely"]

        assert questions["group_voting_count"].relevant == "${group_voting} = 'yes'"
        assert questions["group_voting_count"].answer_type is AnswerType.INTEGER
        assert questions["ballots_issued"].constraint == ". >= 0 and . <= ${registered_voters}"
        assert questions["ballots_issued"].constraint_messages["ru"]
        assert questions["arrival_time"].required and questions["phase"].required
        assert not questions["notes"].required
        assert questions["materials_missing"].answer_type is AnswerType.MULTIPLE
        assert questions["opening_on_time"].section.name == "opening"
        for question in questions.values():
            if question.answer_type in (AnswerType.YES_NO, AnswerType.RATING4,
                                        AnswerType.SINGLE, AnswerType.MULTIPLE):
                assert question.choice_list is not None, question.name
            else:
                assert question.choice_list is None, question.name


def test_installing_a_new_version_makes_it_the_active_checklist(db: Database, mission_id: int) -> None:
    first = add_default_checklist(db, mission_id)
    revised = default_checklist_definition()
    revised["form_version"] = "2022.2"
    with db.transaction() as session:
        second = install_checklist(session, mission_id, revised).id
    with db.reading() as session:
        active = dict(session.execute(
            select(Checklist.id, Checklist.active).where(Checklist.mission_id == mission_id)).all())
    assert active == {first: False, second: True}


def test_installing_the_same_version_twice_is_refused(db: Database, mission_id: int) -> None:
    add_default_checklist(db, mission_id)
    with pytest.raises(ValueError, match="already has checklist"):
        add_default_checklist(db, mission_id)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Checklist)) == 1


def test_default_checklist_needs_an_existing_mission(db: Database) -> None:
    with pytest.raises(NotFoundError):
        add_default_checklist(db, 999)


def _broken(change: str) -> dict[str, Any]:
    definition = copy.deepcopy(default_checklist_definition())
    if change == "unknown type":
        _question(definition, "signposted")["type"] = "yes_no_maybe"
    elif change == "undefined list":
        _question(definition, "crowding")["choices"] = "crowd_levels"
    elif change == "no list":
        del _question(definition, "crowding")["choices"]
    elif change == "list on a number":
        _question(definition, "registered_voters")["choices"] = "yes_no"
    elif change == "duplicate question":
        _question(definition, "notes")["name"] = "signposted"
    elif change == "duplicate choice":
        definition["choice_lists"][0]["choices"].append(
            {"value": "yes", "labels": {"en": "Yes again"}})
    elif change == "unknown reference":
        _question(definition, "seal_numbers")["relevant"] = "${boxes_seald} = 'yes'"
    elif change == "yes/no without no":
        definition["choice_lists"][0]["choices"] = [
            {"value": "yes", "labels": {"en": "Yes"}}, {"value": "maybe", "labels": {"en": "Maybe"}}]
    elif change == "no label":
        _question(definition, "unit_name")["labels"] = {}
    return definition


@pytest.mark.parametrize(("change", "message"), [
    ("unknown type", r"question 'signposted': unknown answer type 'yes_no_maybe'"),
    ("undefined list", r"question 'crowding': choice list 'crowd_levels' is not defined"),
    ("no list", r"question 'crowding' \(single\) names no choice list"),
    ("list on a number", r"question 'registered_voters': questions of type integer take no choice list"),
    ("duplicate question", r"question 'signposted': the name is already used"),
    ("duplicate choice", r"choice list 'yes_no' has the value 'yes' twice"),
    ("unknown reference", r"'seal_numbers'.*\$\{boxes_seald\}"),
    ("yes/no without no", r"question 'opening_on_time': a yes/no question needs"),
    ("no label", r"question 'unit_name' has no label"),
])
def test_broken_definitions_are_refused_naming_the_question(
    db: Database, mission_id: int, change: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        with db.transaction() as session:
            install_checklist(session, mission_id, _broken(change))
    with db.reading() as session:
        for table in (Checklist, Question, ChoiceList, Choice):
            assert session.scalar(select(func.count()).select_from(table)) == 0
