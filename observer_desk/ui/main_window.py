"""The main window: menus, the mission switcher, the navigation between areas and their pages.

The window can be shown before its database is open (the program's start shows it at once and
opens the database right after): until attach_database() it says the database is being opened.
An area's page is built the first time it is shown or asked for, so a start builds only the one
on screen; the modules behind the pages and the database are imported no earlier.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPalette, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from observer_desk import APP_NAME
from observer_desk.core.language import sentences

from .icons import app_icon, area_icon
from .settings import (
    AREA_KEY,
    GEOMETRY_KEY,
    STATE_KEY,
    application_settings,
    remember_mission,
    remembered_mission,
)
from .welcome import WelcomePage
from .workers import TaskRunner

if TYPE_CHECKING:  # imported where used: the window shows before the database layer is loaded
    from observer_desk.core.db import Database
    from observer_desk.core.services.missions import MissionSummary
    from observer_desk.core.services.overview import MissionOverview

    from .about import AboutDialog
    from .audit_log import AuditLogDialog
    from .backups_dialog import BackupsDialog
    from .connect_dialog import ConnectDialog
    from .findings_page import FindingsPage
    from .itinerary_page import ItineraryPage
    from .live_refresh import LiveRefresh
    from .mission_page import MissionPage
    from .new_mission_dialog import NewMissionDialog
    from .observers_page import ObserversPage
    from .preferences_dialog import PreferencesDialog
    from .statement_page import StatementPage

AREAS = ("mission", "observers", "itinerary", "findings", "statement")
DATABASE_FILTER = "*.sqlite *.sqlite3 *.db"


def _create_demo(db: Database) -> str:
    # Imported when asked for: the demo's data and its code are only needed by people who try it.
    from observer_desk.core.services.demo import create_demo_mission

    return create_demo_mission(db)


def _show_error(parent: QWidget, title: str, exc: BaseException) -> None:
    from .errors import show_error

    show_error(parent, title, exc)


class MainWindow(QMainWindow):
    databaseChanged = Signal(str)  # the target of the database the window now shows

    def __init__(self, db: Database | None, settings: QSettings | None = None,
                 parent: QWidget | None = None):
        """With a database the window is ready at once, every area's page built and loading.
        With db None it opens empty, saying the database is being opened, until
        attach_database() gives it one; each page is then built when first shown or asked for."""
        super().__init__(parent)
        self._db: Database | None = None
        self._pages: dict[str, QWidget] = {}
        self.live_refresh: LiveRefresh | None = None
        self._settings = settings if settings is not None else application_settings()
        self._missions: list[MissionSummary] = []
        self._mission_id: int | None = None
        self.overview: MissionOverview | None = None
        self._tasks = TaskRunner(self)
        self.about_dialog: AboutDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.audit_log: AuditLogDialog | None = None
        self.new_mission_dialog: NewMissionDialog | None = None

        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.setMinimumSize(QSize(720, 480))
        self._default_size()
        self._restore_window()
        if db is not None:
            self.attach_database(db)
            for key in AREAS:
                self._page(key)
        else:
            self.screens.setCurrentWidget(self.workspace)
            self._update_enabled_state()

    def attach_database(self, db: Database) -> None:
        """Show the window's first database: its missions, and the area on screen filled."""
        from .live_refresh import LiveRefresh

        self._db = db
        self._show_database_name()
        self.statusBar().clearMessage()
        self.reload_missions()
        self.live_refresh = LiveRefresh(self)  # changes committed by others show within seconds
        self.live_refresh.start()

    # construction ---------------------------------------------------------------------------

    def area_titles(self) -> tuple[str, ...]:
        return (self.tr("Mission"), self.tr("Observers"), self.tr("Itinerary"), self.tr("Findings"),
                self.tr("Statement"))

    def _build_pages(self) -> None:
        self.welcome = WelcomePage()
        self.welcome.createDemoRequested.connect(self.create_demo_mission)
        self.welcome.newMissionRequested.connect(self.new_mission)
        self.welcome.openDatabaseRequested.connect(self.choose_database)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setSpacing(2)
        self.navigation.setUniformItemSizes(True)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        palette = self.navigation.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        # A tint of the accent colour rather than the full highlight: the line icons keep the
        # text colour and stay legible on it, in light and dark themes.
        tint = f"rgba({accent.red()}, {accent.green()}, {accent.blue()}, 56)"
        self.navigation.setStyleSheet(
            "QListWidget#navigation { background: palette(window); padding: 8px 6px; outline: 0; }"
            "QListWidget#navigation::item { padding: 8px 10px; border-radius: 6px;"
            f" color: {text.name()}; }}"
            f"QListWidget#navigation::item:hover {{ background: rgba({accent.red()}, {accent.green()},"
            f" {accent.blue()}, 24); }}"
            f"QListWidget#navigation::item:selected {{ background: {tint}; color: {text.name()}; }}")
        for number, (key, title) in enumerate(zip(AREAS, self.area_titles(), strict=True), start=1):
            item = QListWidgetItem(area_icon(key), title)
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(self.tr("%1 (%2)").replace("%1", title).replace("%2", keys))
            item.setSizeHint(QSize(0, 42))
            self.navigation.addItem(item)
        widest = max(self.navigation.fontMetrics().horizontalAdvance(t) for t in self.area_titles())
        self.navigation.setFixedWidth(widest + 22 + 70)
        self.navigation.currentRowChanged.connect(self._navigation_changed)

        self.areas = QStackedWidget()
        for _key in AREAS:  # stand-ins until a page is first needed
            opening = QLabel(self.tr("Opening the database…"))
            opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            opening.setEnabled(False)
            self.areas.addWidget(opening)

        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        self.workspace = QWidget()
        workspace_layout = QHBoxLayout(self.workspace)
        workspace_layout.setContentsMargins(0, 0, 0, 0)
        workspace_layout.setSpacing(0)
        workspace_layout.addWidget(self.navigation)
        workspace_layout.addWidget(divider)
        workspace_layout.addWidget(self.areas, 1)

        self.screens = QStackedWidget()
        self.screens.addWidget(self.welcome)
        self.screens.addWidget(self.workspace)
        self.setCentralWidget(self.screens)

    def _build_actions(self) -> None:
        self.new_mission_action = QAction(self.tr("&New Mission…"), self)
        self.new_mission_action.setShortcuts(QKeySequence.StandardKey.New)
        self.new_mission_action.setStatusTip(self.tr("Set up a new mission in this database"))
        self.new_mission_action.triggered.connect(self.new_mission)
        self.demo_action = QAction(self.tr("Create &Demo Mission"), self)
        self.demo_action.setStatusTip(self.tr("Add the SCO demo mission (2022, Kazakhstan) to this database"))
        self.demo_action.triggered.connect(self.create_demo_mission)
        self.new_database_action = QAction(self.tr("New &Database…"), self)
        self.new_database_action.setStatusTip(self.tr("Start an empty database file for another mission"))
        self.new_database_action.triggered.connect(self.choose_new_database)
        self.open_database_action = QAction(self.tr("&Open Database…"), self)
        self.open_database_action.setShortcuts(QKeySequence.StandardKey.Open)
        self.open_database_action.setStatusTip(self.tr("Open another Observer Desk database file"))
        self.open_database_action.triggered.connect(self.choose_database)
        self.connect_shared_action = QAction(self.tr("&Connect to a Shared Database…"), self)
        self.connect_shared_action.setStatusTip(self.tr("Work on a PostgreSQL server together with the secretariat"))
        self.connect_shared_action.triggered.connect(self.connect_shared_database)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.setStatusTip(self.tr("The backups of this database: take one, restore one"))
        self.backups_action.triggered.connect(self.show_backups)
        self.audit_log_action = QAction(self.tr("Audit &Trail…"), self)
        self.audit_log_action.setStatusTip(self.tr("Who changed what and when in this mission"))
        self.audit_log_action.triggered.connect(self.show_audit_log)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        # Pages register their undo stacks here as they gain them; until then both stay disabled.
        self.undo_group = QUndoGroup(self)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)

        self.area_actions: list[QAction] = []
        self.area_group = QActionGroup(self)
        self.area_group.setExclusive(True)
        for number, title in enumerate(self.area_titles(), start=1):
            action = QAction(title, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setIcon(area_icon(AREAS[number - 1]))
            action.triggered.connect(lambda _checked=False, index=number - 1: self.show_area(index))
            self.area_group.addAction(action)
            self.area_actions.append(action)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcuts(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setStatusTip(self.tr("Read the mission again from the database"))
        self.refresh_action.triggered.connect(self.refresh)

        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcuts(  # the platform's key (macOS), else the usual Ctrl+,
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")])
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.setStatusTip(self.tr("Settings of this computer, such as the interface language"))
        self.preferences_action.triggered.connect(self.show_preferences)
        self.user_guide_action = QAction(self.tr("User &Guide"), self)
        self.user_guide_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.user_guide_action.setStatusTip(self.tr("The guide for secretariat staff, from an empty database "
                                                    "to printed badges and the statement"))
        self.user_guide_action.triggered.connect(self._open_user_guide)
        self.about_action = QAction(self.tr("&About Observer Desk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self.tr("About &Qt"), self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(lambda: QMessageBox.aboutQt(self))

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_mission_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_database_action)
        file_menu.addAction(self.connect_shared_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        for action in self.area_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(self.audit_log_action)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.user_guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Mission"))
        self.toolbar.setObjectName("missionToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        label = QLabel(self.tr("&Mission:"))
        label.setContentsMargins(8, 0, 6, 0)
        self.mission_switcher = QComboBox()
        self.mission_switcher.setObjectName("missionSwitcher")
        self.mission_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Takes the toolbar's free width, so a long title shows whole when there is room.
        self.mission_switcher.setMinimumContentsLength(32)
        self.mission_switcher.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.mission_switcher.setToolTip(self.tr("The mission you are working on"))
        self.mission_switcher.activated.connect(self._switcher_activated)
        label.setBuddy(self.mission_switcher)
        self.toolbar.addWidget(label)
        self.toolbar.addWidget(self.mission_switcher)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.new_mission_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.hide()
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.database_label)
        self._show_database_name()

    def _open_user_guide(self) -> None:
        from .user_guide import open_user_guide

        open_user_guide(self)

    # the areas' pages, built when first needed ---------------------------------------------

    def _build_page(self, key: str) -> QWidget:
        """The page of one area, made and wired up, loaded when a mission is showing."""
        def status(text: str, ms: int) -> None:
            self.statusBar().showMessage(text, ms)

        page: QWidget
        if key == "mission":
            from .mission_page import MissionPage

            page = MissionPage()
            page.missionSaved.connect(self._mission_saved)
            page.dataChanged.connect(self.refresh_overview)
            page.dataChanged.connect(self._reload_observers)  # bodies or the head changed
            page.missionClosed.connect(self._mission_closed)
        elif key == "observers":
            from .observers_page import ObserversPage

            page = ObserversPage()
            page.dataChanged.connect(self.refresh_overview)
            page.statusMessage.connect(status)
            page.set_undo_group(self.undo_group)  # the observer editors' stacks
        elif key == "itinerary":
            from .itinerary_page import ItineraryPage

            page = ItineraryPage()
            page.dataChanged.connect(self.refresh_overview)
            page.statusMessage.connect(status)
        elif key == "findings":
            from .findings_page import FindingsPage

            page = FindingsPage(lambda: self._db)
            page.dataChanged.connect(self.refresh_overview)
            page.statusMessage.connect(status)
        else:
            from .statement_page import StatementPage

            page = StatementPage(lambda: self._db)
            page.dataChanged.connect(self.refresh_overview)
            page.statusMessage.connect(status)
        self._pages[key] = page
        index = AREAS.index(key)
        current = self.areas.currentIndex()
        stand_in = self.areas.widget(index)
        self.areas.insertWidget(index, page)
        self.areas.removeWidget(stand_in)
        stand_in.deleteLater()
        self.areas.setCurrentIndex(current)
        if self._db is not None and self._mission_id is not None:
            try:
                if key in ("mission", "observers", "itinerary"):
                    page.load(self._db, self._mission_id)  # type: ignore[attr-defined]
            except Exception as exc:  # noqa: BLE001
                _show_error(self, self.tr("Cannot open the mission"), exc)
            if self.overview is not None:
                page.set_overview(self.overview)  # type: ignore[attr-defined]
        return page

    def _page(self, key: str) -> QWidget:
        page = self._pages.get(key)
        return page if page is not None else self._build_page(key)

    def _built(self, *keys: str) -> list:
        """The pages among these that have been built (all of them when none is named)."""
        return [self._pages[key] for key in keys or AREAS if key in self._pages]

    def _reload_observers(self) -> None:
        for page in self._built("observers"):
            page.reload()

    @property
    def mission_page(self) -> MissionPage:
        return self._page("mission")  # type: ignore[return-value]

    @property
    def observers_page(self) -> ObserversPage:
        return self._page("observers")  # type: ignore[return-value]

    @property
    def itinerary_page(self) -> ItineraryPage:
        return self._page("itinerary")  # type: ignore[return-value]

    @property
    def findings_page(self) -> FindingsPage:
        return self._page("findings")  # type: ignore[return-value]

    @property
    def statement_page(self) -> StatementPage:
        return self._page("statement")  # type: ignore[return-value]

    def _show_database_name(self) -> None:
        if self._db is None:
            self.database_label.clear()
            self.statusBar().showMessage(self.tr("Opening the database…"))
            return
        target = self._db.target
        shown = Path(target).name if self._db.is_sqlite else target.split("@")[-1]
        self.database_label.setText(self.tr("Database: %1").replace("%1", shown))
        self.database_label.setToolTip(target)
        self.welcome.set_database(target)

    # state that outlives the window ---------------------------------------------------------

    def _default_size(self) -> None:
        """Roomy on a desktop monitor, never larger than a small laptop screen."""
        screen = self.screen() or QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1180, 780
        if available is not None:
            width = min(width, int(available.width() * 0.92))
            height = min(height, int(available.height() * 0.9))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def _restore_window(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self._settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        try:
            area = int(self._settings.value(AREA_KEY, 0))
        except (TypeError, ValueError):
            area = 0
        self.show_area(area if 0 <= area < len(AREAS) else 0)

    def save_window_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(AREA_KEY, self.current_area())
        self._settings.sync()

    # the database and its missions ---------------------------------------------------------

    @property
    def database(self) -> Database | None:
        """The database shown; None only while the window's first one is being opened."""
        return self._db

    @property
    def current_mission_id(self) -> int | None:
        return self._mission_id

    @property
    def current_mission_code(self) -> str | None:
        return next((m.code for m in self._missions if m.id == self._mission_id), None)

    def is_showing_welcome(self) -> bool:
        return self.screens.currentWidget() is self.welcome

    def reload_missions(self, select_code: str | None = None) -> None:
        """Read the list of missions again and show the chosen one (or the welcome screen)."""
        if self._db is None:
            return
        from observer_desk.core.services.missions import list_missions

        try:
            self._missions = list_missions(self._db)
        except Exception as exc:  # noqa: BLE001 - an unreadable database still gets a usable window
            self._missions = []
            _show_error(self, self.tr("Cannot read the missions"), exc)
        self.mission_switcher.blockSignals(True)
        self.mission_switcher.clear()
        for mission in self._missions:
            self.mission_switcher.addItem(f"{mission.code} — {mission.title}", mission.id)
            self.mission_switcher.setItemData(self.mission_switcher.count() - 1, mission.title,
                                              Qt.ItemDataRole.ToolTipRole)
        self.mission_switcher.blockSignals(False)
        if not self._missions:
            self._mission_id = None
            self.overview = None
            self.screens.setCurrentWidget(self.welcome)
            self._update_enabled_state()
            self._update_title()
            return
        codes = {m.code: m.id for m in self._missions}
        wanted = select_code or self.current_mission_code or remembered_mission(self._settings, self._db.target)
        mission_id = codes.get(wanted or "", self._missions[0].id)
        self.screens.setCurrentWidget(self.workspace)
        self._update_enabled_state()
        if mission_id == self._mission_id:
            # Same mission: keep the pages (and any edits in them), bring the facts up to date.
            self.mission_switcher.setCurrentIndex(self.mission_switcher.findData(mission_id))
            self.refresh_overview()
        else:
            self.set_mission(mission_id)

    def set_mission(self, mission_id: int) -> None:
        self._mission_id = mission_id
        self.mission_switcher.setCurrentIndex(self.mission_switcher.findData(mission_id))
        code = self.current_mission_code
        if code:
            remember_mission(self._settings, self._db.target, code)
        on_screen = AREAS[self.current_area()]
        built_before = set(self._pages)
        self._page(on_screen)  # the page on screen is built now, and loaded as it is built
        try:
            for key in ("mission", "observers", "itinerary"):
                if key in built_before:
                    self._pages[key].load(self._db, mission_id)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001
            _show_error(self, self.tr("Cannot open the mission"), exc)
        self.refresh_overview()

    def select_mission(self, code: str) -> bool:
        """Switch to the mission with this code, as if chosen in the switcher."""
        index = next((i for i, m in enumerate(self._missions) if m.code == code), -1)
        if index < 0:
            return False
        self.mission_switcher.setCurrentIndex(index)
        self._switcher_activated(index)
        return self._mission_id == self._missions[index].id

    def _switcher_activated(self, index: int) -> None:
        mission_id = self.mission_switcher.itemData(index)
        if mission_id is None or mission_id == self._mission_id:
            return
        if not self.confirm_leaving_edits():
            self.mission_switcher.setCurrentIndex(self.mission_switcher.findData(self._mission_id))
            return
        self.set_mission(int(mission_id))

    def refresh_overview(self) -> None:
        if self._mission_id is None or self._db is None:
            return
        from observer_desk.core.services.overview import mission_overview

        try:
            self.overview = mission_overview(self._db, self._mission_id)
        except Exception as exc:  # noqa: BLE001
            _show_error(self, self.tr("Cannot read the mission"), exc)
            return
        for page in self._built():
            page.set_overview(self.overview)
        self._update_title()

    def refresh(self) -> None:
        """Re-read everything that the user is not in the middle of editing."""
        if self._mission_id is None:
            self.reload_missions()
            return
        for page in self._built("mission"):
            if not page.details.has_unsaved_changes():
                page.details.reload()
            else:
                page.details.load_people()
            if not page.bodies.has_unsaved_changes():
                page.bodies.reload()
        for page in self._built("observers", "itinerary"):
            page.reload()
        self.reload_missions(select_code=self.current_mission_code)

    def _mission_saved(self, mission: object) -> None:
        code = getattr(mission, "code", None)
        self.reload_missions(select_code=code) if code else self.refresh_overview()
        self.statusBar().showMessage(self.tr("Mission details saved"), 4000)

    def _update_title(self) -> None:
        if self.overview is not None and self._mission_id is not None:
            self.setWindowTitle(self.tr("Observer Desk — %1").replace("%1", self.overview.title))
        else:
            self.setWindowTitle(APP_NAME)

    def _update_enabled_state(self) -> None:
        has_mission = bool(self._missions)
        opening = self._db is None  # the window is up, its database not yet open
        busy = self._tasks.busy or opening
        for action in self.area_actions:
            action.setEnabled(has_mission)
        self.refresh_action.setEnabled(not busy)
        self.mission_switcher.setEnabled(has_mission and not busy)
        self.toolbar.setVisible(has_mission or opening)
        for action in (self.new_mission_action, self.demo_action, self.open_database_action,
                       self.new_database_action, self.backups_action):
            action.setEnabled(not busy)
        self.connect_shared_action.setEnabled(not opening)
        self.audit_log_action.setEnabled(has_mission)

    # areas -----------------------------------------------------------------------------------

    def current_area(self) -> int:
        return self.areas.currentIndex()

    def show_area(self, index: int) -> None:
        if not 0 <= index < len(AREAS):
            return
        if self._db is not None:
            self._page(AREAS[index])
        self.areas.setCurrentIndex(index)
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)
        self.area_actions[index].setChecked(True)

    def _navigation_changed(self, row: int) -> None:
        if row >= 0 and row != self.areas.currentIndex():
            self.show_area(row)

    # unsaved edits --------------------------------------------------------------------------

    def confirm_leaving_edits(self) -> bool:
        """True when it is fine to leave the current mission: nothing unsaved, or the user
        saved or discarded it."""
        if self._mission_id is None or not any(
                page.has_unsaved_changes() for page in self._built("mission", "observers", "statement",
                                                                   "findings")):
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The mission has changes that are not saved yet. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            if not all(page.save_all() for page in self._built("mission")):
                self.show_area(0)
                return False
            if not all(page.save_all() for page in self._built("statement")):
                self.show_area(AREAS.index("statement"))
                return False
            if any(page.has_unsaved_changes() for page in self._built("findings")):
                self.show_area(AREAS.index("findings"))  # a report form is saved by its own button
                return False
            return all(page.save_all() for page in self._built("observers"))
        return answer == QMessageBox.StandardButton.Discard

    # commands --------------------------------------------------------------------------------

    def new_mission(self) -> NewMissionDialog:
        from .new_mission_dialog import NewMissionDialog

        dialog = NewMissionDialog(self._db, self)
        dialog.missionCreated.connect(self._mission_created)
        dialog.finished.connect(dialog.deleteLater)
        self.new_mission_dialog = dialog
        dialog.open()
        return dialog

    def _mission_created(self, code: str) -> None:
        if self.confirm_leaving_edits():
            self.reload_missions(select_code=code)
        else:
            self.reload_missions()
        self.show_area(0)
        self.statusBar().showMessage(self.tr("Mission %1 created").replace("%1", code), 5000)

    def create_demo_mission(self) -> None:
        if self._tasks.busy:
            return
        message = self.tr("Creating the demo mission…")
        self.welcome.set_busy(True, message)
        if not self.is_showing_welcome():  # the welcome screen shows its own progress
            self.statusBar().showMessage(message)
            self.busy_bar.show()
        db = self._db
        self._tasks.start(lambda: _create_demo(db), self._demo_created, self._demo_failed)
        self._update_enabled_state()

    def _demo_finished(self) -> None:
        self.welcome.set_busy(False)
        self.busy_bar.hide()
        self.statusBar().clearMessage()
        self._update_enabled_state()

    def _demo_created(self, code: object) -> None:
        self._demo_finished()
        if self.confirm_leaving_edits():
            self.reload_missions(select_code=str(code))
            self.show_area(0)
        else:
            self.reload_missions()
        self.statusBar().showMessage(self.tr("The demo mission %1 is ready").replace("%1", str(code)), 5000)

    def _demo_failed(self, exc: object) -> None:
        self._demo_finished()
        from .errors import describe

        if isinstance(exc, ModuleNotFoundError) and "demo" in str(exc.name or ""):
            text = self.tr("The demo mission is not available in this version of Observer Desk.")
        else:
            text = self.tr("The demo mission could not be created: %1").replace(
                "%1", describe(exc) if isinstance(exc, BaseException) else str(exc))
        if self.is_showing_welcome():
            self.welcome.show_error(text)
        else:
            QMessageBox.warning(self, self.tr("Demo mission"), text)
        self.reload_missions()

    def _database_folder(self) -> str:
        path = self._db.path if self._db is not None else None
        return str(path.parent) if path is not None else str(Path.home())

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), self._database_folder(),
            self.tr("Observer Desk databases (%1);;All files (*)").replace("%1", DATABASE_FILTER))
        if path:
            self.open_database_file(path)

    def choose_new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Database"), str(Path(self._database_folder()) / "mission.sqlite"),
            self.tr("Observer Desk databases (%1)").replace("%1", DATABASE_FILTER))
        if path:
            if not Path(path).suffix:
                path += ".sqlite"
            self.open_database_file(path)

    def connect_shared_database(self) -> ConnectDialog:
        from .connect_dialog import ConnectDialog

        dialog = ConnectDialog(self)
        dialog.databaseOpened.connect(self._shared_database_opened)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _shared_database_opened(self, database: Database) -> None:
        if not self.open_database_file(database.target, opener=lambda _target: database):
            database.dispose()

    def open_database_file(self, target: str, opener: Callable[[str], Database] | None = None) -> bool:
        """Show the window on another database; the current one stays open if that fails."""
        from observer_desk.core.db import DatabaseError, open_database

        from .database_opening import restore_offered, take_opening_backup

        opener = opener or open_database
        if self._tasks.busy:
            QMessageBox.information(self, self.tr("Please wait"),
                                    self.tr("Wait until the current task has finished."))
            return False
        if not self.confirm_leaving_edits():
            return False
        try:
            database = opener(target)
        except DatabaseError as exc:
            if exc.backup is None:
                QMessageBox.critical(self, self.tr("Cannot open the database"), str(exc))
                return False
            restored = restore_offered(self, target, exc)
            if restored is None:
                return False
            database = restored
        take_opening_backup(self, database)
        self._switch_database(database)
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", database.target), 5000)
        return True

    def _switch_database(self, database: Database) -> None:
        for page in self._built("observers", "itinerary"):
            page.clear()
        previous, self._db = self._db, database
        if previous is not None:
            previous.dispose()
        self._mission_id = None
        self._missions = []
        self.overview = None
        self._show_database_name()
        self.welcome.banner.clear()
        self.reload_missions()
        self.databaseChanged.emit(database.target)

    def show_backups(self) -> BackupsDialog:
        if self.backups_dialog is None:
            from .backups_dialog import BackupsDialog

            self.backups_dialog = BackupsDialog(self._db, self)
            self.backups_dialog.restoreRequested.connect(self.restore_backup)
        else:
            self.backups_dialog.set_database(self._db)
        self.backups_dialog.show()
        self.backups_dialog.raise_()
        return self.backups_dialog

    def restore_backup(self, backup: object) -> bool:
        """Replace the database's content with a backup (the present content is backed up
        first) and show the window again on what was restored."""
        if self._tasks.busy:
            QMessageBox.information(self, self.tr("Please wait"),
                                    self.tr("Wait until the current task has finished."))
            return False
        if not self.confirm_leaving_edits():
            return False
        import sqlite3

        from observer_desk.core.backup import restore_from
        from observer_desk.core.db import DatabaseError, open_database

        for page in self._built("observers"):
            page.close_editors()
        target = self._db.target
        try:
            safety = restore_from(self._db, Path(str(backup)))
            database = open_database(target)
        except (DatabaseError, OSError, sqlite3.Error) as exc:
            QMessageBox.critical(self, self.tr("Cannot restore the backup"), str(exc))
            return False
        self._mission_id = None  # the same mission id may now hold other data: load it afresh
        self._switch_database(database)
        if self.backups_dialog is not None:
            self.backups_dialog.set_database(database)
        if self.audit_log is not None:
            self.audit_log.close()
            self.audit_log = None
        restored = self.tr("Backup restored.")
        if safety:
            kept = self.tr("The previous content is kept in %1.").replace("%1", safety.name)
            restored = sentences([restored, kept])
        self.statusBar().showMessage(restored, 8000)
        return True

    def show_audit_log(self) -> AuditLogDialog | None:
        if self._mission_id is None or self.overview is None:
            return None
        if self.audit_log is not None:
            self.audit_log.close()
        from .audit_log import AuditLogDialog

        self.audit_log = AuditLogDialog(self._db, self._mission_id, self.overview.time_zone, self)
        self.audit_log.show()
        return self.audit_log

    def _mission_closed(self, result: object) -> None:
        observers = getattr(result, "observers", 0)
        self.statusBar().showMessage(
            self.tr("Mission closed: personal data of %Ln observer(s) purged", "", observers), 8000)

    def show_preferences(self) -> PreferencesDialog:
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Preferences saved; the language changes the next time Observer Desk starts."), 8000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        if self.about_dialog is None:
            from .about import AboutDialog

            self.about_dialog = AboutDialog(self)
        self.about_dialog.show()
        self.about_dialog.raise_()
        return self.about_dialog

    # closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leaving_edits():
            event.ignore()
            return
        for page in self._built("observers"):
            page.close_editors()
        if self.live_refresh is not None:
            self.live_refresh.stop()
        self._tasks.wait()
        for page in self._built("observers"):
            page.wait()
        self.save_window_state()
        event.accept()
