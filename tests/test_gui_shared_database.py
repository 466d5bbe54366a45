"""The window on a shared database: the Connect dialog, and changes committed by another user
showing in an open window without losing its unsaved edits (two real connections)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import keyring
import pytest
from findings_fixtures import small_mission
from keyring.backends import fail
from live_fixtures import (
    PASSWORD,
    MemoryKeyring,
    closed_port,
    memory_keyring,
    mission_with_observers,
    written_settings_text,
)
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from sqlalchemy import select

from observer_desk.core.db import Database, open_database
from observer_desk.core.models import AccreditationStatus as S
from observer_desk.core.models import Phase, PollingStation, Team
from observer_desk.core.services.accreditation import StatusChange, change_status
from observer_desk.core.services.badges import record_print_run
from observer_desk.core.services.observer_profile import load_observer, save_observer
from observer_desk.core.services.report_editing import ReportDraft, create_report
from observer_desk.core.shared_connection import (
    KEYRING_SERVICE,
    PasswordKeeping,
    SharedConnection,
    default_user,
    remember_connection,
    remembered_connections,
)
from observer_desk.ui.connect_dialog import ConnectDialog
from observer_desk.ui.main_window import MainWindow
from observer_desk.ui.observers_page import ObserversPage

__all__ = ["memory_keyring"]  # the fixture, used by name
WITHIN_S = 8_000  # "within a few seconds": the window looks every 2.5 s


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def other(db_url: str, db: Database) -> Iterator[Database]:
    """Another user's connection to the same database."""
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: QWidget | None, _title: str, text: str, *_args: object, **_kwargs: object):
        shown.append(text)
        return QMessageBox.StandardButton.Discard

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))
    return shown


def open_window(qtbot, db: Database, settings: QSettings) -> MainWindow:  # noqa: ANN001
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1180, 620)
    window.show()
    qtbot.waitExposed(window)
    return window


# --- live refresh ------------------------------------------------------------------------------

def open_roster(qtbot, db: Database, settings: QSettings, count: int) -> tuple[MainWindow, ObserversPage]:  # noqa: ANN001
    window = open_window(qtbot, db, settings)
    window.show_area(1)
    page = window.observers_page
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.total() == count, timeout=20_000)
    return window, page


def test_changes_by_another_user_show_while_unsaved_edits_stay(qtbot, db: Database, other: Database,  # noqa: ANN001
                                                               settings: QSettings) -> None:
    mission_id, ids = mission_with_observers(db, observers=80)
    window, page = open_roster(qtbot, db, settings, 80)

    page.select_observers([ids[70]])  # far down the roster: the table scrolls to it
    scroll = page.table.verticalScrollBar().value()
    assert scroll > 0
    editor = page.open_observer(ids[0])
    assert editor is not None
    qtbot.keyClicks(editor.widget("position"), "Head of delegation")
    assert editor.has_unsaved_changes()

    # Another user moves two observers on (the one being edited among them) ...
    change_status(other, [ids[0], ids[70]], StatusChange(S.SUBMITTED, reference="SCO/2022/114",
                                                          reference_date=date(2022, 11, 1)), user="aigerim")
    qtbot.waitUntil(lambda: page.model.find(ids[70]).status is S.SUBMITTED, timeout=WITHIN_S)
    assert page.model.find(ids[0]).status is S.SUBMITTED
    assert page.selected_ids() == [ids[70]]
    assert page.table.verticalScrollBar().value() == scroll
    # ... the editor keeps the unsaved edit, shows the new status and who changed the record
    qtbot.waitUntil(lambda: "aigerim" in editor.banner.text(), timeout=WITHIN_S)
    assert editor.widget("position").text() == "Head of delegation"
    assert editor.has_unsaved_changes()
    assert "your unsaved edits are kept" in editor.banner.text()
    assert editor.status is S.SUBMITTED
    # a status change does not clash with the edit: it saves over the new version
    assert editor.save()
    page.select_observers([ids[70]])  # (saving selected the saved observer)
    scroll = page.table.verticalScrollBar().value()

    # ... and records a badge print run, which issues the badges of the accredited observers
    change_status(other, [ids[1]], StatusChange(S.SUBMITTED, reference="SCO/2022/115",
                                                reference_date=date(2022, 11, 1)), user="aigerim")
    change_status(other, [ids[1]], StatusChange(S.ACCREDITED, reference="CEC-0042",
                                                reference_date=date(2022, 11, 10)), user="aigerim")
    record_print_run(other, mission_id, [ids[1]], "cr80", user="dana")
    qtbot.waitUntil(lambda: page.model.find(ids[1]).status is S.BADGE_ISSUED, timeout=WITHIN_S)
    assert page.selected_ids() == [ids[70]]
    assert page.table.verticalScrollBar().value() == scroll
    qtbot.waitUntil(lambda: window.overview is not None and window.overview.accredited_observers == 1,
                    timeout=WITHIN_S)


