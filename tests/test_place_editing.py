"""Units and polling stations edited one at a time: validation naming the field, stale edits
refused, nothing deleted that other records hang on, events following a change of zone."""

from __future__ import annotations

from datetime import datetime, time, timezone

import pytest
from sqlalchemy import select

from itinerary_world import World, build_world
from observer_desk.core.db import Database
from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.models import Event, EventKind, PollingStation, UnitKind
from observer_desk.core.services.place_editing import (
    StationData,
    UnitData,
    create_station,
    create_unit,
    delete_station,
    delete_unit,
    list_station_rows,
    list_unit_rows,
    update_station,
    update_unit,
)
from observer_desk.core.services.programme import EventData, create_event


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def fields(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in exc.value.problems}


def test_units_are_listed_parents_first_and_created_with_their_zone(db: Database, world: World) -> None:
    made = create_unit(db, world.mission_id, UnitData(
        code="saryarka", name_en="Saryarka District", kind=UnitKind.DISTRICT,
        time_zone="Asia/Almaty", name_ru="район Сарыарка", parent_id=world.units["astana"]))
    rows = list_unit_rows(db, world.mission_id)
    codes = [r.code for r in rows]
    assert codes.index("astana") < codes.index("saryarka")
    assert made.parent == "Astana" and made.stations == 0 and made.name_ru == "район Сарыарка"
    assert next(r for r in rows if r.code == "yesil").stations == 1


def test_a_unit_with_bad_values_is_refused_field_by_field(db: Database, world: World) -> None:
    with pytest.raises(ValidationError) as refused:
        create_unit(db, world.mission_id, UnitData(code="YESIL", name_en=" ", time_zone="Asia/Nowhere"))
    assert fields(refused) == {"code", "name_en", "time_zone"}
    astana = next(r for r in list_unit_rows(db, world.mission_id) if r.code == "astana")
    with pytest.raises(ValidationError) as refused:  # Astana within its own district
        update_unit(db, astana.id, astana.version, UnitData(
            code="astana", name_en="Astana", kind=UnitKind.CITY, time_zone="Asia/Almaty",
            parent_id=world.units["yesil"]))
    assert fields(refused) == {"parent_id"}
    assert len(list_unit_rows(db, world.mission_id)) == 4


def test_a_stale_unit_edit_is_refused_and_changes_nothing(db: Database, world: World) -> None:
    aktobe = next(r for r in list_unit_rows(db, world.mission_id) if r.code == "aktobe")
    data = UnitData(code="aktobe", name_en="Aqtobe Region", kind=UnitKind.REGION, time_zone="Asia/Aqtobe")
    update_unit(db, aktobe.id, aktobe.version, data)
    with pytest.raises(StaleEditError, match="changed by someone else"):
        update_unit(db, aktobe.id, aktobe.version, UnitData(
            code="aktobe", name_en="Other name", kind=UnitKind.REGION, time_zone="Asia/Aqtobe"))
    assert next(r for r in list_unit_rows(db, world.mission_id) if r.code == "aktobe").name_en == "Aqtobe Region"


def test_a_unit_in_use_is_not_deleted_and_an_empty_one_is(db: Database, world: World) -> None:
    rows = {r.code: r for r in list_unit_rows(db, world.mission_id)}
    with pytest.raises(ValidationError, match="1 polling station"):
        delete_unit(db, rows["yesil"].id, rows["yesil"].version)
    with pytest.raises(ValidationError, match="2 sub-unit"):
        delete_unit(db, rows["astana"].id, rows["astana"].version)
    spare = create_unit(db, world.mission_id, UnitData(code="spare", name_en="Spare", time_zone="Asia/Almaty"))
    delete_unit(db, spare.id, spare.version)
    assert "spare" not in {r.code for r in list_unit_rows(db, world.mission_id)}


def test_a_new_zone_carries_the_events_at_the_units_stations(db: Database, world: World) -> None:
    event = create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Visit", polling_station_id=world.stations["501"],
        starts_at=datetime(2022, 11, 20, 4, 0, tzinfo=timezone.utc),
        ends_at=datetime(2022, 11, 20, 5, 0, tzinfo=timezone.utc)))
    aktobe = next(r for r in list_unit_rows(db, world.mission_id) if r.code == "aktobe")
    update_unit(db, aktobe.id, aktobe.version, UnitData(
        code="aktobe", name_en="Aktobe Region", kind=UnitKind.REGION, time_zone="Asia/Almaty"))
    with db.reading() as session:
        assert session.scalar(select(Event.time_zone).where(Event.id == event.id)) == "Asia/Almaty"


def test_stations_are_created_checked_and_sorted_by_number(db: Database, world: World) -> None:
    made = create_station(db, world.mission_id, StationData(
        number="99", unit_id=world.units["yesil"], name="School No. 99", registered_voters=1200,
        opens_at=time(8), closes_at=time(20), latitude=51.1, longitude=71.4))
    assert made.unit == "Yesil District" and made.time_zone == "Asia/Almaty" and made.events == 0
    assert [r.number for r in list_station_rows(db, world.mission_id)] == ["99", "101", "102", "501"]
    with pytest.raises(ValidationError) as refused:
        create_station(db, world.mission_id, StationData(
            number="101", unit_id=None, registered_voters=-5, opens_at=time(20), closes_at=time(7),
            latitude=95.0))
    assert fields(refused) == {"number", "unit_id", "registered_voters", "closes_at", "latitude",
                               "longitude"}
    assert len(list_station_rows(db, world.mission_id)) == 4


def test_a_station_edit_refuses_stale_copies_and_deleting_a_visited_station(db: Database,
                                                                            world: World) -> None:
    row = next(r for r in list_station_rows(db, world.mission_id) if r.number == "102")
    data = StationData(number="102", unit_id=row.unit_id, name="School No. 2", registered_voters=1850)
    saved = update_station(db, row.id, row.version, data)
    assert saved.registered_voters == 1850 and saved.version == row.version + 1
    with pytest.raises(StaleEditError):
        update_station(db, row.id, row.version, data)
    with pytest.raises(StaleEditError):
        delete_station(db, row.id, row.version)
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Visit", polling_station_id=row.id,
        starts_at=datetime(2022, 11, 20, 2, 0, tzinfo=timezone.utc),
        ends_at=datetime(2022, 11, 20, 3, 0, tzinfo=timezone.utc)))
    with pytest.raises(ValidationError, match="1 event"):
        delete_station(db, row.id, saved.version)
    spare = create_station(db, world.mission_id, StationData(number="7", unit_id=row.unit_id))
    delete_station(db, spare.id, spare.version)
    with db.reading() as session:
        assert session.scalar(select(PollingStation.id).where(PollingStation.number == "7")) is None
