"""Rows of controls at narrow windows: nothing drawn over anything else, no text cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView, QWidget

from observer_desk.core.db import Database, open_database
from observer_desk.ui.flow_layout import FlowLayout
from observer_desk.ui.main_window import MainWindow


@pytest.fixture
def demo_db(demo_template_url: str, copy_db_url) -> Iterator[Database]:  # noqa: ANN001
    database = open_database(copy_db_url(demo_template_url, "mission"))
    yield database
    database.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, db: Database, settings: QSettings, width: int, area: int) -> MainWindow:  # noqa: ANN001
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(width, 600)
    window.show()
    qtbot.waitExposed(window)
    window.show_area(area)
    return window


def overlapping(widgets: list[QWidget]) -> list[tuple[str, str]]:
    rects = [(w.objectName() or type(w).__name__, QRect(w.mapTo(w.window(), w.rect().topLeft()), w.size()))
             for w in widgets if w.isVisible()]
    return [(a, b) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1:] if ra.intersects(rb)]


@pytest.mark.parametrize("width", [900, 760])
def test_observers_filter_row_wraps_instead_of_overlapping(qtbot, demo_db: Database, settings: QSettings,  # noqa: ANN001
                                                           width: int) -> None:
    window = open_window(qtbot, demo_db, settings, width, 1)
    page = window.observers_page
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.total() > 0, timeout=20_000)
    widgets = [page.search, page.body_filter, page.role_filter, page.status_filter,
               page.clear_filters_button, page.count_label]
    qtbot.waitUntil(lambda: not overlapping(widgets))
    bar = page.filter_bar
    for widget in widgets:
        assert bar.rect().contains(QRect(widget.pos(), widget.size())), widget.objectName()
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
    assert page.count_label.width() >= page.count_label.sizeHint().width()
    assert page.table.y() >= bar.y() + bar.height()  # the table starts below the last line


def test_flow_layout_keeps_one_line_when_wide_and_wraps_when_narrow(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host, spacing=4)
    search, combo, label = QLineEdit(), QComboBox(), QLabel("Всего 18 наблюдателей")
    combo.addItem("Все направляющие стороны")
    for widget in (search, combo, label):
        layout.addWidget(widget)
    wide = sum(w.sizeHint().width() for w in (search, combo, label)) + 8
    host.resize(wide + 100, layout.heightForWidth(wide + 100))
    host.show()
    qtbot.waitExposed(host)
    def middle(widget: QWidget) -> int:
        return widget.geometry().center().y()

    assert middle(search) == middle(combo) == middle(label)
    assert search.width() > search.sizeHint().width()  # the search box takes the spare width
    narrow = search.sizeHint().width() + 10
    host.resize(narrow, layout.heightForWidth(narrow))
    qtbot.waitUntil(lambda: middle(label) > middle(search))
    assert middle(combo) > middle(search)
    assert not overlapping([search, combo, label])
    assert layout.heightForWidth(narrow) > layout.heightForWidth(wide + 100)


def fits(widget: QWidget) -> bool:
    """The widget is at least as wide as its text needs (a label not wrapped or cut)."""
    return widget.width() >= widget.sizeHint().width()


def test_statement_toolbar_and_placeholders_are_not_cut(qtbot, demo_db: Database, settings: QSettings) -> None:  # noqa: ANN001
    window = open_window(qtbot, demo_db, settings, 1000, 4)
    page = window.statement_page
    qtbot.waitUntil(lambda: page.facts is not None, timeout=20_000)
    qtbot.waitUntil(lambda: fits(page.status_label))
    assert page.status_label.text() and not page.status_label.wordWrap()
    assert not overlapping([page.title_label, page.kind_box, page.language_box, page.status_label,
                            page.save_button, page.revert_button, page.issue_button, page.paper_box,
                            page.export_button])
    header = page.placeholder_view.horizontalHeader()
    viewport = page.placeholder_view.viewport().width()
    assert header.sectionSize(0) + header.sectionSize(1) <= viewport + 1  # no sideways scrolling
    for column in (0, 1):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)  # header text whole
    assert page.date_edit.width() >= page.date_edit.sizeHint().width()


def test_findings_counts_have_their_own_line(qtbot, demo_db: Database, settings: QSettings) -> None:  # noqa: ANN001
    window = open_window(qtbot, demo_db, settings, 900, 3)
    page = window.findings_page
    qtbot.waitUntil(lambda: bool(page.count.text()), timeout=20_000)
    qtbot.waitUntil(lambda: fits(page.count) and fits(page.title))
    buttons = [page.title, page.language_box, page.new_button, page.import_button, page.export_button]
    assert not overlapping(buttons + [page.count, page.incident_count])
    for button in buttons[2:]:
        assert button.width() >= button.sizeHint().width()
    assert page.count.mapTo(page, page.count.rect().topLeft()).y() >= page.header.y() + page.header.height()


def test_audit_changes_headers_and_the_mission_switcher_are_whole(qtbot, demo_db: Database,  # noqa: ANN001
                                                                   settings: QSettings) -> None:
    window = open_window(qtbot, demo_db, settings, 1400, 0)
    switcher = window.mission_switcher
    qtbot.waitUntil(lambda: switcher.width() > switcher.fontMetrics().horizontalAdvance(switcher.currentText()))
    dialog = window.show_audit_log()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(QTableView, None)  # the entries
    changes = [v for v in dialog.findChildren(QTableView) if v is not view][0]
    header = changes.horizontalHeader()
    for column in range(changes.model().columnCount() - 1):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    dialog.close()
