"""Checking and saving one observer's record, as the editor does."""

from __future__ import annotations

from datetime import date

import pytest

from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.models import AccreditationEvent, ElectionType, MissionRole, Observer
from observer_desk.core.services import missions
from observer_desk.core.services.accreditation import StatusChange, change_status
from observer_desk.core.services.observer_profile import (
    Level,
    ObserverForm,
    check_observer,
    load_observer,
    save_observer,
)
from observer_desk.core.services.photos import PreparedPhoto
from observer_desk.core.models import AccreditationStatus as S


@pytest.fixture
def mission_id(db) -> int:
    mission = missions.create_mission(db, missions.MissionData(
        code="M", title="Mission", organisation="Org", host_country="KZ",
        election_type=ElectionType.EARLY_PRESIDENTIAL, election_date=date(2022, 11, 20),
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 20), time_zone="Asia/Almaty"))
    missions.save_sending_bodies(db, mission.id, [missions.SendingBodyData(code="RU", name_en="Russia",
                                                                           country_code="RU")])
    return mission.id


def form(**values) -> ObserverForm:
    base = dict(code="RU-01", family_name="Sokolova", given_names="Anna", native_name="Соколова Анна",
                date_of_birth=date(1975, 3, 14), citizenship="RU", passport_number="DEMO000101",
                passport_expiry=date(2030, 1, 1), email="a.sokolova@example.org", phone="+7 495 555 0101")
    base.update(values)
    return ObserverForm(**base)


def by_field(findings):
    return {(f.field, f.level) for f in findings}


def test_a_complete_record_has_no_findings(db, mission_id) -> None:
    assert check_observer(db, mission_id, form()) == []


def test_passport_expiry_error_and_warning(db, mission_id) -> None:
    assert ("passport_expiry", Level.ERROR) in by_field(
        check_observer(db, mission_id, form(passport_expiry=date(2022, 11, 19))))
    assert ("passport_expiry", Level.WARNING) in by_field(
        check_observer(db, mission_id, form(passport_expiry=date(2023, 3, 1))))


def test_formats_and_plausibility(db, mission_id) -> None:
    found = by_field(check_observer(db, mission_id, form(
        email="not-an-address", phone="call me", date_of_birth=date(2010, 1, 1), code="RU 01")))
    assert {("email", Level.ERROR), ("phone", Level.ERROR), ("date_of_birth", Level.ERROR),
            ("code", Level.ERROR)} <= found
    assert ("phone", Level.WARNING) in by_field(check_observer(db, mission_id, form(phone="8 701 555 0101")))


def test_required_fields_depend_on_status(db, mission_id) -> None:
    sparse = form(passport_number="", date_of_birth=None)
    assert check_observer(db, mission_id, sparse, status=S.NOMINATED) == []
    found = by_field(check_observer(db, mission_id, sparse, status=S.SUBMITTED))
    assert {("passport_number", Level.ERROR), ("date_of_birth", Level.ERROR), ("photo", Level.ERROR)} <= found


def test_possible_duplicates_link_to_the_other_record(db, mission_id) -> None:
    first = save_observer(db, mission_id, form())
    same_passport = check_observer(db, mission_id, form(code="RU-02", family_name="Other"))
    assert [(f.field, f.other_observer_id) for f in same_passport] == [("passport_number", first)]
    same_person = check_observer(db, mission_id, form(code="RU-03", passport_number="DEMO000999"))
    assert [(f.field, f.level, f.other_observer_id) for f in same_person] == [
        ("family_name", Level.WARNING, first)]
    assert check_observer(db, mission_id, form(), observer_id=first) == []  # not a duplicate of itself


def test_save_creates_with_history_and_updates_with_version(db, mission_id) -> None:
    observer_id = save_observer(db, mission_id, form())
    loaded = load_observer(db, observer_id)
    assert loaded.form.native_name == "Соколова Анна"
    assert loaded.status == S.NOMINATED
    with db.reading() as s:
        assert s.query(AccreditationEvent).filter_by(observer_id=observer_id).count() == 1
    changed = form(position="Member of the State Duma")
    save_observer(db, mission_id, changed, observer_id=observer_id, version=loaded.version)
    with pytest.raises(StaleEditError):
        save_observer(db, mission_id, form(position="Stale"), observer_id=observer_id, version=loaded.version)
    assert load_observer(db, observer_id).form.position == "Member of the State Duma"


def test_errors_refuse_the_save(db, mission_id) -> None:
    with pytest.raises(ValidationError, match="family name"):
        save_observer(db, mission_id, form(family_name="  "))
    with db.reading() as s:
        assert s.query(Observer).count() == 0


def test_badge_version_rises_when_printed_text_changes(db, mission_id) -> None:
    photo = PreparedPhoto(b"\xff\xd8jpeg", "image/jpeg", 413, 531)
    observer_id = save_observer(db, mission_id, form(), photo=photo)
    v = load_observer(db, observer_id)
    save_observer(db, mission_id, form(notes="vegetarian"), observer_id=observer_id, version=v.version)
    with db.reading() as s:
        assert s.get(Observer, observer_id).badge_version == 1
    v = load_observer(db, observer_id)
    save_observer(db, mission_id, form(notes="vegetarian", given_names="Anna Maria"),
                  observer_id=observer_id, version=v.version)
    with db.reading() as s:
        assert s.get(Observer, observer_id).badge_version == 2


def test_one_head_per_mission(db, mission_id) -> None:
    save_observer(db, mission_id, form(mission_role=MissionRole.HEAD))
    found = check_observer(db, mission_id, form(code="RU-02", passport_number="X1", family_name="B",
                                                mission_role=MissionRole.HEAD))
    assert ("mission_role", Level.ERROR) in by_field(found)


def test_documents_complete_needs_photo_then_passes(db, mission_id) -> None:
    observer_id = save_observer(db, mission_id, form())
    with pytest.raises(ValidationError, match="photo"):
        change_status(db, [observer_id], StatusChange(S.DOCUMENTS_COMPLETE))
    v = load_observer(db, observer_id)
    save_observer(db, mission_id, form(), observer_id=observer_id, version=v.version,
                  photo=PreparedPhoto(b"\xff\xd8jpeg", "image/jpeg", 413, 531))
    change_status(db, [observer_id], StatusChange(S.DOCUMENTS_COMPLETE))
    assert load_observer(db, observer_id).status == S.DOCUMENTS_COMPLETE
