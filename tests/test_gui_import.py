"""The nominations import wizard and the template, driven as a user would: a state's messy
workbook is chosen, its unknown columns mapped, the plan read and the import committed."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget, QWizard
from sqlalchemy import func, select

from observer_desk.core.db import Database, open_database
from observer_desk.core.models import AccreditationStatus, Observer
from observer_desk.core.services.missions import get_mission
from observer_desk.core.services.roster_import import RowAction
from observer_desk.ui import import_wizard
from observer_desk.ui.column_mapping_page import MAPPING_KEY
from observer_desk.ui.import_wizard import ImportWizard, PageId, open_import_wizard, save_nominations_template
from observer_desk.ui.main_window import MainWindow

TITLE_ROWS = [["Список наблюдателей от Российской Федерации"],
              ["  для участия в Миссии наблюдателей ШОС, Казахстан, ноябрь 2022 г.  "], []]
HEADERS = ["№ п/п", " Фамилия ", "Имя", "ФИО на родном языке", "Пол", "Дата рождения", "Гражданство",
           "Наименование ведомства", "Должность", "Номер паспорта", "Действителен до", "Размер одежды"]
PEOPLE = [
    [1, "  Kuznetsov ", "Aleksei", "Кузнецов Алексей Петрович", "М", "17.11.1970", "Россия",
     "Государственная Дума", " Депутат ", "TEST 000101", "2030-05-01", "52"],
    [2, "Smirnova", " Olga", "Смирнова Ольга Игоревна", "Ж", datetime(1982, 3, 9), "Russian Federation",
     "ЦИК России", "Член ЦИК", "TEST000102", datetime(2029, 1, 31), "46"],
    [3, "Zaitsev", "Andrei", "Зайцев Андрей", "м", "1965-03-02", "RU", "МИД России", "Советник",
     "TEST000103", "02.03.2031", "50"],
]


def messy_workbook(path: Path, people: list[list[object]] = PEOPLE) -> Path:
    """A state's own list: title rows above the header, Russian headers, dates as text and as
    dates, stray spaces, and two columns the reader does not know."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Лист1"
    for row in [*TITLE_ROWS, HEADERS, *people]:
        sheet.append(row)
    workbook.save(path)
    return path


@dataclass
class Dialogs:
    shown: list[tuple[str, str, str]] = field(default_factory=list)
    open_file: str = ""
    save_file: str = ""

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if shown_kind == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """No modal box or file chooser ever waits for a click in these tests."""
    record = Dialogs()

    def fake(kind: str):
        def show(_parent: QWidget | None, title: str, text: str, *_args: object, **_kwargs: object):
            record.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (record.open_file, "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (record.save_file, "")))
    return record


@pytest.fixture(scope="module")
def demo_file(demo_template_url: str) -> str:
    return demo_template_url


@pytest.fixture
def demo_db(demo_file: str, copy_db_url) -> Iterator[Database]:
    database = open_database(copy_db_url(demo_file, "mission"))
    yield database
    database.dispose()


@pytest.fixture
def mission_id(demo_db: Database) -> int:
    return get_mission(demo_db, "SCO-KZ-2022").id


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def observer_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Observer))


def observers_by_passport(db: Database) -> dict[str, Observer]:
    with db.reading() as session:
        return {o.passport_number: o for o in session.scalars(select(Observer))}


def click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    assert widget.isEnabled(), f"{widget.objectName() or widget.text()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_wizard(qtbot, db: Database, mission_id: int, settings: QSettings,  # noqa: ANN001
                imported: list[str] | None = None) -> ImportWizard:
    calls = imported if imported is not None else []
    wizard = open_import_wizard(None, db, mission_id, lambda: calls.append("imported"), settings=settings)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test reads it afterwards
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    return wizard


