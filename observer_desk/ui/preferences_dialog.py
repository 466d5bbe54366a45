"""Edit > Preferences: the settings of this computer that belong to no mission (the interface
language today), kept in the per-user preferences file."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from observer_desk.core.preferences import interface_language, set_interface_language

from .errors import describe
from .translations import LANGUAGE_ENV_VAR, LANGUAGES, supported_language
from .widgets import muted


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("interfaceLanguage")
        self.language.addItem(self.tr("System default"), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        saved = supported_language(interface_language())
        self.language.setCurrentIndex(max(self.language.findData(saved), 0) if saved else 0)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)

        self.note = muted(self.tr("The new language is used the next time Observer Desk starts."))
        self.note.setWordWrap(True)
        forced = supported_language(os.environ.get(LANGUAGE_ENV_VAR))
        if forced:
            self.note.setText(self.note.text() + " " + self.tr(
                "This run speaks %1 because the %2 environment variable says so.")
                .replace("%1", LANGUAGES[forced]).replace("%2", LANGUAGE_ENV_VAR))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> str | None:
        """The language picked in the list; None for the system's."""
        return self.language.currentData()

    def accept(self) -> None:
        try:
            set_interface_language(self.chosen())
        except (OSError, ValueError) as exc:
            self.error.setText(self.tr("The preference could not be saved: %1").replace("%1", describe(exc)))
            self.error.show()
            return
        super().accept()
