"""The incidents of a report in the report form: a small table and the dialog that edits one."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.models import Severity
from observer_desk.core.services.report_editing import IncidentDraft

from .answer_widgets import TimeField, normalise_clock
from .findings_labels import SEVERITY_COLOURS, severity_label
from .widgets import error_label

AnyIndex = QModelIndex | QPersistentModelIndex
SEVERITIES = (Severity.MINOR, Severity.SERIOUS, Severity.CRITICAL)


def common_categories() -> list[str]:
    return [QCoreApplication.translate("IncidentDialog", text) for text in (
        "Secrecy of the vote", "Voter identification", "Voter list", "Pressure on voters",
        "Campaigning near the station", "Unauthorised persons", "Restrictions on observers",
        "Ballot box or seals", "Counting procedure", "Access for voters with disabilities",
        "Other")]


class IncidentsModel(QAbstractTableModel):
    TIME, SEVERITY, CATEGORY, DESCRIPTION = range(4)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.items: list[IncidentDraft] = []
        self.zone = "UTC"

    def set_items(self, items: list[IncidentDraft], zone: str) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.zone = zone
        self.endResetModel()

    def set_zone(self, zone: str) -> None:
        self.zone = zone
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 0))

    def add(self, item: IncidentDraft) -> None:
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items))
        self.items.append(item)
        self.endInsertRows()

    def replace(self, row: int, item: IncidentDraft) -> None:
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time"), self.tr("Severity"), self.tr("Category"),
                    self.tr("Description"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TIME:
                return item.occurred_at.astimezone(ZoneInfo(self.zone)).strftime("%H:%M") \
                    if item.occurred_at else ""
            if column == self.SEVERITY:
                return severity_label(item.severity)
            if column == self.CATEGORY:
                return item.category
            return item.description
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return SEVERITY_COLOURS.get(Severity(item.severity))
        return None


class IncidentDialog(QDialog):
    """Category, severity, local time and description of one incident."""

    def __init__(self, day: date, zone: str, item: IncidentDraft | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Incident"))
        self.day, self.zone = day, zone
        self.item_id = item.id if item else None
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(common_categories())
        self.category.setCurrentText(item.category if item else "")
        self.severity = QComboBox()
        for severity in SEVERITIES:
            self.severity.addItem(severity_label(severity), severity)
        self.severity.setCurrentIndex(SEVERITIES.index(Severity(item.severity)) if item else 0)
        self.time = TimeField()
        if item and item.occurred_at:
            self.time.set_value(item.occurred_at.astimezone(ZoneInfo(zone)).strftime("%H:%M"))
        self.description = QPlainTextEdit(item.description if item else "")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.problem = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("&Time (local):"), self.time)
        form.addRow(self.tr("&Description:"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def incident(self) -> IncidentDraft | None:
        """The incident as entered, or None (with the reason shown) when it cannot be kept."""
        category = " ".join(self.category.currentText().split())
        clock = normalise_clock(self.time.value())
        problems = []
        if not category:
            problems.append(self.tr("Give the incident a category."))
        moment = None
        if clock:
            try:
                moment = datetime.combine(self.day, time.fromisoformat(clock), tzinfo=ZoneInfo(self.zone))
            except ValueError:
                problems.append(self.tr("The time is not a time of day (HH:MM)."))
        if problems:
            self.problem.setText(" ".join(problems))
            self.problem.show()
            return None
        return IncidentDraft(category, Severity(self.severity.currentData()), moment,
                             self.description.toPlainText().strip(), self.item_id)

    def accept(self) -> None:
        if self.incident() is not None:
            super().accept()

