"""The findings summary: its numbers against counts made here in plain Python over the same
answers, the demo mission's story, the JSON structure and the command."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.generate import generate_mission
from observer_desk.cli import main
from observer_desk.core.db import Database
from observer_desk.core.models import AdminUnit, Answer, PollingStation, Question, VisitReport
from observer_desk.core.services.checklists import default_checklist_definition
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.findings_summary import SCHEMA, summarise_findings, summary_json
from observer_desk.core.services.missions import get_mission


def _flags() -> tuple[dict[str, tuple[str, str]], dict[str, dict[str, dict[str, bool]]]]:
    """{question: (type, list)}, {list: {value: {"negative", "excluded"}}} from the shipped file."""
    definition = default_checklist_definition()
    questions = {q["name"]: (q["type"], q.get("choices")) for s in definition["sections"]
                 for q in s["questions"]}
    lists = {cl["name"]: {c["value"]: {"negative": bool(c.get("negative")),
                                       "excluded": bool(c.get("excluded"))}
                          for c in cl["choices"]} for cl in definition["choice_lists"]}
    return questions, lists


def _expected(records: list[tuple[str, str, str, str]]) -> dict[tuple[str, str], dict]:
    """Plain-Python counts: {(question, slice): {"N", "counts", "negative"}} where slice is "",
    "phase:<p>" or "region:<code>"; records are (question, value, phase, region)."""
    questions, lists = _flags()
    result: dict[tuple[str, str], dict] = {}
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, value, phase, region in records:
        for key in ("", f"phase:{phase}", f"region:{region}"):
            grouped[(name, key)].append(value)
    for (name, key), values in grouped.items():
        kind, list_name = questions[name]
        if list_name is None:
            result[(name, key)] = {"N": len(values), "counts": {}, "negative": None}
            continue
        flags = lists[list_name]
        counts: Counter[str] = Counter()
        n = negative = 0
        for value in values:
            chosen = value.split() if kind == "multiple" else [value]
            counts.update(chosen)
            if any(not flags[c]["excluded"] for c in chosen):
                n += 1
            if any(flags[c]["negative"] for c in chosen):
                negative += 1
        has_negative = any(f["negative"] for f in flags.values())
        result[(name, key)] = {"N": n, "counts": dict(counts),
                               "negative": negative if has_negative else None}
    return result


@pytest.fixture(scope="module")
def generated(new_template_url):
    from observer_desk.core.db import open_database

    db = open_database(new_template_url("generated"))
    mission = generate_mission(db, observers=24, reports=300, seed=5, progress=None)
    yield db, mission.mission_id
    db.dispose()


def test_summary_numbers_match_counts_made_independently(generated) -> None:
    db, mission_id = generated
    with db.reading() as session:
        regions = {}
        for unit in session.scalars(select(AdminUnit).where(AdminUnit.mission_id == mission_id)):
            regions[unit.id] = unit
        top = {uid: (regions[u.parent_id].code if u.parent_id else u.code)
               for uid, u in regions.items()}
        records = [(name, value, phase.value, top[unit_id]) for name, value, phase, unit_id in
                   session.execute(
                       select(Question.name, Answer.value, VisitReport.phase,
                              PollingStation.unit_id)
                       .join(Answer, Answer.question_id == Question.id)
                       .join(VisitReport, VisitReport.id == Answer.report_id)
                       .join(PollingStation, PollingStation.id == VisitReport.polling_station_id)
                       .where(VisitReport.mission_id == mission_id))]
    expected = _expected(records)
    summary = summarise_findings(db, mission_id)
    assert summary.reports == 300
    seen = set()
    for question in summary.questions:
        slices = [("", question.n, {a.value: a.count for a in question.answers},
                   question.negative_count)] if question.answered else []
        slices += [(f"phase:{b.key}", b.n, {a.value: a.count for a in b.answers}, b.negative_count)
                   for b in question.by_phase]
        slices += [(f"region:{b.key}", b.n, {a.value: a.count for a in b.answers},
                    b.negative_count) for b in question.by_region]
        for key, n, counts, negative in slices:
            want = expected[(question.name, key)]
            assert n == want["N"], (question.name, key)
            assert {v: c for v, c in counts.items() if c} == want["counts"], (question.name, key)
            assert negative == want["negative"], (question.name, key)
            seen.add((question.name, key))
        for answer in question.answers:
            if answer.excluded:
                assert answer.share is None
            elif question.n:
                assert answer.share == round(answer.count / question.n, 4)
    # every question, phase and region that has answers, and nothing else
    assert seen == set(expected)
    assert len({key for _, key in seen if key.startswith("region:")}) > 3
    assert any(q.negative_count for q in summary.questions)


def test_the_demo_summary_tells_the_missions_story(db: Database) -> None:
    create_demo_mission(db)
    mission = get_mission(db, None)
    summary = summarise_findings(db, mission.id)
    assert summary.reports == 22 and summary.flagged_reports == 0

    def shares(name: str) -> dict[str, tuple[int, int]]:
        q = summary.question(name)
        return {a.value: (a.count, q.n) for a in q.answers if a.count}

    # observers worked freely, and their IDs were checked
    assert shares("observation_unrestricted") == {"yes": (22, 22)}
    assert shares("id_checked")["always"][0] >= 19
    assert summary.question("id_checked").negative_count == 0  # never "rarely"
    # access for voters with disabilities and elderly voters
    assert shares("help_elderly_disabled") == {"yes": (22, 22)}
    assert shares("wheelchair_access")["yes"][0] >= 20
    # no violations that could call the result into question
    assert summary.question("violations_seriousness").negative_count == 0
    assert summary.question("pressure_on_voters").negative_count == 0
    assert summary.question("multiple_voting").negative_count == 0
    assert summary.question("voting_rating").negative_share == 0.0
    # "not observed" stays out of N
    mobile = summary.question("mobile_voting")
    assert mobile.answer("not_observed").count > 0 and mobile.answer("not_observed").share is None
    assert mobile.n == mobile.answered - mobile.answer("not_observed").count
    # incidents: one minor remark
    assert summary.incidents_by_severity == {"critical": 0, "serious": 0, "minor": 1}
    # turnout matching the CEC's: the regional curves within half a point overall
    for series in ("astana", "akmola"):
        overall = summary.turnout.overall(series)
        assert overall is not None and abs(overall.difference_pp) < 0.5
    assert summary.turnout.readings == 22


def test_summary_json_is_the_documented_structure(db: Database, db_url: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "findings", "summary", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == SCHEMA and data["reports"]["total"] == 22
    question = next(q for q in data["questions"] if q["name"] == "signposted")
    assert set(question) >= {"name", "label", "type", "N", "answers", "negative", "by_phase",
                             "by_region"}
    assert question["label"] == "Was the polling station clearly signposted?"
    yes = next(a for a in question["answers"] if a["value"] == "yes")
    assert set(yes) == {"value", "label", "count", "share", "negative", "excluded"}
    assert yes["count"] == 21 and yes["share"] == round(21 / 22, 4)
    assert {r["region"] for r in question["by_region"]} == {"astana", "akmola"}
    assert data["incidents"]["by_severity"]["minor"] == 1
    assert data["turnout"]["rows"] and all("difference_pp" in r for r in data["turnout"]["rows"])

    assert main(["--db", db_url, "findings", "summary", "--lang", "ru"]) == 0
    text = capsys.readouterr().out
    assert "signposted: Обозначен ли участок понятными указателями? (N=22, отрицательных 1 из 22" in text
    assert "Явка: замеров миссии: 22" in text
    # the same numbers through the service
    mission = get_mission(db, None)
    assert summary_json(summarise_findings(db, mission.id))["questions"][0]["N"] == 22


def test_the_findings_benchmark_scenarios_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.__main__ import main as run_benchmarks

    assert run_benchmarks(["--observers", "12", "--reports", "40", "--only", "findings-summary",
                           "--only", "findings-import", "--keep", str(tmp_path)]) == 0
    table = capsys.readouterr().out
    assert "findings-summary" in table and "goal: within 1.5x" in table
    assert "findings-import" in table and "rows/s" in table
