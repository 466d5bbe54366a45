"""The audit trail on screen: the mission's log with filters (kind of record, user, dates), read a
page at a time as the user scrolls, with the changed fields of the chosen entry below; the same
table shows one record's history in its editor. Nothing here can change an entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.audit import (
    AuditFilter,
    AuditRow,
    audit_entries,
    count_entries,
    field_title,
    filter_choices,
    record_history,
    table_title,
)
from observer_desk.core.db import Database
from observer_desk.core.models import AuditAction

from .errors import describe
from .labels import format_number
from .observer_labels import local_time
from .widgets import Banner, muted

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200


def action_label(action: AuditAction) -> str:
    return {
        AuditAction.INSERT: AuditEntriesModel.tr("Added"),
        AuditAction.UPDATE: AuditEntriesModel.tr("Changed"),
        AuditAction.DELETE: AuditEntriesModel.tr("Deleted"),
        AuditAction.IMPORT: AuditEntriesModel.tr("Import"),
        AuditAction.PURGE: AuditEntriesModel.tr("Personal data purged"),
    }.get(action, str(action))


def shown_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return AuditEntriesModel.tr("yes") if value else AuditEntriesModel.tr("no")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def change_lines(row: AuditRow) -> list[tuple[str, str, str]]:
    """(field, old, new) of an entry, as the screens show them."""
    lines = []
    for name, pair in row.changes.items():
        old, new = (pair[0], pair[1]) if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        lines.append((field_title(name), shown_value(old), shown_value(new)))
    return lines


class AuditEntriesModel(QAbstractTableModel):
    """Entries newest first. With a loader it reads further pages as the view asks for them."""

    WHEN, WHO, TABLE, ACTION, SUMMARY = range(5)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._zone = "UTC"
        self._loader: Callable[[int, int], list[AuditRow]] | None = None
        self._total = 0

    def set_rows(self, rows: list[AuditRow], zone_name: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._zone = zone_name
        self._loader = None
        self._total = len(rows)
        self.endResetModel()

    def set_loader(self, loader: Callable[[int, int], list[AuditRow]], total: int, zone_name: str) -> None:
        self.beginResetModel()
        self._loader = loader
        self._total = total
        self._zone = zone_name
        self._rows = loader(0, PAGE)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loader is not None and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._loader is None:
            return
        more = self._loader(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("Record"), self.tr("What"),
                    self.tr("Summary"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.WHEN:
            return self.tr("Local time of the mission (%1)").replace("%1", self._zone)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.WHEN:
                return local_time(row.at, self._zone)
            if column == self.WHO:
                return row.user
            if column == self.TABLE:
                if row.record_label:
                    return f"{table_title(row.table_name)} {row.record_label}"
                record = f" #{row.record_id}" if row.record_id is not None else ""
                return table_title(row.table_name) + record
            if column == self.ACTION:
                return action_label(row.action)
            return row.summary
        return None


class ChangesModel(QAbstractTableModel):
    FIELD, OLD, NEW = range(3)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._lines: list[tuple[str, str, str]] = []

    def show_entry(self, row: AuditRow | None) -> None:
        self.beginResetModel()
        self._lines = change_lines(row) if row is not None else []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Field"), self.tr("Old value"), self.tr("New value"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._lines[index.row()][index.column()]
        return None


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def _fit_columns(view: QTableView, count: int, widest: int = 220) -> None:
    """The first `count` columns as wide as their header and values (up to `widest`): the last
    column stretches."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(count):
        header.resizeSection(column, min(header.sectionSize(column), max(widest, header.sectionSizeHint(column))))


