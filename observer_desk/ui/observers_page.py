"""The Observers area: the roster with search, filters and quotas, bulk accreditation steps, and
the observer editor.

The roster is read off the GUI thread (ten thousand rows take a good part of a second) and then
filtered and sorted in memory by RosterModel. After an edit or a status change only the observers
concerned are read again.

Importing nominations and exporting rosters live in their own modules, written separately:
observer_desk/ui/import_wizard.py provides
    open_import_wizard(parent, db, mission_id, on_imported: Callable[[], None]) -> None
    save_nominations_template(parent, db, mission_id) -> None
and observer_desk/ui/roster_export_dialog.py provides
    open_roster_export(parent, db, mission_id, observer_ids: list[int] | None) -> None
(observer_ids None: the whole roster). Until a module is there, its buttons say it is not
available yet.
"""

from __future__ import annotations

import html
import importlib
import importlib.util
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from types import ModuleType

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.models import AccreditationStatus, MissionRole
from observer_desk.core.services.accreditation import ACTIVE_STATUSES
from observer_desk.core.services.missions import BodyCount, get_mission_by_id, sending_bodies
from observer_desk.core.services.observer_codes import next_code
from observer_desk.core.services.overview import MissionOverview
from observer_desk.core.services.roster import RosterRow, roster_rows

from .errors import describe, show_error
from .flow_layout import FlowLayout
from .labels import accreditation_status_label, format_number
from .observer_editor import BodyChoice, EditorContext, ObserverEditor
from .observer_labels import ERROR_COLOUR, role_label, status_icon, utc_offset_label
from .roster_model import NO_BODY, RosterModel
from .status_dialog import StatusDialog
from .widgets import Banner, heading, muted
from .workers import TaskRunner

IMPORT_WIZARD = "observer_desk.ui.import_wizard"
ROSTER_EXPORT_DIALOG = "observer_desk.ui.roster_export_dialog"
REFRESH_ONE_BY_ONE = 500  # beyond this many changed observers, reading the whole roster is quicker
COLUMN_LIMITS = {  # widest a column starts (pixels); longer text is elided and shown in a tooltip
    RosterModel.NAME: 240, RosterModel.NATIVE: 220, RosterModel.POSITION: 360, RosterModel.ROLE: 140,
    RosterModel.STATUS: 180,
}
# Names and positions give way when the window is narrow, down to these widths; below them the
# table scrolls sideways rather than cut every name short.
FLEXIBLE_MINIMUMS = {RosterModel.NAME: 150, RosterModel.NATIVE: 150, RosterModel.POSITION: 120}


def _share(room: int, natural: dict[int, int]) -> dict[int, int]:
    """Shrink columns in proportion to fit `room`, none below its minimum (or its own width)."""
    widths: dict[int, int] = {}
    left = dict(natural)
    while left:
        scale = max(room, 0) / sum(left.values())
        clamped = {c for c, w in left.items() if w * scale < min(FLEXIBLE_MINIMUMS[c], w)}
        if not clamped:
            widths.update({c: int(w * scale) for c, w in left.items()})
            break
        for column in clamped:
            widths[column] = min(FLEXIBLE_MINIMUMS[column], left.pop(column))
            room -= widths[column]
    return widths


def _optional_module(name: str) -> ModuleType | None:
    """A module written separately (import wizard, roster export), or None while it is not there."""
    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name)


class _TableEvents(QObject):
    """Enter in the roster opens the observer (and never starts editing a cell); a resized table
    gives the position column the width left over."""

    def __init__(self, page: ObserversPage):
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._page.open_current()
            return True
        if event.type() == QEvent.Type.Resize:
            self._page.fit_columns()
        return False


