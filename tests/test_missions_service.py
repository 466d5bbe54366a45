"""The mission services: create, choose, edit, sending bodies and the head of mission."""

from __future__ import annotations

from datetime import date

import pytest

from observer_desk.core.errors import NotFoundError, StaleEditError, UsageError, ValidationError
from observer_desk.core.models import BodyKind, BodyType, ElectionType, MissionRole, Observer
from observer_desk.core.services import missions as svc


def make(db, code: str = "EU-XX-2024", **overrides) -> int:
    data = svc.MissionData(
        code=code, title=f"Mission {code}", organisation="Org", host_country="kz",
        election_type=ElectionType.PARLIAMENTARY, election_date=date(2024, 3, 10),
        period_start=date(2024, 3, 1), period_end=date(2024, 3, 15), time_zone="Asia/Almaty")
    for key, value in overrides.items():
        setattr(data, key, value)
    return svc.create_mission(db, data).id


def test_create_and_list(db) -> None:
    make(db)
    [summary] = svc.list_missions(db)
    assert (summary.code, summary.observers, summary.period_start) == ("EU-XX-2024", 0, date(2024, 3, 1))
    assert svc.get_mission(db).host_country == "KZ"


def test_create_refuses_bad_input_and_writes_nothing(db) -> None:
    with pytest.raises(ValidationError) as info:
        make(db, code="bad code!", period_end=date(2024, 2, 1), time_zone="Mars/Olympus")
    fields = {p.field for p in info.value.problems}
    assert {"code", "period_end", "time_zone"} <= fields
    assert svc.list_missions(db) == []


def test_duplicate_code_is_refused(db) -> None:
    make(db)
    with pytest.raises(ValidationError, match="already exists"):
        make(db)


def test_choosing_a_mission(db) -> None:
    with pytest.raises(NotFoundError, match="holds no mission"):
        svc.get_mission(db)
    make(db, "A-1")
    make(db, "B-2")
    with pytest.raises(UsageError, match="--mission CODE"):
        svc.get_mission(db)
    assert svc.get_mission(db, "B-2").code == "B-2"
    with pytest.raises(NotFoundError, match="A-1, B-2"):
        svc.get_mission(db, "C-3")


def test_update_checks_version_and_values(db) -> None:
    mission_id = make(db)
    mission = svc.update_mission(db, mission_id, 1, {"title": "Renamed", "travel_buffer_minutes": 30})
    assert (mission.title, mission.version) == ("Renamed", 2)
    with pytest.raises(StaleEditError, match="was changed by test-user at .*: title, travel buffer "
                                             "since you opened it"):
        svc.update_mission(db, mission_id, 1, {"title": "From a stale window"})
    with pytest.raises(ValidationError, match="cannot end before"):
        svc.update_mission(db, mission_id, 2, {"period_end": date(2023, 1, 1)})
    assert svc.get_mission(db).title == "Renamed"


def test_sending_bodies_saved_in_order_with_quotas(db) -> None:
    mission_id = make(db)
    bodies = svc.save_sending_bodies(db, mission_id, [
        svc.SendingBodyData(code="CN", name_en="China", name_zh="中国", country_code="cn", quota=3),
        svc.SendingBodyData(code="SEC", name_en="Secretariat", kind=BodyKind.ORGANISATION,
                            body_type=BodyType.SECRETARIAT),
    ])
    assert [(b.body.code, b.body.quota, b.body.country_code, b.observers) for b in bodies] == [
        ("CN", 3, "CN", 0), ("SEC", None, None, 0)]
    china = bodies[0].body
    with db.transaction() as s:
        s.add(Observer(mission_id=mission_id, code="CN-01", family_name="Li", sending_body_id=china.id))
    # reorder, rename and drop the secretariat in one save
    saved = svc.save_sending_bodies(db, mission_id, [
        svc.SendingBodyData(id=china.id, version=china.version, code="CN", name_en="People's Republic of China",
                            quota=4)])
    assert [(b.body.name_en, b.observers) for b in saved] == [("People's Republic of China", 1)]


