"""Saving an edited checklist: in place while no report uses it, as a new version once reports
do; every problem of the definition listed; stale edits refused."""

from __future__ import annotations

import pytest
from findings_fixtures import small_mission
from sqlalchemy import func, select

from observer_desk.core.db import Database
from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.models import Checklist, Phase, Question, VisitReport
from observer_desk.core.services.checklist_editing import (
    activate_checklist,
    checklist_for_editing,
    definition_problems,
    list_checklists,
    next_form_version,
    save_checklist,
)
from observer_desk.core.services.reports import ReportRecord, add_reports


@pytest.fixture
def mission(db: Database) -> tuple[Database, int, int]:
    mission_id, checklist_id = small_mission(db)
    return db, mission_id, checklist_id


def question(definition: dict, name: str) -> dict:
    return next(q for s in definition["sections"] for q in s["questions"] if q["name"] == name)


def test_an_unused_checklist_is_replaced_in_place(mission) -> None:
    db, mission_id, checklist_id = mission
    info, definition = checklist_for_editing(db, mission_id)
    assert info.id == checklist_id and info.reports == 0 and info.active
    question(definition, "signposted")["labels"]["ru"] = "Есть ли указатели?"
    section = definition["sections"][2]
    section["questions"].insert(0, {"name": "queue_length", "type": "integer",
                                    "labels": {"en": "People in the queue"},
                                    "constraint": ". >= 0", "relevant": "${phase} != 'opening'"})
    saved = save_checklist(db, mission_id, info.id, info.version, definition)
    assert (saved.checklist_id, saved.new_version, saved.form_version) == (checklist_id, False, "2022.1")
    again, stored = checklist_for_editing(db, mission_id)
    assert again.version == info.version + 1
    assert question(stored, "signposted")["labels"]["ru"] == "Есть ли указатели?"
    assert stored["sections"][2]["questions"][0]["name"] == "queue_length"
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Checklist)) == 1
    with pytest.raises(StaleEditError):
        save_checklist(db, mission_id, info.id, info.version, stored)


def test_a_checklist_with_reports_is_saved_as_a_new_version(mission) -> None:
    db, mission_id, checklist_id = mission
    add_reports(db, mission_id, checklist_id, [ReportRecord("101", "Team 1", Phase.VOTING,
                                                            answers={"signposted": "yes"})])
    info, definition = checklist_for_editing(db, mission_id)
    assert info.reports == 1
    questions = definition["sections"][2]["questions"]
    questions[0], questions[1] = questions[1], questions[0]  # reorder
    saved = save_checklist(db, mission_id, info.id, info.version, definition)
    assert saved.new_version and saved.form_version == "2022.2" and saved.checklist_id != checklist_id
    versions = {c.form_version: c for c in list_checklists(db, mission_id)}
    assert versions["2022.2"].active and not versions["2022.1"].active
    assert versions["2022.1"].reports == 1 and versions["2022.2"].reports == 0
    _, stored = checklist_for_editing(db, mission_id)
    assert [q["name"] for q in stored["sections"][2]["questions"][:2]] == [
        questions[0]["name"], questions[1]["name"]]
    with db.reading() as session:
        report = session.scalars(select(VisitReport)).one()
        assert report.checklist_id == checklist_id  # the report stays on its version
    # the old version moved on too: a second editor holding it is told
    with pytest.raises(StaleEditError):
        save_checklist(db, mission_id, info.id, info.version, definition)
    activate_checklist(db, mission_id, checklist_id)
    assert {c.form_version: c.active for c in list_checklists(db, mission_id)} == {
        "2022.1": True, "2022.2": False}


def test_every_problem_is_listed_and_nothing_is_written(mission) -> None:
    db, mission_id, _ = mission
    info, definition = checklist_for_editing(db, mission_id)
    question(definition, "signposted")["relevant"] = "${nowhere} = 'yes'"
    question(definition, "ballots_issued")["constraint"] = ". <= "
    question(definition, "group_voting_count")["relevant"] = "lookup(${group_voting})"
    problems = definition_problems(definition)
    assert any("'signposted', relevance: ${nowhere} is not a question" in p for p in problems)
    assert any("'ballots_issued', constraint: expected a value" in p for p in problems)
    assert any("lookup() is not supported" in p for p in problems)
    with pytest.raises(ValidationError):
        save_checklist(db, mission_id, info.id, info.version, definition)
    with db.reading() as session:
        assert session.scalar(select(Question.relevant).where(Question.name == "signposted")) == ""


def test_next_form_version() -> None:
    assert next_form_version("2022.1", ["2022.1"]) == "2022.2"
    assert next_form_version("2022.1", ["2022.1", "2022.2"]) == "2022.3"
    assert next_form_version("v9", ["v10"]) == "v11"
    assert next_form_version("draft", []) == "draft.2"