def choose_file(qtbot, wizard: ImportWizard, dialogs: Dialogs, path: Path) -> None:  # noqa: ANN001
    dialogs.open_file = str(path)
    click(qtbot, wizard.file_page.choose_button)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)


def next_page(qtbot, wizard: ImportWizard) -> None:  # noqa: ANN001
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def wait_for_plan(qtbot, wizard: ImportWizard) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PLAN and not wizard.busy
                    and (wizard.plan is not None or wizard.plan_page.banner.text()), timeout=20_000)


def test_a_messy_state_file_is_mapped_planned_and_imported(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, dialogs: Dialogs,  # noqa: ANN001
        tmp_path: Path) -> None:
    before = observer_count(demo_db)
    imported: list[str] = []
    wizard = open_wizard(qtbot, demo_db, mission_id, settings, imported)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    choose_file(qtbot, wizard, dialogs, messy_workbook(tmp_path / "Россия.xlsx"))
    found = wizard.file_page.found.text()
    # Counted texts as the English translation words them, or as the source does.
    assert re.search(r"Sheet “Лист1”: header in row 4, 3 observer row(s|\(s\))\.", found)
    assert re.search(r"2 columns?(\(s\))? (are )?not recognised", found)

    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.COLUMNS
    page = wizard.columns_page
    assert [c.header for c in page.columns] == ["Наименование ведомства", "Размер одежды"]
    assert page.columns[0].samples == ["Государственная Дума", "ЦИК России", "МИД России"]
    assert page.columns[1].samples == ["52", "46", "50"]
    assert [combo.currentData() for combo in page.combos.values()] == [None, None]
    # "Family name" is read from the Фамилия column already: choosing it again is refused.
    page.choose("Наименование ведомства", "family_name")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "column B" in page.conflicts()["наименование ведомства"]
    page.choose("Наименование ведомства", "institution")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    next_page(qtbot, wizard)
    wait_for_plan(qtbot, wizard)
    plan_page = wizard.plan_page
    assert [(r.action, r.code, r.name) for r in wizard.plan.rows] == [
        (RowAction.ADD, "SCO-19", "KUZNETSOV Aleksei"), (RowAction.ADD, "SCO-20", "SMIRNOVA Olga"),
        (RowAction.ADD, "SCO-21", "ZAITSEV Andrei")]  # the demo's series goes on
    assert re.fullmatch(r"3 row(s|\(s\)) in Россия\.xlsx: 3 to add, 0 to update, 0 unchanged, 0 with errors",
                        plan_page.summary.text())
    assert plan_page.filter_buttons[RowAction.ADD].text() == "To add (3)"
    assert not plan_page.filter_buttons[RowAction.ERROR].isEnabled()
    assert plan_page.model.rowCount() == 3
    assert plan_page.model.index(0, plan_page.model.ACTION).data() == "Add"
    assert "Размер одежды" in plan_page.notes.text() and "ignored as you chose" in plan_page.notes.text()
    assert re.search(r"Ready: choose Import to add 3 observer(s|\(s\))", plan_page.banner.text())
    assert observer_count(demo_db) == before  # nothing written by planning

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Import"
    click(qtbot, commit)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=20_000)
    assert imported == ["imported"]
    assert wizard.done_page.summary.text().startswith("3 added, 0 updated, 0 unchanged.")
    assert "Added: SCO-19, SCO-20, SCO-21" in wizard.done_page.summary.text()

    assert observer_count(demo_db) == before + 3
    people = observers_by_passport(demo_db)
    kuznetsov = people["TEST000101"]
    assert (kuznetsov.code, kuznetsov.family_name, kuznetsov.native_name) == (
        "SCO-19", "Kuznetsov", "Кузнецов Алексей Петрович")
    assert kuznetsov.institution == "Государственная Дума"  # from the mapped column
    assert kuznetsov.accreditation_status == AccreditationStatus.NOMINATED
    assert people["TEST000103"].institution == "МИД России"
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not wizard.isVisible()