class AuditView(QWidget):
    """Entries above, the chosen entry's changed fields below."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries = AuditEntriesModel(self)
        self.changes = ChangesModel(self)
        self.entries_view = _table(self.entries)
        self.changes_view = _table(self.changes)
        self.entries_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.entries.modelReset.connect(self._after_reset)
        self.changes.modelReset.connect(self._fit_changes)
        self._fit_changes()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.entries_view)
        splitter.addWidget(self.changes_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _fit_changes(self) -> None:
        _fit_columns(self.changes_view, self.changes.columnCount() - 1, widest=320)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.changes.show_entry(self.entries.row_at(current.row()) if current.isValid() else None)

    def _after_reset(self) -> None:
        _fit_columns(self.entries_view, AuditEntriesModel.SUMMARY)
        if self.entries.rowCount():
            self.entries_view.selectRow(0)
        else:
            self.changes.show_entry(None)


class RecordHistory(QWidget):
    """One record's history of changes (the observer editor's tab)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = muted()
        self.view = AuditView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def load(self, db: Database, table: str, record_id: int | None, zone_name: str) -> None:
        rows = record_history(db, table, record_id) if record_id is not None else []
        self.view.entries.set_rows(rows, zone_name)
        if record_id is None:
            self.note.setText(self.tr("Changes are recorded once the record is saved."))
        else:
            self.note.setText(self.tr("Every saved change: when, who, which fields, old and new "
                                      "values. Personal data is shown masked."))


class AuditLogDialog(QDialog):
    """View › Audit Trail…: the mission's log, filtered, exportable to Excel."""

    ALL = ""

    def __init__(self, db: Database, mission_id: int, zone_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditLog")
        self.setWindowTitle(self.tr("Audit Trail"))
        self._db = db
        self._mission_id = mission_id
        self._zone = zone_name
        self.banner = Banner()
        self.table_filter = QComboBox()
        self.user_filter = QComboBox()
        self.since_check = QCheckBox(self.tr("&From"))
        self.since = QDateEdit()
        self.until_check = QCheckBox(self.tr("&To"))
        self.until = QDateEdit()
        today = QDate.currentDate()
        for check, edit in ((self.since_check, self.since), (self.until_check, self.until)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(today)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.reload)
            edit.dateChanged.connect(self.reload)
        self.table_filter.currentIndexChanged.connect(self.reload)
        self.user_filter.currentIndexChanged.connect(self.reload)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Records:"), self.table_filter), (self.tr("&User:"), self.user_filter)):
            title = QLabel(label)
            title.setBuddy(widget)
            filters.addWidget(title)
            filters.addWidget(widget)
        filters.addSpacing(12)
        for widget in (self.since_check, self.since, self.until_check, self.until):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.count_label = muted()
        self.view = AuditView()
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.clicked.connect(self.choose_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.resize(980, 640)
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        tables, users = filter_choices(self._db, self._mission_id)
        for combo, values, label in ((self.table_filter, tables, table_title),
                                     (self.user_filter, users, str)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), self.ALL)
            for value in values:
                combo.addItem(label(value), value)
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        zone = ZoneInfo(self._zone)

        def moment(edit: QDateEdit, days: int) -> datetime:
            day = edit.date().toPython() + timedelta(days=days)
            return datetime.combine(day, time(0), zone)

        return AuditFilter(
            mission_id=self._mission_id,
            table=self.table_filter.currentData() or None,
            user=self.user_filter.currentData() or None,
            since=moment(self.since, 0) if self.since_check.isChecked() else None,
            until=moment(self.until, 1) if self.until_check.isChecked() else None)

    def reload(self) -> None:
        where = self.current_filter()
        try:
            total = count_entries(self._db, where)
            self.view.entries.set_loader(
                lambda offset, limit: audit_entries(self._db, where, offset=offset, limit=limit),
                total, self._zone)
        except Exception as exc:  # noqa: BLE001 - an unreadable log is said, not a crash
            self.banner.show_message("error", describe(exc))
            return
        self.banner.clear()
        self.count_label.setText(self.tr("%Ln entry(s)", "", total))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the Audit Trail"),
                                              str(Path.home() / "audit-trail.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(path)

    def export_to(self, path: str) -> int | None:
        from observer_desk.core.services.audit_export import export_audit

        try:
            count = export_audit(self._db, self._mission_id, path, self.current_filter())
        except Exception as exc:  # noqa: BLE001
            self.banner.show_message("error", self.tr("Not exported: %1").replace("%1", describe(exc)))
            return None
        self.banner.show_message("success", self.tr("%1 entries written to %2 (readable by you only).")
                                 .replace("%1", format_number(count)).replace("%2", path))
        return count
