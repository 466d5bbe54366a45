"""The window in Russian and Chinese at its default size: the Statement area opens in the
interface language, the itinerary's days fit their column, the Observers toolbar needs no overflow
menu, Tab in the observer editor goes through the fields and then the buttons as shown, and the
status dialog writes each language's own punctuation."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle, QToolButton, QWidget

from observer_desk.core.db import Database
from observer_desk.core.models import AccreditationStatus
from observer_desk.core.services.overview import mission_overview
from observer_desk.core.services.roster import roster_rows
from observer_desk.ui.main_window import MainWindow
from observer_desk.ui.statement_page import StatementPage, opening_language
from observer_desk.ui.status_dialog import StatusDialog
from observer_desk.ui.translations import install_translations
from statement_fixtures import demo, demo_file  # noqa: F401 - fixtures

DEFAULT_SIZE = (1180, 780)  # the main window's size on a desktop screen


@pytest.fixture(scope="module")
def qm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("qm")


@pytest.fixture
def speaking(qapp: QApplication, qm_cache: Path) -> Iterator[Callable[[str], None]]:
    """Install a language's translators for one test and take them away afterwards."""
    installed = []
    default_locale = QLocale()

    def speak(language: str) -> None:
        installed.extend(install_translations(qapp, language, cache_dir=qm_cache))
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default_locale)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, db: Database, settings: QSettings, area: int) -> MainWindow:  # noqa: ANN001
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(*DEFAULT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.show_area(area)
    return window


# --- the Statement area's language --------------------------------------------------------------

@pytest.mark.parametrize(("language", "working", "shown"), [
    ("ru", ("en", "ru", "zh"), "ru"),
    ("zh_CN", ("en", "ru", "zh"), "zh"),
    ("en", ("ru", "en", "zh"), "en"),
    ("ru", ("zh", "en"), "zh"),  # the mission does not work in Russian: its first language
    ("zh_CN", ("ru",), "ru"),
])
def test_the_statement_opens_in_the_interface_language_when_the_mission_works_in_it(
        qtbot, speaking, demo, language: str, working: tuple[str, ...], shown: str) -> None:  # noqa: ANN001, F811
    db, mission_id = demo
    speaking(language)
    page = StatementPage(lambda: db)
    qtbot.addWidget(page)
    overview = dataclasses.replace(mission_overview(db, mission_id), working_languages=working)
    page.set_overview(overview)
    assert page.language == shown
    assert page.language_box.currentData() == shown
    qtbot.waitUntil(lambda: page.facts is not None, timeout=20_000)
    assert page.statement is not None and page.statement.language == shown
    page.wait()


def test_the_opening_language_without_a_working_language_we_write_in(speaking) -> None:  # noqa: ANN001
    speaking("ru")
    assert opening_language([]) == "en"
    assert opening_language(["kk", "zh"]) == "zh"
    assert opening_language(["kk", "ru"]) == "ru"


# --- the itinerary's Day column -----------------------------------------------------------------

@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_the_itinerary_days_are_shown_whole(qtbot, speaking, demo, settings, language: str) -> None:  # noqa: ANN001, F811
    db, _mission_id = demo
    speaking(language)
    window = open_window(qtbot, db, settings, 2)
    page = window.itinerary_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    table = page.table
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    days = {page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())}
    widest = max(table.fontMetrics().horizontalAdvance(day) for day in days)
    assert table.horizontalHeader().sectionSize(0) >= widest + margin, days
    assert not [day for day in days if day.endswith("..")], days  # "чт, 17 нояб." once, not twice
    if language == "ru":
        assert any("нояб." in day for day in days), days
    # The heading and the filters above the list are not cut either: the row wraps.
    for widget in (page.title_label, page.day, page.kind, page.who):
        assert widget.width() >= widget.minimumSizeHint().width(), widget
    assert page.title_label.width() >= page.title_label.sizeHint().width()
    assert page.day.width() >= page.day.sizeHint().width()


# --- the Observers toolbar ----------------------------------------------------------------------

@pytest.mark.parametrize("language", ["ru", "zh_CN", "en"])
def test_the_observers_toolbar_fits_without_its_overflow_menu(qtbot, speaking, demo, settings,  # noqa: ANN001, F811
                                                              language: str) -> None:
    db, _mission_id = demo
    speaking(language)
    window = open_window(qtbot, db, settings, 1)
    page = window.observers_page
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.total() > 0, timeout=20_000)
    toolbar = page.toolbar
    assert toolbar.sizeHint().width() <= toolbar.width()
    for action in toolbar.actions():
        if not action.isSeparator():
            assert toolbar.widgetForAction(action).isVisible(), action.text()
    overflow = [button for button in toolbar.findChildren(QToolButton)
                if button.objectName() == "qt_toolbar_ext_button"]
    assert not any(button.isVisible() for button in overflow)


