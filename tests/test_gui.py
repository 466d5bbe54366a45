"""The main window, driven as a user would: clicks, keystrokes, and what the database holds after."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWidget

from observer_desk import __version__
from observer_desk.core.db import Database
from observer_desk.core.models import AccreditationStatus, BodyKind, BodyType, ElectionType, MissionRole, Observer
from observer_desk.core.services import missions
from observer_desk.core.services.missions import MissionData, SendingBodyData
from observer_desk.core.services.overview import mission_overview
from observer_desk.ui import app as gui_app
from observer_desk.ui.main_window import MainWindow
from observer_desk.ui.sending_bodies_model import SendingBodiesModel
from observer_desk.ui.settings import GEOMETRY_KEY, last_mission_key


@dataclass
class Dialogs:
    """Stands in for QMessageBox's static functions so no test ever waits on a modal box."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Discard
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if kind is None or shown_kind == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def fake(kind: str):
        def show(_parent: QWidget | None, title: str, text: str, *_args: object, **_kwargs: object):
            record.shown.append((kind, title, text))
            return record.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    return record


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_mission(db: Database, code: str = "TEST-1", title: str = "Test mission to Examplestan") -> int:
    mission = missions.create_mission(db, MissionData(
        code=code, title=title, organisation="Example Organisation", organisation_short="EO",
        host_country="KZ", election_type=ElectionType.PRESIDENTIAL, election_date=date(2024, 3, 10),
        period_start=date(2024, 3, 7), period_end=date(2024, 3, 11), time_zone="Asia/Almaty",
        working_languages="en,ru,zh"))
    return mission.id


def add_observers(db: Database, mission_id: int, body_code: str = "CN", count: int = 2) -> int:
    """A body with `count` observers; returns the body's id."""
    existing = missions.sending_bodies(db, mission_id)
    data = [SendingBodyData(code=c.body.code, name_en=c.body.name_en, id=c.body.id, version=c.body.version,
                            quota=c.body.quota) for c in existing]
    data.append(SendingBodyData(code=body_code, name_en=f"Body {body_code}", country_code=None, quota=count))
    body_id = missions.save_sending_bodies(db, mission_id, data)[-1].body.id
    with db.transaction() as session:
        for n in range(count):
            session.add(Observer(mission_id=mission_id, code=f"{body_code}-{n + 1}", family_name=f"Family{n}",
                                 given_names="Given", native_name="王伟" if n == 0 else "Иванов",
                                 sending_body_id=body_id,
                                 accreditation_status=AccreditationStatus.ACCREDITED))
    return body_id


def open_window(qtbot, db: Database, settings: QSettings) -> MainWindow:  # noqa: ANN001
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot, line_edit, text: str) -> None:  # noqa: ANN001
    line_edit.setFocus()
    line_edit.selectAll()
    QTest.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


# the welcome screen ---------------------------------------------------------------------------


def test_empty_database_opens_on_the_welcome_screen(qtbot, db: Database, settings: QSettings) -> None:
    window = open_window(qtbot, db, settings)
    assert window.is_showing_welcome()
    assert window.windowTitle() == "Observer Desk"
    assert window.welcome.demo_button.isVisible()
    assert window.welcome.demo_button.text() == "Create the demo mission"
    assert str(db.target) in window.welcome.database_label.text()
    assert not window.toolbar.isVisible()
    assert not any(action.isEnabled() for action in window.area_actions)


