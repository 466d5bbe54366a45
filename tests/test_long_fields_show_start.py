"""Long values in one-line fields open showing their beginning, not scrolled to their end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from observer_desk.core.db import Database, open_database
from observer_desk.ui.main_window import MainWindow


@pytest.fixture
def demo_db(demo_template_url: str, copy_db_url) -> Iterator[Database]:  # noqa: ANN001
    database = open_database(copy_db_url(demo_template_url, "mission"))
    yield database
    database.dispose()


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    window = MainWindow(demo_db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_statement_fields_show_the_start_of_the_title(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.show_area(4)
    page = window.statement_page
    qtbot.waitUntil(lambda: page.facts is not None and bool(page.title_edit.text()), timeout=20_000)
    title = page.title_edit
    assert title.fontMetrics().horizontalAdvance(title.text()) > title.width()  # longer than the field
    assert title.cursorPosition() == 0
    for line in (page.place_edit, page.signatory_edit, page.signatory_title_edit):
        assert line.cursorPosition() == 0


def test_observer_editor_shows_the_start_of_a_long_position(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.show_area(1)
    page = window.observers_page
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.total() > 0, timeout=20_000)
    page.table.selectRow(0)
    editor = page.open_current()
    assert editor is not None
    qtbot.addWidget(editor)
    for name in ("institution", "position"):
        line = editor.bindings[name].widget
        assert line.text() and line.cursorPosition() == 0, name
