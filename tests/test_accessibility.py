"""Keyboard and screen-reader manners of every main area and the main dialogs: buttons that show
only an icon carry an accessible name, a label with a mnemonic has a buddy to jump to, Tab reaches
every control and never gets stuck; the standard shortcuts and the Help menu."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from findings_gui_support import demo, demo_file  # noqa: F401 - fixtures: the demo mission, made once
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)
from sqlalchemy import select

from observer_desk.core.db import Database
from observer_desk.core.models import Mission
from observer_desk.core.services.demo import DEMO_MISSION_CODE
from observer_desk.ui import user_guide
from observer_desk.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit,
               QTextEdit, QTabBar)
#: Containers whose inner widgets are reached through the container (its own keys or a menu).
COMPOSITE = (QToolBar, QAbstractItemView, QMenuBar, QAbstractSpinBox, QComboBox)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isEnabled() and widget.window() is top


def _name(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = f"{type(parent).__name__}#{parent.objectName()}" if parent is not None else "-"
    return f"{type(widget).__name__}#{widget.objectName()} in {where} (tip {widget.toolTip()[:40]!r})"


def _qt_own(widget: QWidget) -> bool:
    """Parts Qt adds itself, such as a line edit's clear button."""
    return widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QLineEdit)


def unnamed_icon_buttons(top: QWidget) -> list[str]:
    """Buttons that show no text and tell a screen reader nothing either."""
    return [_name(button) for button in top.findChildren(QAbstractButton)
            if _shown(button, top) and not _qt_own(button)
            and not button.text().replace("&", "").strip() and not button.accessibleName().strip()]


def labels_without_buddy(top: QWidget) -> list[str]:
    """Labels that promise Alt+letter but have nowhere to go."""
    return [repr(label.text()) for label in top.findChildren(QLabel)
            if _shown(label, top) and label.textFormat() != Qt.TextFormat.RichText
            and "&" in label.text().replace("&&", "") and label.buddy() is None]


def tab_walk(top: QWidget) -> tuple[list[QWidget], QWidget | None]:
    """Step focus with Tab (Qt's own rule) from the window's first control until it comes round;
    returns the widgets visited and, if Tab got stuck somewhere, that widget."""
    steps = len(top.findChildren(QWidget)) + 2
    visited: list[QWidget] = []
    for _ in range(steps):
        QWidget.focusNextPrevChild(top, True)
        current = top.focusWidget()
        if current is None:
            break
        if visited and current is visited[0]:
            return visited, None
        if current in visited:
            return visited, current
        visited.append(current)
    return visited, (visited[-1] if visited else None)


def _inside_composite(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def _keyboard_alternative(widget: QWidget, top: QWidget) -> bool:
    """A button kept out of the Tab order on purpose names the key that does its job instead
    (property "keyboardAlternative"), and that key is bound in the window."""
    key = widget.property("keyboardAlternative")
    if not key:
        return False
    sequence = QKeySequence(str(key))
    return any(shortcut.key() == sequence for shortcut in top.findChildren(QShortcut))


def keyboard_problems(top: QWidget) -> list[str]:
    visited, stuck = tab_walk(top)
    if stuck is not None:
        return [f"Tab stays in {_name(stuck)}"]
    reached = set(map(id, visited))
    problems = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not _shown(widget, top) or _inside_composite(widget, top):
            continue
        if _qt_own(widget) or _keyboard_alternative(widget, top):
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and any(
                id(sibling) in reached for sibling in widget.parentWidget().findChildren(QRadioButton)):
            continue  # Tab enters a group of choices at the chosen one; the arrow keys move on
        target = widget
        while target.focusProxy() is not None:
            target = target.focusProxy()
        parent = widget.parentWidget()
        # A composite field (a row of choices, say) takes the focus itself and passes keys on.
        if id(target) not in reached and not (parent is not None and id(parent) in reached):
            problems.append(f"Tab never reaches {_name(widget)}")
    return problems


def audit(top: QWidget) -> list[str]:
    QApplication.processEvents()
    return ([f"no accessible name: {text}" for text in unnamed_icon_buttons(top)]
            + [f"mnemonic without buddy: {text}" for text in labels_without_buddy(top)]
            + keyboard_problems(top))


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *_args, **_kwargs: QMessageBox.StandardButton.No)


@pytest.fixture
def window(qtbot, demo: tuple[Database, int]) -> MainWindow:
    shown = MainWindow(demo[0])
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.select_mission(DEMO_MISSION_CODE)
    return shown


def test_the_welcome_page_is_keyboard_friendly(qtbot, db: Database) -> None:
    shown = MainWindow(db)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.is_showing_welcome()
    assert audit(shown) == []


@pytest.mark.parametrize("area", range(5))
def test_every_area_is_keyboard_friendly(window: MainWindow, area: int) -> None:
    window.show_area(area)
    page = window.areas.currentWidget()
    tabs = page.findChildren(QTabBar)
    problems = audit(window)
    for bar in (bar for bar in tabs if bar.isVisibleTo(window)):
        for index in range(bar.count()):
            bar.setCurrentIndex(index)
            problems += [f"tab {bar.tabText(index)!r}: {problem}" for problem in audit(window)]
    assert problems == []


def _mission_id(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(Mission.id).where(Mission.code == DEMO_MISSION_CODE))


def _badges(window: MainWindow) -> QWidget:
    from observer_desk.ui.badges_dialog import open_badges_dialog

    return open_badges_dialog(window, window.database, _mission_id(window.database), None)


def _roster_export(window: MainWindow) -> QWidget:
    from observer_desk.ui.roster_export_dialog import RosterExportDialog

    return RosterExportDialog(window.database, _mission_id(window.database), None, parent=window)