def test_demo_button_creates_the_demo_off_the_gui_thread(qtbot, db: Database, settings: QSettings,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import observer_desk.core.services.demo as demo

    threads: list[threading.Thread] = []
    real = demo.create_demo_mission

    def recording(database: Database) -> str:
        threads.append(threading.current_thread())
        return real(database)

    monkeypatch.setattr(demo, "create_demo_mission", recording)
    window = open_window(qtbot, db, settings)
    click(qtbot, window.welcome.demo_button)
    # While the demo is being built the window says so and offers nothing that would interfere.
    assert window.welcome.busy_row.isVisible()
    assert not window.welcome.demo_button.isEnabled()
    assert not window.open_database_action.isEnabled()
    qtbot.waitUntil(lambda: not window.is_showing_welcome(), timeout=120_000)
    assert threads and threads[0] is not threading.main_thread()
    demo = missions.get_mission(db, "SCO-KZ-2022")
    assert window.current_mission_code == "SCO-KZ-2022"
    assert window.windowTitle() == f"Observer Desk — {demo.title}"
    assert window.current_area() == 0
    assert window.overview is not None and window.overview.observers == 18
    assert not window.welcome.busy_row.isVisible()
    assert window.welcome.demo_button.isEnabled()
    assert window.open_database_action.isEnabled() and window.new_mission_action.isEnabled()
    assert window.mission_switcher.isEnabled()


def test_demo_failure_is_shown_on_the_welcome_screen(qtbot, db: Database, settings: QSettings,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import observer_desk.core.services.demo as demo

    def broken(_db: Database) -> str:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(demo, "create_demo_mission", broken)
    window = open_window(qtbot, db, settings)
    click(qtbot, window.welcome.demo_button)
    qtbot.waitUntil(lambda: window.welcome.banner.isVisible(), timeout=10_000)
    assert "the disk is full" in window.welcome.banner.text()
    assert window.is_showing_welcome()
    assert window.welcome.demo_button.isEnabled()


def test_new_mission_dialog_shows_problems_next_to_fields_then_creates(qtbot, db: Database,
                                                                     settings: QSettings) -> None:
    window = open_window(qtbot, db, settings)
    click(qtbot, window.welcome.new_button)
    dialog = window.new_mission_dialog
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog.create_button)
    assert dialog.isVisible()  # refused, stays open
    problems = dialog.form.visible_problems()
    assert {"code", "title", "organisation", "host_country"} <= set(problems)
    assert missions.list_missions(db) == []

    qtbot.keyClicks(dialog.form.code, "OSCE-KG-2024")
    qtbot.keyClicks(dialog.form.title, "Election observation mission, Kyrgyzstan")
    qtbot.keyClicks(dialog.form.organisation, "Example Organisation")
    qtbot.keyClicks(dialog.form.host_country, "kg")
    assert dialog.form.host_country.text() == "KG"
    click(qtbot, dialog.create_button)
    assert not dialog.isVisible()
    created = missions.get_mission(db, "OSCE-KG-2024")
    assert created.host_country == "KG"
    assert window.current_mission_code == "OSCE-KG-2024"
    assert window.windowTitle() == "Observer Desk — Election observation mission, Kyrgyzstan"


def test_open_another_database_reopens_the_window_on_it(qtbot, db: Database, settings: QSettings,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from observer_desk.core.db import open_database

    other_path = tmp_path / "other.sqlite"
    other = open_database(str(other_path))
    make_mission(other, "OTHER-1", "A mission in the other file")
    other.dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kwargs: (str(other_path), "")))
    window = open_window(qtbot, db, settings)
    click(qtbot, window.welcome.open_button)
    assert window.database.path == other_path.resolve()
    assert window.current_mission_code == "OTHER-1"
    assert window.windowTitle() == "Observer Desk — A mission in the other file"


def test_a_file_that_is_no_database_is_refused_and_the_current_one_kept(
        qtbot, db: Database, settings: QSettings, tmp_path: Path, dialogs: Dialogs) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    make_mission(db)
    window = open_window(qtbot, db, settings)
    assert not window.open_database_file(str(bogus))
    assert window.database is db
    assert any("not an Observer Desk database" in text for text in dialogs.texts("critical"))
    assert window.current_mission_code == "TEST-1"


# areas and navigation ----------------------------------------------------------------------------


def test_every_area_by_navigation_and_by_ctrl_number(qtbot, db: Database, settings: QSettings) -> None:
    mission_id = make_mission(db)
    add_observers(db, mission_id, count=3)
    window = open_window(qtbot, db, settings)
    assert window.windowTitle() == "Observer Desk — Test mission to Examplestan"
    navigation = window.navigation
    for row in (1, 2, 3, 4, 0):
        rect = navigation.visualItemRect(navigation.item(row))
        qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_area() == row
        assert window.area_actions[row].isChecked()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for number in (3, 5, 2, 4, 1):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == number - 1
        assert navigation.currentRow() == number - 1


