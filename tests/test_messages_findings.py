"""The findings services (checklists, reports, turnout, statements, badges) speak the language
the window chose: Russian and Chinese problems and refusals, with counted words agreeing."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from findings_fixtures import small_mission
from sqlalchemy import select

from observer_desk.core.db import Database
from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.language import set_language
from observer_desk.core.models import Phase, PollingStation, Severity, Team
from observer_desk.core.services.badges import parse_qr_payload
from observer_desk.core.services.checklists import validate_definition
from observer_desk.core.services.form_logic import expression_problem
from observer_desk.core.services.report_editing import (
    IncidentDraft,
    ReportDraft,
    create_report,
    update_report,
)
from observer_desk.core.services.reports import ReportRecord, add_reports

ALMATY = ZoneInfo("Asia/Almaty")


@pytest.fixture
def mission(db: Database) -> tuple[Database, int, int]:
    mission_id, checklist_id = small_mission(db)
    return db, mission_id, checklist_id


def draft(db: Database, mission_id: int, checklist_id: int) -> ReportDraft:
    with db.reading() as session:
        station = session.scalar(select(PollingStation.id).where(
            PollingStation.mission_id == mission_id, PollingStation.number == "101"))
        team = session.scalar(select(Team.id).where(Team.mission_id == mission_id,
                                                    Team.name == "Team 1"))
    return ReportDraft(
        checklist_id, Phase.VOTING, station, team,
        datetime(2022, 11, 20, 10, 0, tzinfo=ALMATY), datetime(2022, 11, 20, 10, 40, tzinfo=ALMATY),
        {"registered_voters": "1000", "ballots_issued": "300", "ballots_issued_time": "10:15",
         "signposted": "yes", "voting_rating": "good", "group_voting": "no"})


def test_a_report_missing_a_required_answer_is_refused_in_russian(mission) -> None:
    db, mission_id, checklist_id = mission
    report = draft(db, mission_id, checklist_id)
    report.answers.pop("voting_rating")
    report.answers["signposted"] = "maybe"
    report.incidents = [IncidentDraft("  ", Severity.MINOR)]
    set_language("ru")
    with pytest.raises(ValidationError) as caught:
        create_report(db, mission_id, report)
    found = {(p.field, p.where, p.message) for p in caught.value.problems}
    assert ("voting_rating", "", "нужен ответ") in found
    assert ("signposted", "", "'maybe' нет среди вариантов ответа") in found
    assert ("category", "инцидент 1", "обязательно для заполнения") in found


def test_a_stale_edit_is_refused_in_chinese(mission) -> None:
    db, mission_id, checklist_id = mission
    details = create_report(db, mission_id, draft(db, mission_id, checklist_id))
    set_language("zh_CN")
    with pytest.raises(StaleEditError, match="其他人已对其进行了更改"):
        update_report(db, details.id, details.version + 1, details.draft())


def test_bulk_added_reports_are_refused_in_chinese(mission) -> None:
    db, mission_id, checklist_id = mission
    set_language("zh_CN")
    with pytest.raises(ValidationError) as caught:
        add_reports(db, mission_id, checklist_id, [
            ReportRecord("999", "Team 1", Phase.VOTING, answers={"registered_voters": "many"})])
    messages = [p.message for p in caught.value.problems]
    assert "本观察团中没有投票站 999" in messages
    assert "答案 'many' 不是整数" in messages


def test_counted_texts_agree_with_their_number_in_russian() -> None:
    set_language("ru")
    assert expression_problem("${ghost} = 'yes'", ["real"]) == \
        "${ghost}: такого вопроса в этой анкете нет"
    assert expression_problem("${a} = ${b}", ["real"]) == "${a}, ${b}: таких вопросов в этой анкете нет"
    assert expression_problem("selected(${real})", ["real"]) == \
        "selected() принимает 2 аргумента, а не 1"
    assert expression_problem("not(1, 2)", ["real"]) == "not() принимает 1 аргумент, а не 2"


def test_checklist_and_badge_refusals_in_both_languages() -> None:
    set_language("ru")
    with pytest.raises(ValueError, match="^в анкете нет разделов$"):
        validate_definition({"form_id": "day", "form_version": "1"})
    set_language("zh_CN")
    with pytest.raises(ValueError, match="^这不是 Observer Desk 证件代码：'hello'$"):
        parse_qr_payload("hello")
    set_language("en")
    with pytest.raises(ValueError, match="^the checklist has no sections$"):
        validate_definition({"form_id": "day", "form_version": "1"})
