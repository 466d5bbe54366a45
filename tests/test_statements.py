"""Statements: the facts drawn from the data, placeholders, the default texts, editing in one
transaction with a version check, and issuing (an issued statement never changes)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import delete, func, select

from observer_desk.core.errors import StaleEditError, UsageError, ValidationError
from observer_desk.core.models import (
    AccreditationStatus,
    AdminUnit,
    Observer,
    PollingStation,
    SendingBody,
    Statement,
    StatementKind,
    StatementSection,
    StatementStatus,
    TurnoutReading,
    VisitReport,
)
from observer_desk.core.services.statement_text import (
    PLACEHOLDER,
    counted,
    fill_placeholders,
    format_percent,
    format_points,
    join_list,
    person_name,
    stations_share,
    written_in,
)
from observer_desk.core.services.statement_facts import INACTIVE as STATEMENT_INACTIVE
from observer_desk.core.services.statements import (
    PLACEHOLDERS,
    SECTION_KEYS,
    StatementEdit,
    StatementFacts,
    compute_facts,
    create_statement,
    current_statement,
    default_text,
    ensure_statement,
    issue_statement,
    list_statements,
    load_statement,
    save_statement,
    statement_content,
)
from observer_desk.core.services.turnout import turnout_comparison
from statement_fixtures import demo, demo_file  # noqa: F401 - fixtures

NOV21 = date(2022, 11, 21)


def edit_of(statement, **changes) -> StatementEdit:
    sections = changes.pop("sections", statement.sections)
    values = {name: getattr(statement, name) for name in
              ("title", "place", "issued_on", "signatory_name", "signatory_title")}
    values.update(changes)
    return StatementEdit(sections=tuple(sections), **values)


def with_body(statement, key: str, body: str):
    return [s if s.key != key else type(s)(s.key, s.heading, body) for s in statement.sections]


# --- placeholders ---------------------------------------------------------------------------

def test_placeholders_are_filled_in_one_pass_and_other_braces_survive() -> None:
    filled = fill_placeholders(
        "{head_name} led {observers_count} people {A} { observers_count } {} {{x}} {9lives} "
        "{observers_count}", {"head_name": "Smith {Jr} {observers_count}", "observers_count": "18"})
    assert filled.text == ("Smith {Jr} {observers_count} led 18 people {A} { observers_count } {} "
                           "{{x}} {9lives} 18")
    assert filled.unknown == ("x",)


def test_an_unknown_placeholder_is_kept_and_named_never_a_key_error(demo) -> None:
    db, mission_id = demo
    statement = create_statement(db, mission_id, "final", "en")
    statement = save_statement(db, statement.id, statement.version, edit_of(
        statement, sections=with_body(statement, "conclusions", "Turnout was {turnot_cec} and {foo_bar}.")))
    content = statement_content(db, statement.id)
    assert content.problems == (
        "section 4 (Conclusions): unknown placeholder {turnot_cec} (did you mean {turnout_cec}?)",
        "section 4 (Conclusions): unknown placeholder {foo_bar} (the placeholders the program fills "
        "are listed beside the text)",
    )
    assert "Turnout was {turnot_cec} and {foo_bar}." in content.sections[3].body


def test_numbers_counts_and_shares_in_each_language() -> None:
    assert [format_percent(69.44, lang) for lang in ("en", "ru", "zh")] == ["69.44%", "69,44\u00a0%", "69.44%"]
    assert format_points(-1.894, "en") == "\u22121.89 percentage points"
    assert format_points(0.01, "ru", signed=False) == "0,01 процентного пункта"
    assert [counted("stations", n, "ru") for n in (1, 3, 11, 22, 25)] == [
        "1 избирательный участок", "3 избирательных участка", "11 избирательных участков",
        "22 избирательных участка", "25 избирательных участков"]
    assert [counted("districts", n, "ru") for n in (1, 5, 21)] == ["1 районе", "5 районах", "21 районе"]
    assert counted("observers", 18, "zh") == "18名观察员"
    assert counted("observers", 1, "en") == "1 observer"
    assert stations_share(20, 21, 20 / 21, "ru") == "20 из 21 участка (95,2\u00a0%)"
    assert stations_share(22, 22, 1.0, "en") == "22 of 22 stations (100%)"
    assert stations_share(21, 22, 21 / 22, "zh") == "22个中有21个（95.5%）"
    assert join_list(["A", "B", "C"], "en") == "A, B and C"
    assert join_list(["阿", "克"], "zh") == "阿、克"


def test_names_in_the_statements_script() -> None:
    assert person_name("Hamidzoda", "Firuz", "Ҳамидзода Фирӯз", "ru") == "Хамидзода Фируз"
    assert person_name("Odinazoda", "Jamshed", "Одиназода Ҷамшед", "ru") == "Одиназода Джамшед"
    assert person_name("Hamidzoda", "Firuz", "Ҳамидзода Фирӯз", "en") == "Firuz Hamidzoda"
    assert person_name("Qiao", "Mingyuan", "乔明远", "zh") == "乔明远"
    assert person_name("Qiao", "Mingyuan", "乔明远", "en") == "Qiao Mingyuan"
    assert person_name("Qiao", "Mingyuan", "乔明远", "ru") == "QIAO Mingyuan"
    # Russian and Chinese statements put the family name first in the Latin script too.
    assert person_name("Raghavan", "Anand", "", "zh") == "RAGHAVAN Anand"
    assert person_name("Raghavan", "Anand", "", "ru") == "RAGHAVAN Anand"
    assert person_name("Raghavan", "Anand", "", "en") == "Anand Raghavan"


def test_every_default_text_uses_only_known_placeholders() -> None:
    for kind in StatementKind:
        for language in ("en", "ru", "zh"):
            text = default_text(kind, language)
            assert [s["key"] for s in text["sections"]] == list(SECTION_KEYS)
            everything = text["title"] + text["signatory_title"] + "".join(
                s["heading"] + s["body"] for s in text["sections"])
            used = set(PLACEHOLDER.findall(everything))
            assert used and used <= set(PLACEHOLDERS), (kind, language, used - set(PLACEHOLDERS))


# --- the facts ------------------------------------------------------------------------------

def test_facts_of_the_demo_mission(demo) -> None:
    db, mission_id = demo
    facts = compute_facts(db, mission_id, "en", statement_date=NOV21)
    values = facts.values
    assert (values["observers_count"], values["states_count"], values["bodies_count"]) == ("18", "7", "2")
    assert values["states"].startswith("People's Republic of China, Republic of India, ")
    assert values["bodies"] == "SCO Secretariat and SCO Regional Anti-Terrorist Structure"
    assert (values["stations_visited"], values["regions_visited"], values["districts_visited"]) == ("22", "2", "5")
    assert values["regions"] == "Akmola Region and Astana"
    assert (values["stations_opening"], values["stations_voting"], values["stations_counting"]) == ("1", "20", "1")
    assert values["turnout_cec"] == "69.44%"
    assert values["head_name"] == "Firuz Hamidzoda"
    assert values["election"] == "early presidential election"
    assert values["country"] == "the Republic of Kazakhstan"
    assert values["mission_period"] == "from 17 to 20 November 2022"
    # Meetings before the statement's day: the press conference of 21 November is left out, the
    # mission's own briefings too, the CEC staff's briefing to the mission is in.
    assert values["meetings_count"] == "15"
    assert all("Press conference" not in m.title for m in facts.meetings)
    assert any(m.counterpart == "CEC legal department" for m in facts.meetings)
    first = facts.meetings[0]
    assert (first.date_text, first.time_text, first.zone) == ("18 November 2022", "10:00–11:30", "UTC+6")
    assert compute_facts(db, mission_id, "en").values["meetings_count"] == "16"
    assert sum(area.stations for area in facts.areas) == 22
    assert {(a.region, a.district) for a in facts.areas} >= {("Astana", "Yesil District"),
                                                            ("Akmola Region", "Tselinograd District")}
    secrecy = next(f for f in facts.findings if f.name == "secrecy_possible")
    assert (secrecy.n, secrecy.total, secrecy.count_text, secrecy.share_text) == (21, 21, "21 of 21", "100%")
    assert values["finding_voting_rating"] == "21 of 21 stations (100%)"


def test_the_turnout_comparison_reads_each_station_on_its_own_regions_curve(demo) -> None:
    db, mission_id = demo
    values = compute_facts(db, mission_id, "en").values
    comparison = turnout_comparison(db, mission_id)
    national = comparison.overall(None)
    assert values["turnout_mission"] == f"{national.mission_percent:.2f}%"
    # Weighted by registered voters, the regions' own comparisons make up the mission's.
    with db.reading() as session:
        units = {u.id: u for u in session.scalars(select(AdminUnit))}
        weights: dict[str, int] = defaultdict(int)
        for registered, unit_id in session.execute(
                select(TurnoutReading.registered_voters, PollingStation.unit_id)
                .join(PollingStation, PollingStation.id == TurnoutReading.polling_station_id)):
            unit = units[unit_id]
            while unit.parent_id is not None:
                unit = units[unit.parent_id]
            weights[unit.code] += registered
    rows = {r.series: r for r in comparison.rows if r.at is None and r.series is not None}
    expected = sum(rows[code].cec_at_readings_percent * w for code, w in weights.items()) / sum(weights.values())
    assert values["turnout_cec_same_time"] == f"{expected:.2f}%"
    assert values["difference"] == "0.00 percentage points"


def test_members_grouped_by_body_in_the_statements_script(demo) -> None:
    db, mission_id = demo
    russian = compute_facts(db, mission_id, "ru")
    # The head's body comes first, the head first in it.
    assert russian.members[0].name == "Секретариат ШОС"
    head = russian.members[0].members[0]
    assert head.name == "Хамидзода Фируз" and head.position == "Руководитель Миссии"
    assert head.detail == "Secretary-General of the Shanghai Cooperation Organisation"
    names = [m.name for g in russian.members for m in g.members]
    assert "Воронин Павел Андреевич" in names and "Омурбекова Айнура" in names
    assert "RAGHAVAN Anand" in names  # no Cyrillic spelling recorded: Latin, family name first
    chinese = compute_facts(db, mission_id, "zh", signatory_name="菲鲁兹·哈米德佐达")
    china = next(g for g in chinese.members if g.name == "中华人民共和国")
    assert [m.name for m in china.members] == ["方悦宁", "周汉卿"]
    assert chinese.members[0].members[0].name == "菲鲁兹·哈米德佐达"
    assert chinese.values["head_name"] == "菲鲁兹·哈米德佐达"
    assert sum(len(g.members) for g in chinese.members) == 18


def test_withdrawn_observers_are_not_members(demo) -> None:
    db, mission_id = demo
    with db.transaction() as session:
        observer = session.scalar(select(Observer).where(Observer.code == "SCO-09"))
        observer.accreditation_status = AccreditationStatus.WITHDRAWN
    facts = compute_facts(db, mission_id, "en")
    assert facts.values["observers_count"] == "17"
    assert "Kavita Deshpande" not in [m.name for g in facts.members for m in g.members]


def test_facts_survive_json(demo) -> None:
    db, mission_id = demo
    facts = compute_facts(db, mission_id, "zh")
    assert StatementFacts.from_json(json.loads(json.dumps(facts.to_json()))) == facts


# --- creating, editing ----------------------------------------------------------------------

def test_a_statement_is_made_from_the_default_text_in_each_language(demo) -> None:
    db, mission_id = demo
    for language in ("en", "ru", "zh"):
        statement = create_statement(db, mission_id, StatementKind.FINAL, language)
        assert (statement.revision, statement.status) == (1, StatementStatus.DRAFT)
        assert [s.key for s in statement.sections] == list(SECTION_KEYS)
        # Place and signature block come from the demo's preliminary statement in that language.
        preliminary = current_statement(db, mission_id, "preliminary", language)
        assert statement.place == preliminary.place and statement.signatory_name == preliminary.signatory_name
        content = statement_content(db, statement.id)
        assert content.problems == ()
        assert "{" not in content.title and all("{" not in s.body for s in content.sections)
    titles = {s.language: statement_content(db, s.id).title for s in
              (current_statement(db, mission_id, "final", lang) for lang in ("en", "ru", "zh"))}
    assert titles["en"] == ("Final Report of the SCO Observer Mission on the early presidential "
                            "election in the Republic of Kazakhstan")
    assert titles["ru"] == ("Итоговый доклад Миссии наблюдателей ШОС о наблюдении за внеочередными "
                            "выборами Президента Республики Казахстан")
    assert titles["zh"] == "上合组织观察员团关于哈萨克斯坦共和国非例行总统选举的最终报告"
    with pytest.raises(UsageError):
        create_statement(db, mission_id, StatementKind.FINAL, "en")
    again, made = ensure_statement(db, mission_id, "final", "en")
    assert not made and (again.kind, again.language, again.revision) == (StatementKind.FINAL, "en", 1)


def test_a_mission_without_statements_gets_the_head_as_signatory(demo) -> None:
    db, mission_id = demo
    with db.transaction() as session:
        session.execute(delete(Statement))
    statement = create_statement(db, mission_id, "preliminary", "ru")
    assert statement.signatory_name == "Хамидзода Фируз"
    assert statement.signatory_title == "Руководитель Миссии наблюдателей ШОС"
    assert statement.issued_on == date(2022, 11, 21)


def test_saving_changes_every_section_in_one_go_and_checks_the_version(demo) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "en")
    sections = [type(s)(s.key, s.heading + " (edited)", s.body + "\nAdded line.") for s in statement.sections]
    saved = save_statement(db, statement.id, statement.version, edit_of(statement, sections=sections,
                                                                        place="Astana city"))
    assert saved.id == statement.id and saved.version > statement.version
    reloaded = load_statement(db, statement.id)
    assert all(s.heading.endswith("(edited)") and s.body.endswith("Added line.") for s in reloaded.sections)
    assert reloaded.place == "Astana city"
    # Someone else saved in between: the stale copy is refused and nothing changes.
    with pytest.raises(StaleEditError):
        save_statement(db, statement.id, statement.version, edit_of(statement, title="Stale title"))
    assert load_statement(db, statement.id).title == reloaded.title


def test_a_refused_edit_changes_nothing(demo) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "en")
    broken = with_body(statement, "findings", "New findings")
    with pytest.raises(ValidationError) as raised:
        save_statement(db, statement.id, statement.version, edit_of(statement, title="  ", sections=broken))
    assert "title" in str(raised.value)
    after = load_statement(db, statement.id)
    assert after == statement


# --- issuing --------------------------------------------------------------------------------

def test_an_issued_statement_keeps_its_text_and_facts_when_the_data_changes(demo) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "en")
    issued = issue_statement(db, statement.id, statement.version,
                             now=datetime(2022, 11, 21, 6, 0, tzinfo=timezone.utc))
    assert issued.status is StatementStatus.ISSUED and issued.issued_on == NOV21
    before = statement_content(db, issued.id)
    assert before.facts.values["observers_count"] == "18"

    with db.transaction() as session:
        body = session.scalar(select(SendingBody).where(SendingBody.code == "RU"))
        session.add(Observer(mission_id=mission_id, code="SCO-99", family_name="Later", given_names="Added",
                             sending_body=body, accreditation_status=AccreditationStatus.ACCREDITED))
        head = session.scalar(select(Observer).where(Observer.code == "SCO-01"))
        head.given_names = "Renamed"
        session.execute(delete(VisitReport).where(VisitReport.id.in_(
            select(VisitReport.id).limit(3).scalar_subquery())))
    assert compute_facts(db, mission_id, "en").values["observers_count"] == "19"

    after = statement_content(db, issued.id)
    assert after.facts == before.facts
    assert (after.title, after.sections) == (before.title, before.sections)
    assert load_statement(db, issued.id) == issued


def test_editing_an_issued_statement_makes_a_new_revision(demo) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "ru")
    issued = issue_statement(db, statement.id, statement.version)
    with db.reading() as session:
        stored_before = [(s.key, s.heading, s.body) for s in session.scalars(
            select(StatementSection).where(StatementSection.statement_id == issued.id)
            .order_by(StatementSection.position))]
    new = save_statement(db, issued.id, issued.version, edit_of(
        issued, sections=with_body(issued, "conclusions", "Новый текст заключения.")))
    assert (new.revision, new.status) == (2, StatementStatus.DRAFT) and new.id != issued.id
    assert new.section("conclusions").body == "Новый текст заключения."
    assert load_statement(db, issued.id) == issued
    with db.reading() as session:
        assert [(s.key, s.heading, s.body) for s in session.scalars(
            select(StatementSection).where(StatementSection.statement_id == issued.id)
            .order_by(StatementSection.position))] == stored_before
    assert current_statement(db, mission_id, "preliminary", "ru").id == new.id
    assert [s.revision for s in list_statements(db, mission_id) if s.language == "ru"] == [2, 1]
    # The issued revision is no longer the one to edit or issue.
    with pytest.raises(UsageError):
        save_statement(db, issued.id, issued.version, edit_of(issued, title="Другое"))
    with pytest.raises(UsageError):
        issue_statement(db, issued.id, issued.version)
    # Saving an issued statement without a change makes no revision.
    unchanged = issue_statement(db, new.id, new.version)
    assert save_statement(db, unchanged.id, unchanged.version, edit_of(unchanged)) == unchanged


def test_issuing_is_refused_with_an_unknown_placeholder_or_a_stale_copy(demo) -> None:
    db, mission_id = demo
    statement = current_statement(db, mission_id, "preliminary", "zh")
    saved = save_statement(db, statement.id, statement.version, edit_of(
        statement, sections=with_body(statement, "findings", "共有{reprots_count}份报告。")))
    with pytest.raises(ValidationError) as raised:
        issue_statement(db, saved.id, saved.version)
    assert "unknown placeholder {reprots_count} (did you mean {reports_count}?)" in str(raised.value)
    assert load_statement(db, saved.id).status is StatementStatus.DRAFT
    fixed = save_statement(db, saved.id, saved.version, edit_of(
        saved, sections=with_body(saved, "findings", "共有{reports_count}份报告。")))
    with pytest.raises(StaleEditError):
        issue_statement(db, fixed.id, saved.version)
    issued = issue_statement(db, fixed.id, fixed.version)
    assert statement_content(db, issued.id).sections[2].body == "共有22份报告。"
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Statement).where(
            Statement.status == StatementStatus.ISSUED)) == 1


def test_member_names_follow_one_rule_per_language(demo) -> None:
    """Family name first in Russian and Chinese, whether the name is in the statement's script or
    Latin; a signature block written given name first does not change the head's line."""
    db, mission_id = demo
    with db.reading() as session:
        people = {o.code: o for o in session.scalars(select(Observer)).all()}
    russian = compute_facts(db, mission_id, "ru", signatory_name="Фируз Хамидзода")
    names = [m.name for g in russian.members for m in g.members]
    assert names[0] == "Хамидзода Фируз"
    assert "Фируз Хамидзода" not in names
    assert "QIAO Mingyuan" in names and "ZAIDI Ahsan Raza" in names and "DESHPANDE Kavita" in names
    chinese = compute_facts(db, mission_id, "zh")
    for facts, language in ((russian, "ru"), (chinese, "zh")):
        printed = {m.name for g in facts.members for m in g.members}
        for observer in people.values():
            own = person_name(observer.family_name, observer.given_names, observer.native_name, language)
            latin = f"{observer.family_name.upper()} {observer.given_names}"
            assert own in printed or observer.accreditation_status in STATEMENT_INACTIVE
            assert own == latin or written_in(own, language)
    english = compute_facts(db, mission_id, "en", signatory_name="H.E. Mr Firuz Hamidzoda")
    assert english.members[0].members[0].name == "Firuz Hamidzoda"