def test_every_area_is_a_working_page_with_its_counts(qtbot, db: Database, settings: QSettings) -> None:
    mission_id = make_mission(db)
    add_observers(db, mission_id, count=3)
    window = open_window(qtbot, db, settings)
    window.show_area(1)
    qtbot.waitUntil(lambda: window.observers_page.model.rowCount() == 3)
    assert window.findings_page.count.text() == "0 visit reports in this mission"
    import importlib.util

    # Every area is a page of its own: the "not in this version yet" pages are gone.
    assert importlib.util.find_spec("observer_desk.ui.placeholders") is None


def test_overview_shows_key_facts_and_counts(qtbot, db: Database, settings: QSettings) -> None:
    mission_id = make_mission(db)
    add_observers(db, mission_id, count=2)
    window = open_window(qtbot, db, settings)
    overview = window.mission_page.overview
    assert overview.fact_labels["election"].text() == "Presidential election"
    assert overview.fact_labels["period"].text() == "7–11 March 2024"
    assert "Asia/Almaty" in overview.fact_labels["time_zone"].text()
    assert overview.fact_labels["languages"].text() == "English, Russian, Chinese"
    assert overview.observers_total.text() == "2 observers"
    assert overview.status_labels[AccreditationStatus.ACCREDITED].text() == "2"
    assert overview.count_labels["sending_bodies"].text() == "1"


# editing the mission -----------------------------------------------------------------------------


def test_editing_a_mission_field_and_saving_changes_the_database(qtbot, db: Database,
                                                                 settings: QSettings) -> None:
    mission_id = make_mission(db)
    window = open_window(qtbot, db, settings)
    page = window.mission_page
    page.tabs.setCurrentWidget(page.details)
    details = page.details
    assert not details.save_button.isEnabled()
    retype(qtbot, details.form.title, "Renamed mission")
    qtbot.keyClicks(details.form.cec_name, "Central Election Commission")
    assert details.save_button.isEnabled()
    assert page.has_unsaved_changes()
    click(qtbot, details.save_button)
    saved = missions.get_mission_by_id(db, mission_id)
    assert saved.title == "Renamed mission"
    assert saved.cec_name == "Central Election Commission"
    assert not details.save_button.isEnabled()
    assert window.windowTitle() == "Observer Desk — Renamed mission"
    assert window.mission_switcher.currentText() == "TEST-1 — Renamed mission"
    assert page.title.text() == "Renamed mission"


def test_validation_problems_are_shown_next_to_the_fields(qtbot, db: Database, settings: QSettings) -> None:
    mission_id = make_mission(db)
    window = open_window(qtbot, db, settings)
    details = window.mission_page.details
    window.mission_page.tabs.setCurrentWidget(details)
    retype(qtbot, details.form.title, "")
    details.form.period_end.setDate(details.form.period_start.date().addDays(-1))
    click(qtbot, details.save_button)
    problems = details.form.visible_problems()
    assert problems["title"] == "Required: please fill this in."
    assert "cannot end before it starts" in problems["period_end"]
    assert details.banner.isVisible()
    assert missions.get_mission_by_id(db, mission_id).title == "Test mission to Examplestan"
    assert details.form.title.text() == ""  # the form keeps what the user has


def test_a_stale_edit_is_refused_and_the_form_keeps_the_users_text(qtbot, db: Database,
                                                                   settings: QSettings) -> None:
    mission_id = make_mission(db)
    window = open_window(qtbot, db, settings)
    details = window.mission_page.details
    window.mission_page.tabs.setCurrentWidget(details)
    loaded = missions.get_mission_by_id(db, mission_id)
    missions.update_mission(db, mission_id, loaded.version, {"organisation": "Changed by a colleague"})

    retype(qtbot, details.form.title, "My new title")
    click(qtbot, details.save_button)
    current = missions.get_mission_by_id(db, mission_id)
    assert current.title == "Test mission to Examplestan"
    assert current.organisation == "Changed by a colleague"
    assert "someone else changed this mission" in details.banner.text()
    assert details.banner.action_button.isVisible()
    assert details.form.title.text() == "My new title"
    assert details.save_button.isEnabled()

    click(qtbot, details.banner.action_button)  # Reload
    assert details.form.organisation.text() == "Changed by a colleague"
    assert details.form.title.text() == "Test mission to Examplestan"