# --- Tab in the observer editor -----------------------------------------------------------------

def test_tab_goes_through_the_fields_then_the_buttons_as_shown(qtbot, demo, settings) -> None:  # noqa: ANN001, F811
    db, _mission_id = demo
    window = open_window(qtbot, db, settings, 1)
    page = window.observers_page
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.total() > 0, timeout=20_000)
    editor = page.open_observer(page.model.row_at(0).id)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.tabs.setCurrentIndex(0)
    code = editor.bindings["code"].widget
    code.setFocus()
    qtbot.keyClicks(code, "-1")  # an edit, so that Save takes part too
    qtbot.waitUntil(lambda: editor.save_button.isEnabled())

    fields = [editor.bindings[name].widget for name in
              ("code", "family_name", "given_names", "native_name", "sex", "date_of_birth", "citizenship")]
    buttons = sorted((b for b in editor.buttons.buttons() if b.isVisible()),
                     key=lambda b: b.mapTo(editor, b.rect().topLeft()).x())
    assert [b.text() for b in buttons][-1] == editor.save_button.text()  # as this platform lays them out
    expected: list[QWidget] = [*fields, *buttons, editor.photo_box.choose_button, editor.photo_box.remove_button,
                               editor.tabs.tabBar(), code]

    visited = [QApplication.focusWidget()]
    for _step in range(len(expected) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())

    def lands_on(focus: QWidget | None, wanted: QWidget) -> bool:
        return focus is wanted or (focus is not None and wanted.isAncestorOf(focus))

    names = [type(w).__name__ + ":" + (w.objectName() or getattr(w, "text", lambda: "")()) for w in visited]
    assert all(lands_on(f, w) for f, w in zip(visited, expected, strict=True)), names
    assert not [w for w in visited if isinstance(w, QScrollArea)]
    editor.discard()


# --- the status dialog's punctuation ------------------------------------------------------------

def status_dialog(qtbot, db: Database, mission_id: int) -> StatusDialog:  # noqa: ANN001
    """The dialog for two accredited observers and one submitted to the CEC, moving them on to
    "badge issued" (which the submitted one cannot make yet)."""
    rows = roster_rows(db, mission_id)
    accredited = [r for r in rows if r.status is AccreditationStatus.ACCREDITED][:2]
    submitted = [r for r in rows if r.status is AccreditationStatus.SUBMITTED][:1]
    assert len(accredited) == 2 and len(submitted) == 1
    dialog = StatusDialog(db, accredited + submitted, rows, AccreditationStatus.BADGE_ISSUED)
    qtbot.addWidget(dialog)
    return dialog


def test_the_status_dialog_writes_chinese_punctuation(qtbot, speaking, demo) -> None:  # noqa: ANN001, F811
    db, mission_id = demo
    speaking("zh_CN")
    dialog = status_dialog(qtbot, db, mission_id)
    now = dialog.current.text()
    assert now.startswith("当前：") and "已认证：2" in now, now
    assert ":" not in now and ", " not in now, now
    assert "、" in now.splitlines()[1], now
    caveat = dialog.caveat.text()
    assert "（" in caveat and "(" not in caveat and ", " not in caveat, caveat


def test_the_status_dialog_writes_one_colon_in_russian(qtbot, speaking, demo) -> None:  # noqa: ANN001, F811
    db, mission_id = demo
    speaking("ru")
    dialog = status_dialog(qtbot, db, mission_id)
    first_line = dialog.current.text().splitlines()[0]
    assert first_line.startswith("Сейчас: ") and first_line.count(":") == 1, first_line
    assert "Аккредитован — 2" in first_line, first_line


def test_the_status_dialog_in_english_keeps_its_wording(qtbot, speaking, demo) -> None:  # noqa: ANN001, F811
    db, mission_id = demo
    speaking("en")
    dialog = status_dialog(qtbot, db, mission_id)
    lines = dialog.current.text().splitlines()
    assert lines[0].startswith("Now: ") and "Accredited: 2" in lines[0], lines
    assert ", " in lines[1], lines
    caveat = dialog.caveat.text()
    assert " (" in caveat and ")." in caveat, caveat
