"""The roster workbook from the export service: what a secretariat sends, read back cell by cell,
and re-imported as it is."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from observer_desk.core.db import Database
from observer_desk.core.models import (
    AccreditationStatus,
    BodyType,
    MissionRole,
    Observer,
    SendingBody,
    Sex,
)
from observer_desk.core.services.roster_export import ExportError, export_roster
from observer_desk.core.services.roster_import import RowAction, plan_import
from observer_desk.documents.roster_columns import COLUMNS
from observer_desk.documents.xlsx_style import DATE_FORMAT, DATETIME_FORMAT
from test_roster_import import make_mission

KAZAKH = "Әбілқасымова Ғалия Қайратқызы Ңұрлан Өмір Ұлан Үміт Һижра Іңкәр"
CYRILLIC = "Воронин Павел Андреевич"
CHINESE = "周汉卿"
EXPORTED_AT = datetime(2022, 11, 16, 9, 30, tzinfo=timezone.utc)


def body_id(db: Database, code: str) -> int:
    with db.reading() as session:
        return session.scalar(select(SendingBody.id).where(SendingBody.code == code))


@pytest.fixture
def mission(db: Database) -> int:
    mission_id = make_mission(db)
    common = dict(mission_id=mission_id, accreditation_status=AccreditationStatus.NOMINATED)
    with db.transaction() as session:
        session.add_all([
            Observer(code="SCO-01", family_name="Zhou", given_names="Hanqing", native_name=CHINESE,
                     sex=Sex.MALE, date_of_birth=date(1966, 5, 17), citizenship="CN",
                     sending_body_id=body_id(db, "CN"),
                     institution="Standing Committee of the National People's Congress",
                     position="Member of the Standing Committee", authority_type=BodyType.LEGISLATIVE,
                     mission_role=MissionRole.HEAD, passport_number="DEMO000001",
                     passport_expiry=date(2026, 4, 22), email="zhou.hanqing@example.org",
                     phone="+86 10 5555 0106", languages="zh,en", arrival_flight="KC 886",
                     arrival_at=datetime(2022, 11, 17, 7, 40, tzinfo=timezone.utc),
                     departure_flight="KC 885",
                     departure_at=datetime(2022, 11, 21, 10, 45, tzinfo=timezone.utc),
                     hotel="Grand Yesil Hotel, Astana", notes="Arrives with an aide.\nVegetarian.",
                     **common),
            Observer(code="SCO-02", family_name="Voronin", given_names="Pavel", native_name=CYRILLIC,
                     sex=Sex.MALE, date_of_birth=date(1964, 7, 28), citizenship="RU",
                     sending_body_id=body_id(db, "RU"), institution="State Duma",
                     position="=Deputy of the State Duma", authority_type=BodyType.LEGISLATIVE,
                     mission_role=MissionRole.DEPUTY, passport_number="DEMO000002",
                     passport_expiry=date(2028, 3, 21), email="p.voronin@example.org",
                     phone="+7 495 555 0113", languages="ru,en", **common),
            Observer(code="SCO-03", family_name="Sarsenbayeva", given_names="Aigerim",
                     native_name=KAZAKH, sex=Sex.FEMALE, date_of_birth=date(1993, 7, 30),
                     citizenship="KZ", sending_body_id=body_id(db, "SEC"),
                     institution="@SCO Secretariat", position="-acting- press officer",
                     authority_type=BodyType.SECRETARIAT, mission_role=MissionRole.STAFF,
                     passport_number="DEMO000003", passport_expiry=date(2031, 3, 2),
                     languages="kk,ru,en,zh", **common),
            Observer(code="SCO-04", family_name="Omurbekova", given_names="Ainura",
                     native_name="Өмүрбекова Айнура", sex=Sex.FEMALE, citizenship="KG",
                     sending_body_id=body_id(db, "KG"), mission_role=MissionRole.INTERPRETER,
                     authority_type=BodyType.ELECTION_AUTHORITY, passport_number="DEMO000004",
                     **common),
        ])
    return mission_id


def test_roster_reads_back_with_its_layout(db: Database, mission: int, tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    assert export_roster(db, mission, path, exported_at=EXPORTED_AT) == 4
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Roster", "By body", "CEC submission"]
    sheet = workbook["Roster"]
    assert sheet["A1"].value.startswith("SCO Observer Mission")
    assert "Exported 2022-11-16 15:30 (Asia/Almaty)" in sheet["A2"].value
    headers = [c.value for c in sheet[4]]
    assert headers[0] == "Code"
    assert headers[:len(COLUMNS)] == [c.en for c in COLUMNS]
    assert headers[len(COLUMNS):] == ["Status", "CEC certificate No.", "Certificate date", "Photo"]
    assert sheet.freeze_panes == "A5"
    assert sheet.auto_filter.ref == f"A4:AA{4 + 4}"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$4:$4"
    assert sheet.oddFooter.center.text == "Page &P of &N"
    assert all(sheet.column_dimensions[letter].width >= 6 for letter in ("A", "B", "D"))

    rows = {r[0].value: {h: c for h, c in zip(headers, r, strict=True)} for r in sheet.iter_rows(min_row=5)}
    assert list(rows) == ["SCO-01", "SCO-04", "SCO-02", "SCO-03"]  # body order, then role
    zhou = rows["SCO-01"]
    assert zhou["Date of birth"].value == datetime(1966, 5, 17)
    assert zhou["Date of birth"].number_format == DATE_FORMAT
    assert zhou["Arrival"].value == datetime(2022, 11, 17, 13, 40)  # Astana local time
    assert zhou["Arrival"].number_format == DATETIME_FORMAT
    assert (zhou["Citizenship"].value, zhou["Sending body"].value, zhou["Mission role"].value) == (
        "China", "People's Republic of China", "Head of mission")
    assert zhou["Notes"].value == "Arrives with an aide.\nVegetarian."

    cec = workbook["CEC submission"]
    cec_rows = [[c.value for c in r] for r in cec.iter_rows(min_row=5)]
    assert cec_rows[0][:7] == [1, "ZHOU Hanqing", CHINESE, "China", datetime(1966, 5, 17),
                               "DEMO000001", datetime(2026, 4, 22)]
    body = {r[0].value: [c.value for c in r] for r in workbook["By body"].iter_rows(min_row=5)}
    assert body["Russian Federation"][1] == 3  # quota
    assert body["Total"][1] == 11


def test_names_in_every_script_survive_exactly(db: Database, mission: int, tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    export_roster(db, mission, path)
    sheet = load_workbook(path)["Roster"]
    native = {r[0].value: r[3].value for r in sheet.iter_rows(min_row=5)}
    assert native["SCO-01"] == CHINESE
    assert native["SCO-02"] == CYRILLIC
    assert native["SCO-03"] == KAZAKH
    assert set("ӘҒҚҢӨҰҮҺІәғқңөұүһі") <= set(KAZAKH.upper() + KAZAKH.lower())


def test_the_exported_roster_reimports_without_changes(db: Database, mission: int,
                                                        tmp_path: Path) -> None:
    for public in (False, True):
        path = tmp_path / f"roster-{public}.xlsx"
        export_roster(db, mission, path, public=public)
        plan = plan_import(db, mission, path)
        assert not plan.has_errors, plan.problems
        assert [(r.code, r.action) for r in plan.rows] == [
            ("SCO-01", RowAction.UNCHANGED), ("SCO-04", RowAction.UNCHANGED),
            ("SCO-02", RowAction.UNCHANGED), ("SCO-03", RowAction.UNCHANGED)], \
            [(r.code, r.changes) for r in plan.rows]
        assert plan.unknown_columns == ()
        assert {c.header for c in plan.ignored_columns} == {
            "Status", "CEC certificate No.", "Certificate date", "Photo"}


def test_text_that_looks_like_a_formula_stays_text(db: Database, mission: int, tmp_path: Path) -> None:
    tricky = ["=HYPERLINK(\"http://example.org\",\"x\")", "+7 is a position", "-1 day",
              "@home", "\tTabbed hotel", "\rCarriage"]
    with db.transaction() as session:
        observer = session.scalar(select(Observer).where(Observer.code == "SCO-04"))
        observer.institution, observer.position, observer.notes = tricky[:3]
        observer.hotel, observer.arrival_flight, observer.departure_flight = tricky[3:]
    path = tmp_path / "roster.xlsx"
    export_roster(db, mission, path)
    sheet = load_workbook(path)["Roster"]
    headers = [c.value for c in sheet[4]]
    row = next(r for r in sheet.iter_rows(min_row=5) if r[0].value == "SCO-04")
    cells = {h: c for h, c in zip(headers, row, strict=True)}
    written = [cells[h] for h in ("Institution", "Position", "Notes", "Hotel", "Arrival flight",
                                  "Departure flight")]
    assert [c.data_type for c in written] == ["s"] * 6
    assert [c.value for c in written[:5]] == tricky[:5]
    assert written[5].value.endswith("Carriage")  # XML turns a lone CR into a line break
    assert all(c.quotePrefix for c in written[:4])
    assert not any(c.data_type == "f" for r in sheet.iter_rows() for c in r)


def test_public_roster_has_no_personal_data(db: Database, mission: int, tmp_path: Path) -> None:
    path = tmp_path / "public.xlsx"
    export_roster(db, mission, path, public=True)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Roster", "By body"]
    headers = [c.value for c in workbook["Roster"][4]]
    for gone in ("Date of birth", "Passport No.", "Passport expiry", "E-mail", "Phone"):
        assert gone not in headers
    text = " ".join(str(c.value) for s in workbook for r in s.iter_rows() for c in r if c.value)
    for secret in ("DEMO000001", "example.org", "+86 10 5555 0106", "1966-05-17"):
        assert secret not in text
    assert "public roster" in workbook["Roster"]["A2"].value


def test_a_failed_export_leaves_no_file(db: Database, mission: int, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_roster(db, mission, tmp_path / "missing" / "roster.xlsx")
    with pytest.raises(ExportError, match="is a folder"):
        export_roster(db, mission, tmp_path)
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"the previous roster")
    export_roster(db, mission, target)  # replaces the old file whole
    assert load_workbook(target).sheetnames[0] == "Roster"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_a_selection_exports_only_the_chosen_observers(db: Database, mission: int,
                                                       tmp_path: Path) -> None:
    with db.reading() as session:
        ids = dict(session.execute(select(Observer.code, Observer.id)).all())
    path = tmp_path / "selection.xlsx"
    written = export_roster(db, mission, path, observer_ids=[ids["SCO-03"], ids["SCO-01"]])
    assert written == 2
    workbook = load_workbook(path)
    assert [r[0].value for r in workbook["Roster"].iter_rows(min_row=5)] == ["SCO-01", "SCO-03"]
    assert [r[1].value for r in workbook["CEC submission"].iter_rows(min_row=5)] == [
        "ZHOU Hanqing", "SARSENBAYEVA Aigerim"]

    other = make_mission(db, code="OTHER-2024")
    with pytest.raises(ExportError, match="nothing to export"):
        export_roster(db, mission, tmp_path / "none.xlsx", observer_ids=[])
    assert not (tmp_path / "none.xlsx").exists()
    # An id from another mission's roster is not this mission's to export.
    assert export_roster(db, other, tmp_path / "other.xlsx", observer_ids=[ids["SCO-01"]]) == 0