def test_head_of_mission_is_chosen_among_the_observers(qtbot, db: Database, settings: QSettings) -> None:
    mission_id = make_mission(db)
    add_observers(db, mission_id, count=2)
    window = open_window(qtbot, db, settings)
    details = window.mission_page.details
    window.mission_page.tabs.setCurrentWidget(details)
    assert details.head_combo.count() == 2
    details.head_combo.setCurrentIndex(1)
    click(qtbot, details.head_button)
    head = mission_overview(db, mission_id).head_of_mission
    assert head is not None and head.code == "CN-2" and head.role is MissionRole.HEAD
    assert "FAMILY1" in window.mission_page.overview.fact_labels["head"].text()
    assert not details.head_button.isEnabled()


# sending bodies ----------------------------------------------------------------------------------


def test_adding_a_sending_body_with_a_quota_and_saving_persists_it(qtbot, db: Database,
                                                                   settings: QSettings) -> None:
    mission_id = make_mission(db)
    window = open_window(qtbot, db, settings)
    page = window.mission_page.bodies
    window.mission_page.tabs.setCurrentWidget(page)
    model = page.model
    click(qtbot, page.add_button)
    assert model.rowCount() == 1
    # Adding opens the new row's code cell for typing.
    editors = page.table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    qtbot.keyClicks(editors[0], "RATS")
    QTest.keyClick(editors[0], Qt.Key.Key_Return)  # the view commits the editor on its next turn
    qtbot.waitUntil(lambda: model.index(0, SendingBodiesModel.CODE).data() == "RATS", timeout=2000)
    values = {
        SendingBodiesModel.NAME_EN: "Regional Anti-Terrorist Structure",
        SendingBodiesModel.NAME_RU: "Региональная антитеррористическая структура",
        SendingBodiesModel.NAME_ZH: "地区反恐怖机构", SendingBodiesModel.KIND: BodyKind.ORGANISATION.value,
        SendingBodiesModel.TYPE: BodyType.RATS.value, SendingBodiesModel.QUOTA: 2,
    }
    for column, value in values.items():
        assert model.setData(model.index(0, column), value)
    assert model.index(0, SendingBodiesModel.OBSERVERS).data() == "0 of 2"
    assert page.save_button.isEnabled()
    click(qtbot, page.save_button)
    saved = missions.sending_bodies(db, mission_id)
    assert len(saved) == 1
    body = saved[0].body
    assert (body.code, body.quota, body.kind, body.body_type) == ("RATS", 2, BodyKind.ORGANISATION, BodyType.RATS)
    assert body.name_zh == "地区反恐怖机构"
    assert not model.is_dirty
    assert window.mission_page.overview.count_labels["sending_bodies"].text() == "1"


def test_an_incomplete_body_is_not_saved_and_its_row_is_marked(qtbot, db: Database, settings: QSettings) -> None:
    mission_id = make_mission(db)
    window = open_window(qtbot, db, settings)
    page = window.mission_page.bodies
    page.model.add_body()
    page.save()
    assert missions.sending_bodies(db, mission_id) == []
    assert "code: is required" in page.banner.text()
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.is_dirty


def test_removing_a_body_that_has_observers_is_refused_with_a_message(
        qtbot, db: Database, settings: QSettings, dialogs: Dialogs) -> None:
    mission_id = make_mission(db)
    add_observers(db, mission_id, "CN", count=2)
    window = open_window(qtbot, db, settings)
    page = window.mission_page.bodies
    window.mission_page.tabs.setCurrentWidget(page)
    page.table.selectRow(0)
    click(qtbot, page.remove_button)
    assert page.model.rowCount() == 1
    assert not page.model.is_dirty
    assert any("cannot be removed" in text and "2 observer" in text for text in dialogs.texts("warning"))
    assert len(missions.sending_bodies(db, mission_id)) == 1


