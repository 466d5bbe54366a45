"""Constraints the schema itself enforces, whatever front end writes."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from observer_desk.core.models import (
    ElectionType,
    Event,
    EventKind,
    EventParticipant,
    Mission,
    MissionRole,
    Observer,
)


def _mission(code: str = "M-1") -> Mission:
    return Mission(code=code, organisation="Org", title="Test mission", host_country="KZ",
                   election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
                   period_start=date(2022, 11, 17), period_end=date(2022, 11, 20))


def test_observer_code_is_unique_within_a_mission(db) -> None:
    with db.transaction() as s:
        a, b = _mission("A"), _mission("B")
        s.add_all([a, b])
        s.flush()
        s.add_all([Observer(mission_id=a.id, code="O1", family_name="One"),
                   Observer(mission_id=b.id, code="O1", family_name="Same code, other mission")])
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.add(Observer(mission_id=a.id, code="O1", family_name="Duplicate"))


def test_foreign_keys_are_enforced(db) -> None:
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.add(Observer(mission_id=999, code="O1", family_name="Orphan"))


def test_enumerations_are_checked_in_the_database(db) -> None:
    with db.transaction() as s:
        s.add(_mission())
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.connection().exec_driver_sql("UPDATE mission SET election_type = 'coronation'")


def test_enumerations_are_checked_in_python(db) -> None:
    with pytest.raises(StatementError):
        with db.transaction() as s:
            m = _mission()
            m.election_type = "coronation"  # type: ignore[assignment]
            s.add(m)


def test_a_mission_has_one_head(db) -> None:
    with db.transaction() as s:
        m = _mission()
        s.add(m)
        s.flush()
        s.add(Observer(mission_id=m.id, code="H1", family_name="Head", mission_role=MissionRole.HEAD))
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.add(Observer(mission_id=m.id, code="H2", family_name="Second", mission_role=MissionRole.HEAD))


def test_period_must_be_ordered(db) -> None:
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            m = _mission()
            m.period_end = date(2022, 11, 1)
            s.add(m)


def test_times_are_stored_in_utc_and_read_back_aware(db) -> None:
    from zoneinfo import ZoneInfo

    astana = ZoneInfo("Asia/Almaty")
    with db.transaction() as s:
        m = _mission()
        s.add(m)
        s.flush()
        e = Event(mission_id=m.id, kind=EventKind.VISIT, title="Opening",
                  starts_at=datetime(2022, 11, 20, 7, 0, tzinfo=astana),
                  ends_at=datetime(2022, 11, 20, 8, 0, tzinfo=astana), time_zone="Asia/Almaty")
        s.add(e)
    with db.reading() as s:
        stored = s.get(Event, e.id)
        assert stored.starts_at == datetime(2022, 11, 20, 1, 0, tzinfo=timezone.utc)
        assert stored.starts_at.tzinfo is timezone.utc
        raw = s.connection().exec_driver_sql("SELECT starts_at FROM event").scalar_one()
        if db.is_sqlite:
            assert raw.startswith("2022-11-20 01:00:00")
        else:  # a timestamp without time zone, holding UTC
            assert raw == datetime(2022, 11, 20, 1, 0)


def test_naive_times_are_refused(db) -> None:
    with pytest.raises(StatementError, match="naive datetime"):
        with db.transaction() as s:
            m = _mission()
            s.add(m)
            s.flush()
            s.add(Event(mission_id=m.id, kind=EventKind.MEETING, title="x",
                        starts_at=datetime(2022, 11, 18, 10), ends_at=datetime(2022, 11, 18, 11),
                        time_zone="Asia/Almaty"))


def test_participant_is_an_observer_or_a_team(db) -> None:
    utc = timezone.utc
    with db.transaction() as s:
        m = _mission()
        s.add(m)
        s.flush()
        e = Event(mission_id=m.id, kind=EventKind.MEETING, title="CEC",
                  starts_at=datetime(2022, 11, 18, 4, tzinfo=utc),
                  ends_at=datetime(2022, 11, 18, 5, tzinfo=utc), time_zone="Asia/Almaty")
        s.add(e)
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.add(EventParticipant(event_id=e.id))


def test_edits_on_a_stale_copy_are_refused(db) -> None:
    with db.transaction() as s:
        s.add(_mission())
    first = db.sessionmaker()
    second = db.sessionmaker()
    try:
        a = first.query(Mission).one()
        b = second.query(Mission).one()
        second.commit()  # window B keeps its copy but holds no transaction open
        a.title = "Changed in window A"
        first.commit()
        b.title = "Changed in window B"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.reading() as s:
        m = s.query(Mission).one()
        assert (m.title, m.version) == ("Changed in window A", 2)


def test_a_participant_is_listed_once_per_event(db) -> None:
    from observer_desk.core.models import Team

    utc = timezone.utc
    with db.transaction() as s:
        m = _mission()
        s.add(m)
        s.flush()
        o = Observer(mission_id=m.id, code="O1", family_name="One")
        t = Team(mission_id=m.id, name="Team 1")
        e = Event(mission_id=m.id, kind=EventKind.MEETING, title="CEC",
                  starts_at=datetime(2022, 11, 18, 4, tzinfo=utc),
                  ends_at=datetime(2022, 11, 18, 5, tzinfo=utc), time_zone="Asia/Almaty")
        s.add_all([o, t, e])
        s.flush()
        s.add_all([EventParticipant(event_id=e.id, observer_id=o.id), EventParticipant(event_id=e.id, team_id=t.id)])
    for twice in ({"observer_id": o.id}, {"team_id": t.id}):
        with pytest.raises(IntegrityError):
            with db.transaction() as s:
                s.add(EventParticipant(event_id=e.id, **twice))


def test_national_turnout_figure_once_per_time(db) -> None:
    from observer_desk.core.models import CecTurnout

    at = datetime(2022, 11, 20, 4, tzinfo=timezone.utc)
    with db.transaction() as s:
        m = _mission()
        s.add(m)
        s.flush()
        s.add(CecTurnout(mission_id=m.id, unit_id=None, at=at, turnout_percent=20.1))
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.add(CecTurnout(mission_id=m.id, unit_id=None, at=at, turnout_percent=20.5))
