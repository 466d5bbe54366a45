"""An inline progress line for long work inside a dialog or wizard page: what is being done, how
far it has got, and a Stop button, shown in place so the user can still read the page.

Work runs on TaskRunner's pool thread; it reports through a ProgressRelay, whose signal is queued
to the GUI thread, and asks `cancelled()` (a threading.Event underneath) whether to stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from .labels import format_number


class ProgressRelay(QObject):
    """Carries (job, done, total) from the worker thread to the GUI thread."""

    progressed = Signal(int, int, int)


class Job:
    """One piece of background work: its number (so late reports of an older job are ignored)
    and its stop flag."""

    def __init__(self, number: int, relay: ProgressRelay):
        self.number = number
        self._relay = relay
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def report(self, done: int, total: int) -> bool:
        """The progress callback the services take: False (stop) once the user asked to stop."""
        if self._stop.is_set():
            return False
        self._relay.progressed.emit(self.number, int(done), int(total))
        return True


class ProgressStrip(QWidget):
    stopRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setMinimumWidth(160)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.clicked.connect(self.stopRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop_button)
        self._counting: Callable[[int, int], str] | None = None
        self.hide()

    def start(self, text: str, *, stoppable: bool = True,
              counting: Callable[[int, int], str] | None = None) -> None:
        """Show `text` with a busy bar; `counting(done, total)` words the figures once they come."""
        self._text = text
        self._counting = counting
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.stop_button.setVisible(stoppable)
        self.stop_button.setEnabled(True)
        self.show()

    def advance(self, done: int, total: int) -> None:
        if total <= 0:
            return
        if done < total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:  # the total was only a guess (a sheet may not declare its size): stay busy
            self.bar.setRange(0, 0)
        if self._counting is not None:
            self.label.setText(self._counting(done, total))

    def stopping(self) -> None:
        self.stop_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))

    def finish(self) -> None:
        self.hide()


def rows_read(done: int, total: int) -> str:
    """"Reading rows: 3,000 of about 10,000": the total is what the sheets declare, which may be
    stale or missing, so it is left out once the count passes it."""
    if done >= total:
        return QCoreApplication.translate("ProgressStrip", "Reading rows: %1").replace("%1", format_number(done))
    return QCoreApplication.translate("ProgressStrip", "Reading rows: %1 of about %2") \
        .replace("%1", format_number(done)).replace("%2", format_number(total))