def test_the_column_mapping_is_remembered_for_the_next_file(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, dialogs: Dialogs,  # noqa: ANN001
        tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "first.xlsx")
    first = open_wizard(qtbot, demo_db, mission_id, settings)
    choose_file(qtbot, first, dialogs, path)
    next_page(qtbot, first)
    first.columns_page.choose("Наименование ведомства", "institution")
    next_page(qtbot, first)
    wait_for_plan(qtbot, first)
    first.reject()
    assert "наименование ведомства" in str(settings.value(MAPPING_KEY))

    # Another state's list with the same headers, spelled with other spacing and case.
    second_file = messy_workbook(tmp_path / "second.xlsx")
    workbook = load_workbook(second_file)
    workbook.active["H4"] = "  НАИМЕНОВАНИЕ   ведомства "
    workbook.save(second_file)
    second = open_wizard(qtbot, demo_db, mission_id, settings)
    choose_file(qtbot, second, dialogs, second_file)
    assert re.search(r"1 column(\(s\))? (is )?read as you chose before", second.file_page.found.text())
    next_page(qtbot, second)
    combos = second.columns_page.combos
    assert combos["наименование ведомства"].currentData() == "institution"
    assert combos["размер одежды"].currentData() is None
    next_page(qtbot, second)
    wait_for_plan(qtbot, second)
    assert second.plan.count(RowAction.ADD) == 3
    assert second.plan.rows[0].values["institution"] == "Государственная Дума"


