"""The election-day deployment plan: per team the stations in order with planned arrival in the
station's local time, and copying one day's plan to another day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.services.itineraries import DeploymentRow, deployment_rows
from observer_desk.core.services.programme import copy_day
from observer_desk.core.services.schedule import Schedule

from .errors import describe
from .findings_labels import phase_label
from .labels import format_day
from .rows_model import RowsModel


class DeploymentModel(RowsModel[DeploymentRow]):
    """Each team's election-day stations in order, times local to the station."""

    COLUMNS = (
        (QT_TRANSLATE_NOOP("DeploymentModel", "Team"), lambda r: r.team),
        (QT_TRANSLATE_NOOP("DeploymentModel", "Order"), lambda r: r.order),
        (QT_TRANSLATE_NOOP("DeploymentModel", "Station"), lambda r: r.station),
        (QT_TRANSLATE_NOOP("DeploymentModel", "Unit"), lambda r: r.unit),
        (QT_TRANSLATE_NOOP("DeploymentModel", "Address"), lambda r: r.address),
        (QT_TRANSLATE_NOOP("DeploymentModel", "Arrival"), lambda r: f"{r.arrives:%H:%M}"),
        (QT_TRANSLATE_NOOP("DeploymentModel", "Departure"), lambda r: f"{r.departs:%H:%M}"),
        (QT_TRANSLATE_NOOP("DeploymentModel", "Zone"), lambda r: f"{r.offset} {r.time_zone}"),
        (QT_TRANSLATE_NOOP("DeploymentModel", "Phase"), lambda r: phase_label(r.phase) if r.phase else ""),
        (QT_TRANSLATE_NOOP("DeploymentModel", "Members"), lambda r: r.members),
    )
    NUMERIC = frozenset({1})

    def row_of(self, record_id: int) -> int:  # rows of a plan, not records with ids
        return -1


class DeploymentPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.mission_id: int | None = None
        self.rows: list[DeploymentRow] = []
        self.model = DeploymentModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)  # one line per station, however long the list of members
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.source = QComboBox()
        self.target = QComboBox()
        self.copy_button = QPushButton(self.tr("Copy the day's plan"))
        self.copy_button.clicked.connect(self.copy)
        self.message = QLabel()
        self.message.setWordWrap(True)
        copying = QHBoxLayout()
        copying.addWidget(QLabel(self.tr("Copy the events of")))
        copying.addWidget(self.source)
        copying.addWidget(QLabel(self.tr("to")))
        copying.addWidget(self.target)
        copying.addWidget(self.copy_button)
        copying.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Election day: each team's stations in order, arrival in the "
                                        "station's local time")))
        layout.addWidget(self.table, 1)
        layout.addLayout(copying)
        layout.addWidget(self.message)

    def set_schedule(self, db: Database, mission_id: int, schedule: Schedule) -> None:
        self.db, self.mission_id = db, mission_id
        self.rows = deployment_rows(schedule)
        self.model.set_rows(self.rows)
        mission = schedule.mission
        days = sorted({mission.period_start + timedelta(days=i)
                       for i in range((mission.period_end - mission.period_start).days + 1)}
                      | set(schedule.days()))
        for combo in (self.source, self.target):
            chosen = combo.currentData()
            combo.clear()
            for day in days:
                combo.addItem(format_day(day), day.isoformat())
            if chosen:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def clear(self) -> None:
        """Show nothing (no mission open)."""
        self.db, self.mission_id, self.rows = None, None, []
        self.model.set_rows([])
        self.source.clear()
        self.target.clear()
        self.message.clear()

    def copy(self) -> None:
        source, target = self.source.currentData(), self.target.currentData()
        if not source or not target or self.db is None:
            return
        try:
            made = copy_day(self.db, self.mission_id, date.fromisoformat(source), date.fromisoformat(target))
        except Exception as exc:  # noqa: BLE001 - shown in place
            self.message.setText(describe(exc))
            return
        self.changed.emit()
        self.message.setText(self.tr("%n event(s) copied", "", len(made)))
