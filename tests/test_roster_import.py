"""Importing nominations: reading the files states send, the plan, and the all-or-nothing commit."""

from __future__ import annotations

import sys
import unicodedata
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from observer_desk.core.db import Database, open_database
from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.models import (
    AccreditationEvent,
    AccreditationStatus,
    AuditAction,
    AuditEntry,
    BodyKind,
    BodyType,
    ElectionType,
    Mission,
    MissionRole,
    Observer,
    SendingBody,
    Sex,
)
from observer_desk.core.parsing import (
    ParseError,
    parse_date,
    parse_datetime,
    parse_email,
    parse_languages,
    parse_latin_name,
    parse_phone,
    parse_role,
    parse_sex,
)
from observer_desk.core.services.missions import (
    MissionData,
    SendingBodyData,
    create_mission,
    save_sending_bodies,
)
from observer_desk.core.services.observer_codes import next_code
from observer_desk.core.services.roster_import import (
    RowAction,
    commit_import,
    import_nominations,
    plan_import,
)
from observer_desk.documents import nominations_reader
from observer_desk.documents.nominations_reader import WorkbookError, read_nominations

sys.path.insert(0, str(Path(__file__).parent))
from hostile import files as hostile  # noqa: E402

ALMATY = ZoneInfo("Asia/Almaty")


def make_mission(db: Database, code: str = "SCO-KZ-2022") -> int:
    mission = create_mission(db, MissionData(
        code=code, title="SCO Observer Mission to the Early Presidential Election in Kazakhstan",
        organisation="Shanghai Cooperation Organisation", host_country="KZ",
        election_type=ElectionType.EARLY_PRESIDENTIAL, election_date=date(2022, 11, 20),
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 20), time_zone="Asia/Almaty",
        working_languages="en,ru,zh"))
    save_sending_bodies(db, mission.id, [
        SendingBodyData("CN", "People's Republic of China", country_code="CN",
                        name_ru="Китайская Народная Республика", name_zh="中华人民共和国", quota=2),
        SendingBodyData("KG", "Kyrgyz Republic", country_code="KG", name_ru="Кыргызская Республика",
                        name_zh="吉尔吉斯共和国", quota=2),
        SendingBodyData("RU", "Russian Federation", country_code="RU",
                        name_ru="Российская Федерация", name_zh="俄罗斯联邦", quota=3),
        SendingBodyData("SEC", "SCO Secretariat", kind=BodyKind.ORGANISATION,
                        body_type=BodyType.SECRETARIAT, name_ru="Секретариат ШОС",
                        name_zh="上海合作组织秘书处", quota=4),
    ])
    return mission.id


