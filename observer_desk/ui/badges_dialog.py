"""The badge printing dialog: choose whose badges, choose the layout, look at the very PDF that will
be printed, then print it at 100% or save it; the run is logged and the badges issued.

Whose badges: every accredited observer, the observers selected on the Observers page, or those
whose badge changed since it was last printed; "skip already printed" (on by default) leaves out
badges printed at their current version and issued. The PDF is made in the background from the
current choices (load, check, write) and shown as soon as it is ready; the check before printing
lists characters no bundled font has and texts that do not fit, naming the observer, and printing
waits until they are fixed or those observers are left out. A reprint asks for a reason.
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QT_TRANSLATE_NOOP,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.language import clauses, listed, sentence, sentences
from observer_desk.core.preferences import badge_calibration
from observer_desk.core.services.badges import (
    BadgeCandidate,
    BadgeProblem,
    badge_candidates,
    check_badges,
    load_badges,
    record_print_run,
)
from observer_desk.core.services.missions import get_mission_by_id
from observer_desk.documents.badges.layouts import DEFAULT_LAYOUT, LAYOUTS, get_layout
from observer_desk.documents.badges.pdf import Cancelled, PdfSummary, SheetOptions, badges_pdf_bytes

from .calibration_dialog import CalibrationDialog, calibration_label
from .errors import describe
from .labels import accreditation_status_label, format_date, language_label
from .pdf_preview import PdfPreview, PrintCancelled, prepare_printer, print_pdf
from .settings import application_settings
from .widgets import Banner, muted
from .workers import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
LAYOUT_KEY = "badges/layout"
SHOWN_PROBLEMS = 12

MODE_ACCREDITED = "accredited"
MODE_SELECTION = "selection"
MODE_CHANGED = "changed"


class BadgeListModel(QAbstractTableModel):
    """The badges the run will print, in the order they will come out."""

    HEADERS = (QT_TRANSLATE_NOOP("BadgeListModel", "Code"), QT_TRANSLATE_NOOP("BadgeListModel", "Name"),
               QT_TRANSLATE_NOOP("BadgeListModel", "Status"), QT_TRANSLATE_NOOP("BadgeListModel", "Version"),
               QT_TRANSLATE_NOOP("BadgeListModel", "Last printed"))

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[BadgeCandidate] = []

    def load(self, rows: list[BadgeCandidate]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.code
            if column == 1:
                return f"{row.name}  {row.native_name}".strip() if row.native_name else row.name
            if column == 2:
                status = accreditation_status_label(row.status)
                return status if row.accredited else self.tr("%1 (draft)").replace("%1", status)
            if column == 3:
                return str(row.badge_version)
            if column == 4:
                if row.last_printed_at is None:
                    return self.tr("never")
                text = self.tr("version %1, %2").replace("%1", str(row.last_printed_version)) \
                    .replace("%2", format_date(row.last_printed_at.date()))
                return text + (self.tr(" (changed since)") if row.changed_since_printed else "")
        if role == Qt.ItemDataRole.ToolTipRole and not row.accredited:
            return self.tr("Not accredited: the badge prints marked DRAFT - NOT VALID.")
        return None


@dataclass
class Generated:
    """One PDF made from one set of choices: what the preview shows and what gets printed."""

    observer_ids: list[int]
    versions: dict[int, int]
    options: SheetOptions
    pdf: bytes
    summary: PdfSummary
    problems: list[BadgeProblem]
    path: str = ""


class ProgressRelay(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(int, int)


class BadgesDialog(QDialog):
    runRecorded = Signal(int)  # the id of the print run just logged

    def __init__(self, db: Database, mission_id: int, observer_ids: list[int] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._mission_id = mission_id
        self._given_ids = list(observer_ids or [])
        self._left_out: set[int] = set()
        self._candidates: list[BadgeCandidate] = []
        self._generated: Generated | None = None
        self._pending = False
        self._busy_printing = False
        self._cancel = threading.Event()
        self._runner = TaskRunner(self)
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress)
        self._progress: QProgressDialog | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="observer-desk-badges-")
        self._generation = 0
        self._banner_shows_problems = False
        mission = get_mission_by_id(db, mission_id)
        self._mission_code = mission.code
        self.setWindowTitle(self.tr("Print badges – %1").replace("%1", mission.code))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.regenerate)
        self._build(mission.languages)
        self.reload_candidates()

    # --- Building the window ------------------------------------------------------------------

    def _build(self, languages: list[str]) -> None:
        who = QGroupBox(self.tr("Badges"))
        self.mode_accredited = QRadioButton(self.tr("All accredited observers"))
        self.mode_selection = QRadioButton(
            self.tr("The %Ln observer(s) selected", "", len(self._given_ids)))
        self.mode_changed = QRadioButton(self.tr("Badges changed since they were last printed"))
        self.mode_selection.setVisible(bool(self._given_ids))
        self.modes = QButtonGroup(self)
        for button in (self.mode_accredited, self.mode_selection, self.mode_changed):
            self.modes.addButton(button)
        (self.mode_selection if self._given_ids else self.mode_accredited).setChecked(True)
        self.skip_printed = QCheckBox(self.tr("Skip badges already printed and issued"))
        self.skip_printed.setChecked(True)
        self.selection_note = muted()
        self.table_model = BadgeListModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        who_layout = QVBoxLayout(who)
        for widget in (self.mode_accredited, self.mode_selection, self.mode_changed,
                       self.skip_printed, self.selection_note, self.table):
            who_layout.addWidget(widget)

        how = QGroupBox(self.tr("Layout"))
        self.layout_box = QComboBox()
        for name, layout in LAYOUTS.items():
            self.layout_box.addItem(layout.display_title, name)
        remembered = application_settings().value(LAYOUT_KEY, DEFAULT_LAYOUT)
        index = self.layout_box.findData(remembered if remembered in LAYOUTS else DEFAULT_LAYOUT)
        self.layout_box.setCurrentIndex(max(index, 0))
        self.language_box = QComboBox()
        for code in languages or ["en"]:
            self.language_box.addItem(language_label(code), code)
        english = self.language_box.findData("en")
        if english >= 0:
            self.language_box.setCurrentIndex(english)
        self.crop_marks = QCheckBox(self.tr("Crop marks"))
        self.start_position = QSpinBox()
        self.back_sides = QCheckBox(self.tr("Back sides (duplex: rules of conduct and contact)"))
        self.short_edge = QCheckBox(self.tr("Sheets turned over the short edge"))
        self.calibration_text = QLabel()
        self.calibrate_button = QPushButton(self.tr("Calibrate…"))
        calibration_row = QHBoxLayout()
        calibration_row.addWidget(self.calibration_text, 1)
        calibration_row.addWidget(self.calibrate_button)
        form = QFormLayout(how)
        form.addRow(self.tr("Layout"), self.layout_box)
        form.addRow(self.tr("Language"), self.language_box)
        form.addRow(self.tr("Start at position"), self.start_position)
        form.addRow("", self.crop_marks)
        form.addRow("", self.back_sides)
        form.addRow("", self.short_edge)
        form.addRow(self.tr("Printer offset"), calibration_row)

        record = QGroupBox(self.tr("Print run"))
        self.record_run = QCheckBox(self.tr("Record as printed and issue the badges"))
        self.record_run.setChecked(True)
        self.reason_label = QLabel(self.tr("Reason for the reprint"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. badge lost, name corrected"))
        record_layout = QFormLayout(record)
        record_layout.addRow(self.record_run)
        record_layout.addRow(self.reason_label, self.reason)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(who, 1)
        left_layout.addWidget(how)
        left_layout.addWidget(record)

        self.banner = Banner()
        self.banner.actionTriggered.connect(self.leave_out_problems)
        self.preview = PdfPreview()
        self.status = muted()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 640])

        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_badges)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1180, 760)

        self.modes.buttonToggled.connect(self._selection_changed)
        self.skip_printed.toggled.connect(self._selection_changed)
        self.layout_box.currentIndexChanged.connect(self._layout_changed)
        self.language_box.currentIndexChanged.connect(self.schedule)
        for box in (self.crop_marks, self.back_sides, self.short_edge):
            box.toggled.connect(self._options_changed)
        self.start_position.valueChanged.connect(self.schedule)
        self.calibrate_button.clicked.connect(self.calibrate)
        self.record_run.toggled.connect(self._update_reason)
        self._layout_changed()

    # --- Choices -------------------------------------------------------------------------------

    def mode(self) -> str:
        if self.mode_selection.isChecked():
            return MODE_SELECTION
        if self.mode_changed.isChecked():
            return MODE_CHANGED
        return MODE_ACCREDITED

    def chosen(self) -> list[BadgeCandidate]:
        mode = self.mode()
        given = set(self._given_ids)
        rows = []
        for candidate in self._candidates:
            if mode == MODE_SELECTION and candidate.observer_id not in given:
                continue
            if mode == MODE_ACCREDITED and not candidate.accredited:
                continue
            if mode == MODE_CHANGED and not candidate.changed_since_printed:
                continue
            if self.skip_printed.isChecked() and candidate.up_to_date:
                continue
            if candidate.observer_id in self._left_out:
                continue
            rows.append(candidate)
        return rows

    def options(self) -> SheetOptions:
        layout = self.layout_box.currentData()
        return SheetOptions(
            layout=layout, crop_marks=self.crop_marks.isChecked() and self.crop_marks.isEnabled(),
            back=self.back_sides.isChecked(),
            short_edge=self.short_edge.isChecked() and self.back_sides.isChecked(),
            start=self.start_position.value(), offset_mm=badge_calibration(layout),
            language=self.language_box.currentData() or "en")

    def reload_candidates(self) -> None:
        try:
            self._candidates = badge_candidates(self._db, self._mission_id)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self._candidates = []
            self.banner.show_message("error", describe(exc))
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        rows = self.chosen()
        self.table_model.load(rows)
        drafts = sum(1 for row in rows if not row.accredited)
        parts = [self.tr("%Ln badge(s) to print", "", len(rows))]
        if drafts:
            parts.append(self.tr("%Ln draft(s) (not accredited)", "", drafts))
        if self._left_out:
            parts.append(self.tr("%Ln left out because of problems", "", len(self._left_out)))
        self.selection_note.setText(clauses(parts))
        self._update_reason()
        self.schedule()

    def reprinted(self) -> list[BadgeCandidate]:
        return [row for row in self.table_model.rows if row.printed]

    def _update_reason(self, *_args: object) -> None:
        visible = self.record_run.isChecked() and bool(self.reprinted())
        self.reason_label.setVisible(visible)
        self.reason.setVisible(visible)

    def _layout_changed(self, *_args: object) -> None:
        layout = get_layout(self.layout_box.currentData())
        self.start_position.blockSignals(True)
        self.start_position.setRange(1, layout.per_page)
        self.start_position.blockSignals(False)
        self.start_position.setEnabled(layout.is_sheet)
        self.crop_marks.setEnabled(layout.is_sheet)
        self._update_calibration_text()
        application_settings().setValue(LAYOUT_KEY, layout.name)
        self._options_changed()

    def _options_changed(self, *_args: object) -> None:
        self.short_edge.setEnabled(self.back_sides.isChecked())
        self.schedule()

    def _update_calibration_text(self) -> None:
        self.calibration_text.setText(calibration_label(self.layout_box.currentData()))

    def calibrate(self) -> None:
        dialog = CalibrationDialog(self.layout_box.currentData(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._update_calibration_text()
            self.schedule()

    # --- Making the PDF ------------------------------------------------------------------------

    def schedule(self, *_args: object) -> None:
        """The choices changed: what is shown is no longer what would print."""
        self._generated = None
        self._update_actions()
        self.status.setText(self.tr("Preparing the preview…"))
        self._timer.start()

    def regenerate(self) -> None:
        if self._runner.busy:
            if not self._busy_printing:
                self._cancel.set()
            self._pending = True
            return
        rows = self.chosen()
        if not rows:
            self.preview.clear()
            self._show_problems([])
            self.status.setText(self.tr("No badges to print with these choices."))
            return
        ids = [row.observer_id for row in rows]
        options = self.options()
        problems = options.problems()
        if problems:
            self.preview.clear()
            self._banner_shows_problems = True
            self.banner.show_message("error", "\n".join(problems))
            return
        self._cancel = threading.Event()
        cancel = self._cancel
        relay = self._relay
        db, mission_id = self._db, self._mission_id

        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled()
            relay.progressed.emit(done, total)

        def work() -> Generated:
            mission, badges = load_badges(db, mission_id, ids, options.language)
            found = check_badges(mission, badges, options.layout, language=options.language,
                                 back=options.back)
            pdf, summary = badges_pdf_bytes(mission, badges, options, progress=progress)
            return Generated(ids, {b.observer_id: b.badge_version for b in badges}, options, pdf,
                             summary, found)

        self._start_progress(self.tr("Making the badges…"), cancel)
        self._runner.start(work, self._generated_ok, self._generated_failed)

    def _start_progress(self, text: str, cancel: threading.Event) -> None:
        self._progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, self)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(800)
        self._progress.canceled.connect(cancel.set)

    def _stop_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _generated_ok(self, result: Generated) -> None:
        self._stop_progress()
        if self._pending:
            self._pending = False
            self.regenerate()
            return
        self._generation += 1
        path = Path(self._scratch.name) / f"badges-{self._generation}.pdf"
        path.write_bytes(result.pdf)
        result.path = str(path)
        self.preview.show_file(result.path)
        for old in Path(self._scratch.name).glob("badges-*.pdf"):
            if old != path:
                old.unlink(missing_ok=True)
        self._generated = result
        self._show_problems(result.problems)
        summary = result.summary
        parts = [self.tr("%Ln badge(s)", "", summary.badges), self.tr("%Ln page(s)", "", summary.pages)]
        if summary.drafts:
            parts.append(self.tr("%Ln marked DRAFT - NOT VALID", "", summary.drafts))
        offset = result.options.offset_mm
        if any(offset):
            parts.append(self.tr("printer offset %1").replace("%1", calibration_label(result.options.layout)))
        self.status.setText(listed(parts))
        self._update_actions()

    def _generated_failed(self, error: Exception) -> None:
        self._stop_progress()
        if self._pending:
            self._pending = False
            self.regenerate()
            return
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Preview cancelled; change a choice to make it again."))
            return
        self.preview.clear()
        self.banner.show_message("error", self.tr("The badges could not be made: %1")
                                 .replace("%1", describe(error)))

    def _show_problems(self, problems: list[BadgeProblem]) -> None:
        if not problems:
            # Only the problems of an earlier preview go; a message about a finished run stays.
            if self._banner_shows_problems:
                self.banner.clear()
            self._banner_shows_problems = False
            return
        self._banner_shows_problems = True
        lines = [f"• {problem}" for problem in problems[:SHOWN_PROBLEMS]]
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(self.tr("… and %Ln more", "", len(problems) - SHOWN_PROBLEMS))
        text = self.tr("These badges would not print right; correct the observers' records "
                       "(or leave them out) before printing:") + "\n" + "\n".join(lines)
        own = any(problem.observer_code for problem in problems)
        self.banner.show_message("error", text, self.tr("Leave them out") if own else None)

    def leave_out_problems(self) -> None:
        if self._generated is None:
            return
        codes = {p.observer_code for p in self._generated.problems if p.observer_code}
        self._left_out |= {c.observer_id for c in self._candidates if c.code in codes}
        self._selection_changed()

    def problems(self) -> list[BadgeProblem]:
        return list(self._generated.problems) if self._generated else []

    def _update_actions(self) -> None:
        ready = (self._generated is not None and not self._generated.problems
                 and not self._busy_printing)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def wait_until_ready(self, msecs: int = 30_000) -> bool:
        """For tests and scripts: let the pending preview finish."""
        if self._timer.isActive():
            self._timer.stop()
            self.regenerate()
        return self._runner.wait(msecs)

    @property
    def generated(self) -> Generated | None:
        return self._generated

    # --- Printing, saving, logging -------------------------------------------------------------

    def _reason_missing(self) -> bool:
        if self.record_run.isChecked() and self.reprinted() and not self.reason.text().strip():
            codes = listed(row.code for row in self.reprinted())
            self.banner.show_message("error", self.tr(
                "%1 had badges printed before: give the reason for the reprint.").replace("%1", codes))
            self.reason.setFocus()
            return True
        return False

    def save_pdf(self) -> None:
        generated = self._generated
        if generated is None or generated.problems or self._reason_missing():
            return
        name = f"badges-{self._mission_code}-{generated.options.layout}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save badges"), name,
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            target = Path(path)
            temporary = target.with_name(f".{target.name}.part")
            temporary.write_bytes(generated.pdf)
            temporary.replace(target)
        except OSError as exc:
            self.banner.show_message("error", self.tr("The PDF was not saved: %1")
                                     .replace("%1", exc.strerror or str(exc)))
            return
        self._record(generated, self.tr("Saved %1.").replace("%1", path))

    def ask_printer(self, printer: QPrinter) -> bool:
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def print_badges(self) -> None:
        generated = self._generated
        if generated is None or generated.problems or self._reason_missing():
            return
        layout = get_layout(generated.options.layout)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        duplex = None
        if generated.options.back:
            duplex = (QPrinter.DuplexMode.DuplexShortSide if generated.options.short_edge
                      else QPrinter.DuplexMode.DuplexLongSide)
        prepare_printer(printer, QSizeF(layout.page_width, layout.page_height), duplex,
                        f"badges-{self._mission_code}-{layout.name}")
        if not self.ask_printer(printer):
            return
        cancel = threading.Event()
        relay = self._relay
        path = generated.path

        def progress(done: int, total: int) -> None:
            relay.progressed.emit(done, total)

        def work() -> int:
            return print_pdf(path, printer, progress, cancel.is_set)

        def printed(pages: int) -> None:
            self._finish_printing()
            self._record(generated, self.tr("%Ln page(s) sent to the printer.", "", pages))

        def failed(error: Exception) -> None:
            self._finish_printing()
            if isinstance(error, PrintCancelled):
                self.banner.show_message("warning", self.tr("Printing was cancelled; nothing was "
                                                            "recorded."))
            else:
                self.banner.show_message("error", self.tr("Printing failed: %1")
                                         .replace("%1", describe(error)))

        self._printer = printer  # alive until the job ends
        self._busy_printing = True
        self._update_actions()
        self._start_progress(self.tr("Printing…"), cancel)
        self._runner.start(work, printed, failed)

    def _finish_printing(self) -> None:
        self._stop_progress()
        self._busy_printing = False
        self._printer = None
        self._update_actions()
        if self._pending:
            self._pending = False
            self.regenerate()

    def _record(self, generated: Generated, done: str) -> None:
        if not self.record_run.isChecked():
            self.banner.show_message("success", sentences((done, self.tr("Not recorded as printed."))))
            return
        try:
            result = record_print_run(
                self._db, self._mission_id, generated.observer_ids, generated.options.layout,
                self.reason.text(), printed_versions=generated.versions)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self.banner.show_message("error", sentences((done, self.tr("The print run was not recorded: %1")
                                                         .replace("%1", describe(exc)))))
            return
        message = self.tr("Print run %1 recorded").replace("%1", str(result.run_id))
        if result.issued:
            message += self.tr("; %Ln badge(s) issued", "", len(result.issued))
        self.reason.clear()
        self.reload_candidates()
        self.banner.show_message("success", sentences((done, sentence(message))))
        self.runRecorded.emit(result.run_id)

    def closeEvent(self, event: Any) -> None:
        self._timer.stop()
        self._cancel.set()
        self._runner.wait(30_000)
        self.preview.clear()
        self._scratch.cleanup()
        super().closeEvent(event)


def open_badges_dialog(parent: QWidget | None, db: Database, mission_id: int,
                       observer_ids: list[int] | None) -> BadgesDialog:
    """Open the badge printing dialog (not modal) for a mission; with observer ids, the choice
    "the observers selected" is offered and chosen."""
    dialog = BadgesDialog(db, mission_id, observer_ids, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