def test_bodies_are_reordered_and_removed_then_saved(qtbot, db: Database, settings: QSettings) -> None:
    mission_id = make_mission(db)
    missions.save_sending_bodies(db, mission_id, [
        SendingBodyData(code=code, name_en=name) for code, name in (("CN", "China"), ("IN", "India"), ("RU", "Russia"))
    ])
    window = open_window(qtbot, db, settings)
    page = window.mission_page.bodies
    window.mission_page.tabs.setCurrentWidget(page)
    page.table.selectRow(2)
    click(qtbot, page.up_button)
    click(qtbot, page.up_button)
    assert not page.up_button.isEnabled()
    assert [body.code for body in page.model.bodies()] == ["RU", "CN", "IN"]
    page.table.selectRow(1)
    click(qtbot, page.remove_button)
    click(qtbot, page.save_button)
    assert [c.body.code for c in missions.sending_bodies(db, mission_id)] == ["RU", "IN"]


def test_observers_over_quota_are_flagged(qtbot, db: Database, settings: QSettings) -> None:
    mission_id = make_mission(db)
    add_observers(db, mission_id, "CN", count=3)
    window = open_window(qtbot, db, settings)
    model = window.mission_page.bodies.model
    model.setData(model.index(0, SendingBodiesModel.QUOTA), 2)
    observers = model.index(0, SendingBodiesModel.OBSERVERS)
    assert observers.data() == "3 of 2"
    assert observers.data(Qt.ItemDataRole.ToolTipRole) == "Over quota by 1"
    assert observers.data(Qt.ItemDataRole.ForegroundRole) is not None
    model.setData(model.index(0, SendingBodiesModel.QUOTA), -1)  # the editor's "No quota"
    assert model.body(0).quota is None


# switching missions --------------------------------------------------------------------------------


def choose_in_switcher(window: MainWindow, code: str) -> None:
    switcher = window.mission_switcher
    index = next(i for i in range(switcher.count()) if switcher.itemText(i).startswith(code + " "))
    switcher.setCurrentIndex(index)
    switcher.activated.emit(index)


def test_the_mission_switcher_switches_and_is_remembered_per_database(
        qtbot, db: Database, settings: QSettings) -> None:
    make_mission(db, "FIRST", "The first mission")
    make_mission(db, "SECOND", "The second mission")
    window = open_window(qtbot, db, settings)
    assert window.mission_switcher.count() == 2
    choose_in_switcher(window, "SECOND")
    assert window.current_mission_code == "SECOND"
    assert window.windowTitle() == "Observer Desk — The second mission"
    assert window.mission_page.details.form.code.text() == "SECOND"
    choose_in_switcher(window, "FIRST")
    assert window.windowTitle() == "Observer Desk — The first mission"
    choose_in_switcher(window, "SECOND")
    assert settings.value(last_mission_key(db.target)) == "SECOND"
    window.close()

    # The list starts with FIRST; the window reopens on the mission last chosen in this database,
    # whatever was chosen in another one.
    settings.setValue(last_mission_key("/some/other/file.sqlite"), "FIRST")
    again = open_window(qtbot, db, settings)
    assert again.mission_switcher.itemText(0).startswith("FIRST")
    assert again.current_mission_code == "SECOND"
    assert again.windowTitle() == "Observer Desk — The second mission"


def test_unsaved_edits_are_not_lost_silently_when_switching(qtbot, db: Database, settings: QSettings,
                                                            dialogs: Dialogs) -> None:
    make_mission(db, "FIRST", "The first mission")
    make_mission(db, "SECOND", "The second mission")
    window = open_window(qtbot, db, settings)
    window.select_mission("FIRST")
    retype(qtbot, window.mission_page.details.form.title, "Half-typed title")

    dialogs.answer = QMessageBox.StandardButton.Cancel
    choose_in_switcher(window, "SECOND")
    assert window.current_mission_code == "FIRST"
    assert window.mission_switcher.currentText().startswith("FIRST")
    assert window.mission_page.details.form.title.text() == "Half-typed title"

    dialogs.answer = QMessageBox.StandardButton.Save
    choose_in_switcher(window, "SECOND")
    assert window.current_mission_code == "SECOND"
    assert missions.get_mission(db, "FIRST").title == "Half-typed title"


