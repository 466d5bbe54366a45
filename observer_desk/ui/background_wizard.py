"""What the import wizards share: their steps (reading, planning, writing) run on TaskRunner's
thread, one at a time, each shown on a page's ProgressStrip with a Stop button.

A step superseded by a newer one (the user chose another file, or went back) is forgotten: its
late reports and its outcome are ignored. The commit is the one step that is never abandoned
or cancelled by closing the wizard: its single transaction finishes whole, and the user must
learn how it ended.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget, QWizard

from observer_desk.core.db import Database

from .errors import show_error
from .progress_strip import Job, ProgressRelay, ProgressStrip
from .settings import application_settings
from .workers import TaskRunner

Counting = Callable[[int, int], str]


class BackgroundWizard(QWizard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self._job: Job | None = None
        self._strip: ProgressStrip | None = None
        self._jobs = 0
        self._committing = False
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def committing(self) -> bool:
        return self._committing

    def _start(self, strip: ProgressStrip, text: str, work: Callable[[Job], Any],
               on_success: Callable[[Any], None], on_failure: Callable[[Exception, bool], None], *,
               counting: Counting | None = None) -> Job:
        """Run `work(job)` on the worker thread with `text` on `strip`; the outcome comes back
        to `on_success(result)` or `on_failure(exception, stopped)`, unless a newer step began."""
        self.abandon_job()
        strip.start(text, counting=counting)
        self._jobs += 1
        job = Job(self._jobs, self._relay)
        self._job, self._strip = job, strip

        def succeeded(result: Any) -> None:
            if job is self._job:
                self._job = None
                strip.finish()
                on_success(result)

        def failed(exc: Exception) -> None:
            if job is self._job:
                self._job = None
                strip.finish()
                on_failure(exc, job.stopped)

        self._runner.start(lambda: work(job), succeeded, failed)
        return job

    def _start_commit(self, strip: ProgressStrip, text: str, work: Callable[[Job], Any],
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[Exception, bool], None], *,
                      counting: Counting | None = None) -> None:
        """The writing step: Back and Cancel wait until it has finished, one way or the other."""
        self._committing = True

        def unlocked(then: Callable[..., None]) -> Callable[..., None]:
            def finish(*outcome: Any) -> None:
                self._committing = False
                self._lock_buttons(False)
                then(*outcome)
            return finish

        self._start(strip, text, work, unlocked(on_success), unlocked(on_failure), counting=counting)
        self._lock_buttons(True)

    def _lock_buttons(self, locked: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not locked)

    def _tell_imported(self, callback: Callable[..., Any] | None, title: str, *args: Any) -> None:
        """Let the window read what was written; the import is done even if that fails."""
        if callback is None:
            return
        try:
            callback(*args)
        except Exception as exc:  # noqa: BLE001 - the import is done; say the refresh failed
            show_error(self, title, exc)

    def stop_job(self) -> None:
        """Ask the running step to stop (the Stop button); its answer still arrives and says so."""
        job, strip = self._job, self._strip
        if job is None:
            return
        job.stop()
        if strip is not None and strip.isVisible():
            strip.stopping()

    def abandon_job(self) -> None:
        """Stop the running step and forget it at once (it may take a moment to notice). Never
        the commit: its outcome must reach the user."""
        if self._committing:
            return
        if self._job is not None:
            self._job.stop()
            if self._strip is not None:
                self._strip.finish()
        self._job = None

    def _progressed(self, number: int, done: int, total: int) -> None:
        if self._job is not None and number == self._job.number and self._strip is not None:
            self._strip.advance(done, total)

    def wait(self, msecs: int = -1) -> bool:
        return self._runner.wait(msecs)

    def reject(self) -> None:
        if self._committing:
            return  # one transaction is being written: it finishes whole, then the wizard moves on
        self.abandon_job()
        super().reject()


class MissionImportWizard(BackgroundWizard):
    """A wizard that imports a file into one mission: the database, the mission, whom to tell
    once the import is written, the settings that remember the user's choices, and the file."""

    def __init__(self, db: Database, mission_id: int, on_imported: Callable[..., Any] | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.mission_id = mission_id
        self.on_imported = on_imported
        self.settings = settings if settings is not None else application_settings()
        self.path: Path | None = None