def write_rows(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def observers(db: Database, mission_id: int) -> dict[str, Observer]:
    with db.reading() as session:
        found = session.scalars(select(Observer).where(Observer.mission_id == mission_id))
        return {o.code: o for o in found}


def counts(db: Database) -> tuple[int, int, int]:
    with db.reading() as session:
        return (session.scalar(select(func.count()).select_from(Observer)),
                session.scalar(select(func.count()).select_from(AccreditationEvent)),
                session.scalar(select(func.count()).select_from(AuditEntry)))


# Decomposed "й" (и + combining breve), as some programs store it; the import stores it composed.
DECOMPOSED_NAME = "Зайцев Андре\u0438\u0306"

MESSY_HEADERS = ["№ п/п", " Фамилия ", "Имя", "ФИО на родном языке", "Пол", "Дата рождения",
                 "Гражданство", "Место работы", "Должность", "Номер паспорта", "Действителен до",
                 "Эл. почта", "Телефон"]


def messy_state_file(path: Path) -> Path:
    """A state's own list: two title rows, Russian headers, dates as text in two formats and as
    real dates, stray spaces, the country written three ways, and no sending-body column."""
    return write_rows(path, [
        ["Список наблюдателей от Российской Федерации"],
        ["  для участия в миссии наблюдателей ШОС, Казахстан, ноябрь 2022 г.  "],
        MESSY_HEADERS,
        [1, "  Kuznetsov ", "Aleksei", "Кузнецов  Алексей", "М", "17.11.1970", "Россия",
         "Государственная Дума", " Депутат ", "TEST 000101", "2030-05-01",
         "a.kuznetsov@example.org", "+7 495 555 0101"],
        [2, "Smirnova", " Olga", "Смирнова Ольга Игоревна", "Ж", datetime(1982, 3, 9),
         "Russian Federation", "ЦИК России", "Член ЦИК", "TEST000102", datetime(2029, 1, 31),
         None, "8 (495) 555-01-02"],
        [3, "Zaitsev", "Andrei", DECOMPOSED_NAME, "м", "1965-03-02", "RU", "МИД России",
         "Советник", "TEST000103", "02.03.2031", "", ""],
        [None, None, None, None, None, None, None, None, None, None, None, None, None],
    ], title="Лист1")


def test_messy_state_file_is_read_and_imported(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    path = messy_state_file(tmp_path / "Russia nominations.xlsx")

    plan = plan_import(db, mission_id, path)

    assert [(r.sheet, r.row, r.action, r.code) for r in plan.rows] == [
        ("Лист1", 4, RowAction.ADD, "RU-01"), ("Лист1", 5, RowAction.ADD, "RU-02"),
        ("Лист1", 6, RowAction.ADD, "RU-03")]
    assert plan.unknown_columns == ()
    assert [(c.letter, c.note) for c in plan.ignored_columns] == [("A", "row numbers")]
    result = commit_import(db, plan)
    assert result.added == ("RU-01", "RU-02", "RU-03")

    stored = observers(db, mission_id)
    with db.reading() as session:
        russia = session.scalar(select(SendingBody.id).where(SendingBody.code == "RU"))
    first, second, third = stored["RU-01"], stored["RU-02"], stored["RU-03"]
    assert (first.family_name, first.given_names, first.native_name) == (
        "Kuznetsov", "Aleksei", "Кузнецов Алексей")
    assert (second.given_names, second.position, first.position) == ("Olga", "Член ЦИК", "Депутат")
    assert [o.date_of_birth for o in (first, second, third)] == [
        date(1970, 11, 17), date(1982, 3, 9), date(1965, 3, 2)]
    assert [o.passport_expiry for o in (first, second, third)] == [
        date(2030, 5, 1), date(2029, 1, 31), date(2031, 3, 2)]
    assert {o.citizenship for o in stored.values()} == {"RU"}
    assert {o.sending_body_id for o in stored.values()} == {russia}
    assert [o.sex for o in (first, second, third)] == [Sex.MALE, Sex.FEMALE, Sex.MALE]
    assert first.passport_number == "TEST000101"
    assert (first.phone, second.phone, third.phone) == ("+7 495 555 0101", "8 (495) 555-01-02", "")
    assert third.native_name == unicodedata.normalize("NFC", DECOMPOSED_NAME) != DECOMPOSED_NAME
    assert {o.accreditation_status for o in stored.values()} == {AccreditationStatus.NOMINATED}
    assert {o.mission_role for o in stored.values()} == {MissionRole.OBSERVER}
    assert {o.version for o in stored.values()} == {1}
    with db.reading() as session:
        events = session.execute(select(AccreditationEvent.observer_id, AccreditationEvent.from_status,
                                        AccreditationEvent.to_status, AccreditationEvent.user,
                                        AccreditationEvent.note)).all()
    assert sorted(e.observer_id for e in events) == sorted(o.id for o in stored.values())
    assert {(e.from_status, e.to_status, e.user) for e in events} == {
        (None, AccreditationStatus.NOMINATED, "test-user")}
    assert all("Russia nominations.xlsx" in e.note for e in events)


def test_the_same_file_again_changes_nothing(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    path = messy_state_file(tmp_path / "ru.xlsx")
    import_nominations(db, mission_id, path)
    before = counts(db)
    again = plan_import(db, mission_id, path)
    # No code column: the rows find their observers by passport number.
    assert [(r.action, r.code) for r in again.rows] == [
        (RowAction.UNCHANGED, "RU-01"), (RowAction.UNCHANGED, "RU-02"), (RowAction.UNCHANGED, "RU-03")]
    commit_import(db, again)
    assert counts(db)[:2] == before[:2]


def test_every_error_is_placed_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    path = write_rows(tmp_path / "bad.xlsx", [
        ["Family name", "Given names", "Date of birth", "Citizenship", "Sending body", "E-mail",
         "Phone"],
        ["Wang", "Fang", "1979-08-14", "China", "CN", "wang.fang@example.org", "+86 10 5555 0101"],
        ["Petrov", "Ivan", "31.02.1970", "Russia", "RU", "", ""],
        ["Иванов", "Иван", "1970-01-01", "Russland", "Mars Delegation", "ivanov(at)example", "call me"],
        ["", "Nobody", "", "Kazakhstan", "", "", ""],
    ])
    plan = plan_import(db, mission_id, path)

    assert [r.action for r in plan.rows] == [RowAction.ADD, RowAction.ERROR, RowAction.ERROR,
                                             RowAction.ERROR]
    places = {(p.row, p.column, p.header) for p in plan.problems}
    assert places == {
        (3, "C", "Date of birth"),
        (4, "A", "Family name"), (4, "B", "Given names"), (4, "D", "Citizenship"),
        (4, "E", "Sending body"), (4, "F", "E-mail"), (4, "G", "Phone"),
        (5, "A", "Family name"), (5, "E", "Sending body"),
    }
    by_place = {(p.row, p.column): p.message for p in plan.problems}
    assert "31.02.1970" in by_place[(3, "C")] and "not a real date" in by_place[(3, "C")]
    assert "Cyrillic" in by_place[(4, "A")] and "Latin letters" in by_place[(4, "A")]
    assert "Russland" in by_place[(4, "D")]
    assert "Mars Delegation" in by_place[(4, "E")] and "CN, KG, RU, SEC" in by_place[(4, "E")]
    assert "none for Kazakhstan" in by_place[(5, "E")]
    assert str(plan.problems[0]).startswith("sheet Sheet1, row 3, column C (Date of birth): ")

    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        commit_import(db, plan)
    assert "bad.xlsx: sheet Sheet1, row 3, column C" in str(refused.value)
    assert counts(db) == before and before[:2] == (0, 0)


def test_update_by_code_lists_the_changes_and_bumps_the_version(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    import_nominations(db, mission_id, write_rows(tmp_path / "first.xlsx", [
        ["Family name", "Given names", "Citizenship", "Position", "Passport No.", "Phone"],
        ["Wang", "Fang", "CN", "Counsellor", "TEST000201", "+86 10 5555 0101"],
        ["Li", "Ming", "CN", "Attaché", "TEST000202", ""],
    ]))
    stored = observers(db, mission_id)
    assert set(stored) == {"CN-01", "CN-02"}

    plan = plan_import(db, mission_id, write_rows(tmp_path / "second.xlsx", [
        ["Code", "Family name", "Position", "Passport No.", "Phone", "Mission role"],
        ["cn-01", "Wang", "Senior Counsellor", "TEST 000201", "", "Coordinator"],
        ["CN-02", "Li", "Attaché", "TEST000299", None, None],
    ]))
    assert [(r.code, r.action) for r in plan.rows] == [("CN-01", RowAction.UPDATE),
                                                       ("CN-02", RowAction.UPDATE)]
    assert [str(c) for c in plan.rows[0].changes] == [
        "Position: Counsellor -> Senior Counsellor", "Mission role: observer -> coordinator"]
    # Passport numbers are shown masked in the plan.
    assert [str(c) for c in plan.rows[1].changes] == ["Passport No.: •••••••202 -> •••••••299"]
    result = commit_import(db, plan)
    assert result.updated == ("CN-01", "CN-02")

    after = observers(db, mission_id)
    assert (after["CN-01"].position, after["CN-01"].mission_role, after["CN-01"].phone) == (
        "Senior Counsellor", MissionRole.COORDINATOR, "+86 10 5555 0101")  # empty cell kept
    assert after["CN-02"].passport_number == "TEST000299"
    assert (after["CN-01"].version, after["CN-02"].version) == (2, 2)
    with db.reading() as session:
        audit = session.execute(select(AuditEntry.action, AuditEntry.record_id, AuditEntry.changes)
                                .order_by(AuditEntry.id)).all()
    updates = [a for a in audit if a.action == AuditAction.UPDATE]
    assert [(a.record_id, a.changes) for a in updates] == [
        (after["CN-01"].id, {"position": ["Counsellor", "Senior Counsellor"],
                             "mission_role": ["observer", "coordinator"]}),
        (after["CN-02"].id, {"passport_number": ["•••••••202", "•••••••299"]})]
    assert sum(1 for a in audit if a.action == AuditAction.IMPORT) == 2


def test_a_row_without_code_finds_its_observer_by_passport(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    import_nominations(db, mission_id, write_rows(tmp_path / "a.xlsx", [
        ["Family name", "Citizenship", "Passport No."], ["Asanov", "Kyrgyzstan", "TEST000301"]]))
    plan = plan_import(db, mission_id, write_rows(tmp_path / "b.xlsx", [
        ["Surname", "First name", "Passport number", "Nationality"],
        ["Asanov", "Bakyt", "test000301", "Kyrgyz Republic"]]))
    assert [(r.action, r.code, [str(c) for c in r.changes]) for r in plan.rows] == [
        (RowAction.UPDATE, "KG-01", ["Given names: (empty) -> Bakyt"])]


def test_a_plan_made_stale_by_another_edit_is_refused(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    import_nominations(db, mission_id, write_rows(tmp_path / "a.xlsx", [
        ["Family name", "Citizenship", "Position"], ["Orlov", "RU", "Adviser"]]))
    plan = plan_import(db, mission_id, write_rows(tmp_path / "b.xlsx", [
        ["Code", "Family name", "Position", "Sending body"], ["RU-01", "Orlov", "Senior Adviser", "RU"],
        ["", "Belov", "Adviser", "RU"]]))
    assert [r.action for r in plan.rows] == [RowAction.UPDATE, RowAction.ADD]
    with db.transaction() as session:  # someone edits Orlov meanwhile
        session.scalar(select(Observer).where(Observer.code == "RU-01")).hotel = "Hotel Astana"
    before = counts(db)
    with pytest.raises(StaleEditError, match="RU-01.*plan the import again"):
        commit_import(db, plan)
    assert counts(db) == before
    assert observers(db, mission_id)["RU-01"].position == "Adviser"


def test_codes_continue_each_bodys_sequence(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    import_nominations(db, mission_id, write_rows(tmp_path / "a.xlsx", [
        ["Code", "Family name", "Sending body"], ["RU-07", "Sokolov", "RU"], ["SEC-01", "Lin", "SEC"]]))
    plan = plan_import(db, mission_id, write_rows(tmp_path / "b.xlsx", [
        ["Family name", "Sending body"], ["Morozov", "RU"], ["Lebedev", "Российская Федерация"],
        ["Gao", "上海合作组织秘书处"], ["Hu", "China"]]))
    assert [r.code for r in plan.rows] == ["RU-08", "RU-09", "SEC-02", "CN-01"]


def test_codes_continue_a_mission_wide_series_as_the_editor_suggests(demo_template_url: str, copy_db_url,
                                                                     tmp_path: Path) -> None:
    """The demo numbers everyone SCO-01 ... SCO-18: an import goes on with SCO-19, the code the
    observer editor suggests, not RU-01."""
    db = open_database(copy_db_url(demo_template_url, "demo"))
    try:
        with db.reading() as session:
            mission_id = session.scalar(select(Mission.id).where(Mission.code == "SCO-KZ-2022"))
            codes = list(session.scalars(select(Observer.code).where(Observer.mission_id == mission_id)))
        assert next_code(codes) == "SCO-19"
        plan = plan_import(db, mission_id, write_rows(tmp_path / "late.xlsx", [
            ["Family name", "Given names", "Sending body"], ["Morozov", "Ivan", "RU"], ["Gao", "Yan", "CN"]]))
        assert [r.code for r in plan.rows] == ["SCO-19", "SCO-20"]
    finally:
        db.dispose()


def test_sending_body_in_any_of_its_names_or_by_country(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    forms = ["CN", "cn", "People's Republic of China", "Китайская Народная Республика",
             "中华人民共和国", "China", "Китай", "PRC"]
    plan = plan_import(db, mission_id, write_rows(tmp_path / "bodies.xlsx", [
        ["Surname", "Delegation"], *[[f"Person{chr(65 + i)}", form] for i, form in enumerate(forms)]]))
    assert not plan.has_errors, plan.problems
    commit_import(db, plan)
    with db.reading() as session:
        china = session.scalar(select(SendingBody.id).where(SendingBody.code == "CN"))
    assert {o.sending_body_id for o in observers(db, mission_id).values()} == {china}


def test_rows_describing_the_same_person_twice(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    plan = plan_import(db, mission_id, write_rows(tmp_path / "twice.xlsx", [
        ["Code", "Family name", "Passport No.", "Sending body"],
        ["", "Reddy", "TEST000401", "SEC"],
        ["", "Reddy", "TEST 000401", "SEC"],
        ["X-1", "Rao", "TEST000402", "SEC"],
        ["x-1", "Rao", "TEST000403", "SEC"],
    ]))
    assert [r.action for r in plan.rows] == [RowAction.ADD, RowAction.ERROR, RowAction.ADD,
                                             RowAction.ERROR]
    assert "also on row 2" in plan.rows[1].problems[0].message
    assert plan.rows[1].problems[0].column == "C"
    assert "also on row 4" in plan.rows[3].problems[0].message


def test_a_new_code_with_a_known_passport_is_a_conflict(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    import_nominations(db, mission_id, write_rows(tmp_path / "a.xlsx", [
        ["Family name", "Passport No.", "Sending body"], ["Nair", "TEST000501", "SEC"]]))
    plan = plan_import(db, mission_id, write_rows(tmp_path / "b.xlsx", [
        ["Code", "Family name", "Passport No."], ["SEC-99", "Nair", "TEST000501"]]))
    assert plan.rows[0].action is RowAction.ERROR
    assert "belongs to observer SEC-01 (NAIR)" in plan.rows[0].problems[0].message


def test_one_head_of_mission(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    import_nominations(db, mission_id, write_rows(tmp_path / "a.xlsx", [
        ["Family name", "Sending body", "Role"], ["Chen", "SEC", "Head of mission"]]))
    plan = plan_import(db, mission_id, write_rows(tmp_path / "b.xlsx", [
        ["Family name", "Sending body", "Role"], ["Zhou", "SEC", "Глава миссии"]]))
    assert plan.rows[0].action is RowAction.ERROR
    assert "has a head already (SEC-01 CHEN)" in plan.rows[0].problems[0].message
    # Handing over in one file works: the old head becomes deputy, the new one head.
    plan = plan_import(db, mission_id, write_rows(tmp_path / "c.xlsx", [
        ["Code", "Family name", "Sending body", "Role"], ["", "Zhou", "SEC", "head"],
        ["SEC-01", "Chen", "SEC", "Deputy head"]]))
    assert not plan.has_errors, plan.problems
    commit_import(db, plan)
    roles = {o.family_name: o.mission_role for o in observers(db, mission_id).values()}
    assert roles == {"Chen": MissionRole.DEPUTY, "Zhou": MissionRole.HEAD}


def test_travel_times_are_local_to_the_mission(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    import_nominations(db, mission_id, write_rows(tmp_path / "travel.xlsx", [
        ["Family name", "Sending body", "Arrival flight", "Arrival", "Departure"],
        ["Zhang", "CN", "KC 886", "17.11.2022 13:40", datetime(2022, 11, 21, 16, 45)]]))
    stored = observers(db, mission_id)["CN-01"]
    assert stored.arrival_at == datetime(2022, 11, 17, 7, 40, tzinfo=timezone.utc)
    assert stored.departure_at == datetime(2022, 11, 21, 16, 45, tzinfo=ALMATY)
    assert stored.arrival_flight == "KC 886"


def test_unknown_columns_are_reported_and_can_be_mapped(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    path = write_rows(tmp_path / "french.xlsx", [
        ["Liste des observateurs"],
        ["Nom de famille", "Prénom", "Pays", "Couleur préférée"],
        ["Dupont", "Marie", "Kyrgyzstan", "bleu"],
    ])
    with pytest.raises(WorkbookError, match="no header row"):
        plan_import(db, mission_id, path)
    mapping = {"Nom de famille": "family_name", "prénom": "given_names", "Pays": "citizenship"}
    plan = plan_import(db, mission_id, path, mapping)
    assert [(c.sheet, c.letter, c.header) for c in plan.unknown_columns] == [
        ("Sheet1", "D", "Couleur préférée")]
    assert plan.rows[0].action is RowAction.ADD and plan.rows[0].row == 3
    plan = plan_import(db, mission_id, path, mapping | {"Couleur préférée": None})
    assert plan.unknown_columns == ()
    assert [(c.letter, c.note) for c in plan.ignored_columns] == [("D", "ignored as you chose")]
    commit_import(db, plan)
    stored = observers(db, mission_id)["KG-01"]
    assert (stored.family_name, stored.given_names, stored.citizenship) == ("Dupont", "Marie", "KG")


def test_values_without_a_header_are_reported(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    plan = plan_import(db, mission_id, write_rows(tmp_path / "loose.xlsx", [
        ["Family name", "Sending body", None, "Passport No."],
        ["Rahimov", "SEC", "to be confirmed", None],
        ["Saidov", "SEC", None, None, "late"]]))
    assert [(c.letter, c.first_row, c.count) for c in plan.unheaded_columns] == [("C", 2, 1), ("E", 3, 1)]


def test_two_columns_for_one_field(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    plan = plan_import(db, mission_id, write_rows(tmp_path / "double.xlsx", [
        ["Surname", "Family name", "Sending body"], ["Rao", "Rao-Menon", "SEC"]]))
    assert plan.rows[0].name == "RAO"
    [ignored] = plan.ignored_columns
    assert (ignored.letter, ignored.note.split(";")[0]) == ("B", "same field as column A (Surname)")


# --- files that cannot be used -------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(hostile.HOSTILE))
def test_hostile_files_are_refused_before_anything_is_written(db: Database, tmp_path: Path,
                                                              name: str) -> None:
    mission_id = make_mission(db)
    maker, words = hostile.HOSTILE[name]
    path = maker(tmp_path)
    before = counts(db)
    with pytest.raises(WorkbookError) as refused:
        plan_import(db, mission_id, path)
    message = str(refused.value)
    assert words in message and "\n" not in message
    assert counts(db) == before and before[:2] == (0, 0)


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
def test_entity_bombs_are_refused_by_the_parser_too(tmp_path: Path, monkeypatch, part: str) -> None:
    """Without the check for a DTD, defusedxml (which openpyxl uses) still refuses to expand."""
    monkeypatch.setattr(nominations_reader, "_check_no_dtd", lambda *args: None)
    with pytest.raises(WorkbookError, match="entity bomb"):
        read_nominations(hostile.entity_bomb(tmp_path, part))


def test_row_and_size_limits(tmp_path: Path, monkeypatch) -> None:
    path = hostile.too_many_rows(tmp_path, 60)
    assert len(read_nominations(path, max_rows=60).rows) == 60
    with pytest.raises(WorkbookError, match="past 50 observer rows"):
        read_nominations(path, max_rows=50)
    monkeypatch.setattr(nominations_reader, "MAX_FILE_BYTES", 1024)
    with pytest.raises(WorkbookError, match=r"an import takes workbooks of up to 0 MB"):
        read_nominations(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="no such file"):
        read_nominations(tmp_path / "absent.xlsx")
    with pytest.raises(WorkbookError, match="is a folder"):
        read_nominations(tmp_path)


def test_sheet_without_observer_rows(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "headers-only.xlsx", [["Family name", "Given names"]])
    with pytest.raises(WorkbookError, match="lists no observers.*header in row 1"):
        read_nominations(path)


# --- the parsers the import and the editor share ---------------------------------------------

@pytest.mark.parametrize("text", ["17.11.1970", "17/11/1970", "1970-11-17", "17-11-1970",
                                  "11/17/1970", "17 November 1970", "Nov 17, 1970",
                                  "17 ноября 1970 г.", "1970年11月17日", "19701117",
                                  " 17.11.1970 ", "1970-11-17 00:00:00"])
def test_dates_in_the_forms_people_write(text: str) -> None:
    assert parse_date(text) == date(1970, 11, 17)


def test_dates_from_spreadsheet_values() -> None:
    assert parse_date(datetime(1970, 11, 17)) == date(1970, 11, 17)
    assert parse_date(25889) == date(1970, 11, 17)  # a date cell formatted as a number
    assert parse_date(None) is None and parse_date("") is None


@pytest.mark.parametrize("text,words", [("31.02.1970", "not a real date"),
                                        ("17.11.70", "four digits"),
                                        ("soon", "not a date"), (1970, "a number, not a date")])
def test_dates_that_are_refused(text: object, words: str) -> None:
    with pytest.raises(ParseError, match=words):
        parse_date(text)


def test_date_times_are_local_and_need_a_time() -> None:
    assert parse_datetime("17.11.2022, 2:30 pm", "Asia/Almaty") == datetime(2022, 11, 17, 14, 30,
                                                                             tzinfo=ALMATY)
    # A spreadsheet's fraction of a day lands a microsecond off; it is rounded to the second.
    assert parse_datetime(datetime(2022, 11, 17, 14, 29, 59, 999999), "Asia/Almaty") == datetime(
        2022, 11, 17, 14, 30, tzinfo=ALMATY)
    with pytest.raises(ParseError, match="has no time"):
        parse_datetime("17.11.2022", "Asia/Almaty")


def test_contact_details() -> None:
    assert parse_email("  a.belova@example.org ") == "a.belova@example.org"
    assert parse_phone("0086 10 5555 0101") == "+86 10 5555 0101"
    assert parse_phone(77015550101.0) == "77015550101"
    for bad in ("a@b", "one@example.org; two@example.org"):
        with pytest.raises(ParseError):
            parse_email(bad)
    for bad in ("+7 701 CALL ME", "12345"):
        with pytest.raises(ParseError):
            parse_phone(bad)


def test_names_and_vocabularies() -> None:
    assert parse_latin_name("  O'Neill-Smith  ") == "O'Neill-Smith"
    with pytest.raises(ParseError, match="Chinese script"):
        parse_latin_name("王芳")
    assert [parse_sex(v) for v in ("Ж", "F / Ж", "male", "男")] == [Sex.FEMALE, Sex.FEMALE,
                                                                   Sex.MALE, Sex.MALE]
    assert parse_role("Observer / Наблюдатель") is MissionRole.OBSERVER
    assert parse_role("Deputy head") is MissionRole.DEPUTY
    assert parse_languages("китайский и русский языки, English") == "zh,ru,en"
    assert parse_languages("tg,ru,en,zh") == "tg,ru,en,zh"
    with pytest.raises(ParseError, match="Klingon"):
        parse_languages("Klingon")