# window state, menus, about --------------------------------------------------------------------------


def test_geometry_is_saved_and_restored(qtbot, db: Database, settings: QSettings) -> None:
    make_mission(db)
    window = open_window(qtbot, db, settings)
    window.resize(760, 610)  # within the offscreen platform's 800 x 800 screen
    window.show_area(3)
    window.close()
    geometry = settings.value(GEOMETRY_KEY)
    assert isinstance(geometry, QByteArray) and not geometry.isEmpty()

    again = open_window(qtbot, db, settings)
    assert (again.width(), again.height()) == (760, 610)
    assert again.current_area() == 3


def test_menus_have_the_standard_entries(qtbot, db: Database, settings: QSettings) -> None:
    window = open_window(qtbot, db, settings)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert window.open_database_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    view_menu = window.menuBar().actions()[2].menu()
    assert [a.text() for a in view_menu.actions() if a.text()][:5] == [
        "Mission", "Observers", "Itinerary", "Findings", "Statement"]


def test_about_names_version_and_licences(qtbot, db: Database, settings: QSettings) -> None:
    window = open_window(qtbot, db, settings)
    about = window.show_about()
    assert __version__ in about.version_label.text()
    text = about.licences.toPlainText()
    for expected in ("PySide6", "GNU LGPL v3", "separate shared libraries", "SQLAlchemy", "reportlab", "BSD",
                     "Pillow", "MIT-CMU", "defusedxml", "PSF", "tzdata", "Apache 2.0", "DejaVu Sans",
                     "WenQuanYi Micro Hei", "GPL v3 with font exception"):
        assert expected in text, expected
    about.close()


def test_quit_closes_the_window(qtbot, db: Database, settings: QSettings) -> None:
    window = open_window(qtbot, db, settings)
    window.quit_action.trigger()
    assert not window.isVisible()


# starting the program ------------------------------------------------------------------------------


def test_run_gui_explains_an_unusable_database_and_exits_with_2(qtbot, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert gui_app.run_gui(str(folder)) == 2
    assert shown and "is a folder" in shown[0]
    assert QApplication.applicationName() == "Observer Desk"
    assert QApplication.organizationName() == "Observer Desk"
    assert not QApplication.windowIcon().isNull()


def test_run_gui_shows_the_window_and_returns_the_exit_code(qtbot, db_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[MainWindow] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run_gui(str(db_path)) == 0
    assert seen and seen[0].is_showing_welcome()
    assert db_path.exists()


def test_new_mission_dialog_buttons(qtbot, db: Database, settings: QSettings) -> None:
    window = open_window(qtbot, db, settings)
    dialog = window.new_mission()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not dialog.isVisible()
    assert missions.list_missions(db) == []


def test_demo_mission_window_switches_every_area(qtbot, db: Database, settings: QSettings) -> None:
    from observer_desk.core.services.demo import create_demo_mission

    create_demo_mission(db)
    window = open_window(qtbot, db, settings)
    assert window.windowTitle() == ("Observer Desk — SCO Observer Mission to the early presidential "
                                    "election in the Republic of Kazakhstan")
    assert window.mission_page.overview.observers_total.text() == "18 observers"
    navigation = window.navigation
    for row in (1, 2, 3, 4, 0):
        rect = navigation.visualItemRect(navigation.item(row))
        qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_area() == row
        assert window.areas.currentIndex() == row
    window.show_area(1)
    qtbot.waitUntil(lambda: window.observers_page.model.rowCount() == 18)
    assert window.itinerary_page.model.rowCount() == 55  # every event, no filter chosen
    assert window.findings_page.count.text() == "22 visit reports in this mission"


def test_unsaved_statement_text_is_not_dropped_silently(qtbot, db: Database, settings: QSettings,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    make_mission(db)
    window = open_window(qtbot, db, settings)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(window.statement_page, "has_unsaved_changes", lambda: True)
    assert window.confirm_leaving_edits() is False
    assert asked and "not saved" in asked[0]
