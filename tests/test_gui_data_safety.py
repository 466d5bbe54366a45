"""Data safety in the window: backups taken on opening and restored from File › Backups…, a damaged
database repaired from its newest good backup, the audit trail (per observer and as a filtered
log, exported to Excel) and closing a mission from the Mission area."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from observer_desk.core.audit import AuditFilter, count_entries, record_audit
from observer_desk.core.backup import list_backups, rotating_backup
from observer_desk.core.db import Database, open_database
from observer_desk.core.models import AuditAction, Observer
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission, update_mission
from observer_desk.core.services.observer_profile import load_observer, save_observer
from observer_desk.core.services.personal_data import personal_data_left
from observer_desk.ui import app as gui_app
from observer_desk.ui.audit_log import PAGE
from observer_desk.ui.main_window import MainWindow
from observer_desk.ui.observer_editor import HISTORY


@dataclass
class Dialogs:
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
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


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(str(path))
    create_demo_mission(database)
    database.dispose()
    return path


@pytest.fixture(scope="module")
def demo_template(demo_template_url: str) -> str:
    """The demo mission on the engine of the run (demo_file is always an SQLite file)."""
    return demo_template_url


@pytest.fixture
def demo_db(demo_template: str, copy_db_url) -> Iterator[Database]:
    database = open_database(copy_db_url(demo_template))
    yield database
    database.dispose()


@pytest.fixture
def file_demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """The demo in an SQLite file, for what only files have: backups taken and restored."""
    path = tmp_path / "mission.sqlite"
    shutil.copy(demo_file, path)
    database = open_database(str(path))
    yield database
    database.dispose()


def open_window(qtbot, database: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(database, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, demo_db, tmp_path)


@pytest.fixture
def file_window(qtbot, file_demo_db: Database, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, file_demo_db, tmp_path)


def title_of(db: Database) -> str:
    return get_mission(db).title


def test_the_window_takes_a_backup_when_it_opens_a_database(qtbot, demo_file: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mission.sqlite"
    shutil.copy(demo_file, path)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: [
        w.close() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] and 0))
    assert gui_app.run_gui(str(path)) == 0
    (backup,) = list_backups(path)
    assert backup.reason == "open"


def test_backups_are_listed_and_one_is_restored_after_a_confirmation(
        qtbot, file_window: MainWindow, file_demo_db: Database, dialogs: Dialogs) -> None:
    window, demo_db = file_window, file_demo_db
    original = title_of(demo_db)
    rotating_backup(demo_db, "before-import")
    mission = get_mission(demo_db)
    update_mission(demo_db, mission.id, mission.version, {"title": "Changed after the backup"})
    window.refresh()
    assert window.windowTitle() == "Observer Desk — Changed after the backup"

    dialog = window.show_backups()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Before an import"
    assert dialog.model.index(0, 2).data().endswith(("KB", "MB"))
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not dialog.restore_selected()
    assert title_of(window.database) == "Changed after the backup"

    dialogs.answer = QMessageBox.StandardButton.Yes
    assert dialog.restore_selected()
    assert "Changes made since then are lost" in dialogs.texts("question")[-1]
    assert title_of(window.database) == original
    assert window.windowTitle() == f"Observer Desk — {original}"
    assert window.mission_page.title.text() == original
    # The content replaced is itself a backup now, listed in the dialog.
    assert [reason for reason in (dialog.model.backup_at(r).reason for r in range(dialog.model.rowCount()))] \
        == ["before-restore", "before-import"]


def test_back_up_now_and_the_number_to_keep(qtbot, file_window: MainWindow) -> None:
    dialog = file_window.show_backups()
    dialog.keep.setValue(2)
    for _ in range(3):
        assert dialog.back_up_now() is not None
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 1).data() == "Taken on request"
    from observer_desk.core.preferences import backups_to_keep
    assert backups_to_keep() == 2


def test_a_shared_database_is_backed_up_by_the_server(qtbot, window: MainWindow, demo_db: Database,
                                                      monkeypatch) -> None:
    """On PostgreSQL the window takes no backups and the dialog says who does; on SQLite the
    same dialog offers its own."""
    dialog = window.show_backups()
    qtbot.addWidget(dialog)
    if demo_db.is_sqlite:
        assert dialog.backup_button.isEnabled() and "kept in" in dialog.intro.text()
        return
    assert "pg_dump" in dialog.intro.text()
    assert not dialog.backup_button.isEnabled() and dialog.model.rowCount() == 0
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: [
        w.close() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] and 0))
    assert gui_app.run_gui(demo_db.target) == 0
    assert list_backups() == []


def test_a_damaged_database_is_replaced_by_its_newest_good_backup(
        qtbot, window: MainWindow, demo_file: Path, tmp_path: Path, dialogs: Dialogs) -> None:
    other = tmp_path / "other" / "mission.sqlite"
    other.parent.mkdir()
    shutil.copy(demo_file, other)
    database = open_database(str(other))
    good = rotating_backup(database, "open")
    database.dispose()
    data = bytearray(other.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12)):
        data[offset] = 0x5A
    other.write_bytes(bytes(data))

    dialogs.answer = QMessageBox.StandardButton.No
    assert not window.open_database_file(str(other))
    question = dialogs.texts("question")[-1]
    assert "is damaged" in question and good.name in question

    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.open_database_file(str(other))
    assert window.database.path == other.resolve()
    assert window.current_mission_code == "SCO-KZ-2022"
    assert len(list(other.parent.glob("mission.damaged-*.sqlite"))) == 1
    with sqlite3.connect(other) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_observer_editor_shows_the_history_of_changes(qtbot, window: MainWindow,
                                                          demo_db: Database, monkeypatch) -> None:
    with demo_db.reading() as session:
        observer_id = session.scalar(select(Observer.id).where(Observer.code == "SCO-05"))
    loaded = load_observer(demo_db, observer_id)
    monkeypatch.setenv("OBSERVER_DESK_USER", "Colleague")
    mission_id = window.current_mission_id
    form = loaded.form
    form.hotel = "Hotel Kazakhstan"
    form.passport_number = "TEST424242"
    save_observer(demo_db, mission_id, form, observer_id=observer_id, version=loaded.version)

    window.show_area(1)
    page = window.observers_page
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.total() > 0, timeout=20_000)
    editor = page.open_observer(observer_id)
    assert editor is not None
    qtbot.addWidget(editor)
    editor.tabs.setCurrentIndex(HISTORY)
    history = editor.change_history.view
    assert history.entries.rowCount() == 1
    assert history.entries.index(0, 1).data() == "Colleague"
    lines = {history.changes.index(r, 0).data(): (history.changes.index(r, 1).data(),
                                                  history.changes.index(r, 2).data())
             for r in range(history.changes.rowCount())}
    assert lines["hotel"][1] == "Hotel Kazakhstan"
    assert lines["passport number"][1] == "•••••••242"  # masked on screen too
    editor.discard()


def test_the_audit_log_filters_pages_and_exports(qtbot, window: MainWindow, demo_db: Database,
                                                 tmp_path: Path) -> None:
    mission_id = window.current_mission_id
    with demo_db.transaction() as session:
        for n in range(PAGE + 50):
            record_audit(session, table="venue", action=AuditAction.UPDATE, mission_id=mission_id,
                         summary=f"venue change {n}", user="Importer")
    window.refresh()
    log = window.show_audit_log()
    assert log is not None
    qtbot.addWidget(log)
    total = count_entries(demo_db, AuditFilter(mission_id=mission_id))
    assert log.view.entries.total == total == PAGE + 51  # and the demo's own entry
    assert log.view.entries.rowCount() == PAGE  # the first page only, until the view scrolls
    log.view.entries_view.scrollToBottom()
    qtbot.waitUntil(lambda: log.view.entries.rowCount() > PAGE, timeout=5_000)

    log.user_filter.setCurrentIndex(log.user_filter.findData("Importer"))
    assert log.view.entries.total == PAGE + 50
    log.table_filter.setCurrentIndex(log.table_filter.findData("mission"))
    assert log.view.entries.total == 0
    log.user_filter.setCurrentIndex(0)
    assert log.view.entries.total == 1
    assert "demo mission SCO-KZ-2022 created" in log.view.entries.index(0, 4).data()
    assert log.view.changes.rowCount() == 0

    out = tmp_path / "log.xlsx"
    assert log.export_to(str(out)) == 1
    rows = list(load_workbook(out, read_only=True)["Audit trail"].iter_rows(min_row=5, values_only=True))
    assert [row[6] for row in rows] == ["demo mission SCO-KZ-2022 created"]


def test_closing_the_mission_needs_its_code_typed(qtbot, window: MainWindow, demo_db: Database) -> None:
    window.show_area(0)
    page = window.mission_page
    mission_id = window.current_mission_id
    dialog = page.close_mission()
    assert dialog is not None
    assert not dialog.confirm_button.isEnabled()
    dialog.code_edit.setText("SCO-KZ")
    assert not dialog.confirm_button.isEnabled()
    dialog.accept()  # Enter with the wrong code does nothing
    assert personal_data_left(demo_db, mission_id) == 18
    dialog.code_edit.setText("SCO-KZ-2022")
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: personal_data_left(demo_db, mission_id) == 0, timeout=5_000)
    qtbot.waitUntil(lambda: page.closed_banner.isVisible(), timeout=5_000)
    assert "This mission was closed on" in page.closed_banner.text()
    assert "Mission closed" in window.statusBar().currentMessage()