def test_an_editor_without_edits_shows_the_other_users_change(qtbot, db: Database, other: Database,  # noqa: ANN001
                                                              settings: QSettings) -> None:
    mission_id, ids = mission_with_observers(db, observers=2)
    window, page = open_roster(qtbot, db, settings, 2)
    editor = page.open_observer(ids[1])
    assert editor is not None and editor.widget("position").text() == ""
    loaded = load_observer(other, ids[1])
    save_observer(other, mission_id, dataclasses.replace(loaded.form, position="Interpreter"),
                  observer_id=ids[1], version=loaded.version)
    qtbot.waitUntil(lambda: editor.widget("position").text() == "Interpreter", timeout=WITHIN_S)
    assert not editor.has_unsaved_changes()
    assert page.model.find(ids[1]).position == "Interpreter"


# --- the Connect dialog ------------------------------------------------------------------------

def test_dialog_fields_and_an_unreachable_server(qtbot) -> None:  # noqa: ANN001
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.port.value() == 5432
    assert dialog.user.text() == default_user()
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    assert not dialog.connect_button.isEnabled()  # nothing to connect to yet
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(closed_port())
    dialog.database.setText("observer_desk")
    assert dialog.test_button.isEnabled()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=10_000)
    assert dialog.banner.kind == "error"
    assert "cannot be reached" in dialog.banner.text()


def test_dialog_says_when_no_keyring_can_keep_the_password(qtbot) -> None:  # noqa: ANN001
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
    finally:
        keyring.set_keyring(previous)
    assert not dialog.keep_password.isEnabled()
    assert "asked for each time" in dialog.keyring_note.text()


def test_recent_connections_fill_the_fields_and_can_be_forgotten(qtbot, memory_keyring: MemoryKeyring) -> None:  # noqa: ANN001
    other_one = SharedConnection("db2.secretariat.lan", "archive", "aigerim")
    kept = SharedConnection("db.secretariat.lan", "observer_desk", "aigerim", port=6543)
    remember_connection(other_one, PasswordKeeping.ASK)
    remember_connection(kept, PasswordKeeping.KEYRING)
    memory_keyring.set_password(KEYRING_SERVICE, kept.label(), PASSWORD)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    assert [dialog.recent.itemText(i) for i in range(dialog.recent.count())] == [
        "New connection", kept.label(), other_one.label()]
    assert dialog.connection() == kept and dialog.chosen_remembered().connection == kept
    assert dialog.password.text() == PASSWORD and dialog.keep_password.isChecked()

    dialog.database.setText("elsewhere")  # edited into another connection
    assert dialog.recent.currentIndex() == 0 and dialog.chosen_remembered() is None

    dialog.recent.setCurrentIndex(1)
    dialog.recent.activated.emit(1)
    assert dialog.connection() == kept
    dialog.forget_button.click()
    assert [e.connection for e in remembered_connections()] == [other_one]
    assert memory_keyring.items == {}
    assert dialog.connection() == other_one and dialog.password.text() == ""


@pytest.fixture
def pg_url(db_engine: str, db_url: str) -> str:
    if db_engine != "postgresql":
        pytest.skip("needs the PostgreSQL run (OBSERVER_DESK_TEST_DB=postgresql+psycopg://...)")
    return db_url


def fill(dialog: ConnectDialog, connection: SharedConnection, password: str = "") -> None:
    dialog.host.setText(connection.host)
    dialog.port.setValue(connection.port)
    dialog.database.setText(connection.database)
    dialog.user.setText(connection.user)
    dialog.password.setText(password)


