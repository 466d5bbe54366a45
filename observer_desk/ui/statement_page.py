"""The Statement area: the mission's preliminary statement and final report, in each language.

Choose the kind and the language; the statement's title, place, date, signature block and the
text of its four sections are edited on the left, and the text as it will print, its
placeholders filled from the data, is shown beside it as you type. The placeholders are listed
with their current values; double-click one (or press Insert) to put it where the cursor is.
An unknown placeholder is shown in red and named above the preview.

Issuing (after a confirmation) keeps the statement as it is, with the facts it was filled
with; a later edit saved becomes a new revision. Earlier revisions can be looked at and
exported, not edited. The PDF is made off the GUI thread and shown in the PDF tab.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.models import StatementKind
from observer_desk.core.services.overview import MissionOverview
from observer_desk.core.services.statement_text import PLACEHOLDER, unknown_placeholder_message
from observer_desk.core.services.statements import (
    SectionText,
    StatementEdit,
    StatementFacts,
    StatementText,
    apply_edit,
    create_statement,
    current_statement,
    facts_for,
    issue_statement,
    list_statements,
    load_statement,
    save_statement,
    statement_content,
)

from .errors import describe
from .flow_layout import FlowLayout
from .labels import date_pattern, format_date, from_qdate, language_label, to_qdate
from .pdf_preview import PdfPreview
from .statement_models import PlaceholderModel, RevisionModel
from .translations import document_language
from .widgets import Banner, heading, muted
from .workers import TaskRunner

LANGUAGES = ("en", "ru", "zh")
PREVIEW_DELAY_MS = 200
FACTS_DELAY_MS = 600


def opening_language(working_languages: list[str]) -> str:
    """The statement language the area opens in: the interface language when the mission works
    in it, else the mission's first working language (English when it has none we write in)."""
    working = [code for code in working_languages if code in LANGUAGES]
    interface = document_language()
    if interface in working:
        return interface
    return working[0] if working else "en"


@dataclass(frozen=True)
class Exported:
    path: str
    pages: int
    problems: tuple[str, ...]


class SectionEditor(QWidget):
    """The heading and text of one section."""

    changed = Signal()

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.heading = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Heading"), self.heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        self.heading.textEdited.connect(self.changed)
        self.body.textChanged.connect(self.changed)

    def load(self, section: SectionText) -> None:
        self.heading.setText(section.heading)
        self.body.setPlainText(section.body)

    def text(self) -> SectionText:
        return SectionText(self.key, self.heading.text(), self.body.toPlainText())

    def set_read_only(self, read_only: bool) -> None:
        self.heading.setReadOnly(read_only)
        self.body.setReadOnly(read_only)


