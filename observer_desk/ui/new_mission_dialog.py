"""The New Mission dialog: the few facts a mission needs to exist; the rest is edited later."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from observer_desk.core.db import Database
from observer_desk.core.errors import ValidationError
from observer_desk.core.services.missions import MissionData, create_mission

from .errors import describe
from .mission_form import MissionForm, default_values
from .widgets import Banner, muted


class NewMissionDialog(QDialog):
    missionCreated = Signal(str)  # the new mission's code

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.created_code: str | None = None
        self.setWindowTitle(self.tr("New Mission"))
        self.banner = Banner()
        self.form = MissionForm(full=False)
        self.form.set_values(default_values())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create mission"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr(
            "Sending bodies, the head of mission and the other details can be added once the "
            "mission exists.")))
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.form.code.setFocus()

    def accept(self) -> None:
        """Create the mission; on a problem, stay open and show it next to its field."""
        values = self.form.values()
        try:
            mission = create_mission(self._db, MissionData(**values))
        except ValidationError as exc:
            elsewhere = self.form.show_problems(exc.problems)
            text = self.tr("The mission was not created: please correct the fields marked below.")
            if elsewhere:
                text += "\n" + "\n".join(f"• {problem}" for problem in elsewhere)
            self.banner.show_message("error", text)
            return
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, which stays open
            self.banner.show_message("error", self.tr("The mission was not created: %1")
                                     .replace("%1", describe(exc)))
            return
        self.created_code = mission.code
        super().accept()
        self.missionCreated.emit(mission.code)