@pytest.mark.parametrize("keep", [True, False])
def test_connecting_opens_the_shared_database_in_the_window(qtbot, db: Database, pg_url: str,  # noqa: ANN001
                                                            settings: QSettings, tmp_path: Path,
                                                            memory_keyring: MemoryKeyring, keep: bool) -> None:
    mission_with_observers(db, observers=3)
    local = open_database(str(tmp_path / "local.sqlite"))
    window = open_window(qtbot, local, settings)
    assert window.is_showing_welcome()
    connection = SharedConnection.from_url(pg_url)

    dialog = window.connect_shared_database()
    fill(dialog, connection, PASSWORD)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=10_000)
    assert dialog.banner.kind == "success"
    assert "Connected to PostgreSQL" in dialog.banner.text() and "SCO-KZ-2022" in dialog.banner.text()
    dialog.keep_password.setChecked(keep)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: window.database.target == connection.target(), timeout=20_000)
    assert window.current_mission_code == "SCO-KZ-2022"
    assert "127.0.0.1" in window.database_label.text() or connection.host in window.database_label.text()

    settings.sync()
    stored_settings = Path(settings.fileName()).read_text(encoding="utf-8")
    assert PASSWORD not in stored_settings and PASSWORD not in written_settings_text()
    assert PASSWORD not in window.database_label.toolTip()
    remembered = remembered_connections()[0]
    assert remembered.connection == connection
    assert remembered.password is (PasswordKeeping.KEYRING if keep else PasswordKeeping.ASK)
    assert bool(memory_keyring.items) is keep
    window.close()


def test_reopening_a_remembered_connection_asks_for_its_password(qtbot, pg_url: str,  # noqa: ANN001
                                                                   memory_keyring: MemoryKeyring,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    connection = SharedConnection.from_url(pg_url)
    remember_connection(connection, PasswordKeeping.ASK)
    asked: list[str] = []
    monkeypatch.setattr(ConnectDialog, "ask_password", lambda self, c: asked.append(c.label()) or PASSWORD)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    assert dialog.recent.currentText() == connection.label()
    assert dialog.host.text() == connection.host and dialog.password.text() == ""
    opened: list[Database] = []
    dialog.databaseOpened.connect(opened.append)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    opened[0].dispose()
    assert asked == [connection.label()]
    assert memory_keyring.items == {}


def test_a_report_entered_by_another_user_appears_in_the_list(qtbot, db: Database, other: Database,  # noqa: ANN001
                                                              settings: QSettings) -> None:
    mission_id, checklist_id = small_mission(db)
    with db.reading() as session:
        station_id = session.scalar(select(PollingStation.id).where(PollingStation.number == "101"))
        team_id = session.scalar(select(Team.id).where(Team.name == "Team 1"))
    window = open_window(qtbot, db, settings)
    window.show_area(3)
    page = window.findings_page
    assert page.model.rowCount() == 0
    arrived = datetime(2022, 11, 20, 4, 0, tzinfo=timezone.utc)
    create_report(other, mission_id, ReportDraft(
        checklist_id, Phase.VOTING, station_id, team_id, arrived, arrived + timedelta(minutes=40),
        {"registered_voters": "1000", "ballots_issued": "300", "ballots_issued_time": "10:15",
         "signposted": "yes", "voting_rating": "good", "group_voting": "no"}), submitted_by="dana")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WITHIN_S)
    assert page.model.row_data(0).station_number == "101"
    qtbot.waitUntil(lambda: window.overview is not None and window.overview.visit_reports == 1, timeout=WITHIN_S)


def test_a_page_not_shown_catches_up_when_it_is_shown(qtbot, db: Database, other: Database,  # noqa: ANN001
                                                      settings: QSettings) -> None:
    _mission_id, ids = mission_with_observers(db, observers=3)
    window, page = open_roster(qtbot, db, settings, 3)
    window.show_area(3)  # the Findings area: the roster is out of sight
    with qtbot.waitSignal(window.live_refresh.applied, timeout=WITHIN_S):
        change_status(other, [ids[2]], StatusChange(S.SUBMITTED, reference="SCO/2022/116",
                                                    reference_date=date(2022, 11, 1)), user="aigerim")
    assert page.model.find(ids[2]).status is S.DOCUMENTS_COMPLETE  # not read for a hidden page
    window.show_area(1)
    qtbot.waitUntil(lambda: page.model.find(ids[2]).status is S.SUBMITTED, timeout=2_000)


def test_cancelling_while_connecting_opens_nothing(qtbot, pg_url: str, memory_keyring: MemoryKeyring) -> None:  # noqa: ANN001
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, SharedConnection.from_url(pg_url))
    opened: list[Database] = []
    dialog.databaseOpened.connect(opened.append)
    dialog.connect_button.click()
    assert dialog.banner.text().startswith("Opening")
    dialog.reject()  # waits for the opening to finish, then drops what it opened
    qtbot.wait(200)
    assert opened == [] and dialog.opened is None
    assert remembered_connections()[0].connection == SharedConnection.from_url(pg_url)  # it did finish