class StatementPage(QWidget):
    """The Statement area. `database` gives the window's current database (it changes when the
    user opens another file)."""

    dataChanged = Signal()
    statusMessage = Signal(str, int)

    def __init__(self, database: Callable[[], Database], parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self._db: Database | None = None
        self._mission_id: int | None = None
        self._statement: StatementText | None = None  # the revision shown, as saved
        self._latest_id: int | None = None
        self._facts: StatementFacts | None = None
        self._facts_generation = 0
        self._loading = False
        self._dirty = False
        self._last_editor: QLineEdit | QPlainTextEdit | None = None
        self._runner = TaskRunner(self)
        self._scratch = tempfile.TemporaryDirectory(prefix="observer-desk-statement-")
        self._preview_count = 0
        self.exported: Exported | None = None
        self._build()
        for editor in self._text_fields():
            editor.installEventFilter(self)

    # --- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = heading(self.tr("Statement"), scale=1.4)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Preliminary statement"), StatementKind.PRELIMINARY.value)
        self.kind_box.addItem(self.tr("Final report"), StatementKind.FINAL.value)
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(language_label(code), code)
        self.kind_box.currentIndexChanged.connect(self._choice_changed)
        self.language_box.currentIndexChanged.connect(self._choice_changed)
        self.status_label = muted()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the text (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.revert)
        self.issue_button = QPushButton(self.tr("Mark as issued…"))
        self.issue_button.clicked.connect(self.issue)
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("US Letter"), "letter")
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.export_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        # One line when there is room; the buttons move to a second line rather than squeezing
        # the revision's status into a column of broken words.
        self.title_label.setWordWrap(False)
        self.status_label.setWordWrap(False)
        self.toolbar = QWidget()
        choose = FlowLayout(self.toolbar)
        for widget in (self.title_label, self.kind_box, self.language_box, self.status_label):
            choose.addWidget(widget)
        choose.addStretch()
        for widget in (self.save_button, self.revert_button, self.issue_button, self.paper_box,
                       self.export_button):
            choose.addWidget(widget)

        self.banner = Banner()
        self.banner.actionTriggered.connect(self._banner_action)
        self._banner_action_handler: Callable[[], None] | None = None

        # The empty state: no statement of this kind and language yet.
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(self.tr("Start from the default text"))
        self.create_button.clicked.connect(self.create_from_default)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_note)
        empty_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)

        # The editor.
        self.title_edit = QLineEdit()
        self.place_edit = QLineEdit()
        self.dated = QCheckBox(self.tr("Dated"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_pattern())
        self.signatory_edit = QLineEdit()
        self.signatory_title_edit = QLineEdit()
        date_row = QHBoxLayout()
        date_row.addWidget(self.dated)
        date_row.addWidget(self.date_edit, 1)
        form = QFormLayout()
        self.date_edit.setMinimumWidth(self.date_edit.sizeHint().width())
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("Signed by"), self.signatory_edit)
        form.addRow(self.tr("Signatory's title"), self.signatory_title_edit)
        self.sections = QTabWidget()
        self.section_editors: dict[str, SectionEditor] = {}
        for number, (key, title) in enumerate(self._section_titles(), start=1):
            editor = SectionEditor(key)
            editor.changed.connect(self._text_changed)
            self.section_editors[key] = editor
            self.sections.addTab(editor, f"{number}. {title}")
        for widget in (self.title_edit, self.signatory_edit, self.signatory_title_edit, self.place_edit):
            widget.textEdited.connect(self._text_changed)
        for widget in (self.signatory_edit, self.signatory_title_edit, self.place_edit):
            widget.textEdited.connect(self._schedule_facts)
        self.dated.toggled.connect(self._date_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        editor_column = QWidget()
        editor_layout = QVBoxLayout(editor_column)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.sections, 1)

        # What it will print.
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview_problems = QLabel()
        self.preview_problems.setWordWrap(True)
        self.preview_problems.setStyleSheet("color: #c0392b;")
        self.preview_problems.hide()
        text_tab = QWidget()
        text_layout = QVBoxLayout(text_tab)
        text_layout.setContentsMargins(4, 4, 4, 4)
        text_layout.addWidget(self.preview_problems)
        text_layout.addWidget(self.preview, 1)
        self.pdf_preview = PdfPreview()
        self.pdf_button = QPushButton(self.tr("Show the PDF"))
        self.pdf_button.setToolTip(self.tr("Make the PDF of the text as it is now (saved or not) and show it"))
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.pdf_note = muted()
        pdf_tab = QWidget()
        pdf_layout = QVBoxLayout(pdf_tab)
        pdf_layout.setContentsMargins(4, 4, 4, 4)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_button)
        pdf_row.addWidget(self.pdf_note, 1)
        pdf_layout.addLayout(pdf_row)
        pdf_layout.addWidget(self.pdf_preview, 1)
        self.preview_tabs = QTabWidget()
        self.preview_tabs.addTab(text_tab, self.tr("Filled text"))
        self.preview_tabs.addTab(pdf_tab, self.tr("PDF"))

        # Placeholders and revisions.
        self.placeholders = PlaceholderModel(self)
        self.placeholder_view = QTableView()
        self.placeholder_view.setModel(self.placeholders)
        self.placeholder_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.placeholder_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.placeholder_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.placeholder_view.verticalHeader().hide()
        self.placeholder_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.placeholder_view.setWordWrap(False)
        self.placeholder_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Name and value share the width: a long name is elided (its tooltip has it whole) rather
        # than pushing the values and the header out of sight.
        self.placeholder_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.placeholder_view.doubleClicked.connect(lambda index: self.insert_placeholder(
            self.placeholders.name_at(index.row())))
        self.insert_button = QPushButton(self.tr("Insert"))
        self.insert_button.setToolTip(self.tr("Put the chosen placeholder where the cursor is (Insert)"))
        self.insert_button.clicked.connect(self._insert_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, activated=self._insert_selected)
        self.revisions = RevisionModel(self)
        self.revision_view = QTableView()
        self.revision_view.setModel(self.revisions)
        self.revision_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revision_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.revision_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revision_view.verticalHeader().hide()
        self.revision_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.revision_view.setWordWrap(False)
        self.revision_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.revision_view.horizontalHeader().setStretchLastSection(True)
        self.revision_view.activated.connect(self._revision_chosen)
        self.revision_view.clicked.connect(self._revision_chosen)
        side = QWidget()
        # Wide enough for a placeholder's name beside its value, and the revisions' columns.
        metrics = self.fontMetrics()
        side.setMinimumWidth(metrics.horizontalAdvance("{election_instrumental}") + 120)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Placeholders")))
        side_layout.addWidget(self.placeholder_view, 3)
        side_layout.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignRight)
        side_layout.addWidget(QLabel(self.tr("Revisions")))
        side_layout.addWidget(self.revision_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(editor_column)
        self.splitter.addWidget(self.preview_tabs)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([500, 480, 330])
        self.splitter.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._facts_timer = QTimer(self)
        self._facts_timer.setSingleShot(True)
        self._facts_timer.setInterval(FACTS_DELAY_MS)
        self._facts_timer.timeout.connect(self.reload_facts)
        self._update_actions()

    def _section_titles(self) -> list[tuple[str, str]]:
        return [("members", self.tr("Members")), ("activities", self.tr("Activities")),
                ("findings", self.tr("Findings")), ("conclusions", self.tr("Conclusions"))]

    # --- the window's calls ------------------------------------------------------------------

    def set_overview(self, overview: MissionOverview) -> None:
        """The window shows this mission (again): load it when it is another mission or another
        database, else bring the placeholder values up to date with the data."""
        db = self._database()
        if db is not self._db or overview.mission_id != self._mission_id:
            self.load(db, overview.mission_id, languages=list(overview.working_languages))
        elif not self._loading:
            self.reload_facts()

    def load(self, db: Database, mission_id: int, *, languages: list[str] | None = None) -> None:
        self._db, self._mission_id = db, mission_id
        if languages:
            first = opening_language(languages)
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(self.language_box.findData(first))
            self.language_box.blockSignals(False)
        self._show_choice()

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_all(self) -> bool:
        return self.save() if self._dirty else True

    def wait(self, msecs: int = 30_000) -> bool:
        """For tests and closing: let the background work finish (its results are delivered)."""
        done = self._runner.wait(msecs)
        QApplication.processEvents()
        return done

    # --- choosing what to show ---------------------------------------------------------------

    @property
    def kind(self) -> StatementKind:
        return StatementKind(self.kind_box.currentData())

    @property
    def language(self) -> str:
        return str(self.language_box.currentData())

    @property
    def statement(self) -> StatementText | None:
        return self._statement

    @property
    def facts(self) -> StatementFacts | None:
        return self._facts

    def _choice_changed(self, *_args: object) -> None:
        if self._db is None:
            return
        if self._dirty and not self._confirm_discard():
            self._restore_choice()
            return
        self._show_choice()

    def _restore_choice(self) -> None:
        statement = self._statement
        if statement is None:
            return
        for box, value in ((self.kind_box, statement.kind.value), (self.language_box, statement.language)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The statement has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _show_choice(self, statement_id: int | None = None) -> None:
        """Show the latest revision of the chosen kind and language (or the revision given)."""
        assert self._db is not None and self._mission_id is not None
        self.banner.clear()
        try:
            latest = current_statement(self._db, self._mission_id, self.kind, self.language)
            shown = load_statement(self._db, statement_id) if statement_id is not None else latest
        except Exception as exc:  # noqa: BLE001 - shown in place
            self._show_error(self.tr("The statement could not be read: %1"), exc)
            return
        self._latest_id = latest.id if latest else None
        self._statement = shown
        self._dirty = False
        self.pdf_preview.clear()
        self.pdf_note.clear()
        if shown is None:
            self.empty_note.setText(self.tr(
                "The mission has no %1 in %2 yet. Start from the default text: it is written as a "
                "secretariat writes it, with placeholders the program fills from the mission's data, "
                "ready for you to edit.").replace("%1", self.kind_box.currentText().lower())
                .replace("%2", self.language_box.currentText()))
            self.stack.setCurrentIndex(0)
            self.revisions.load([])
            self._facts = None
            self.placeholders.set_values(None)
        else:
            self._fill_editor(shown)
            self.stack.setCurrentIndex(1)
            self._load_revisions()
            self.reload_facts(immediately=True)
        self._update_actions()

    def _load_revisions(self) -> None:
        assert self._db is not None and self._mission_id is not None
        rows = [r for r in list_statements(self._db, self._mission_id)
                if r.kind is self.kind and r.language == self.language]
        self.revisions.load(rows)
        if self._statement is not None:
            row = self.revisions.row_of(self._statement.id)
            if row >= 0:
                self.revision_view.selectRow(row)

    def _revision_chosen(self, index: QModelIndex) -> None:
        chosen = self.revisions.revision_at(index.row())
        if self._statement is not None and chosen.id == self._statement.id:
            return
        if self._dirty and not self._confirm_discard():
            self._load_revisions()
            return
        self._show_choice(chosen.id)

    def _fill_editor(self, statement: StatementText) -> None:
        self._loading = True
        try:
            self.title_edit.setText(statement.title)
            self.place_edit.setText(statement.place)
            self.dated.setChecked(statement.issued_on is not None)
            self.date_edit.setDate(to_qdate(statement.issued_on) if statement.issued_on else QDate.currentDate())
            self.date_edit.setEnabled(statement.issued_on is not None)
            self.signatory_edit.setText(statement.signatory_name)
            self.signatory_title_edit.setText(statement.signatory_title)
            for line in (self.title_edit, self.place_edit, self.signatory_edit, self.signatory_title_edit):
                line.setCursorPosition(0)  # the beginning of a long title, not its end
            for section in statement.sections:
                editor = self.section_editors.get(section.key)
                if editor is not None:
                    editor.load(section)
        finally:
            self._loading = False
        editable = self.is_latest()
        for widget in (self.title_edit, self.place_edit, self.signatory_edit, self.signatory_title_edit):
            widget.setReadOnly(not editable)
        self.dated.setEnabled(editable)
        self.date_edit.setReadOnly(not editable)
        for editor in self.section_editors.values():
            editor.set_read_only(not editable)
        self._explain_state()

    def is_latest(self) -> bool:
        return self._statement is not None and self._statement.id == self._latest_id

    def _explain_state(self) -> None:
        statement = self._statement
        if statement is None:
            self.status_label.clear()
            return
        if statement.issued:
            when = format_date(statement.issued_on)
            self.status_label.setText(self.tr("Revision %1, issued on %2").replace("%1", str(statement.revision))
                                      .replace("%2", when))
            if self.is_latest():
                self.banner.show_message("info", self.tr(
                    "This statement was issued on %1 and is kept exactly as issued, with the figures "
                    "it was filled with. Saving a change makes revision %2, a new draft.")
                    .replace("%1", when).replace("%2", str(statement.revision + 1)))
            else:
                self.banner.show_message("info", self.tr(
                    "Revision %1 was issued on %2. A later revision exists: this one can be read and "
                    "exported, not edited.").replace("%1", str(statement.revision)).replace("%2", when))
        else:
            self.status_label.setText(self.tr("Revision %1, draft").replace("%1", str(statement.revision)))
            if not self.is_latest():
                self.banner.show_message("info", self.tr(
                    "Revision %1 is not the latest one: it can be read and exported, not edited.")
                    .replace("%1", str(statement.revision)))

    # --- editing -----------------------------------------------------------------------------

    def current_edit(self) -> StatementEdit | None:
        if self._statement is None:
            return None
        return StatementEdit(
            title=self.title_edit.text(), place=self.place_edit.text(),
            issued_on=from_qdate(self.date_edit.date()) if self.dated.isChecked() else None,
            signatory_name=self.signatory_edit.text(), signatory_title=self.signatory_title_edit.text(),
            sections=tuple(self.section_editors[s.key].text() for s in self._statement.sections))

    def _text_changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._mark_dirty()
        self._preview_timer.start()

    def _date_changed(self, *_args: object) -> None:
        self.date_edit.setEnabled(self.dated.isChecked())
        if self._loading:
            return
        self._mark_dirty()
        self._schedule_facts()

    def _mark_dirty(self) -> None:
        statement, edit = self._statement, self.current_edit()
        if statement is None or edit is None:
            return
        saved = StatementEdit(statement.title, statement.place, statement.issued_on,
                              statement.signatory_name, statement.signatory_title, statement.sections)
        before = self._dirty
        self._dirty = edit != saved
        self._update_actions()
        if statement.issued and before != self._dirty:
            # An issued statement with changes is previewed as the draft it will become, with
            # the data as it is now; without them, with the figures kept at its issue.
            self._schedule_facts()

    def _schedule_facts(self, *_args: object) -> None:
        if not self._loading:
            self._facts_timer.start()

    def _text_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [self.title_edit, *(e.heading for e in self.section_editors.values()),
                *(e.body for e in self.section_editors.values())]

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The field last typed in is where a placeholder goes, even after a click on the list.
        if event.type() == QEvent.Type.FocusIn and watched in self._text_fields():
            self._last_editor = watched
        return super().eventFilter(watched, event)

    def _insert_selected(self) -> None:
        rows = self.placeholder_view.selectionModel().selectedRows()
        if rows:
            self.insert_placeholder(self.placeholders.name_at(rows[0].row()))

    def insert_placeholder(self, name: str) -> None:
        """Put {name} at the cursor of the text last edited (the current section's text if none)."""
        if not self.is_latest():
            return
        target = self._last_editor or self.section_editors[
            self._statement.sections[self.sections.currentIndex()].key if self._statement else "members"].body
        text = "{" + name + "}"
        if isinstance(target, QPlainTextEdit):
            target.insertPlainText(text)
        else:
            target.insert(text)
            self._text_changed()
        target.setFocus()

    def save(self) -> bool:
        """Save the text; an issued statement's changes become a new revision. False if nothing
        was saved (shown in the banner)."""
        edit = self.current_edit()
        if self._db is None or self._statement is None or edit is None or not self.is_latest():
            return False
        if not self._dirty:
            return True
        try:
            saved = save_statement(self._db, self._statement.id, self._statement.version, edit)
        except Exception as exc:  # noqa: BLE001
            self._show_error(self.tr("The statement was not saved: %1"), exc)
            return False
        new_revision = saved.id != self._statement.id
        self._show_choice(saved.id)
        if new_revision:
            self.banner.show_message("success", self.tr(
                "Saved as revision %1, a draft. The issued revision %2 is kept as it was issued.")
                .replace("%1", str(saved.revision)).replace("%2", str(saved.revision - 1)))
        self.statusMessage.emit(self.tr("Statement saved"), 4000)
        self.dataChanged.emit()
        return True

    def revert(self) -> None:
        if self._statement is not None:
            self._show_choice(self._statement.id)

    def create_from_default(self) -> None:
        if self._db is None or self._mission_id is None:
            return
        try:
            made = create_statement(self._db, self._mission_id, self.kind, self.language)
        except Exception as exc:  # noqa: BLE001
            self._show_error(self.tr("The statement could not be made: %1"), exc)
            return
        self._show_choice(made.id)
        self.dataChanged.emit()

    def issue(self) -> None:
        statement = self._statement
        if self._db is None or statement is None or statement.issued or not self.is_latest():
            return
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Save your changes before marking the statement as issued?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return
            statement = self._statement
            assert statement is not None
        if self._facts is not None:
            problems = self.unknown_placeholders()
            if problems:
                self.banner.show_message("error", self.tr("The statement cannot be issued while it has "
                                                          "unknown placeholders:") + "\n" + "\n".join(problems))
                return
        answer = QMessageBox.question(
            self, self.tr("Mark as issued"),
            self.tr("Mark revision %1 of the %2 in %3 as issued?\n\nIts text and the figures it is "
                    "filled with are kept exactly as they are now and will not change. Later changes "
                    "make a new revision.").replace("%1", str(statement.revision))
            .replace("%2", self.kind_box.currentText().lower()).replace("%3", self.language_box.currentText()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, statement_id, version = self._db, statement.id, statement.version
        self._set_busy(self.tr("Issuing…"))
        self._runner.start(lambda: issue_statement(db, statement_id, version), self._issued, self._task_failed)

    def _issued(self, issued: StatementText) -> None:
        self._set_busy(None)
        self._show_choice(issued.id)
        self.banner.show_message("success", self.tr(
            "Revision %1 was marked as issued on %2. It is kept exactly as issued, with the figures "
            "it was filled with; saving a change makes revision %3, a new draft.")
            .replace("%1", str(issued.revision)).replace("%2", format_date(issued.issued_on))
            .replace("%3", str(issued.revision + 1)))
        self.dataChanged.emit()

    # --- facts and the preview ---------------------------------------------------------------

    def reload_facts(self, immediately: bool = False) -> None:
        """Read the placeholder values again in the background: from the data for a draft (or an
        issued statement being changed), from what was kept for an issued one."""
        if self._db is None or self._statement is None:
            return
        self._facts_timer.stop()
        edit = self.current_edit()
        statement = apply_edit(self._statement, edit) if edit is not None and self.is_latest() else self._statement
        self._facts_generation += 1
        generation = self._facts_generation
        db = self._db

        def work() -> tuple[int, StatementFacts]:
            return generation, facts_for(db, statement)

        if immediately:
            self.placeholders.set_values(None)
        self._runner.start(work, self._facts_ready, self._facts_failed)

    def _facts_ready(self, result: tuple[int, StatementFacts]) -> None:
        generation, facts = result
        if generation != self._facts_generation:
            return  # a newer reading is on its way
        self._facts = facts
        self.placeholders.set_values(facts.values)
        self.update_preview()

    def _facts_failed(self, exc: Exception) -> None:
        self._show_error(self.tr("The mission's data could not be read for the statement: %1"), exc)

    def unknown_placeholders(self) -> list[str]:
        edit = self.current_edit()
        if edit is None or self._facts is None:
            return []
        values = self._facts.values
        found = []
        for name in PLACEHOLDER.findall(edit.title):
            if name not in values:
                found.append(unknown_placeholder_message(name, self.tr("title"), values))
        for number, section in enumerate(edit.sections, start=1):
            where = self.tr("section %1 (%2)").replace("%1", str(number)).replace("%2", section.heading or section.key)
            for name in dict.fromkeys(PLACEHOLDER.findall(section.heading + "\n" + section.body)):
                if name not in values:
                    found.append(unknown_placeholder_message(name, where, values))
        return found

    def _filled_html(self, text: str) -> str:
        """The text escaped, each placeholder replaced by its value (marked), unknown ones in red."""
        values = self._facts.values if self._facts else {}
        parts, position = [], 0
        for match in PLACEHOLDER.finditer(text):
            parts.append(html.escape(text[position:match.start()]))
            name = match.group(1)
            if name in values:
                parts.append(f'<span style="background: rgba(46, 109, 180, 0.14);">'
                             f"{html.escape(values[name])}</span>")
            else:
                parts.append(f'<span style="color: #c0392b; font-weight: bold;">{html.escape(match.group(0))}</span>')
            position = match.end()
        parts.append(html.escape(text[position:]))
        return "".join(parts)

    def update_preview(self) -> None:
        edit = self.current_edit()
        if edit is None:
            self.preview.clear()
            return
        if self._facts is None:
            self.preview.setPlainText(self.tr("Reading the mission's data…"))
            return
        blocks = [f"<h2 style='text-align:center'>{self._filled_html(edit.title)}</h2>"]
        dateline = ", ".join(p for p in (html.escape(edit.place.strip()),
                                         html.escape(self._facts.values.get("statement_date", "")
                                                     if edit.issued_on else "")) if p)
        if dateline:
            blocks.append(f"<p style='text-align:right; color:gray'>{dateline}</p>")
        for number, section in enumerate(edit.sections, start=1):
            blocks.append(f"<h3>{number}. {self._filled_html(section.heading)}</h3>")
            for paragraph in section.body.split("\n"):
                if paragraph.strip():
                    blocks.append(f"<p>{self._filled_html(paragraph)}</p>")
        blocks.append("<p style='color:gray'><i>" + html.escape(self.tr(
            "The PDF adds the tables: members by state and body, meetings and stations visited, key "
            "findings and turnout.")) + "</i></p>")
        bar = self.preview.verticalScrollBar().value()
        self.preview.setHtml("\n".join(blocks))
        self.preview.verticalScrollBar().setValue(bar)
        problems = self.unknown_placeholders()
        self.preview_problems.setText("\n".join(problems))
        self.preview_problems.setVisible(bool(problems))

    # --- the PDF -----------------------------------------------------------------------------

    def preview_pdf(self) -> None:
        """Make the PDF of the text as it stands (saved or not) and show it in the PDF tab."""
        if self._db is None or self._statement is None:
            return
        db, statement_id = self._db, self._statement.id
        edit = self.current_edit() if self.is_latest() else None
        paper = str(self.paper_box.currentData())
        self._preview_count += 1
        path = str(Path(self._scratch.name) / f"statement-{self._preview_count}.pdf")

        def work() -> Exported:
            from observer_desk.documents.statement_pdf import write_statement_pdf  # reportlab: heavy

            content = statement_content(db, statement_id, edit=edit)
            pages = write_statement_pdf(path, content, paper=paper)
            return Exported(path, pages, content.problems)

        self.preview_tabs.setCurrentIndex(1)
        self._set_busy(self.tr("Making the PDF…"))
        self._runner.start(work, self._pdf_previewed, self._task_failed)

    def _pdf_previewed(self, result: Exported) -> None:
        self._set_busy(None)
        self.pdf_preview.show_file(result.path)
        note = self.tr("Preview of the text as it is now")
        if self._dirty:
            note += self.tr(" (not saved yet)")
        if result.problems:
            note += " — " + self.tr("unknown placeholders are printed as written")
        self.pdf_note.setText(note)

    def export_pdf(self) -> None:
        """Write the saved statement as a PDF file chosen by the user, then show it."""
        if self._db is None or self._statement is None:
            return
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The PDF is made from the saved statement. Save your changes first?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return
        statement = self._statement
        assert statement is not None
        suggested = f"{statement.kind.value}-statement-{statement.language}-r{statement.revision}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the statement"), suggested,
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        db, statement_id, paper = self._db, statement.id, str(self.paper_box.currentData())

        def work() -> Exported:
            from observer_desk.documents.statement_pdf import write_statement_pdf  # reportlab: heavy

            content = statement_content(db, statement_id)
            if content.problems:
                return Exported(path, 0, content.problems)
            return Exported(path, write_statement_pdf(path, content, paper=paper), ())

        self._set_busy(self.tr("Writing the PDF…"))
        self._runner.start(work, self._exported, self._task_failed)

    def _exported(self, result: Exported) -> None:
        self._set_busy(None)
        if result.problems:
            self.banner.show_message("error", self.tr("Nothing was written: the statement has unknown "
                                                      "placeholders.") + "\n" + "\n".join(result.problems))
            return
        self.exported = result
        self.pdf_preview.show_file(result.path)
        self.pdf_note.setText(self.tr("Exported to %1").replace("%1", result.path))
        self.preview_tabs.setCurrentIndex(1)
        pages = self.tr("%Ln page(s)", "", result.pages)
        self.banner.show_message("success", self.tr("Saved %1 (%2).").replace("%1", result.path).replace("%2", pages))
        self.statusMessage.emit(self.tr("Statement exported"), 4000)

    # --- state -------------------------------------------------------------------------------

    def _task_failed(self, exc: Exception) -> None:
        self._set_busy(None)
        self._show_error(self.tr("That did not work: %1"), exc)

    def _show_error(self, template: str, exc: BaseException) -> None:
        self.banner.show_message("error", template.replace("%1", describe(exc)))

    def _banner_action(self) -> None:
        if self._banner_action_handler is not None:
            self._banner_action_handler()

    def _set_busy(self, text: str | None) -> None:
        self._busy_text = text
        if text:
            self.status_label.setText(text)
        else:
            self._explain_state()
        self._update_actions()

    def _update_actions(self) -> None:
        has = self._statement is not None
        busy = bool(getattr(self, "_busy_text", None))
        latest = self.is_latest()
        self.save_button.setEnabled(has and latest and self._dirty and not busy)
        self.revert_button.setEnabled(has and self._dirty and not busy)
        self.issue_button.setEnabled(has and latest and not busy and not (self._statement and self._statement.issued
                                                                           and not self._dirty))
        self.export_button.setEnabled(has and not busy)
        self.pdf_button.setEnabled(has and not busy)
        self.insert_button.setEnabled(has and latest)
        self.kind_box.setEnabled(not busy)
        self.language_box.setEnabled(not busy)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self._runner.wait()
        super().closeEvent(event)
