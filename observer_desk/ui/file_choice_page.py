"""The first and last pages of the import wizards. The first: the file, chosen in a dialog (which
opens where the last one came from) or pasted and confirmed with Enter, then read on the wizard's
thread with its progress and a Stop button; what was found, or why the file cannot be used, is
said below. The last: what the import wrote, in words the user can select and copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from .errors import describe
from .progress_strip import ProgressStrip
from .widgets import Banner


class FileChoicePage(QWizardPage):
    """`wizard` has `settings`, `read_file(path)` and `stop_job()`; `stopped` are the exceptions
    that mean the user stopped the reading, `unusable` those that mean the file cannot be
    imported at all (their text says why)."""

    def __init__(self, wizard: Any, *, folder_key: str, dialog_title: str, file_filter: str,
                 placeholder: str, stopped: tuple[type[Exception], ...] = (),
                 unusable: tuple[type[Exception], ...] = ()):
        super().__init__()
        self._wizard = wizard
        self._folder_key, self._dialog_title, self._filter = folder_key, dialog_title, file_filter
        self._stopped, self._unusable = stopped, unusable
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(placeholder)
        self.path_edit.returnPressed.connect(self._typed_path)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.strip = ProgressStrip()
        self.strip.stopRequested.connect(wizard.stop_job)
        self.banner = Banner()
        self.banner.close_button.hide()
        self.found = QLabel()
        self.found.setObjectName("foundSummary")
        self.found.setWordWrap(True)
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.addLayout(row)
        self.page_layout.addWidget(self.strip)
        self.page_layout.addWidget(self.banner)
        self.page_layout.addWidget(self.found)
        self.page_layout.addStretch(1)

    def choose_file(self) -> None:
        settings = self._wizard.settings
        folder = str(settings.value(self._folder_key) or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self._dialog_title, folder, self._filter)
        if not path:
            return
        settings.setValue(self._folder_key, str(Path(path).parent))
        self.path_edit.setText(path)
        self._wizard.read_file(Path(path))

    def _typed_path(self) -> None:
        text = self.path_edit.text().strip().strip('"')
        if text:
            self._wizard.read_file(Path(text).expanduser())

    def reading(self, path: Path) -> None:
        self.banner.clear()
        self.found.clear()
        if self.path_edit.text() != str(path):
            self.path_edit.setText(str(path))
        self.completeChanged.emit()

    def show_failure(self, exc: Exception, stopped: bool) -> None:
        if stopped or isinstance(exc, self._stopped):
            self.banner.show_message("info", self.tr("Reading stopped. Choose the file again to read it."))
        elif isinstance(exc, self._unusable):
            self.banner.show_message("error", self.tr("This file cannot be imported: %1").replace("%1", str(exc)))
        else:
            self.banner.show_message("error", describe(exc))
        self.completeChanged.emit()


class ResultPage(QWizardPage):
    """The final page; the wizard's page fills `summary` from the import's result."""

    def __init__(self, wizard: Any, title: str, subtitle: str):
        super().__init__()
        self._wizard = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.setFinalPage(True)
        self.summary = QLabel()
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
