"""The audit trail: every change recorded by the session events (who, when, which record, which
fields, old and new values), personal data masked, nothing recorded for work rolled back, one
entry per bulk operation, entries that cannot be changed, and the stale-edit messages that name
who changed a record and what."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError

from observer_desk.core.audit import (
    AuditFilter,
    audit_entries,
    count_entries,
    mask_passport,
    record_audit,
    record_history,
)
from observer_desk.core.db import Database
from observer_desk.core.errors import StaleEditError
from observer_desk.core.models import (
    Answer,
    AuditAction,
    AuditEntry,
    ElectionType,
    Mission,
    Observer,
    Team,
)
from observer_desk.core.services import missions
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.observer_profile import ObserverForm, load_observer, save_observer
from observer_desk.core.services.photos import prepare_photo
from observer_desk.core.services.teams import TeamData, create_team, update_team

PASSPORT = "TEST000101"


@pytest.fixture
def mission_id(db: Database) -> int:
    mission = missions.create_mission(db, missions.MissionData(
        code="M-1", title="Mission", organisation="Org", host_country="KZ",
        election_type=ElectionType.EARLY_PRESIDENTIAL, election_date=date(2022, 11, 20),
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 20), time_zone="Asia/Almaty"))
    missions.save_sending_bodies(db, mission.id, [missions.SendingBodyData(
        code="RU", name_en="Russia", country_code="RU")])
    return mission.id


def form(**values) -> ObserverForm:
    base = dict(code="RU-01", family_name="Sokolova", given_names="Anna", citizenship="RU",
                date_of_birth=date(1975, 3, 14), passport_number=PASSPORT,
                passport_expiry=date(2030, 1, 1), email="a.sokolova@example.org",
                phone="+7 495 555 0101", notes="Vegetarian")
    base.update(values)
    return ObserverForm(**base)


def photo_bytes(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (700, 900), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def test_a_new_observer_and_each_edit_are_recorded_with_old_and_new_values(
        db: Database, mission_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OBSERVER_DESK_USER", "Aigerim")
    observer_id = save_observer(db, mission_id, form())
    monkeypatch.setenv("OBSERVER_DESK_USER", "Bolat")
    loaded = load_observer(db, observer_id)
    save_observer(db, mission_id, form(position="Member of the CEC", passport_number="TEST000999",
                                       phone="+7 701 555 0199"),
                  observer_id=observer_id, version=loaded.version)

    history = record_history(db, "observer", observer_id)
    assert [(h.action, h.user) for h in history] == [(AuditAction.UPDATE, "Bolat"),
                                                     (AuditAction.INSERT, "Aigerim")]
    change, creation = history
    assert change.summary == "observer RU-01 SOKOLOVA Anna: position, passport number, phone changed"
    assert change.changes["position"] == ["", "Member of the CEC"]
    # Personal data is masked: the trail must not outlive a purge with a copy of it.
    assert change.changes["passport_number"] == ["•••••••101", "•••••••999"]
    assert change.changes["phone"] == ["•••01", "•••99"]
    assert set(change.changes) == {"position", "passport_number", "phone"}
    assert creation.changes["family_name"] == [None, "Sokolova"]
    assert creation.changes["accreditation step"] == [None, "new → nominated"]
    assert creation.changes["date_of_birth"] == [None, "••.••.1975"]
    assert creation.changes["email"] == [None, "a•••@example.org"]
    assert creation.changes["notes"] == [None, "(10 characters)"]
    with db.reading() as session:
        stored = " ".join(str(c) for c in session.scalars(select(AuditEntry.changes)))
    for secret in (PASSPORT, "TEST000999", "a.sokolova@", "555 0101", "1975-03-14", "Vegetarian"):
        assert secret not in stored


def test_a_photo_is_recorded_as_changed_never_as_its_bytes(db: Database, mission_id: int) -> None:
    observer_id = save_observer(db, mission_id, form())
    version = load_observer(db, observer_id).version
    save_observer(db, mission_id, form(), observer_id=observer_id, version=version,
                  photo=prepare_photo(photo_bytes("navy")))
    version = load_observer(db, observer_id).version
    save_observer(db, mission_id, form(), observer_id=observer_id, version=version,
                  photo=prepare_photo(photo_bytes("olive")))
    version = load_observer(db, observer_id).version
    save_observer(db, mission_id, form(), observer_id=observer_id, version=version, remove_photo=True)
    history = record_history(db, "observer", observer_id)
    photos = [h.changes["photo"] for h in history if "photo" in h.changes]
    assert photos == [["photo", "photo removed"], ["photo", "photo changed"], [None, "photo added"]]
    assert all("badge_version" in h.changes for h in history[:3])
    assert all(len(str(h.changes)) < 1000 for h in history)


def test_work_rolled_back_leaves_no_entry(db: Database, mission_id: int) -> None:
    before = count_entries(db)
    with pytest.raises(RuntimeError):
        with db.transaction() as session:
            session.add(Team(mission_id=mission_id, name="Team 9"))
            session.flush()
            raise RuntimeError("the user cancelled")
    assert count_entries(db) == before


def test_rows_that_belong_to_a_record_are_filed_under_it(db: Database, mission_id: int) -> None:
    first = save_observer(db, mission_id, form())
    second = save_observer(db, mission_id, form(code="RU-02", family_name="Orlov", given_names="Pavel",
                                               passport_number="TEST000102"))
    team = create_team(db, mission_id, TeamData(name="Team 1", member_ids=[first],
                                                driver_phone="+7 701 555 0142"))
    update_team(db, team.id, team.version, TeamData(name="Team 1", member_ids=[second],
                                                    driver_phone="+7 701 555 0142"))
    change, creation = record_history(db, "team", team.id)
    assert creation.changes["member RU-01 SOKOLOVA Anna"] == [None, "added"]
    assert creation.changes["driver_phone"] == [None, "•••42"]
    assert change.changes == {"member RU-01 SOKOLOVA Anna": ["added", "removed"],
                              "member RU-02 ORLOV Pavel": [None, "added"]}
    assert change.summary.startswith("team Team 1: member RU-0")
    assert "member RU-01 SOKOLOVA Anna" in change.summary and "ORLOV" in change.summary


def test_answers_are_filed_under_their_report(db: Database) -> None:
    create_demo_mission(db)
    with db.transaction() as session:
        answer = session.scalars(select(Answer).order_by(Answer.report_id, Answer.question_id)).first()
        report_id, old = answer.report_id, answer.value
        answer.value = "changed by hand"
    (entry,) = record_history(db, "visit_report", report_id)
    ((name, values),) = entry.changes.items()
    assert name.startswith("answer ") and values == [old, "changed by hand"]
    assert entry.action is AuditAction.UPDATE


def test_a_deletion_keeps_what_was_deleted(db: Database, mission_id: int) -> None:
    team = create_team(db, mission_id, TeamData(name="Team 5", vehicle="Minibus"))
    with db.transaction() as session:
        session.delete(session.get(Team, team.id))
    deletion = record_history(db, "team", team.id)[0]
    assert deletion.action is AuditAction.DELETE
    assert deletion.changes["vehicle"] == ["Minibus", None]
    assert deletion.summary == "team Team 5 deleted"


def test_bulk_work_records_one_entry_with_counts_and_masks_values(db: Database, mission_id: int) -> None:
    with db.transaction() as session:
        record_audit(session, table="observer", action=AuditAction.IMPORT, mission_id=mission_id,
                     summary="imported list.xlsx: 3 added", changes={"added": [None, 3],
                                                                     "passport_number": [None, PASSPORT]})
    (entry,) = audit_entries(db, AuditFilter(mission_id=mission_id, table="observer"))
    assert entry.changes == {"added": [None, 3], "passport_number": [None, "•••••••101"]}
    assert entry.user == "test-user"


def test_the_trail_cannot_be_changed_or_deleted(db: Database, mission_id: int) -> None:
    assert count_entries(db) > 0
    with db.transaction() as session:
        first = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id))
    for statement in (update(AuditEntry).values(summary="nothing happened"),
                      update(AuditEntry).values(user="someone else"), delete(AuditEntry)):
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            with db.transaction() as session:
                session.execute(statement)
    if db.is_sqlite:
        with sqlite3.connect(db.path) as raw:  # not through the program either
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                raw.execute("DELETE FROM audit_entry WHERE id = ?", (first,))
    else:
        import psycopg

        raw = db.engine.raw_connection()  # the driver's own connection, no session
        try:
            for statement in ("DELETE FROM audit_entry WHERE id = %s", "TRUNCATE audit_entry"):
                with pytest.raises(psycopg.DatabaseError, match="append-only"):
                    raw.cursor().execute(statement, (first,) if "%s" in statement else None)
                raw.rollback()
        finally:
            raw.close()
    # Deleting a mission still works: its entries stay, without the mission they were about.
    with db.transaction() as session:
        session.delete(session.get(Mission, mission_id))
    with db.reading() as session:
        assert session.scalar(select(AuditEntry.mission_id).where(AuditEntry.id == first)) is None
        assert session.execute(text("SELECT count(*) FROM audit_entry")).scalar() >= 3


def test_no_service_writes_the_trail_other_than_by_appending() -> None:
    """Nothing in the program updates or deletes audit rows: only inserts and reads."""
    root = Path(__file__).resolve().parent.parent / "observer_desk"
    offending = []
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for pattern in ("update(AuditEntry", "delete(AuditEntry", "UPDATE audit_entry",
                        "DELETE FROM audit_entry", "update(AuditEntry.__table__",
                        "delete(AuditEntry.__table__"):
            if pattern in source:
                offending.append(f"{path.name}: {pattern}")
    assert offending == []


def test_a_stale_save_names_who_changed_the_observer_and_what(
        db: Database, mission_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    observer_id = save_observer(db, mission_id, form())
    mine = load_observer(db, observer_id).version
    monkeypatch.setenv("OBSERVER_DESK_USER", "Dana Colleague")
    save_observer(db, mission_id, form(hotel="Hotel Astana", phone="+7 701 555 0177"),
                  observer_id=observer_id, version=mine)
    monkeypatch.setenv("OBSERVER_DESK_USER", "me")
    with pytest.raises(StaleEditError) as refused:
        save_observer(db, mission_id, form(position="Observer"), observer_id=observer_id, version=mine)
    message = str(refused.value)
    assert "RU-01 was changed by Dana Colleague at " in message
    assert "phone, hotel" in message
    with db.reading() as session:
        assert session.get(Observer, observer_id).position == ""


def test_a_stale_mission_edit_names_who_changed_it(db: Database, mission_id: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    version = missions.get_mission_by_id(db, mission_id).version
    monkeypatch.setenv("OBSERVER_DESK_USER", "Erlan")
    missions.update_mission(db, mission_id, version, {"cec_name": "Central Election Commission"})
    with pytest.raises(StaleEditError, match=r"changed by Erlan at .*: election commission since you opened it"):
        missions.update_mission(db, mission_id, version, {"title": "Another title"})


def test_a_stale_list_of_sending_bodies_names_who_changed_it(db: Database, mission_id: int,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (body,) = missions.sending_bodies(db, mission_id)
    data = missions.SendingBodyData(code="RU", name_en="Russia", id=body.body.id,
                                    version=body.body.version, quota=3)
    monkeypatch.setenv("OBSERVER_DESK_USER", "Farida")
    missions.save_sending_bodies(db, mission_id, [data])
    with pytest.raises(StaleEditError, match="changed by Farida at .*quota"):
        missions.save_sending_bodies(db, mission_id, [data])


def test_audit_export_on_the_command_line(db: Database, tmp_path: Path, monkeypatch) -> None:
    create_demo_mission(db)
    mission = missions.get_mission(db)
    with db.reading() as session:
        observer = session.scalar(select(Observer).where(Observer.code == "SCO-03"))
    monkeypatch.setenv("OBSERVER_DESK_USER", "Gulnara")
    loaded = load_observer(db, observer.id)
    save_observer(db, mission.id, ObserverForm(**{**loaded.form.__dict__,
                                                   "passport_number": "TEST777555"}),
                  observer_id=observer.id, version=loaded.version)
    out = tmp_path / "audit.xlsx"
    result = subprocess.run([sys.executable, "-m", "observer_desk.cli", "--db", db.target,
                             "audit", "export", str(out), "--user", "Gulnara"],
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 1 audit entry of SCO-KZ-2022"
    if sys.platform != "win32":
        assert out.stat().st_mode & 0o777 == 0o600
    workbook = load_workbook(out, read_only=True)
    assert workbook.sheetnames == ["Audit trail", "Changes"]
    entries = [row for row in workbook["Audit trail"].iter_rows(min_row=5, values_only=True)]
    assert [(r[2], r[3], r[5]) for r in entries] == [("Gulnara", "observer", "changed")]
    changes = [row for row in workbook["Changes"].iter_rows(min_row=5, values_only=True)]
    assert changes[0][5:8] == ("passport number", mask_passport(loaded.form.passport_number),
                               "•••••••555")
    everything = " ".join(str(v) for sheet in workbook for row in sheet.iter_rows(values_only=True)
                          for v in row if v is not None)
    assert "TEST777555" not in everything and loaded.form.passport_number not in everything

    bad = subprocess.run([sys.executable, "-m", "observer_desk.cli", "--db", db.target,
                          "audit", "export", str(tmp_path / "a.xlsx"), "--since", "17.11.2022"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_every_editable_record_refuses_a_stale_edit_and_the_trail_knows_who_made_it(
        db: Database, mission_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The itinerary's services record their changes without a line of audit code of their own."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from observer_desk.core.audit import who_changed
    from observer_desk.core.models import EventKind, VenueKind
    from observer_desk.core.services.programme import EventData, create_event, update_event
    from observer_desk.core.services.venues import VenueData, create_venue, update_venue

    almaty = ZoneInfo("Asia/Almaty")
    start = datetime(2022, 11, 18, 10, 0, tzinfo=almaty)
    team = create_team(db, mission_id, TeamData(name="Team 1"))
    venue = create_venue(db, mission_id, VenueData(name="CEC", kind=VenueKind.ELECTION_COMMISSION))
    (event,) = [create_event(db, mission_id, EventData(
        kind=EventKind.MEETING, title="Meeting with the CEC", starts_at=start,
        ends_at=start.replace(hour=11), venue_id=venue.id))]
    edits = [
        ("team", team.id, lambda version, text: update_team(db, team.id, version,
                                                             TeamData(name="Team 1", vehicle=text)),
         team.version, "vehicle"),
        ("venue", venue.id, lambda version, text: update_venue(db, venue.id, version, VenueData(
            name="CEC", kind=VenueKind.ELECTION_COMMISSION, address=text)), venue.version, "address"),
        ("event", event.id, lambda version, text: update_event(db, event.id, version, EventData(
            kind=EventKind.MEETING, title="Meeting with the CEC", starts_at=start,
            ends_at=start.replace(hour=11), venue_id=venue.id, counterpart=text)),
         event.version, "counterpart"),
    ]
    for table, record_id, edit, version, field_name in edits:
        monkeypatch.setenv("OBSERVER_DESK_USER", "Hanna")
        edit(version, "first edit")
        monkeypatch.setenv("OBSERVER_DESK_USER", "Ivan")
        with pytest.raises(StaleEditError):
            edit(version, "second edit on a stale copy")
        with db.reading() as session:
            who = who_changed(session, table, record_id)
        assert who.startswith(" by Hanna at ") and who.endswith(field_name.replace("_", " ")), who