def test_sending_body_with_observers_cannot_be_removed(db) -> None:
    mission_id = make(db)
    [body] = svc.save_sending_bodies(db, mission_id, [svc.SendingBodyData(code="RU", name_en="Russia")])
    with db.transaction() as s:
        s.add(Observer(mission_id=mission_id, code="RU-01", family_name="Ivanov", sending_body_id=body.body.id))
    with pytest.raises(ValidationError, match="1 observer"):
        svc.save_sending_bodies(db, mission_id, [])
    assert [b.body.code for b in svc.sending_bodies(db, mission_id)] == ["RU"]


def test_sending_body_problems_are_named(db) -> None:
    mission_id = make(db)
    with pytest.raises(ValidationError) as info:
        svc.save_sending_bodies(db, mission_id, [
            svc.SendingBodyData(code="IN", name_en="India"),
            svc.SendingBodyData(code="in", name_en=""),
        ])
    text = str(info.value)
    assert "sending body 2" in text and "used twice" in text and "English name" in text
    assert svc.sending_bodies(db, mission_id) == []


def test_head_of_mission_moves(db) -> None:
    mission_id = make(db)
    with db.transaction() as s:
        a = Observer(mission_id=mission_id, code="A", family_name="Alpha", mission_role=MissionRole.HEAD)
        b = Observer(mission_id=mission_id, code="B", family_name="Beta")
        s.add_all([a, b])
    svc.set_head_of_mission(db, mission_id, b.id)
    assert svc.head_of_mission(db, mission_id).code == "B"
    with db.reading() as s:
        assert s.get(Observer, a.id).mission_role == MissionRole.DEPUTY


def test_swapping_codes_between_bodies(db) -> None:
    mission_id = make(db)
    cn, india = [b.body for b in svc.save_sending_bodies(db, mission_id, [
        svc.SendingBodyData(code="CN", name_en="China"), svc.SendingBodyData(code="IN", name_en="India")])]
    swapped = svc.save_sending_bodies(db, mission_id, [
        svc.SendingBodyData(id=cn.id, version=cn.version, code="IN", name_en="China"),
        svc.SendingBodyData(id=india.id, version=india.version, code="CN", name_en="India")])
    assert [(b.body.id, b.body.code) for b in swapped] == [(cn.id, "IN"), (india.id, "CN")]


def test_stale_sending_bodies_are_refused_as_stale(db) -> None:
    mission_id = make(db)
    [body] = [b.body for b in svc.save_sending_bodies(db, mission_id, [
        svc.SendingBodyData(code="CN", name_en="China")])]
    svc.save_sending_bodies(db, mission_id, [
        svc.SendingBodyData(id=body.id, version=body.version, code="CN", name_en="China (renamed)")])
    with pytest.raises(StaleEditError, match="China \\(renamed\\) changed since you opened"):
        svc.save_sending_bodies(db, mission_id, [
            svc.SendingBodyData(id=body.id, version=body.version, code="CN", name_en="Old copy")])


def test_problems_carry_the_row_they_concern(db) -> None:
    mission_id = make(db)
    with pytest.raises(ValidationError) as info:
        svc.save_sending_bodies(db, mission_id, [
            svc.SendingBodyData(code="IN", name_en="India"), svc.SendingBodyData(code="", name_en="")])
    assert {p.row for p in info.value.problems} == {1}


def test_update_tidies_like_create(db) -> None:
    mission_id = make(db)
    assert svc.update_mission(db, mission_id, 1, {"host_country": " kz ", "title": " Spaced "}).host_country == "KZ"
    assert svc.get_mission(db).title == "Spaced"
    with pytest.raises(ValidationError, match="whole number"):
        svc.update_mission(db, mission_id, 2, {"travel_buffer_minutes": "ten"})
