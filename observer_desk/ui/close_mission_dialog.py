"""Closing a mission: a strong confirmation (the mission's code typed in full) before the
personal data of its observers is purged for good."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from .widgets import heading


class CloseMissionDialog(QDialog):
    def __init__(self, code: str, title: str, observers: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("closeMissionDialog")
        self.setWindowTitle(self.tr("Close Mission"))
        self.code = code
        explanation = QLabel(self.tr(
            "Closing %1 removes for good, from all %2 of its observers: passport numbers and "
            "expiry dates, dates of birth, e-mail addresses, phone numbers, notes and photos "
            "(and the drivers' phone numbers).\n\n"
            "Names, roles, sending bodies, the accreditation history, the itinerary, the "
            "findings and the statements stay. The audit trail records the closing.\n\n"
            "Backups taken before still hold the personal data: delete them from the backups "
            "folder (File › Backups…) if they must go too.")
            .replace("%1", code).replace("%2", str(observers)))
        explanation.setWordWrap(True)
        prompt = QLabel(self.tr("Type the mission's code, %1, to confirm:").replace("%1", code))
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("confirmCode")
        prompt.setBuddy(self.code_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.addButton(self.tr("Close Mission and Purge Personal Data"),
                                                     QDialogButtonBox.ButtonRole.DestructiveRole)
        self.confirm_button.setEnabled(False)
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.code_edit.textChanged.connect(
            lambda text: self.confirm_button.setEnabled(text.strip() == self.code))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, scale=1.2))
        layout.addWidget(explanation)
        layout.addWidget(prompt)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if self.code_edit.text().strip() == self.code:  # Enter in the field must not skip the check
            super().accept()