class ObserversPage(QWidget):
    dataChanged = Signal()  # observers were added or changed: the overview's counts move
    statusMessage = Signal(str, int)  # a short note for the window's status bar (text, milliseconds)
    loaded = Signal()  # the roster has been read

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._db: Database | None = None
        self._mission_id: int | None = None
        self._zone_name = "UTC"
        self._zone_label = "UTC"
        self._bodies: list[BodyCount] = []
        self._tasks = TaskRunner(self)
        self._generation = 0
        self._loading = False
        self._natural_widths: dict[int, int] = {}
        self._fitting = False
        self._user_sized = False
        self._remembered: tuple[list[int], int | None] = ([], None)
        self._select_after_load: list[int] = []
        self.editors: list[ObserverEditor] = []
        self.status_dialog: StatusDialog | None = None
        self._undo_group: QUndoGroup | None = None

        self.title = heading(self.tr("Observers"), scale=1.45)
        self.subtitle = muted()
        self._build_actions()
        self._build_toolbar()
        self._build_filters()
        self.quota_label = QLabel()
        self.quota_label.setObjectName("quotaStrip")
        self.quota_label.setTextFormat(Qt.TextFormat.RichText)
        self.quota_label.setWordWrap(True)
        self.quota_label.setToolTip(self.tr(
            "Active observers (not rejected, withdrawn or replaced) of each sending body against its "
            "quota; over quota in red. Click a body to show only its observers."))
        self.quota_label.linkActivated.connect(self._quota_link)
        self.banner = Banner()
        self.banner.actionTriggered.connect(self.reload)
        self._build_table()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.quota_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        self._update_actions()

    # construction ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&New observer"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setToolTip(self.tr("Add an observer to the roster (%1)").replace(
            "%1", self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.new_action.triggered.connect(self.new_observer)
        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.setToolTip(self.tr("Open the chosen observer's record (Enter or double-click)"))
        self.open_action.triggered.connect(self.open_current)
        self.status_action = QAction(self.tr("Change &status…"), self)
        self.status_action.setToolTip(self.tr("Move the chosen observers to another accreditation status"))
        self.status_action.triggered.connect(lambda: self.change_status_of_selection())
        self.badges_action = QAction(self.tr("Print &badges…"), self)
        self.badges_action.setToolTip(self.tr("Print the badges of the accredited observers, or of the "
                                              "observers chosen in the roster"))
        self.badges_action.triggered.connect(self.print_badges)
        self.export_selection_action = QAction(self.tr("E&xport selection…"), self)
        self.export_selection_action.setToolTip(self.tr("A roster workbook of the chosen observers"))
        self.export_selection_action.triggered.connect(lambda: self.export_roster(selected_only=True))
        self.import_action = QAction(self.tr("&Import nominations…"), self)
        self.import_action.setToolTip(self.tr("Add and update observers from a nominations workbook"))
        self.import_action.triggered.connect(self.import_nominations)
        self.export_action = QAction(self.tr("&Export roster…"), self)
        self.export_action.setToolTip(self.tr("The whole roster as a workbook, with the list for the CEC"))
        self.export_action.triggered.connect(lambda: self.export_roster(selected_only=False))
        self.template_action = QAction(self.tr("Nominations &template…"), self)
        self.template_action.setToolTip(self.tr("The empty workbook to send to the sending states"))
        self.template_action.triggered.connect(self.save_template)
        for action in (self.new_action,):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Observers"))
        self.toolbar.setObjectName("observersToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.open_action, self.status_action, self.badges_action,
                       self.export_selection_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.import_action, self.export_action, self.template_action):
            self.toolbar.addAction(action)

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search code, name, institution, position"))
        self.search.setMinimumWidth(220)
        self.search.setToolTip(self.tr("Filters as you type; every word must match (Ctrl+F)"))
        self.search.textChanged.connect(lambda text: self.model.set_filters(search=text))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.body_filter = QComboBox()
        self.body_filter.setObjectName("bodyFilter")
        self.body_filter.addItem(self.tr("All sending bodies"), None)
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in MissionRole:
            self.role_filter.addItem(role_label(role), role.value)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in AccreditationStatus:
            self.status_filter.addItem(status_icon(status), accreditation_status_label(status), status.value)
        for combo in (self.body_filter, self.role_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
            # As wide as the longest "All …" entry, not the longest item: long items show in the list.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(max(12, len(combo.itemText(0))))
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setText(self.tr("Show all"))
        self.clear_filters_button.setToolTip(self.tr("Clear the search and the filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.count_label = muted()
        self.count_label.setWordWrap(False)

        # Wraps onto a second line when the window is narrow or the words are long.
        self.filter_bar = QWidget()
        self.filter_row = FlowLayout(self.filter_bar)
        for widget in (self.search, self.body_filter, self.role_filter, self.status_filter,
                       self.clear_filters_button, self.count_label):
            self.filter_row.addWidget(widget)

    def _build_table(self) -> None:
        self.model = RosterModel(self)
        # Remembered before the view's selection model forgets, restored after it has reset.
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.model.modelReset.connect(self._restore_selection)
        self.model.modelReset.connect(self._update_count)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view then never measures ten thousand rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        header.setHighlightSections(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setSortIndicatorClearable(True)
        self.table.doubleClicked.connect(lambda index: self.open_observer(self.model.row_at(index.row()).id))
        events = _TableEvents(self)
        self.table.installEventFilter(events)
        self.table.viewport().installEventFilter(events)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

    # loading ---------------------------------------------------------------------------------

    @property
    def mission_id(self) -> int | None:
        return self._mission_id

    def set_undo_group(self, group: QUndoGroup) -> None:
        self._undo_group = group

    def load(self, db: Database, mission_id: int) -> None:
        """Show another mission (or the same one from another database)."""
        self.close_editors()
        self._db, self._mission_id = db, mission_id
        self._natural_widths = {}
        self.model.load([])
        self.reload()

    def clear(self) -> None:
        """The database is going away: forget it and its mission."""
        self.close_editors()
        self._generation += 1
        self._db = self._mission_id = None
        self.model.load([])
        self._bodies = []
        self._update_quotas()

    def reload(self) -> None:
        """Read the roster again, off the GUI thread."""
        if self._db is None or self._mission_id is None:
            return
        self._generation += 1
        generation, db, mission_id = self._generation, self._db, self._mission_id
        self._loading = True
        self._update_count()

        def work() -> tuple[list[RosterRow], list[BodyCount], str, date]:
            mission = get_mission_by_id(db, mission_id)
            return (roster_rows(db, mission_id), sending_bodies(db, mission_id), mission.time_zone,
                    mission.period_start)

        self._tasks.start(work, lambda result: self._loaded(generation, result),
                          lambda exc: self._load_failed(generation, exc))

    def is_loading(self) -> bool:
        return self._loading

    def _loaded(self, generation: int, result: tuple[list[RosterRow], list[BodyCount], str, date]) -> None:
        if generation != self._generation:
            return  # a newer request (another mission, or a later refresh) is on its way
        rows, bodies, zone_name, start = result
        self._loading = False
        self._zone_name = zone_name
        # The offset the mission had, not today's: Almaty itself moved from +06 to +05 in 2024.
        self._zone_label = utc_offset_label(zone_name, start)
        self._bodies = bodies
        self._fill_body_filter(rows)
        if self.banner.kind == "error":
            self.banner.clear()
        self.model.load(rows)
        if not self._natural_widths and rows:
            self._measure_columns()
        self._update_quotas()
        self._update_count()
        if self._select_after_load:
            self.select_observers(self._select_after_load)
            self._select_after_load = []
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._update_count()
        self.banner.show_message("error", self.tr("The roster could not be read: %1").replace("%1", describe(exc)),
                                 self.tr("Try again"))

    def wait(self) -> None:
        self._tasks.wait()

    def refresh_observers(self, observer_ids: Sequence[int]) -> None:
        """Read some observers again after they changed, and tell the window the counts moved."""
        if self._db is None or self._mission_id is None or not observer_ids:
            return
        if len(observer_ids) > REFRESH_ONE_BY_ONE or self._loading:
            self.reload()
        else:
            try:
                fresh = roster_rows(self._db, self._mission_id, observer_ids=observer_ids)
            except Exception as exc:  # noqa: BLE001
                show_error(self, self.tr("Cannot read the roster"), exc)
                return
            self.model.update_rows(fresh)
            self._update_quotas()
        self.dataChanged.emit()

    def set_overview(self, overview: MissionOverview) -> None:
        accredited = overview.accredited_observers
        parts = [overview.code,
                 self.tr("%Ln observer(s)", "", overview.observers),
                 self.tr("%Ln accredited", "", accredited)]
        self.subtitle.setText(" · ".join(parts))

    # filters and counts ----------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _fill_body_filter(self, rows: Sequence[RosterRow]) -> None:
        chosen = self.body_filter.currentData()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("All sending bodies"), None)
        for count in self._bodies:
            self.body_filter.addItem(f"{count.body.code} — {count.body.name_en}", count.body.id)
        if any(row.body_id is None for row in rows):
            self.body_filter.addItem(self.tr("Not assigned to a body"), NO_BODY)
        index = self.body_filter.findData(chosen) if chosen is not None else 0
        self.body_filter.setCurrentIndex(max(index, 0))
        self.body_filter.blockSignals(False)
        if index < 0:
            self._filters_changed()

    def _filters_changed(self, *_args: object) -> None:
        role = self.role_filter.currentData()
        status = self.status_filter.currentData()
        self.model.set_filters(body_id=self.body_filter.currentData(),
                               role=MissionRole(role) if role else None,
                               status=AccreditationStatus(status) if status else None)

    def filter_by_body(self, body_id: int | None) -> None:
        self.body_filter.setCurrentIndex(max(self.body_filter.findData(body_id), 0))

    def filter_by_role(self, role: MissionRole | None) -> None:
        self.role_filter.setCurrentIndex(max(self.role_filter.findData(role.value if role else None), 0))

    def filter_by_status(self, status: AccreditationStatus | None) -> None:
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status.value if status else None), 0))

    def clear_filters(self) -> None:
        for combo in (self.body_filter, self.role_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_filters(search="", body_id=None, role=None, status=None)

    def _quota_link(self, target: str) -> None:
        kind, _, value = target.partition(":")
        if kind != "body":
            return
        body_id = int(value)
        self.filter_by_body(None if self.body_filter.currentData() == body_id else body_id)

    def quota_counts(self) -> list[tuple[str, int, int | None]]:
        """(body code, active observers, quota) in the bodies' order."""
        active = Counter(row.body_id for row in self.model.all_rows() if row.status in ACTIVE_STATUSES)
        return [(c.body.code, active[c.body.id], c.body.quota) for c in self._bodies]

    def _update_quotas(self) -> None:
        parts = []
        text_colour = self.palette().windowText().color().name()
        active = Counter(row.body_id for row in self.model.all_rows() if row.status in ACTIVE_STATUSES)
        for count in self._bodies:
            body = count.body
            n = active[body.id]
            over = body.quota is not None and n > body.quota
            figure = f"{format_number(n)}/{format_number(body.quota)}" if body.quota is not None else format_number(n)
            colour = ERROR_COLOUR if over else text_colour
            weight = "font-weight:600;" if over else ""
            title = html.escape(body.name_en)
            if over:
                title += " — " + html.escape(self.tr("over quota by %1").replace("%1", format_number(n - body.quota)))
            parts.append(f'<a href="body:{body.id}" title="{title}" style="color:{colour};{weight}'
                         f'text-decoration:none"><b>{html.escape(body.code)}</b>&nbsp;{figure}</a>')
        unassigned = active[None]
        if unassigned:
            parts.append(html.escape(self.tr("no body: %1").replace("%1", format_number(unassigned))))
        self.quota_label.setText(" &nbsp;·&nbsp; ".join(parts))
        self.quota_label.setVisible(bool(parts))

    def _update_count(self, *_args: object) -> None:
        if self._loading and not self.model.total():
            self.count_label.setText(self.tr("Reading the roster…"))
            return
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            text = self.tr("%Ln observer(s)", "", total)
        else:
            text = self.tr("Showing %1 of %Ln", "", total).replace("%1", format_number(shown))
        self.count_label.setText(text)
        self.clear_filters_button.setEnabled(self.model.filters_active())

    def _measure_columns(self) -> None:
        """Widths from the headers and a sample of rows (measuring all ten thousand would take long)."""
        metrics = self.table.fontMetrics()
        sample = range(min(self.model.rowCount(), 300))
        padding = 22
        for column in range(RosterModel.COLUMN_COUNT):
            texts = [self.model.headers()[column]]
            texts += [self.model.index(i, column).data() or "" for i in sample]
            width = max(metrics.horizontalAdvance(text) for text in texts) + padding
            if column == RosterModel.STATUS:
                width += 20  # the coloured dot
            self._natural_widths[column] = min(width, COLUMN_LIMITS.get(column, 400))
        self._user_sized = False
        self.fit_columns()

    def fit_columns(self) -> None:
        """Every column at its measured width when the table is wide enough; when it is not,
        names and positions share what is left. Once the user has sized a column by hand, only
        the position column follows the table's width."""
        natural = self._natural_widths
        if not natural:
            return
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        if self._user_sized:
            widths = {c: header.sectionSize(c) for c in range(RosterModel.COLUMN_COUNT)}
            others = sum(w for c, w in widths.items() if c != RosterModel.POSITION)
            widths[RosterModel.POSITION] = max(FLEXIBLE_MINIMUMS[RosterModel.POSITION], available - others)
        else:
            widths = dict(natural)
            fixed = sum(w for c, w in natural.items() if c not in FLEXIBLE_MINIMUMS)
            flexible = sum(natural[c] for c in FLEXIBLE_MINIMUMS)
            room = available - fixed
            if room >= flexible:
                widths[RosterModel.POSITION] += room - flexible
            else:
                widths.update(_share(room, {c: natural[c] for c in FLEXIBLE_MINIMUMS}))
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting or column == RosterModel.POSITION:
            return
        self._user_sized = True
        self.fit_columns()

    # selection -------------------------------------------------------------------------------

    def selected_rows(self) -> list[RosterRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def select_observers(self, observer_ids: Iterable[int]) -> None:
        """Select these observers (those the filters show) and bring the first into view."""
        rows = sorted(row for row in (self.model.row_of(i) for i in observer_ids) if row >= 0)
        selection = QItemSelection()
        start = previous = None
        for row in rows + [None]:
            if start is None:
                start = previous = row
                continue
            if row is not None and row == previous + 1:
                previous = row
                continue
            selection.select(self.model.index(start, 0), self.model.index(previous, RosterModel.COLUMN_COUNT - 1))
            start = previous = row
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if rows:
            self.table.selectionModel().setCurrentIndex(self.model.index(rows[0], 0),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(rows[0], 0))

    def _remember_selection(self) -> None:
        current = self.table.currentIndex()
        current_id = self.model.row_at(current.row()).id if current.isValid() else None
        self._remembered = (self.selected_ids(), current_id)

    def _restore_selection(self) -> None:
        ids, current_id = self._remembered
        if ids:
            self.select_observers(ids)
        if current_id is not None and self.model.row_of(current_id) >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(self.model.row_of(current_id), 0),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        count = len(self.table.selectionModel().selectedRows())
        ready = self._mission_id is not None
        self.new_action.setEnabled(ready)
        self.open_action.setEnabled(count == 1)
        self.status_action.setEnabled(count >= 1)
        self.export_selection_action.setEnabled(count >= 1)
        for action in (self.import_action, self.export_action, self.template_action, self.badges_action):
            action.setEnabled(ready)

    def print_badges(self):
        """The badge dialog for the chosen observers, or for all accredited ones when none is chosen."""
        if self._db is None or self._mission_id is None:
            return None
        from .badges_dialog import open_badges_dialog

        dialog = open_badges_dialog(self, self._db, self._mission_id, self.selected_ids() or None)
        dialog.runRecorded.connect(lambda _run_id: self.reload())
        return dialog

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.open_action, self.status_action, self.badges_action, self.export_selection_action):
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # the editor ------------------------------------------------------------------------------

    def _context(self) -> EditorContext:
        body_filter = self.body_filter.currentData()
        default_body = body_filter if isinstance(body_filter, int) and body_filter != NO_BODY else None
        rows = self.model.all_rows()
        codes = [row.code for row in rows if default_body is None or row.body_id == default_body]
        return EditorContext(
            zone_name=self._zone_name, zone_label=self._zone_label,
            bodies=[BodyChoice(c.body.id, c.body.code, c.body.name_en) for c in self._bodies],
            roster=self.model.all_rows,
            suggested_code=next_code(codes) or next_code(row.code for row in rows),
            default_body_id=default_body,
        )

    def editor_for(self, observer_id: int) -> ObserverEditor | None:
        return next((e for e in self.editors if e.observer_id == observer_id), None)

    def _track(self, editor: ObserverEditor) -> ObserverEditor:
        self.editors.append(editor)
        editor.saved.connect(self._editor_saved)
        editor.statusChanged.connect(self._statuses_changed)
        editor.openObserverRequested.connect(self.open_observer)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        if self._undo_group is not None:
            editor.set_undo_group(self._undo_group)
        return editor

    def _forget(self, editor: ObserverEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def open_current(self) -> ObserverEditor | None:
        index = self.table.currentIndex()
        selected = self.selected_rows()
        if len(selected) == 1:
            return self.open_observer(selected[0].id)
        if index.isValid():
            return self.open_observer(self.model.row_at(index.row()).id)
        return None

    def open_observer(self, observer_id: int) -> ObserverEditor | None:
        if self._db is None or self._mission_id is None:
            return None
        editor = self.editor_for(observer_id)
        if editor is None:
            try:
                editor = self._track(ObserverEditor(self._db, self._mission_id, self._context(),
                                                    observer_id=observer_id, parent=self))
            except Exception as exc:  # noqa: BLE001 - e.g. deleted meanwhile: say so, stay usable
                show_error(self, self.tr("Cannot open the observer"), exc)
                return None
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def new_observer(self) -> ObserverEditor | None:
        if self._db is None or self._mission_id is None:
            return None
        editor = self._track(ObserverEditor(self._db, self._mission_id, self._context(), parent=self))
        editor.show()
        editor.activateWindow()
        return editor

    def _editor_saved(self, observer_id: int) -> None:
        self.refresh_observers([observer_id])
        if self.model.row_of(observer_id) >= 0:
            self.select_observers([observer_id])
        self.statusMessage.emit(self.tr("Observer saved"), 4000)

    def has_unsaved_changes(self) -> bool:
        return any(editor.has_unsaved_changes() for editor in self.editors)

    def save_all(self) -> bool:
        for editor in list(self.editors):
            if editor.has_unsaved_changes() and not editor.save():
                editor.show()
                editor.raise_()
                return False
        return True

    def close_editors(self) -> None:
        """Close every editor without asking (the caller has dealt with unsaved changes)."""
        for editor in list(self.editors):
            editor.discard()
        self.editors.clear()

    # accreditation in bulk -------------------------------------------------------------------

    def change_status_of_selection(self, target: AccreditationStatus | None = None) -> StatusDialog | None:
        rows = self.selected_rows()
        if not rows or self._db is None:
            return None
        dialog = StatusDialog(self._db, rows, self.model.all_rows(), target, self)
        dialog.changed.connect(self._statuses_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.status_dialog = dialog
        dialog.open()
        return dialog

    def _statuses_changed(self, observer_ids: list) -> None:
        self.refresh_observers(observer_ids)
        for editor in self.editors:
            if editor.observer_id in observer_ids:
                editor.refresh_status()
        self.statusMessage.emit(self.tr("Status changed for %Ln observer(s)", "", len(observer_ids)), 5000)

    # import and export (modules written separately) ----------------------------------------

    def _not_available(self, what: str) -> None:
        QMessageBox.information(self, what, self.tr("%1 is not available in this version yet.").replace("%1", what))

    def _hook(self, module_name: str, function: str, what: str):  # noqa: ANN202 - the hook or None
        if self._db is None or self._mission_id is None:
            return None
        module = _optional_module(module_name)
        hook = getattr(module, function, None) if module is not None else None
        if hook is None:
            self._not_available(what)
        return hook

    def import_nominations(self) -> None:
        hook = self._hook(IMPORT_WIZARD, "open_import_wizard", self.tr("Importing nominations"))
        if hook is not None:
            hook(self, self._db, self._mission_id, on_imported=self.after_import)

    def after_import(self) -> None:
        self.reload()
        self.dataChanged.emit()

    def export_roster(self, selected_only: bool = False) -> None:
        hook = self._hook(ROSTER_EXPORT_DIALOG, "open_roster_export", self.tr("Exporting the roster"))
        if hook is not None:
            ids = self.selected_ids() if selected_only else None
            hook(self, self._db, self._mission_id, observer_ids=ids)

    def save_template(self) -> None:
        hook = self._hook(IMPORT_WIZARD, "save_nominations_template", self.tr("The nominations template"))
        if hook is not None:
            hook(self, self._db, self._mission_id)
