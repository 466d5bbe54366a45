"""The mission's details page: edit the mission record and choose the head of mission.

Edits are saved against the version the form was loaded from, so a change made meanwhile by a
colleague on a shared database is never overwritten; the form keeps what the user typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.errors import ObserverDeskError, StaleEditError, ValidationError
from observer_desk.core.models import Mission, MissionRole
from observer_desk.core.services.missions import get_mission_by_id, set_head_of_mission, update_mission
from observer_desk.core.services.overview import PersonRef, mission_people

from .errors import describe
from .mission_form import FULL_FIELDS, MissionForm
from .widgets import Banner, muted


class MissionDetailsPage(QWidget):
    saved = Signal(object)  # the saved Mission
    headChanged = Signal()
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._db: Database | None = None
        self._mission_id: int | None = None
        self.loaded_version: int | None = None
        self._loaded: dict[str, Any] = {}
        self._dirty = False
        self._people: list[PersonRef] = []

        self.banner = Banner()
        self.banner.actionTriggered.connect(self.reload)
        self.form = MissionForm(full=True)
        self.form.edited.connect(self._form_edited)
        details = QGroupBox(self.tr("Mission details"))
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form)

        self.head_combo = QComboBox()
        self.head_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.head_combo.setMinimumContentsLength(20)
        self.head_combo.currentIndexChanged.connect(self._update_head_button)
        self.head_button = QPushButton(self.tr("Make &head of mission"))
        self.head_button.clicked.connect(self.appoint_head)
        self.head_current = QLabel()
        self.head_current.setWordWrap(True)
        head = QGroupBox(self.tr("Head of mission"))
        head.setMinimumWidth(300)
        head.setMaximumWidth(480)
        head_layout = QVBoxLayout(head)
        head_layout.addWidget(muted(self.tr(
            "The head of mission signs the statement and leads the list of members. "
            "A previous head becomes a deputy head.")))
        head_layout.addWidget(self.head_current)
        head_layout.addWidget(self.head_combo)
        head_row = QHBoxLayout()
        head_row.addStretch(1)
        head_row.addWidget(self.head_button)
        head_layout.addLayout(head_row)

        # Side by side, so that the whole page fits a laptop screen without scrolling; one above
        # the other when the window is too narrow for two columns (see resizeEvent).
        content = QWidget()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        columns.setContentsMargins(0, 0, 0, 0)
        self._columns = columns
        main = QVBoxLayout()
        main.addWidget(details)
        main.addStretch(1)
        columns.addLayout(main, 3)
        side = QVBoxLayout()
        side.addWidget(head)
        side.addStretch(1)
        columns.addLayout(side, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Forget the changes made since the last save"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setDefault(True)
        self.revert_button.clicked.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._set_dirty(False)

    TWO_COLUMNS_FROM = 940  # pixels of page width

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self.TWO_COLUMNS_FROM
                     else QBoxLayout.Direction.TopToBottom)
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
        super().resizeEvent(event)

    # loading -------------------------------------------------------------------------------

    def load(self, db: Database, mission_id: int) -> None:
        self._db, self._mission_id = db, mission_id
        mission = get_mission_by_id(db, mission_id)
        self._show_mission(mission)
        self.banner.clear()
        self.load_people()

    def _show_mission(self, mission: Mission) -> None:
        self.loaded_version = mission.version
        self.form.set_values(mission)
        self._loaded = self.form.values()
        self._set_dirty(False)

    def reload(self) -> None:
        if self._db is not None and self._mission_id is not None:
            self.load(self._db, self._mission_id)

    def load_people(self) -> None:
        if self._db is None or self._mission_id is None:
            return
        self._people = mission_people(self._db, self._mission_id)
        head = next((p for p in self._people if p.role is MissionRole.HEAD), None)
        self.head_combo.blockSignals(True)
        self.head_combo.clear()
        for person in self._people:
            self.head_combo.addItem(person.label, person.id)
        if head is not None:
            self.head_combo.setCurrentIndex(self.head_combo.findData(head.id))
        self.head_combo.blockSignals(False)
        self.head_combo.setEnabled(bool(self._people))
        if not self._people:
            self.head_current.setText(self.tr("No observers in this mission yet: add observers first, "
                                              "then choose the head among them."))
        elif head is None:
            self.head_current.setText(self.tr("No head of mission chosen yet."))
        else:
            self.head_current.setText(self.tr("Current head of mission: %1").replace("%1", head.label))
        self._update_head_button()

    # saving -------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def changes(self) -> dict[str, Any]:
        values = self.form.values()
        return {name: value for name, value in values.items()
                if name in FULL_FIELDS and value != self._loaded.get(name)}

    def save(self) -> bool:
        if self._db is None or self._mission_id is None or self.loaded_version is None:
            return False
        changes = self.changes()
        if not changes:
            self._set_dirty(False)
            return True
        self.form.clear_problems()
        try:
            mission = update_mission(self._db, self._mission_id, self.loaded_version, changes)
        except StaleEditError:
            self.banner.show_message("warning", self.tr(
                "Not saved: someone else changed this mission after you opened it. Your edits are "
                "still in the form below. Reload shows the current version and replaces your edits, "
                "so note what you changed first."), self.tr("Reload"))
            return False
        except ValidationError as exc:
            elsewhere = self.form.show_problems(exc.problems)
            text = self.tr("Not saved: please correct the fields marked below.")
            if elsewhere:
                text += "\n" + "\n".join(f"• {problem}" for problem in elsewhere)
            self.banner.show_message("error", text)
            return False
        except ObserverDeskError as exc:
            self.banner.show_message("error", self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        except Exception as exc:  # noqa: BLE001 - the database failed: keep the user's edits
            self.banner.show_message("error", self.tr("Not saved: %1").replace("%1", describe(exc)))
            return False
        self._show_mission(mission)
        self.banner.show_message("success", self.tr("Mission details saved."))
        self.saved.emit(mission)
        return True

    def appoint_head(self) -> bool:
        observer_id = self.head_combo.currentData()
        if self._db is None or self._mission_id is None or observer_id is None:
            return False
        try:
            set_head_of_mission(self._db, self._mission_id, int(observer_id))
        except Exception as exc:  # noqa: BLE001 - shown in place, nothing changed
            self.banner.show_message("error", self.tr("The head of mission was not changed: %1")
                                     .replace("%1", describe(exc)))
            return False
        self.load_people()
        self.banner.show_message("success", self.tr("Head of mission changed."))
        self.headChanged.emit()
        return True

    # state ---------------------------------------------------------------------------------

    def _form_edited(self) -> None:
        self._set_dirty(bool(self.changes()))

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty and self.banner.kind == "success":
            self.banner.clear()
        if changed:
            self.dirtyChanged.emit(dirty)

    def _update_head_button(self, *_args: object) -> None:
        head = next((p.id for p in self._people if p.role is MissionRole.HEAD), None)
        current = self.head_combo.currentData()
        self.head_button.setEnabled(current is not None and current != head)
