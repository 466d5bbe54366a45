"""Moving one or many observers to another accreditation status, asking for what that step needs.

The dialog offers the steps the workflow allows for at least one of the chosen observers and asks
for the paper behind the step: the note reference and date when the list goes to the CEC, the
certificate number and date when the CEC accredits, a reason for a withdrawal or rejection, the
replacement for a replaced observer. accreditation.change_status decides: if any observer cannot
make the step, nothing changes and the dialog lists each one with the reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.errors import ValidationError
from observer_desk.core.models import AccreditationStatus
from observer_desk.core.services.accreditation import ACTIVE_STATUSES, TRANSITIONS, StatusChange, change_status
from observer_desk.core.services.roster import RosterRow

from .errors import describe
from .labels import accreditation_status_label, format_number, from_qdate
from .observer_labels import status_icon
from .widgets import Banner, heading, muted

S = AccreditationStatus
REFERENCE_STEPS = (S.SUBMITTED, S.ACCREDITED)
REASON_STEPS = (S.WITHDRAWN, S.REJECTED)
MAX_NAMED = 8  # beyond this many, a list of names stops helping and the counts say enough


def observer_label(row: RosterRow) -> str:
    text = f"{row.code} {row.full_name}"
    if row.body_code:
        text += f" — {row.body_code}"
    return text


class StatusDialog(QDialog):
    changed = Signal(list)  # the ids of the observers that moved

    def __init__(self, db: Database, observers: Sequence[RosterRow], candidates: Sequence[RosterRow],
                 target: AccreditationStatus | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.observers = list(observers)
        self.setWindowTitle(self.tr("Change accreditation status"))
        self.setMinimumWidth(560)

        if len(self.observers) == 1:
            title = self.tr("Change the status of %1").replace("%1", observer_label(self.observers[0]))
        else:
            title = self.tr("Change the status of %Ln observer(s)", "", len(self.observers))
        self.title = heading(title, scale=1.15)
        self.current = muted(self._current_text())
        self.current.setWordWrap(True)

        self.target = QComboBox()
        self.target.setObjectName("targetStatus")
        self._targets = self._reachable()
        for status in self._targets:
            able = sum(1 for row in self.observers if status in TRANSITIONS[row.status])
            text = accreditation_status_label(status)
            if able < len(self.observers):
                text += " " + self.tr("(allowed for %1 of %2)").replace("%1", format_number(able)).replace(
                    "%2", format_number(len(self.observers)))
            self.target.addItem(status_icon(status), text, status.value)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.caveat = muted()
        self.caveat.setWordWrap(True)

        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference_date = QDateEdit(QDate.currentDate())
        self.reference_date.setObjectName("referenceDate")
        self.reference_date.setCalendarPopup(True)
        self.reference_date.setDisplayFormat("dd.MM.yyyy")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.replacement = QComboBox()
        self.replacement.setObjectName("replacement")
        chosen = {row.id for row in self.observers}
        self._candidates = [row for row in candidates if row.status in ACTIVE_STATUSES and row.id not in chosen]
        self.replacement.setEditable(True)
        self.replacement.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.replacement.addItems([""] + [observer_label(row) for row in self._candidates])
        self.replacement.lineEdit().setPlaceholderText(self.tr("Type a code or name to find the observer"))
        completer = QCompleter(self.replacement.model(), self.replacement)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.replacement.setCompleter(completer)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reference_label = QLabel()
        self.date_label = QLabel()
        self.note_label = QLabel()
        self.replacement_label = QLabel(self.tr("Replaced by:"))
        for label, field in ((self.reference_label, self.reference), (self.date_label, self.reference_date),
                             (self.replacement_label, self.replacement), (self.note_label, self.note)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        target_form = QFormLayout()
        target_label = QLabel(self.tr("&New status:"))
        target_label.setBuddy(self.target)
        target_form.addRow(target_label, self.target)

        self.banner = Banner()
        self.problems = QListWidget()
        self.problems.setObjectName("statusProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Change &status"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.current)
        layout.addSpacing(6)
        layout.addLayout(target_form)
        layout.addWidget(self.caveat)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

        if not self._targets:
            self.target.setEnabled(False)
            self.apply_button.setEnabled(False)
        if target is not None and target in self._targets:
            self.target.setCurrentIndex(self._targets.index(target))
        self._target_changed()

    # what is offered -------------------------------------------------------------------------

    def _reachable(self) -> list[AccreditationStatus]:
        reachable = set().union(*(TRANSITIONS[row.status] for row in self.observers)) if self.observers else set()
        return [status for status in S if status in reachable]

    def _current_text(self) -> str:
        counts = Counter(row.status for row in self.observers)
        # The language's own punctuation between a status and its count (Chinese: "已认证：2").
        parts = [self.tr("%1: %2", "an accreditation status and how many observers have it")
                 .replace("%1", accreditation_status_label(status)).replace("%2", format_number(counts[status]))
                 for status in S if counts[status]]
        text = self.tr("Now: %1").replace("%1", " · ".join(parts))
        if 1 < len(self.observers) <= MAX_NAMED:
            text += "\n" + self._separator().join(row.code for row in self.observers)
        return text

    def _separator(self) -> str:
        """Between the items of a list in running text: ", ", and "、" in Chinese."""
        return self.tr(", ", "between the items of a list of observers")

    def chosen_status(self) -> AccreditationStatus | None:
        value = self.target.currentData()
        return S(value) if value else None

    def choose(self, status: AccreditationStatus) -> None:
        self.target.setCurrentIndex(self.target.findData(status.value))

    def _target_changed(self, *_args: object) -> None:
        status = self.chosen_status()
        needs_reference = status in REFERENCE_STEPS
        if status == S.SUBMITTED:
            self.reference_label.setText(self.tr("Note &reference:"))
            self.date_label.setText(self.tr("&Date of the note:"))
            self.reference.setPlaceholderText(self.tr("The mission's note to the CEC, e.g. No. 12/2022"))
        elif status == S.ACCREDITED:
            self.reference_label.setText(self.tr("CEC &certificate number:"))
            self.date_label.setText(self.tr("&Date of issue:"))
            self.reference.setPlaceholderText(self.tr("As printed on the CEC's certificate or decision"))
        for widget in (self.reference_label, self.reference, self.date_label, self.reference_date):
            widget.setVisible(needs_reference)
        needs_replacement = status == S.REPLACED
        self.replacement_label.setVisible(needs_replacement)
        self.replacement.setVisible(needs_replacement)
        if status in REASON_STEPS:
            self.note_label.setText(self.tr("&Reason:"))
            self.note.setPlaceholderText(self.tr("Required: why, as the note to the CEC will say"))
        else:
            self.note_label.setText(self.tr("&Remark:"))
            self.note.setPlaceholderText(self.tr("Optional"))
        unable = [row for row in self.observers if status is not None and status not in TRANSITIONS[row.status]]
        if unable:
            named = [self.tr("%1 (%2)", "an observer's code and present status").replace("%1", row.code)
                     .replace("%2", accreditation_status_label(row.status)) for row in unable[:MAX_NAMED]]
            if len(unable) > MAX_NAMED:
                named.append(self.tr("and %1 more").replace("%1", format_number(len(unable) - MAX_NAMED)))
            names = self._separator().join(named)
            self.caveat.setText(self.tr("Not allowed from their present status for: %1. "
                                        "The change is made for all chosen observers or for none.")
                                .replace("%1", names))
            self.caveat.show()
        else:
            self.caveat.hide()
        self.problems.clear()
        self.problems.hide()
        self.banner.clear()
        if not self._targets:
            self.banner.show_message("info", self.tr(
                "No status change is possible: replaced observers stay replaced. "
                "Nominate the person again as a new observer if needed."))

    # doing it ---------------------------------------------------------------------------------

    def replacement_id(self) -> int | None:
        """The chosen replacement: an item of the list, or the one observer whose code or name
        contains what was typed."""
        text = self.replacement.currentText().strip()
        if not text:
            return None
        index = self.replacement.currentIndex()
        if index > 0 and text == self.replacement.itemText(index):
            return self._candidates[index - 1].id
        wanted = text.casefold()
        matches = [row for row in self._candidates if wanted in observer_label(row).casefold()]
        return matches[0].id if len(matches) == 1 else None

    def choose_replacement(self, observer_id: int) -> None:
        index = next((n for n, row in enumerate(self._candidates, start=1) if row.id == observer_id), 0)
        self.replacement.setCurrentIndex(index)

    def change(self) -> StatusChange | None:
        status = self.chosen_status()
        if status is None:
            return None
        with_reference = status in REFERENCE_STEPS
        reference_date: date | None = from_qdate(self.reference_date.date()) if with_reference else None
        return StatusChange(
            to=status,
            reference=self.reference.text().strip() if with_reference else "",
            reference_date=reference_date,
            note=self.note.toPlainText().strip(),
            replaced_by_id=self.replacement_id() if status == S.REPLACED else None,
        )

    def apply(self) -> bool:
        change = self.change()
        if change is None:
            return False
        if change.to == S.REPLACED and change.replaced_by_id is None and self.replacement.currentText().strip():
            self.banner.show_message("error", self.tr(
                "No single observer matches “%1”: choose the replacement from the list.").replace(
                "%1", self.replacement.currentText().strip()))
            return False
        ids = [row.id for row in self.observers]
        try:
            change_status(self._db, ids, change)
        except ValidationError as exc:
            self._show_problems(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - the database failed: say so, keep the dialog
            self.banner.show_message("error", self.tr("Nothing was changed: %1").replace("%1", describe(exc)))
            return False
        self.changed.emit(ids)
        self.accept()
        return True

    def _show_problems(self, exc: ValidationError) -> None:
        people = {problem.where for problem in exc.problems if problem.where}
        if people:
            intro = self.tr("Nothing was changed: %Ln observer(s) cannot make this step.", "", len(people))
        else:
            intro = self.tr("Nothing was changed.")
        self.banner.show_message("error", intro)
        self.problems.clear()
        for problem in exc.problems:
            self.problems.addItem(
                self.tr("%1: %2", "an observer and why they cannot make the step")
                .replace("%1", problem.where).replace("%2", problem.message)
                if problem.where else problem.message)
        self.problems.show()

    def problem_texts(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]