def test_a_row_with_errors_blocks_the_import_and_nothing_is_written(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, dialogs: Dialogs,  # noqa: ANN001
        tmp_path: Path) -> None:
    before = observer_count(demo_db)
    broken = [list(row) for row in PEOPLE]
    broken[1][5] = "31.02.1982"  # no such day
    path = messy_workbook(tmp_path / "broken.xlsx", broken)
    wizard = open_wizard(qtbot, demo_db, mission_id, settings)
    choose_file(qtbot, wizard, dialogs, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # both unknown columns left ignored
    wait_for_plan(qtbot, wizard)

    page = wizard.plan_page
    assert wizard.plan.count(RowAction.ERROR) == 1 and wizard.plan.count(RowAction.ADD) == 2
    assert re.search(r"1 row(\(s\))? (has|with) errors: nothing will be imported until", page.banner.text())
    # The errors are shown first, with the place in the file.
    assert page.filter_buttons[RowAction.ERROR].isChecked()
    assert page.model.rowCount() == 1
    assert page.model.index(0, page.model.CODE).data() == ""
    assert page.model.index(0, page.model.PLACE).data() == "6"
    details = page.model.index(0, page.model.DETAILS).data()
    assert details.startswith("column F (Дата рождения): ")
    assert "Sheet Лист1, row 6, column F (Дата рождения)" in page.details.toPlainText()
    click(qtbot, page.filter_buttons[None])
    assert page.model.rowCount() == 3

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    assert page.validatePage() is False
    assert wizard.currentId() == PageId.PLAN
    assert observer_count(demo_db) == before

    # The user corrects the file and checks again: the plan is made anew and can be imported.
    broken[1][5] = "28.02.1982"
    messy_workbook(path, broken)
    click(qtbot, page.banner.action_button)
    wait_for_plan(qtbot, wizard)
    assert wizard.plan.count(RowAction.ERROR) == 0
    assert commit.isEnabled()


def test_a_text_file_named_xlsx_gets_a_clear_message(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, dialogs: Dialogs,  # noqa: ANN001
        tmp_path: Path) -> None:
    fake = tmp_path / "nominations.xlsx"
    fake.write_text("Surname;Given names\nKuznetsov;Aleksei\n", encoding="utf-8")
    wizard = open_wizard(qtbot, demo_db, mission_id, settings)
    choose_file(qtbot, wizard, dialogs, fake)
    assert wizard.file_page.banner.kind == "error"
    assert wizard.file_page.banner.text() == (
        "This file cannot be imported: nominations.xlsx is not an Excel workbook (it is a text file); "
        "open it in Excel or LibreOffice and save it as .xlsx")
    assert "Traceback" not in wizard.file_page.banner.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # A good file afterwards clears the message and the way on opens.
    choose_file(qtbot, wizard, dialogs, messy_workbook(tmp_path / "good.xlsx"))
    assert wizard.file_page.banner.text() == ""
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_reading_a_large_file_shows_progress_and_can_be_stopped(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, dialogs: Dialogs,  # noqa: ANN001
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "large.xlsx"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Nominations")
    sheet.append(["Family name", "Given names", "Citizenship", "Passport No."])
    for number in range(10_000):
        sheet.append([f"Family{number}", "Given", "Russia", f"TEST{number:06d}"])
    workbook.save(path)

    # The reader waits at its second progress report until Stop is pressed (for up to 20 s), so a
    # fast machine cannot finish the file between the progress shown and the click.
    real_read = import_wizard.read_nominations

    def read_until_stopped(path, mapping, progress):  # noqa: ANN001, ANN202
        def report(done: int, total: int) -> bool:
            going_on = progress(done, total)
            deadline = time.monotonic() + 20
            while done >= 2000 and not progress.__self__.stopped and time.monotonic() < deadline:
                time.sleep(0.01)
            return going_on and not progress.__self__.stopped
        return real_read(path, mapping, progress=report)

    monkeypatch.setattr(import_wizard, "read_nominations", read_until_stopped)
    wizard = open_wizard(qtbot, demo_db, mission_id, settings)
    dialogs.open_file = str(path)
    click(qtbot, wizard.file_page.choose_button)
    strip = wizard.file_page.strip
    assert strip.isVisible() and wizard.busy
    # The window keeps handling events while the rows are read: progress arrives and is shown.
    qtbot.waitUntil(lambda: re.fullmatch(r"Reading rows: \d+", strip.label.text()) is not None, timeout=20_000)
    assert int(strip.label.text().split(": ")[1]) >= 1000
    click(qtbot, strip.stop_button)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)
    assert wizard.outcome is None
    assert wizard.file_page.banner.text() == "Reading stopped. Choose the file again to read it."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not strip.isVisible()


def test_the_import_wizard_opens_from_the_observers_page_and_the_roster_reloads(
        qtbot, demo_db: Database, settings: QSettings, dialogs: Dialogs, tmp_path: Path,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The page opens the wizard with the application's settings; keep this test's own.
    monkeypatch.setattr(import_wizard, "application_settings", lambda: settings)
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_area(1)
    page = window.observers_page
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.total() == 18, timeout=20_000)
    click(qtbot, page.toolbar.widgetForAction(page.import_action))
    wizard = page.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    choose_file(qtbot, wizard, dialogs, messy_workbook(tmp_path / "ru.xlsx"))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_for_plan(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: page.model.total() == 21, timeout=20_000)
    assert {"SCO-19", "SCO-20", "SCO-21"} <= {row.code for row in page.model.all_rows()}


def test_the_nominations_template_is_saved_where_the_user_chose(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, dialogs: Dialogs,  # noqa: ANN001
        tmp_path: Path) -> None:
    dialogs.save_file = str(tmp_path / "template")
    saved = save_nominations_template(None, demo_db, mission_id, settings=settings)
    assert saved == tmp_path / "template.xlsx"
    workbook = load_workbook(saved)
    headers = [c.value for row in workbook.worksheets[0].iter_rows(max_row=10) for c in row if c.value]
    assert "Family name / Фамилия" in headers
    (text,) = dialogs.texts("information")
    assert str(saved) in text
    assert settings.value("importWizard/folder") == str(tmp_path)

    dialogs.save_file = str(tmp_path / "no such folder" / "template.xlsx")
    assert save_nominations_template(None, demo_db, mission_id, settings=settings) is None
    assert "does not exist" in dialogs.texts("warning")[0]

    dialogs.save_file = ""  # the user cancelled the save dialog
    assert save_nominations_template(None, demo_db, mission_id, settings=settings) is None
    assert len(dialogs.shown) == 2
    assert QApplication.overrideCursor() is None


def test_a_remembered_choice_that_clashes_with_a_known_column_must_be_changed(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, dialogs: Dialogs,  # noqa: ANN001
        tmp_path: Path) -> None:
    # Chosen for another state's file, where that column was the only family name.
    settings.setValue(MAPPING_KEY, '{"наименование ведомства": "family_name"}')
    wizard = open_wizard(qtbot, demo_db, mission_id, settings)
    choose_file(qtbot, wizard, dialogs, messy_workbook(tmp_path / "ru.xlsx"))
    next_page(qtbot, wizard)
    page = wizard.columns_page
    assert page.combos["наименование ведомства"].currentData() == "family_name"
    assert page.conflicts() == {"наименование ведомства": (
        "Family name is read from column B (Фамилия) already; choose another field or Ignore.")}
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.choose("Наименование ведомства", None)
    next_page(qtbot, wizard)
    wait_for_plan(qtbot, wizard)
    assert [r.name for r in wizard.plan.rows] == ["KUZNETSOV Aleksei", "SMIRNOVA Olga", "ZAITSEV Andrei"]
    assert "наименование ведомства\": \"\"" in str(settings.value(MAPPING_KEY))


def test_an_observer_changed_after_planning_stops_the_import_until_checked_again(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, dialogs: Dialogs,  # noqa: ANN001
        tmp_path: Path) -> None:
    # FANG Yuening (SCO-07) found by passport, with another institution: an update.
    people = [*PEOPLE, [4, "Fang", "Yuening", "方悦宁", "Ж", None, "China", "Ministry of Foreign Affairs",
                        None, "DEMO000007", None, None]]
    wizard = open_wizard(qtbot, demo_db, mission_id, settings)
    choose_file(qtbot, wizard, dialogs, messy_workbook(tmp_path / "ru.xlsx", people))
    next_page(qtbot, wizard)
    wizard.columns_page.choose("Наименование ведомства", "institution")
    next_page(qtbot, wizard)
    wait_for_plan(qtbot, wizard)
    assert [(r.action, r.code) for r in wizard.plan.rows][-1] == (RowAction.UPDATE, "SCO-07")
    assert re.search(r"Ready: choose Import to add 3 observer(s|\(s\)) and update 1\.", wizard.plan_page.banner.text())
    fang = wizard.plan.rows[-1]
    assert wizard.plan_page.model.index(3, wizard.plan_page.model.DETAILS).data() == (
        "Institution: Ministry of Foreign Affairs of the People's Republic of China → "
        "Ministry of Foreign Affairs")
    assert fang.changes[0].field == "institution"

    before = observer_count(demo_db)
    with demo_db.transaction() as session:  # a colleague edits SCO-07 meanwhile
        session.scalars(select(Observer).where(Observer.code == "SCO-07")).one().hotel = "Hotel Kazakhstan"
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: not wizard.busy and wizard.plan_page.banner.kind == "error", timeout=20_000)
    assert wizard.currentId() == PageId.PLAN
    assert wizard.plan_page.banner.text().startswith("Nothing was imported: 1 observer in ru.xlsx changed")
    assert observer_count(demo_db) == before
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    click(qtbot, wizard.plan_page.banner.action_button)  # Check again
    wait_for_plan(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=20_000)
    assert observer_count(demo_db) == before + 3
    sco07 = observers_by_passport(demo_db)["DEMO000007"]
    assert (sco07.institution, sco07.hotel) == ("Ministry of Foreign Affairs", "Hotel Kazakhstan")
