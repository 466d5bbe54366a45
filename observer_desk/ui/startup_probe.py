"""The startup probe: with OBSERVER_DESK_STARTUP_PROBE set, the program announces the moment its
main window is first painted, then the moment the window shows the database's content (the
mission's first area filled, or the welcome screen), and closes the window right after, so the
program ends with exit code 0.

The benchmark of startup time and the smoke test of a built bundle use it. Set to ``1`` the
announcements go to standard output; set to anything else it is taken as a file they are appended
to (a windowed program on Windows has no standard output). Each line gives the seconds since
show() and the CPU seconds the process has used so far. With OBSERVER_DESK_STARTUP_PROBE_GRAB set
to a file name, the filled window is also saved there as a PNG before it closes (the smoke test
keeps it, to look at the frozen program's rendering).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_VARIABLE = "OBSERVER_DESK_STARTUP_PROBE"
GRAB_VARIABLE = "OBSERVER_DESK_STARTUP_PROBE_GRAB"
MARKER = "observer-desk: main window shown"
POPULATED_MARKER = "observer-desk: main window filled"
PROBE_NAME = "startupProbe"


def _announce(target: str, line: str) -> None:
    if target == "1":
        if sys.stdout is not None:
            sys.stdout.write(line)
            sys.stdout.flush()
    else:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(line)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, target: str):
        super().__init__(window)
        self.setObjectName(PROBE_NAME)
        self.window = window
        self.target = target
        self.started = time.perf_counter()
        self.done = False

    def line(self, marker: str) -> str:
        return (f"{marker} ({time.perf_counter() - self.started:.3f} s after show(); "
                f"CPU {time.process_time():.3f} s)\n")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            _announce(self.target, self.line(MARKER))
        return False

    def populated(self) -> None:
        self.window.repaint()  # the filled window drawn before the moment is taken
        _announce(self.target, self.line(POPULATED_MARKER))
        grab = os.environ.get(GRAB_VARIABLE, "")
        if grab:
            QTimer.singleShot(0, lambda: self.window.grab().save(grab))
        # Closed the way a user closes it, so running tasks are waited for and the state saved.
        QTimer.singleShot(0, self.window.close)


def watch_first_paint(window: QWidget) -> None:
    """When the probe is asked for, announce the window's first paint; else nothing."""
    target = os.environ.get(PROBE_VARIABLE, "")
    if target:
        window.installEventFilter(_FirstPaint(window, target))


def announce_populated(window: QWidget) -> None:
    """When the probe is asked for, announce that the window shows its content and quit."""
    probe = window.findChild(_FirstPaint, PROBE_NAME)
    if probe is not None:
        probe.populated()
