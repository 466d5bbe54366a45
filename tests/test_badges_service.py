"""Whose badges, what goes on them, the check before printing, the print-run log, and the
printer calibration kept in the user's preferences."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from observer_desk.core.errors import NotFoundError, ValidationError
from observer_desk.core.models import (
    AccreditationEvent,
    BadgePrintItem,
    BadgePrintRun,
    Observer,
)
from observer_desk.core.models import AccreditationStatus as S
from observer_desk.core.preferences import (
    badge_calibration,
    load_preferences,
    preferences_path,
    set_badge_calibration,
)
from observer_desk.core.services.badges import (
    badge_candidates,
    check_badges,
    load_badges,
    parse_qr_payload,
    previously_printed,
    print_history,
    print_runs,
    qr_payload,
    record_print_run,
    select_observers,
)
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission
from observer_desk.core.services.observer_profile import load_observer, save_observer
from observer_desk.documents.badges.layouts import LAYOUTS


@pytest.fixture
def mission_id(db) -> int:
    create_demo_mission(db)
    return get_mission(db).id


def codes(db, ids: list[int]) -> list[str]:
    with db.reading() as session:
        by_id = dict(session.execute(select(Observer.id, Observer.code).where(Observer.id.in_(ids))).all())
    return [by_id[i] for i in ids]


def ids_of(db, mission_id: int, *wanted: str) -> list[int]:
    return select_observers(db, mission_id, codes=wanted)


def test_by_default_every_accredited_observer(db, mission_id) -> None:
    chosen = codes(db, select_observers(db, mission_id))
    assert len(chosen) == 14  # 12 accredited and 2 with badges issued
    with db.reading() as session:
        statuses = {o.code: o.accreditation_status for o in session.scalars(select(Observer))}
    assert {statuses[code] for code in chosen} == {S.ACCREDITED, S.BADGE_ISSUED}
    # In roster order: by sending body (China first), then role and name.
    assert chosen[:2] == ["SCO-07", "SCO-06"]


def test_all_leaves_out_only_rejected_withdrawn_and_replaced(db, mission_id) -> None:
    assert len(select_observers(db, mission_id, include_all=True)) == 18
    with db.transaction() as session:
        observer = session.scalar(select(Observer).where(Observer.code == "SCO-18"))
        observer.accreditation_status = S.WITHDRAWN
    assert "SCO-18" not in codes(db, select_observers(db, mission_id, include_all=True))


def test_named_observers_whatever_their_status(db, mission_id) -> None:
    chosen = ids_of(db, mission_id, "SCO-09", "SCO-01")
    assert codes(db, chosen) == ["SCO-09", "SCO-01"]  # India before the Secretariat
    with pytest.raises(NotFoundError, match="SCO-99, SCO-98"):
        select_observers(db, mission_id, codes=["SCO-01", "SCO-99", "SCO-98"])


def test_badge_data(db, mission_id) -> None:
    mission, badges = load_badges(db, mission_id, ids_of(db, mission_id, "SCO-02", "SCO-09"), "zh")
    assert (mission.code, mission.organisation_short) == ("SCO-KZ-2022", "SCO")
    assert (mission.valid_from.isoformat(), mission.valid_until.isoformat()) == ("2022-11-17", "2022-11-20")
    draft, qiao = badges
    assert (qiao.code, qiao.native_name, qiao.body_name) == ("SCO-02", "乔明远", "上海合作组织秘书处")
    assert qiao.certificate_number == "CEC-IO-0418" and not qiao.draft
    assert qiao.photo is not None and qiao.photo[:2] == b"\xff\xd8"
    assert qiao.qr_payload == "SCO-KZ-2022|SCO-02|1"
    assert draft.code == "SCO-09" and draft.draft and draft.certificate_number == ""
    _, (russian,) = load_badges(db, mission_id, ids_of(db, mission_id, "SCO-13"), "ru")
    assert russian.body_name == "Российская Федерация"


def test_qr_payload_format_survives_separators_in_codes() -> None:
    assert qr_payload("SCO-KZ-2022", "SCO-01", 4) == "SCO-KZ-2022|SCO-01|4"
    odd = qr_payload("M|1", "A%7C|B", 2)
    assert odd.count("|") == 2
    assert parse_qr_payload(odd) == ("M|1", "A%7C|B", 2)
    with pytest.raises(ValueError):
        parse_qr_payload("https://example.org")


def test_print_state_of_each_badge(db, mission_id) -> None:
    state = {c.code: c for c in badge_candidates(db, mission_id)}
    assert state["SCO-01"].printed and state["SCO-01"].up_to_date
    assert not state["SCO-01"].changed_since_printed
    assert not state["SCO-03"].printed and not state["SCO-03"].up_to_date
    head = state["SCO-01"].observer_id
    loaded = load_observer(db, head)
    save_observer(db, mission_id, replace(loaded.form, given_names="Firuz Rahmon"),
                  observer_id=head, version=loaded.version)
    changed = {c.code: c for c in badge_candidates(db, mission_id)}["SCO-01"]
    assert (changed.badge_version, changed.last_printed_version) == (2, 1)
    assert changed.changed_since_printed and not changed.up_to_date


def test_a_print_run_is_logged_and_issues_the_badges(db, mission_id) -> None:
    chosen = ids_of(db, mission_id, "SCO-03", "SCO-05", "SCO-09")
    result = record_print_run(db, mission_id, chosen, "a4-10up", user="night shift")
    assert (result.printed, result.issued, result.drafts, result.reprinted) == (
        3, ["SCO-03", "SCO-05"], ["SCO-09"], [])
    with db.reading() as session:
        run = session.get(BadgePrintRun, result.run_id)
        assert (run.layout, run.user, run.reason) == ("a4-10up", "night shift", "")
        items = {item.observer_id: item.badge_version for item in session.scalars(
            select(BadgePrintItem).where(BadgePrintItem.run_id == run.id))}
        assert set(items) == set(chosen) and set(items.values()) == {1}
        status = {o.code: o.accreditation_status for o in session.scalars(
            select(Observer).where(Observer.id.in_(chosen)))}
        assert status == {"SCO-03": S.BADGE_ISSUED, "SCO-05": S.BADGE_ISSUED, "SCO-09": S.SUBMITTED}
        event = session.scalars(select(AccreditationEvent).where(
            AccreditationEvent.observer_id == chosen[1]).order_by(AccreditationEvent.id.desc())).first()
        assert (event.from_status, event.to_status, event.user) == (
            S.ACCREDITED, S.BADGE_ISSUED, "night shift")
    assert print_runs(db, mission_id)[0].run_id == result.run_id
    assert print_history(db, chosen[0])[0][1] == 1
    assert {c.code: c.up_to_date for c in badge_candidates(db, mission_id)}["SCO-03"]


def test_a_reprint_needs_a_reason_and_records_nothing_without_one(db, mission_id) -> None:
    chosen = ids_of(db, mission_id, "SCO-01", "SCO-03")
    assert previously_printed(db, chosen) == ["SCO-01"]
    before = len(print_runs(db, mission_id))
    with pytest.raises(ValidationError, match="SCO-01 had badges printed before"):
        record_print_run(db, mission_id, chosen, "cr80", reason="  ")
    assert len(print_runs(db, mission_id)) == before
    with db.reading() as session:
        assert session.scalar(select(Observer.accreditation_status)
                              .where(Observer.code == "SCO-03")) is S.ACCREDITED
    result = record_print_run(db, mission_id, chosen, "cr80", reason="badge lost at the airport")
    assert result.reprinted == ["SCO-01"] and result.issued == ["SCO-03"]
    assert print_runs(db, mission_id)[0].reason == "badge lost at the airport"


def test_the_version_that_went_on_paper_is_logged(db, mission_id) -> None:
    (observer_id,) = ids_of(db, mission_id, "SCO-05")
    loaded = load_observer(db, observer_id)
    save_observer(db, mission_id, replace(loaded.form, given_names="Jahongir B."),
                  observer_id=observer_id, version=loaded.version)
    # The PDF was made while the badge was at version 1; the record says so.
    record_print_run(db, mission_id, [observer_id], "cr80", printed_versions={observer_id: 1})
    candidate = {c.code: c for c in badge_candidates(db, mission_id)}["SCO-05"]
    assert candidate.last_printed_version == 1 and candidate.changed_since_printed


def test_print_run_refuses_unknown_layout_and_empty_run(db, mission_id) -> None:
    from observer_desk.core.errors import UsageError

    with pytest.raises(UsageError, match="layout"):
        record_print_run(db, mission_id, ids_of(db, mission_id, "SCO-03"), "a3")
    with pytest.raises(UsageError, match="empty"):
        record_print_run(db, mission_id, [], "cr80")


def test_the_demo_badges_pass_the_check_in_every_layout(db, mission_id) -> None:
    mission, badges = load_badges(db, mission_id, select_observers(db, mission_id, include_all=True))
    for layout in LAYOUTS:
        for language in ("en", "ru", "zh"):
            found = check_badges(mission, badges, layout, language=language, back=True)
            assert found == [], (layout, language)


def test_check_names_the_observer_and_field_of_an_uncovered_character(db, mission_id) -> None:
    mission, badges = load_badges(db, mission_id, ids_of(db, mission_id, "SCO-09", "SCO-08"))
    kavita = replace(badges[0], native_name="कविता देशपांडे")
    problems = check_badges(mission, [kavita, badges[1]], "cr80")
    assert problems, "a Devanagari name must not pass"
    assert {(p.observer_code, p.field) for p in problems} == {("SCO-09", "name in own script")}
    message = str(problems[0])
    assert message.startswith("SCO-09 DESHPANDE Kavita: name in own script: no bundled font has")
    assert "'क' U+0915" in message and "(Devanagari)" in message and "empty boxes" in message
    single = check_badges(mission, [replace(badges[1], given_names="Anand ✍︎ 𝔘")], "cr80")
    assert [str(p) for p in single] == [(
        "SCO-08 RAGHAVAN Anand ✍︎ 𝔘: given names: no bundled font has '𝔘' "
        "(U+1D518 MATHEMATICAL FRAKTUR CAPITAL U): it would print as an empty box")]


def test_check_reports_text_that_does_not_fit(db, mission_id) -> None:
    mission, badges = load_badges(db, mission_id, ids_of(db, mission_id, "SCO-08"))
    endless = replace(badges[0], given_names=" ".join(["Venkataramanan"] * 12))
    problems = check_badges(mission, [endless], "cr80")
    assert [(p.observer_code, p.field) for p in problems] == [("SCO-08", "name")]
    assert "does not fit" in problems[0].message
    unbreakable = replace(badges[0], body_name="Ministry" + "X" * 80)
    assert [p.field for p in check_badges(mission, [unbreakable], "a4-10up")] == ["sending body"]


def test_check_reports_mission_texts_once(db, mission_id) -> None:
    mission, badges = load_badges(db, mission_id, select_observers(db, mission_id))
    odd = replace(mission, contact="Hotline ☎ 📞 𝔘", title=mission.title * 6)
    problems = check_badges(odd, badges, "cr80", back=True)
    mission_level = [p for p in problems if not p.observer_code]
    assert {p.field for p in mission_level} == {"mission title", "contact"}
    assert "U+1F4DE" in str(next(p for p in mission_level if p.field == "contact"))
    assert len(problems) == len(mission_level)
    assert str(mission_level[0]).startswith("mission: ")


def test_calibration_is_kept_per_layout_in_the_user_preferences(tmp_path) -> None:
    assert badge_calibration("a4-10up") == (0.0, 0.0)
    set_badge_calibration("a4-10up", 1.25, -0.5)
    set_badge_calibration("cr80", 0, 0.3)
    assert badge_calibration("a4-10up") == (1.25, -0.5)
    assert badge_calibration("cr80") == (0.0, 0.3)
    path = preferences_path()
    assert path.parent.name == "ObserverDesk" and str(path).startswith(str(tmp_path.parents[1]))
    assert json.loads(path.read_text(encoding="utf-8"))["badge_calibration"]["a4-10up"] == {
        "x_mm": 1.25, "y_mm": -0.5}
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left
    with pytest.raises(ValueError):
        set_badge_calibration("cr80", 25, 0)


def test_an_unreadable_preferences_file_means_no_calibration() -> None:
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_preferences() == {}
    assert badge_calibration("cr80") == (0.0, 0.0)
    path.write_text(json.dumps({"badge_calibration": {"cr80": {"x_mm": "nan", "y_mm": 99}}}))
    assert badge_calibration("cr80") == (0.0, 0.0)
    set_badge_calibration("cr80", 0.5, 0.5)
    assert badge_calibration("cr80") == (0.5, 0.5)
