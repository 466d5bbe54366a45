"""Live refresh: what other users commit shows in this window within a few seconds.

Every POLL_INTERVAL_MS a ChangeWatcher (core/services/live_changes.py) looks, off the GUI thread,
for audit entries committed since its last look. When some concern the mission shown, the page
shown reads them again (the other pages when they are next shown): the roster keeps its
selection, filters and scroll position, the reports list keeps the report shown. An observer
editor without unsaved edits shows the record as it is now; one with unsaved edits keeps them,
says who changed the record and when, and the stale-edit check refuses to save over the other
change unknowingly.

Polling rather than PostgreSQL's LISTEN/NOTIFY: it works alike on an SQLite file shared by two
programs, and costs one indexed query every few seconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from observer_desk.core.audit import table_title
from observer_desk.core.db import Database
from observer_desk.core.identity import current_user
from observer_desk.core.language import listed
from observer_desk.core.models import AuditAction
from observer_desk.core.services.live_changes import Change, ChangeBatch, ChangeWatcher
from observer_desk.core.services.roster import roster_rows

from .workers import TaskRunner

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .observer_editor import ObserverEditor

POLL_INTERVAL_MS = 2_500
ONE_BY_ONE = 200  # beyond this many changed observers the whole roster is read again (off-thread)
ROSTER_TABLES = frozenset({"observer", "badge_print_run", "sending_body"})
FINDINGS_TABLES = frozenset({"visit_report", "incident", "turnout_reading", "cec_turnout", "checklist"})
ITINERARY_TABLES = frozenset({"team", "event", "venue", "travel_buffer", "admin_unit", "polling_station"})
MISSION_TABLES = frozenset({"mission", "sending_body"})


class LiveRefresh(QObject):
    applied = Signal(object)  # the ChangeBatch of the shown mission, after the pages took it in

    def __init__(self, window: MainWindow, interval_ms: int = POLL_INTERVAL_MS):
        super().__init__(window)
        self._window = window
        self._tasks = TaskRunner(self)
        self._watcher: ChangeWatcher | None = None
        self._failed_once = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._stale: dict[QWidget, ChangeBatch] = {}  # pages with changes not yet shown
        self._stale_mission: int | None = None
        window.areas.currentChanged.connect(lambda _index: self._refresh_page(window.areas.currentWidget()))
        self.watch(window.database)

    def watch(self, db: Database) -> None:
        """Start from the present of this database (the window has just read it)."""
        watcher = ChangeWatcher(db)
        try:
            watcher.start()
        except Exception:  # noqa: BLE001 - the first poll tries again
            pass
        self._watcher = watcher

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._tasks.wait()

    def poll(self) -> None:
        if self._tasks.busy:
            return  # the last look is still on its way (a slow server): skip a beat
        db = self._window.database
        if self._watcher is None or self._watcher.db is not db:
            self.watch(db)
        watcher = self._watcher
        assert watcher is not None
        self._tasks.start(watcher.poll, lambda batch: self._arrived(watcher, batch), self._failed)

    def _failed(self, exc: Exception) -> None:
        # A server that went away is said once in the status bar, not every few seconds.
        if not self._failed_once:
            self._failed_once = True
            self._window.statusBar().showMessage(
                self.tr("Cannot look for changes by others: %1").replace("%1", str(exc).splitlines()[0]), 8000)

    def _arrived(self, watcher: ChangeWatcher, batch: ChangeBatch) -> None:
        self._failed_once = False
        if watcher is not self._watcher or watcher.db is not self._window.database or not batch:
            return
        self.apply(batch)

    # taking changes in -----------------------------------------------------------------------

    def apply(self, batch: ChangeBatch) -> None:
        window = self._window
        mission_id = window.current_mission_id
        if any(c.table == "mission" and c.mission_id != mission_id for c in batch.changes) or mission_id is None:
            window.reload_missions()  # another mission was added, renamed or removed
            mission_id = window.current_mission_id
        mine = batch.for_mission(mission_id)
        if not mine or mission_id is None:
            return
        if self._stale_mission != mission_id:
            self._stale, self._stale_mission = {}, mission_id
        window.refresh_overview()  # first: the pages' counts compare with it
        tables = mine.tables()
        for page, wanted in ((window.observers_page, ROSTER_TABLES), (window.findings_page, FINDINGS_TABLES),
                             (window.itinerary_page, ITINERARY_TABLES), (window.mission_page, MISSION_TABLES)):
            if tables & wanted:
                earlier = self._stale.get(page, ChangeBatch())
                self._stale[page] = ChangeBatch(earlier.changes + mine.changes)
        self._refresh_page(window.areas.currentWidget())
        self._refresh_editors(mine)
        self._say_who(mine)
        self.applied.emit(mine)

    def _refresh_page(self, page: QWidget | None) -> None:
        """Bring the page shown up to date; the others are when they are shown (a list of a
        hundred thousand reports is not read again for a window that shows the roster)."""
        window = self._window
        if self._stale_mission != window.current_mission_id:
            self._stale = {}
        batch = self._stale.pop(page, None) if page is not None else None
        if batch is None:
            return
        if page is window.observers_page:
            self._refresh_roster(batch)
        elif page is window.findings_page:
            window.findings_page.refresh_reports()
        elif page is window.itinerary_page:
            window.itinerary_page.reload()
        elif page is window.mission_page:
            for part in (window.mission_page.details, window.mission_page.bodies):
                if not part.has_unsaved_changes():
                    part.reload()

    def _refresh_roster(self, batch: ChangeBatch) -> None:
        page = self._window.observers_page
        ids = batch.records("observer")
        whole = (len(ids) > ONE_BY_ONE or bool(batch.tables() & (ROSTER_TABLES - {"observer"}))
                 or any(c.table == "observer" and c.action is not AuditAction.UPDATE for c in batch.changes))
        if whole:
            page.reload()
        elif ids:
            page.refresh_observers(sorted(ids))

    def _refresh_editors(self, batch: ChangeBatch) -> None:
        """Open observer windows and the badge dialog follow at once, whichever area is shown."""
        ids = batch.records("observer")
        for editor in list(self._window.observers_page.editors):
            change = batch.latest("observer", editor.observer_id) if editor.observer_id in ids else None
            if change is not None:
                self._editor_changed(editor, change)
        if not batch.tables() & ROSTER_TABLES:
            return
        from .badges_dialog import BadgesDialog

        for dialog in self._window.findChildren(BadgesDialog):
            if dialog.isVisible():
                dialog.reload_candidates()

    def _editor_changed(self, editor: ObserverEditor, change: Change) -> None:
        """Someone changed the record this editor shows: show it, or keep the user's edits and
        say so. Nothing happens when the editor already holds that version (its own save)."""
        try:
            window = self._window
            rows = roster_rows(window.database, window.current_mission_id, observer_ids=[editor.observer_id])
        except Exception:  # noqa: BLE001 - the editor says so itself on saving
            return
        if rows and rows[0].version == editor.version:
            return
        if not rows or not editor.has_unsaved_changes():
            if rows:
                editor.reload()
            else:
                editor.banner.show_message("warning", self.tr("%1 deleted this observer at %2.")
                                           .replace("%1", change.user).replace("%2", self.local_time(change)))
            return
        editor.refresh_status()
        editor.banner.show_message("warning", self.tr(
            "Changed by %1 at %2; your unsaved edits are kept. Saving them will tell you if they "
            "clash with that change.").replace("%1", change.user).replace("%2", self.local_time(change)))

    def local_time(self, change: Change) -> str:
        overview = self._window.overview
        try:
            zone = ZoneInfo(overview.time_zone) if overview is not None else None
        except Exception:  # noqa: BLE001 - an unknown zone name: the computer's own
            zone = None
        return change.at.astimezone(zone).strftime("%H:%M:%S")

    def _say_who(self, batch: ChangeBatch) -> None:
        me = current_user()
        others = [c for c in batch.changes if c.user != me]
        if not others:
            return
        last = others[-1]
        users = sorted({c.user for c in others})
        what = sorted({table_title(c.table) for c in others})
        self._window.statusBar().showMessage(
            self.tr("Updated with changes by %1 (%2), last at %3").replace("%1", listed(users))
            .replace("%2", listed(what)).replace("%3", self.local_time(last)), 8000)
