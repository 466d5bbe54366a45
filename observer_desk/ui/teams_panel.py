"""Teams: the mission's teams with their members, built by dragging observers from the list of
those who can still take part (or with the Add and Remove buttons), and each team's vehicle,
driver, interpreter and area."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.models import MissionRole
from observer_desk.core.services.accreditation import ACTIVE_STATUSES
from observer_desk.core.services.schedule import PersonInfo, Schedule, TeamInfo
from observer_desk.core.services.teams import TeamData, create_team, delete_team, move_member, update_team

from .errors import describe

ID_ROLE = Qt.ItemDataRole.UserRole


class DropList(QListWidget):
    """A list that takes observers dropped from another list and says who arrived."""

    dropped = Signal(int)  # the observer's id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        source = event.source()
        if isinstance(source, QListWidget) and source is not self:
            for item in source.selectedItems():
                self.dropped.emit(item.data(ID_ROLE))
        event.ignore()  # the list is filled again from the database, not by Qt's copy


def person_text(person: PersonInfo) -> str:
    native = f" · {person.native_name}" if person.native_name else ""
    return f"{person.label}{native} — {person.body}" if person.body else f"{person.label}{native}"


class TeamsPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.mission_id: int | None = None
        self.schedule: Schedule | None = None
        self.teams = QListWidget()
        self.teams.currentRowChanged.connect(self._team_chosen)
        self.members = DropList()
        self.members.dropped.connect(self.add_member)
        self.available = DropList()
        self.available.dropped.connect(self.remove_member)
        for view in (self.members, self.available):
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("← Add to team"))
        self.remove_button = QPushButton(self.tr("Remove from team →"))
        self.add_button.clicked.connect(lambda: [self.add_member(i.data(ID_ROLE))
                                                 for i in self.available.selectedItems()])
        self.remove_button.clicked.connect(lambda: [self.remove_member(i.data(ID_ROLE))
                                                    for i in self.members.selectedItems()])
        self.new_button = QPushButton(self.tr("New team…"))
        self.new_button.clicked.connect(self.new_team)
        self.delete_button = QPushButton(self.tr("Delete team"))
        self.delete_button.clicked.connect(self.delete_current)

        self.name = QLineEdit()
        self.vehicle = QLineEdit()
        self.driver_name = QLineEdit()
        self.driver_phone = QLineEdit()
        self.interpreter = QComboBox()
        # As wide as the column gives it, not as the longest name: the observers outside a team
        # keep their share of the width (the open list shows names whole).
        self.interpreter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.interpreter.setMinimumContentsLength(16)
        self.area = QLineEdit()
        self.save_button = QPushButton(self.tr("Save details"))
        self.save_button.clicked.connect(self.save_details)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        details = QFormLayout()
        details.addRow(self.tr("Name"), self.name)
        details.addRow(self.tr("Vehicle"), self.vehicle)
        details.addRow(self.tr("Driver"), self.driver_name)
        details.addRow(self.tr("Driver's phone"), self.driver_phone)
        details.addRow(self.tr("Interpreter"), self.interpreter)
        details.addRow(self.tr("Area"), self.area)
        details.addRow("", self.save_button)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Teams")))
        left.addWidget(self.teams, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Members (drop observers here)")))
        middle.addWidget(self.members, 1)
        middle.addLayout(details)
        middle.addWidget(self.problems)
        moves = QVBoxLayout()
        moves.addStretch(1)
        moves.addWidget(self.add_button)
        moves.addWidget(self.remove_button)
        moves.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Observers in no team")))
        right.addWidget(self.available, 1)
        layout = QHBoxLayout(self)
        # Team names are short; the observers' lines (code, both scripts, body) are long.
        layout.addLayout(left, 1)
        layout.addLayout(middle, 3)
        layout.addLayout(moves)
        layout.addLayout(right, 2)

    def set_schedule(self, db: Database, mission_id: int, schedule: Schedule) -> None:
        self.db, self.mission_id, self.schedule = db, mission_id, schedule
        chosen = self.current_team()
        self.teams.blockSignals(True)
        self.teams.clear()
        for team in sorted(schedule.teams.values(), key=lambda t: t.name.casefold()):
            item = QListWidgetItem(f"{team.name} ({len(team.member_ids)})")
            item.setData(ID_ROLE, team.id)
            self.teams.addItem(item)
        self.teams.blockSignals(False)
        row = next((r for r in range(self.teams.count())
                    if chosen and self.teams.item(r).data(ID_ROLE) == chosen.id), 0)
        self.teams.setCurrentRow(row if self.teams.count() else -1)
        self._team_chosen()

    def clear(self) -> None:
        """Show nothing (no mission open)."""
        self.db, self.mission_id, self.schedule = None, None, None
        self.teams.clear()
        self._team_chosen()
        self.interpreter.clear()
        for field in (self.name, self.vehicle, self.driver_name, self.driver_phone, self.area):
            field.clear()

    def current_team(self) -> TeamInfo | None:
        item = self.teams.currentItem()
        if item is None or self.schedule is None:
            return None
        return self.schedule.teams.get(item.data(ID_ROLE))

    def select_team(self, team_id: int) -> None:
        for row in range(self.teams.count()):
            if self.teams.item(row).data(ID_ROLE) == team_id:
                self.teams.setCurrentRow(row)

    def _team_chosen(self) -> None:
        team, schedule = self.current_team(), self.schedule
        self.members.clear()
        self.available.clear()
        self.problems.clear()
        if schedule is None:
            return
        in_teams = {m for t in schedule.teams.values() for m in t.member_ids}
        for person in sorted(schedule.people.values(), key=lambda p: p.full_name.casefold()):
            if person.id not in in_teams and person.status in ACTIVE_STATUSES:
                item = QListWidgetItem(person_text(person))
                item.setData(ID_ROLE, person.id)
                self.available.addItem(item)
        self.interpreter.clear()
        self.interpreter.addItem(self.tr("(none)"), None)
        for person in schedule.people.values():
            if person.role is MissionRole.INTERPRETER:
                self.interpreter.addItem(person_text(person), person.id)
        for widget in (self.members, self.name, self.vehicle, self.driver_name, self.driver_phone,
                       self.interpreter, self.area, self.save_button, self.delete_button,
                       self.add_button, self.remove_button):
            widget.setEnabled(team is not None)
        if team is None:
            return
        for member_id in team.member_ids:
            person = schedule.people.get(member_id)
            if person is not None:
                item = QListWidgetItem(person_text(person))
                item.setData(ID_ROLE, member_id)
                self.members.addItem(item)
        for line, text in ((self.name, team.name), (self.vehicle, team.vehicle),
                           (self.driver_name, team.driver_name), (self.driver_phone, team.driver_phone),
                           (self.area, team.area)):
            line.setText(text)
            line.setCursorPosition(0)  # a long value shows its beginning, not its end
        self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(team.interpreter_id)))

    def _write(self, work, team_id: int | None = None) -> bool:  # noqa: ANN001 - a service call
        try:
            work()
        except Exception as exc:  # noqa: BLE001 - shown in place
            self.changed.emit()  # a stale team: show what is there now, then say why
            self.problems.setText(describe(exc))
            return False
        self.changed.emit()
        if team_id is not None:
            self.select_team(team_id)
        return True

    def add_member(self, observer_id: int) -> None:
        team = self.current_team()
        if team is not None and observer_id not in team.member_ids:
            self._write(lambda: move_member(self.db, observer_id, from_team=None,
                                            to_team=(team.id, team.version)), team.id)

    def remove_member(self, observer_id: int) -> None:
        team = self.current_team()
        if team is not None and observer_id in team.member_ids:
            self._write(lambda: move_member(self.db, observer_id, from_team=(team.id, team.version),
                                            to_team=None), team.id)

    def details(self, team: TeamInfo) -> TeamData:
        return TeamData(name=self.name.text(), member_ids=list(team.member_ids),
                        vehicle=self.vehicle.text(), driver_name=self.driver_name.text(),
                        driver_phone=self.driver_phone.text(),
                        interpreter_id=self.interpreter.currentData(),
                        area_unit_id=team.area_unit_id, area=self.area.text(), notes=team.notes)

    def save_details(self) -> None:
        team = self.current_team()
        if team is not None:
            data = self.details(team)
            self._write(lambda: update_team(self.db, team.id, team.version, data), team.id)

    def new_team(self, name: str | None = None) -> None:
        if self.db is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New team"), self.tr("Name of the team"))
            if not ok:
                return
        created: list[TeamInfo] = []
        if self._write(lambda: created.append(create_team(self.db, self.mission_id, TeamData(name=name)))):
            self.select_team(created[0].id)

    def delete_current(self) -> None:
        team = self.current_team()
        if team is not None:
            self._write(lambda: delete_team(self.db, team.id, team.version))