def _observer_editor(window: MainWindow) -> QWidget:
    window.show_area(1)
    return window.observers_page.new_observer()


def _existing_observer(window: MainWindow) -> QWidget:
    window.show_area(1)
    page = window.observers_page
    return page.open_observer(page.model.all_rows()[0].id)


def _report_form(window: MainWindow) -> QWidget:
    window.show_area(3)
    return window.findings_page.open_report_form()


def _status_change(window: MainWindow) -> QWidget:
    window.show_area(1)
    page = window.observers_page
    page.select_observers([row.id for row in page.model.all_rows()[:3]])
    return page.change_status_of_selection()


def _calibration(window: MainWindow) -> QWidget:
    from observer_desk.ui.calibration_dialog import CalibrationDialog

    return CalibrationDialog("a4-10up", window)


def _close_mission(window: MainWindow) -> QWidget:
    window.show_area(0)
    return window.mission_page.close_mission()


def _incident(window: MainWindow) -> QWidget:
    return _report_form(window).add_incident()


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "preferences": MainWindow.show_preferences,
    "about": MainWindow.show_about,
    "backups": MainWindow.show_backups,
    "audit trail": MainWindow.show_audit_log,
    "new mission": MainWindow.new_mission,
    "observer editor (new)": _observer_editor,
    "observer editor (existing)": _existing_observer,
    "badges": _badges,
    "roster export": _roster_export,
    "report form": _report_form,
    "incident": _incident,
    "status change": _status_change,
    "printer calibration": _calibration,
    "close mission": _close_mission,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_main_dialogs_are_keyboard_friendly(qtbot, window: MainWindow, name: str) -> None:
    dialog = DIALOGS[name](window)
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    assert audit(dialog) == []
    dialog.close()


def test_the_standard_shortcuts_are_the_platforms(window: MainWindow) -> None:
    expected = {
        window.open_database_action: QKeySequence.StandardKey.Open,
        window.new_mission_action: QKeySequence.StandardKey.New,
        window.quit_action: QKeySequence.StandardKey.Quit,
        window.undo_action: QKeySequence.StandardKey.Undo,
        window.redo_action: QKeySequence.StandardKey.Redo,
        window.refresh_action: QKeySequence.StandardKey.Refresh,
        window.user_guide_action: QKeySequence.StandardKey.HelpContents,
    }
    for action, key in expected.items():
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.text()
    assert window.user_guide_action.shortcut() == QKeySequence("F1")
    assert not window.preferences_action.shortcut().isEmpty()  # Ctrl+, where the platform has none
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert window.preferences_action in menus["&Edit"].actions()
    assert [a.text() for a in menus["&Help"].actions() if not a.isSeparator()][:2] == [
        "User &Guide", "&About Observer Desk"]


def test_help_shows_the_user_guide_with_its_pictures(window: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    (resources / "docs" / "guide").mkdir(parents=True)
    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("steelblue"))
    assert picture.save(str(resources / "docs" / "guide" / "welcome.png"))
    guide = resources / "docs" / "user-guide.md"
    guide.write_text("# Observer Desk user guide\n\nStart here.\n\n![The welcome screen](guide/welcome.png)\n",
                     encoding="utf-8")
    monkeypatch.setattr(user_guide, "resources_dir", lambda: resources)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail(f"left the program for {url}"))
    window.user_guide_action.trigger()
    shown = window._guide_window
    assert isinstance(shown, user_guide.GuideWindow) and shown.isVisible()
    text = shown.browser.toPlainText()
    assert "Observer Desk user guide" in text and "Start here." in text
    loaded = shown.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("guide/welcome.png"))
    assert isinstance(loaded, (QImage, QPixmap)) and loaded.width() == 40  # the picture beside the guide
    window.user_guide_action.trigger()
    assert window._guide_window is shown  # the same window comes forward again
    shown.close()


def test_the_real_user_guide_is_found_from_a_checkout() -> None:
    path = user_guide.user_guide_path()
    assert path is not None and path.name == "user-guide.md"
    assert "Observer Desk" in path.read_text(encoding="utf-8").splitlines()[0]


def test_a_missing_user_guide_is_explained(window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(user_guide, "resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail(f"opened {url}"))
    assert user_guide.open_user_guide(window) is False
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "could not be opened" in box.text() and str(tmp_path / "resources" / "docs") in box.informativeText()
    box.close()


def test_alt_down_opens_the_calendar_of_a_date_field(qtbot, window: MainWindow) -> None:
    from observer_desk.ui.editor_fields import DateField

    editor = _observer_editor(window)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    field = editor.findChild(DateField, "date_of_birth")
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.line)
    shown: list[bool] = []
    field.menu.aboutToShow.connect(lambda: (shown.append(True), QTimer.singleShot(0, field.menu.hide)))
    QTest.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown == [True]
    assert field.button.accessibleName() == "Pick the date on a calendar"


def test_the_tab_walk_finds_a_trap() -> None:
    """The check itself: a field whose Tab never leaves it is reported."""
    from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QVBoxLayout

    class Trap(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.menu = QMenu(self)  # a window child made before the line joins the field
            self.line = QLineEdit()
            QHBoxLayout(self).addWidget(self.line)
            self.setFocusProxy(self.line)

    class Dialog(QDialog):
        pass

    dialog = Dialog()
    layout = QVBoxLayout(dialog)
    for widget in (QLineEdit(), Trap(), QLineEdit()):
        layout.addWidget(widget)
    dialog.show()
    assert any(re.match("Tab stays in QLineEdit", problem) for problem in keyboard_problems(dialog))
    dialog.close()
