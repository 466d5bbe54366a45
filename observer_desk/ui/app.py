"""Starting the desktop program: the application object, the main window, the database.

The window is shown first, saying the database is being opened; the database layer is imported
and the database opened once the window has been painted, then the window is filled. A database
that cannot be opened is explained and the program ends as before, with exit code 2.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from observer_desk import APP_NAME
from observer_desk.resources import resources_dir

from .icons import app_icon
from .single_instance import SingleInstance, ask_running_instance, bring_forward, server_name
from .translations import chosen_language, install_translations

if TYPE_CHECKING:
    from observer_desk.core.db import Database

EXIT_CANNOT_OPEN = 2
FIRST_PAINT_WAIT = 0.5  # seconds at most: a window that is not painted (minimised) waits no longer
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


def _t(text: str) -> str:
    return QCoreApplication.translate("Application", text)


def register_bundled_fonts() -> int:
    """Make the bundled fonts known to Qt, so names in Chinese and Cyrillic script show even on a
    computer without such fonts installed (Qt falls back to them glyph by glyph)."""
    try:
        folder = resources_dir() / "fonts"
    except FileNotFoundError:
        return 0
    if not folder.is_dir():
        return 0
    added = 0
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES and QFontDatabase.addApplicationFont(str(path)) >= 0:
            added += 1
    return added


def _install_qt_translations(app: QApplication) -> None:
    """The window and Qt's own dialogs (file chooser, message box buttons) in the chosen language:
    OBSERVER_DESK_LANG, else the one chosen in Settings, else the system's."""
    install_translations(app, chosen_language())


def application() -> QApplication:
    """The QApplication, created and named once (tests may have made it already)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("observer-desk")
    app.setWindowIcon(app_icon())
    if existing is None:
        _install_qt_translations(app)
        register_bundled_fonts()
    return app


def open_database_or_explain(db_target: str | None) -> Database | None:
    from observer_desk.core.db import DatabaseError, open_database

    from .database_opening import restore_offered

    try:
        return open_database(db_target)
    except DatabaseError as exc:
        if exc.backup is not None:  # damaged or foreign, with a good backup to put in its place
            return restore_offered(None, db_target, exc)
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, _t("The database cannot be opened."))
        box.setInformativeText(str(exc))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return None


def run_gui(db_target: str | None) -> int:
    """Open the window on the database named by db_target (a path or URL; None for the default)
    and return the exit code when the user quits: 0, or 2 when the database cannot be opened.
    When a window is already open on that database, it comes forward instead and 0 is returned."""
    app = application()
    if ask_running_instance(server_name(db_target)):
        return 0  # the window already open on this database came forward
    from .main_window import MainWindow
    from .startup_probe import announce_populated, watch_first_paint

    window = MainWindow(None)  # the window at once, saying the database is being opened
    watch_first_paint(window)
    window.show()
    wait_for_first_paint(app, window)
    from observer_desk import __version__  # looked up after the window is up: it takes a moment

    app.setApplicationVersion(__version__)
    database = open_database_or_explain(db_target)
    if database is None:
        window.hide()
        window.deleteLater()
        return EXIT_CANNOT_OPEN
    from .database_opening import take_opening_backup

    take_opening_backup(window, database)
    if not window.isVisible():  # closed while the database was being opened
        database.dispose()
        return 0
    window.attach_database(database)
    announce_populated(window)
    instance = SingleInstance(window)
    instance.listen_for(database.target)
    instance.activationRequested.connect(lambda: bring_forward(window))
    window.databaseChanged.connect(instance.listen_for)
    try:
        code = app.exec()
    finally:
        if window.database is not None:
            window.database.dispose()
    return int(code)


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def wait_for_first_paint(app: QApplication, window: QWidget) -> None:
    """Let the shown window reach the screen before the program goes on with slower work."""
    painted = _Painted()
    window.installEventFilter(painted)
    deadline = time.monotonic() + FIRST_PAINT_WAIT
    while not painted.painted and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    window.removeEventFilter(painted)
    app.processEvents()  # what the paint scheduled (the status bar, the toolbar) follows it
