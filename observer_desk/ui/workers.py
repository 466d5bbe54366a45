"""Running service calls off the GUI thread, so the window stays responsive while they work.

The callable runs on a pool thread; its result or exception comes back to the GUI thread as a
queued signal. Services open their own sessions, so nothing database-bound crosses threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskSignals(QObject):
    done = Signal(object, object, object)  # the task, its result, the exception (or None)


class BackgroundTask(QRunnable):
    def __init__(self, work: Callable[[], Any], on_success: Callable[[Any], None],
                 on_failure: Callable[[Exception], None]):
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it until its result has been delivered
        self.work = work
        self.on_success = on_success
        self.on_failure = on_failure
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to be shown
            self.signals.done.emit(self, None, exc)
        else:
            self.signals.done.emit(self, result, None)


class TaskRunner(QObject):
    """Starts tasks on its own pool and delivers their outcome on the GUI thread."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one long write at a time on one database
        self._running: set[BackgroundTask] = set()

    def start(self, work: Callable[[], Any], on_success: Callable[[Any], None],
              on_failure: Callable[[Exception], None]) -> BackgroundTask:
        task = BackgroundTask(work, on_success, on_failure)
        # A bound slot of this object, which lives on the GUI thread: the connection is queued.
        task.signals.done.connect(self._deliver)
        self._running.add(task)
        self._pool.start(task)
        return task

    @Slot(object, object, object)
    def _deliver(self, task: BackgroundTask, result: Any, error: Exception | None) -> None:
        # No longer busy before the callback runs, so it can start the next task or re-enable
        # what the task had disabled.
        self._running.discard(task)
        if error is None:
            task.on_success(result)
        else:
            task.on_failure(error)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
