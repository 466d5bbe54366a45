"""The scale generator, run small: the counts asked, valid answers, photos, and the same mission
for the same seed. Keeps the benchmarks from rotting while the services change under them."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from benchmarks.__main__ import main as run_benchmarks
from benchmarks.generate import generate_mission, relevance
from observer_desk.core.db import open_database
from observer_desk.core.models import (
    Answer,
    AnswerType,
    Choice,
    Event,
    EventKind,
    EventParticipant,
    Observer,
    ObserverPhoto,
    Phase,
    PollingStation,
    Question,
    Team,
    TeamMember,
    VisitReport,
)

OBSERVERS, REPORTS = 50, 200


@pytest.fixture(scope="module")
def generated(new_template_url):
    db = open_database(new_template_url("generated"))
    result = generate_mission(db, observers=OBSERVERS, reports=REPORTS, seed=3, progress=None)
    yield db, result
    db.dispose()


def scalar(db, query):
    with db.reading() as session:
        return session.scalar(query)


def test_the_asked_counts_are_made(generated) -> None:
    db, result = generated
    assert (result.observers, result.reports) == (OBSERVERS, REPORTS)
    assert scalar(db, select(func.count()).select_from(Observer)) == OBSERVERS
    assert scalar(db, select(func.count()).select_from(VisitReport)) == REPORTS
    assert scalar(db, select(func.count()).select_from(PollingStation)) == result.stations >= 1_000
    assert scalar(db, select(func.count()).select_from(Answer)) == result.answers > REPORTS * 20
    visits = scalar(db, select(func.count()).select_from(Event).where(Event.kind == EventKind.VISIT))
    assert visits == REPORTS  # one visit in the itinerary for every report
    with db.reading() as session:
        sizes = set(session.scalars(
            select(func.count()).select_from(TeamMember).group_by(TeamMember.team_id)))
    assert sizes <= {2, 3} and scalar(db, select(func.count()).select_from(Team)) == result.teams


def test_names_come_in_three_scripts(generated) -> None:
    db, _ = generated
    with db.reading() as session:
        natives = list(session.scalars(select(Observer.native_name)))
        latin = list(session.scalars(select(Observer.family_name)))
    assert any(re.search(r"[\u4e00-\u9fff]", name) for name in natives)
    assert any(re.search(r"[\u0400-\u04ff]", name) for name in natives)
    assert all(re.fullmatch(r"[A-Za-z' -]+", name) for name in latin)


def test_photos_are_badge_sized_jpegs(generated) -> None:
    db, result = generated
    with db.reading() as session:
        photos = session.execute(select(ObserverPhoto.image, ObserverPhoto.width,
                                        ObserverPhoto.height)).all()
    assert len(photos) == result.photos >= OBSERVERS * 0.8
    assert 1 < len({image for image, _, _ in photos}) <= 36  # a few dozen images, reused
    for image, width, height in photos[:5]:
        with Image.open(io.BytesIO(image)) as opened:
            assert (opened.format, opened.size, width, height) == ("JPEG", (413, 531), 413, 531)


def test_every_answer_is_valid_and_applicable(generated) -> None:
    db, result = generated
    with db.reading() as session:
        questions = {q.id: q for q in session.scalars(select(Question).where(
            Question.checklist_id == result.checklist_id))}
        choices: dict[int, set[str]] = {}
        for choice in session.scalars(select(Choice)):
            choices.setdefault(choice.choice_list_id, set()).add(choice.value)
        sections = {q.id: q.section.relevant for q in questions.values()}
        phases = dict(session.execute(select(VisitReport.id, VisitReport.phase)).all())
        answers: dict[int, dict[str, str]] = {}
        for report_id, question_id, value in session.execute(
                select(Answer.report_id, Answer.question_id, Answer.value)):
            question = questions[question_id]
            answers.setdefault(report_id, {})[question.name] = value
            allowed = choices.get(question.choice_list_id or -1, set())
            if question.answer_type in (AnswerType.YES_NO, AnswerType.RATING4, AnswerType.SINGLE):
                assert value in allowed, (question.name, value)
            elif question.answer_type is AnswerType.MULTIPLE:
                picked = value.split()
                assert picked and set(picked) <= allowed, (question.name, value)
                assert "none" not in picked or picked == ["none"]
            elif question.answer_type is AnswerType.INTEGER:
                assert int(value) >= 0
            elif question.answer_type is AnswerType.TIME:
                assert re.fullmatch(r"\d\d:\d\d", value)
    assert set(answers) == set(phases)
    for report_id, given in answers.items():
        assert given["phase"] == phases[report_id].value
        assert given["departure_time"] >= given["arrival_time"]
        assert int(given.get("ballots_issued", 0)) <= int(given["registered_voters"])
        for question in questions.values():
            test = relevance(sections[question.id] or "")
            applies = (test is None or test(given)) and (
                not question.relevant or relevance(question.relevant)(given))
            assert (question.name in given) == applies, (report_id, question.name)
    assert {phases[r] for r in answers} == set(Phase)


def test_the_same_seed_makes_the_same_mission(generated, new_db_url) -> None:
    db, result = generated
    again = open_database(new_db_url("again"))
    try:
        generate_mission(again, observers=OBSERVERS, reports=REPORTS, seed=3, progress=None)

        def content(database):
            with database.reading() as session:
                people = session.execute(select(Observer.code, Observer.family_name,
                                                Observer.native_name).order_by(Observer.code)).all()
                photos = session.execute(select(Observer.code, ObserverPhoto.image).join(
                    ObserverPhoto, ObserverPhoto.observer_id == Observer.id)
                    .order_by(Observer.code)).all()
                given = session.execute(select(VisitReport.instance_id, Question.name, Answer.value)
                                        .join(Answer, Answer.report_id == VisitReport.id)
                                        .join(Question, Question.id == Answer.question_id)
                                        .order_by(VisitReport.instance_id, Question.name)).all()
                links = session.scalar(select(func.count()).select_from(EventParticipant))
            return people, photos, given, links

        assert content(again) == content(db)
    finally:
        again.dispose()


def test_the_runner_prints_the_generate_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_benchmarks(["--observers", "12", "--reports", "30", "--only", "generate",
                           "--keep", str(tmp_path)]) == 0
    table = capsys.readouterr().out.split("scenario", 1)[1]
    assert re.search(r"\ngenerate\s+\d+\.\d\d\s+\d+\.\d\d\s+\d+\.\d\dx\s+12 observers, 30 reports", table)
    assert (tmp_path / "generated.sqlite").exists() and (tmp_path / "baseline.sqlite").exists()
