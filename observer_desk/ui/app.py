"""Starting the desktop program: the application object, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from observer_desk import APP_NAME, __version__
from observer_desk.core.db import Database, DatabaseError, open_database
from observer_desk.resources import resources_dir

from .database_opening import restore_offered, take_opening_backup
from .icons import app_icon
from .single_instance import SingleInstance, ask_running_instance, bring_forward, server_name
from .translations import chosen_language, install_translations

EXIT_CANNOT_OPEN = 2
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
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("observer-desk")
    app.setWindowIcon(app_icon())
    if existing is None:
        _install_qt_translations(app)
        register_bundled_fonts()
    return app


def open_database_or_explain(db_target: str | None) -> Database | None:
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
    database = open_database_or_explain(db_target)
    if database is None:
        return EXIT_CANNOT_OPEN
    take_opening_backup(None, database)
    from .main_window import MainWindow
    from .startup_probe import watch_first_paint

    window = MainWindow(database)
    instance = SingleInstance(window)
    instance.listen_for(database.target)
    instance.activationRequested.connect(lambda: bring_forward(window))
    window.databaseChanged.connect(instance.listen_for)
    watch_first_paint(window)
    window.show()
    try:
        code = app.exec()
    finally:
        window.database.dispose()
    return int(code)
