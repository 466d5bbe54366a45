"""The roster export dialog, driven as a user would; the workbooks it writes are read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from observer_desk.core.db import Database, open_database
from observer_desk.core.models import Observer
from observer_desk.core.services.missions import get_mission
from observer_desk.ui.main_window import MainWindow
from observer_desk.ui.roster_export_dialog import RosterExportDialog, open_roster_export


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


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes and the file manager are recorded, never shown."""
    record: list[tuple[str, str]] = []

    def question(_parent: QWidget | None, _title: str, text: str, *_args: object, **_kwargs: object):
        record.append(("question", text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: record.append(("open", url)) or True))
    return record


def ids_of(db: Database, *codes: str) -> list[int]:
    with db.reading() as session:
        found = dict(session.execute(select(Observer.code, Observer.id).where(Observer.code.in_(codes))).all())
    return [found[code] for code in codes]


def all_text(path: Path) -> str:
    workbook = load_workbook(path)
    return " ".join(str(c.value) for sheet in workbook for row in sheet.iter_rows() for c in row if c.value)


def export_with(qtbot, dialog: RosterExportDialog, path: Path) -> None:  # noqa: ANN001
    dialog.path_edit.setText(str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text() != "" and dialog.export_button.isEnabled(), timeout=20_000)


def open_dialog(qtbot, db: Database, mission_id: int, settings: QSettings,  # noqa: ANN001
                observer_ids: list[int] | None = None) -> RosterExportDialog:
    dialog = open_roster_export(None, db, mission_id, observer_ids, settings=settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test reads it afterwards
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_public_roster_has_no_passport_numbers_and_the_folder_can_be_opened(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, shown: list, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = open_dialog(qtbot, demo_db, mission_id, settings)
    assert dialog.whole.isChecked() and dialog.selection.isHidden()
    assert not dialog.public.isChecked()
    assert "send it only to the host authorities" in dialog.public_note.text()
    dialog.public.click()
    assert dialog.path_edit.text().endswith("SCO-KZ-2022 public roster.xlsx")
    assert "safe to circulate" in dialog.public_note.text()

    path = tmp_path / "public.xlsx"
    export_with(qtbot, dialog, path)
    assert dialog.banner.kind == "success"
    assert dialog.banner.text() == f"18 observers exported to {path}"
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Roster", "By body"]
    headers = [c.value for c in workbook["Roster"][4]]
    assert headers[0] == "Code"
    for gone in ("Passport No.", "Date of birth", "Phone", "E-mail"):
        assert gone not in headers
    assert len(list(workbook["Roster"].iter_rows(min_row=5))) == 18
    text = all_text(path)
    assert "DEMO0000" not in text and "@" not in text
    assert "方悦宁" in text  # names in their own script survive

    qtbot.mouseClick(dialog.banner.action_button, Qt.MouseButton.LeftButton)
    assert shown[-1] == ("open", QUrl.fromLocalFile(str(tmp_path)))
    assert settings.value("rosterExport/folder") == str(tmp_path)


def test_a_selection_exports_only_the_chosen_observers(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, tmp_path: Path) -> None:  # noqa: ANN001
    chosen = ids_of(demo_db, "SCO-07", "SCO-03")
    dialog = open_dialog(qtbot, demo_db, mission_id, settings, chosen)
    assert dialog.selection.isChecked() and dialog.selection.text() == "Only the 2 selected observers"
    assert dialog.path_edit.text().endswith("SCO-KZ-2022 roster selection.xlsx")
    path = tmp_path / "selection.xlsx"
    export_with(qtbot, dialog, path)
    assert dialog.banner.text() == f"2 observers exported to {path}"
    workbook = load_workbook(path)
    codes = sorted(row[0].value for row in workbook["Roster"].iter_rows(min_row=5))
    assert codes == ["SCO-03", "SCO-07"]
    # The full roster: the CEC sheet with the passport numbers of these two only.
    cec = [[c.value for c in row] for row in workbook["CEC submission"].iter_rows(min_row=5)]
    assert sorted(row[5] for row in cec) == ["DEMO000003", "DEMO000007"]

    # The same dialog can still write the whole roster.
    dialog.whole.click()
    whole = tmp_path / "whole.xlsx"
    export_with(qtbot, dialog, whole)
    assert len(list(load_workbook(whole)["Roster"].iter_rows(min_row=5))) == 18


def test_an_existing_file_is_replaced_only_when_the_user_agrees(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, shown: list, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"last week's roster")
    dialog = open_dialog(qtbot, demo_db, mission_id, settings)
    dialog.path_edit.setText(str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert shown == [("question", "roster.xlsx exists already. Replace it with the new roster?")]
    assert path.read_bytes() == b"last week's roster"
    assert dialog.export_button.isEnabled() and dialog.banner.text() == ""


def test_a_folder_that_does_not_exist_is_reported_in_the_dialog(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = open_dialog(qtbot, demo_db, mission_id, settings)
    export_with(qtbot, dialog, tmp_path / "gone" / "roster.xlsx")
    assert dialog.banner.kind == "error"
    assert dialog.banner.text().startswith("The roster was not exported: cannot write ")
    assert "does not exist" in dialog.banner.text()


def test_the_save_dialog_names_the_file(
        qtbot, demo_db: Database, mission_id: int, settings: QSettings, tmp_path: Path,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(tmp_path / "for the CEC"), "")))
    dialog = open_dialog(qtbot, demo_db, mission_id, settings)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(tmp_path / "for the CEC.xlsx")
    export_with(qtbot, dialog, tmp_path / "for the CEC.xlsx")
    assert (tmp_path / "for the CEC.xlsx").exists()


def test_export_selection_on_the_observers_page_opens_the_dialog_with_the_selection(
        qtbot, demo_db: Database, settings: QSettings, tmp_path: Path,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    from observer_desk.ui import roster_export_dialog

    monkeypatch.setattr(roster_export_dialog, "application_settings", lambda: settings)
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_area(1)
    page = window.observers_page
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.total() == 18, timeout=20_000)
    page.select_observers(ids_of(demo_db, "SCO-07"))
    qtbot.mouseClick(page.toolbar.widgetForAction(page.export_selection_action), Qt.MouseButton.LeftButton)
    dialog = page.findChild(RosterExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.selection.text() == "Only the selected observer"
    path = tmp_path / "one.xlsx"
    export_with(qtbot, dialog, path)
    assert [row[0].value for row in load_workbook(path)["Roster"].iter_rows(min_row=5)] == ["SCO-07"]
