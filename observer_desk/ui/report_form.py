"""The report form: one visit report, entered or corrected, generated from the checklist.

At the top the visit itself: team and station (from the itinerary: the team's planned stations
come first, and choosing one fills in the planned phase and times), phase, date, arrival and
departure in the station's local time. Below, the checklist's questions in order, section by
section; a question (or a whole section) that does not apply to the answers so far is hidden
the moment it stops applying, as on a phone. Answers are typed fast: digits for choices (the
form moves on by itself), Tab to skip. A wrong answer is marked where it is as soon as it is
typed; required answers are asked for when the report is saved. Then the incidents and notes.

Saving goes through report_editing, which applies the same rules again, in one transaction.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.models import Phase
from observer_desk.core.services.form_logic import AnswerProblem, FormLogic
from observer_desk.core.services.report_editing import (
    EntryContext,
    ReportDetails,
    ReportDraft,
    create_report,
    update_report,
)
from observer_desk.documents.xlsform import NOTE_KEY

from .answer_widgets import AnswerField, TimeField, answer_field
from .errors import describe
from .findings_labels import label_in, phase_label, utc_offset
from .incidents_editor import IncidentDialog, IncidentsModel
from .reports_model import compact_rows
from .widgets import ERROR_COLOUR, Banner, error_label, heading, muted

HEADER_ROLES = ("team", "station", "phase", "date", "arrival", "departure")
LABEL_WIDTH = 380


class QuestionRow:
    """The widgets of one question: its label, its field and the line for its problem."""

    def __init__(self, name: str, section: str, label: QLabel, field: AnswerField, problem: QLabel,
                 hint: QLabel | None):
        self.name, self.section = name, section
        self.label, self.field, self.problem, self.hint = label, field, problem, hint

    def set_visible(self, visible: bool) -> None:
        for widget in (self.label, self.field):
            widget.setVisible(visible)
        if self.hint is not None:
            self.hint.setVisible(visible)
        if not visible:
            self.problem.hide()

    @property
    def visible(self) -> bool:
        return not self.field.isHidden()


class ReportForm(QDialog):
    """A new report (details None) or an existing one to correct."""

    saved = Signal(object)  # ReportDetails

    def __init__(self, db: Database, context: EntryContext, language: str = "en",
                 details: ReportDetails | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.context = context
        self.language = language
        self.details = details
        self.definition = context.definition
        self.logic = FormLogic(self.definition)
        self.bound = dict(context.header_questions)  # role -> question name
        self.rows: dict[str, QuestionRow] = {}
        self.section_headings: dict[str, QWidget] = {}
        self._dirty = False
        self._loading = True
        self._tried = False  # a save was tried: required answers are now asked for
        self._phase_touched = details is not None
        self._unit_filled = ""
        self._event_id: int | None = details.event_id if details else None
        self.last_saved: ReportDetails | None = None

        self.setWindowTitle(self.tr("New visit report") if details is None else
                            self.tr("Report %1").replace("%1", str(details.id)))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.banner = Banner()
        self._build_header()
        self._build_questions()
        self._build_footer()

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.header_box)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self.buttons)
        self.resize(960, 820)

        if details is not None:
            self._load(details)
        else:
            self.date_edit.setDate(QDate(context.election_date.year, context.election_date.month,
                                         context.election_date.day))
            self.incidents.set_items([], context.time_zone)
        self._loading = False
        self._update_station_facts()
        self.refresh()
        self.team_box.setFocus()

    # construction ------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.header_box = QGroupBox(self.tr("Visit"))
        grid = QGridLayout(self.header_box)
        grid.setHorizontalSpacing(10)
        self.team_box = QComboBox()
        self.team_box.addItem("", None)
        for team in self.context.teams:
            text = f"{team.name} — {team.members}" if team.members else team.name
            self.team_box.addItem(text, team.id)
        self.station_box = QComboBox()
        self.station_box.setEditable(True)
        self.station_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.station_box.setMinimumContentsLength(40)
        self.station_box.lineEdit().setPlaceholderText(self.tr("Number or name"))
        completer = self.station_box.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._fill_stations(None)
        self.phase_box = QComboBox()
        for phase in Phase:
            self.phase_box.addItem(phase_label(phase), phase)
        self.phase_box.setCurrentIndex(1)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.arrival = TimeField()
        self.departure = TimeField()
        self.zone_label = muted()
        self.zone_label.setWordWrap(False)
        self.station_facts = muted()
        self.header_problems = {role: error_label() for role in HEADER_ROLES}

        def add(row: int, column: int, text: str, widget: QWidget, role: str) -> None:
            label = QLabel(text)
            label.setBuddy(widget.focus_target() if isinstance(widget, AnswerField) else widget)
            grid.addWidget(label, row * 2, column * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row * 2, column * 2 + 1)
            grid.addWidget(self.header_problems[role], row * 2 + 1, column * 2 + 1)

        add(0, 0, self.tr("&Team:"), self.team_box, "team")
        add(0, 1, self.tr("&Station:"), self.station_box, "station")
        add(1, 0, self.tr("P&hase:"), self.phase_box, "phase")
        add(1, 1, self.tr("Dat&e:"), self.date_edit, "date")
        times = QWidget()
        times_layout = QHBoxLayout(times)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.addWidget(self.arrival)
        dash = QLabel(self.tr("to"))
        times_layout.addWidget(dash)
        times_layout.addWidget(self.departure)
        times_layout.addWidget(self.zone_label)
        times_layout.addStretch(1)
        arrival_label = QLabel(self.tr("&Arrival – departure:"))
        arrival_label.setBuddy(self.arrival.focus_target())
        grid.addWidget(arrival_label, 4, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(times, 4, 1, 1, 3)
        problems = QWidget()
        problems_layout = QHBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.header_problems["arrival"])
        problems_layout.addWidget(self.header_problems["departure"])
        grid.addWidget(problems, 5, 1, 1, 3)
        grid.addWidget(self.station_facts, 6, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)

        self.team_box.currentIndexChanged.connect(self._team_changed)
        self.station_box.currentIndexChanged.connect(self._station_changed)
        self.phase_box.currentIndexChanged.connect(self._phase_changed)
        self.date_edit.dateChanged.connect(self._changed)
        self.arrival.changed.connect(self._changed)
        self.departure.changed.connect(self._changed)

    def _fill_stations(self, team_id: int | None) -> None:
        """The team's planned stations first (with the planned times), then all the others."""
        current = self.station_id()
        planned = [v for v in self.context.visits if v.team_id == team_id] if team_id else []
        planned_ids = []
        for visit in planned:
            if visit.station_id not in planned_ids:
                planned_ids.append(visit.station_id)
        self.station_box.blockSignals(True)
        self.station_box.clear()
        self.station_box.addItem("", None)
        for station_id in planned_ids:
            station = self.context.station(station_id)
            visit = self.context.visit(team_id, station_id)
            if station is None or visit is None:
                continue
            zone = ZoneInfo(station.time_zone)
            when = (f"{visit.starts_at.astimezone(zone):%H:%M}–{visit.ends_at.astimezone(zone):%H:%M}")
            self.station_box.addItem(self._station_text(station) + "  · " +
                                     self.tr("planned %1").replace("%1", when), station.id)
        if planned_ids:
            self.station_box.insertSeparator(self.station_box.count())
        for station in self.context.stations:
            if station.id not in planned_ids:
                self.station_box.addItem(self._station_text(station), station.id)
        index = self.station_box.findData(current) if current is not None else 0
        self.station_box.setCurrentIndex(max(index, 0))
        self.station_box.lineEdit().setCursorPosition(0)
        self.station_box.blockSignals(False)

    @staticmethod
    def _station_text(station) -> str:  # noqa: ANN001 - a StationChoice
        name = f" — {station.name}" if station.name else ""
        return f"{station.number}{name} ({station.unit_name})" if station.unit_name else \
            f"{station.number}{name}"

    def _build_questions(self) -> None:
        lists = {cl["name"]: cl["choices"] for cl in self.definition["choice_lists"]}
        hidden = set(self.bound.values())
        content = QWidget()
        content.setObjectName("questions")
        grid = QGridLayout(content)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        grid.setColumnStretch(1, 1)
        row = 0
        letter = 0
        self.fields_in_order: list[QuestionRow] = []
        for section in self.definition["sections"]:
            questions = [q for q in section["questions"] if q["name"] not in hidden]
            if not questions:
                continue
            letter += 1
            title = heading(label_in(section["labels"], self.language, section["name"]), scale=1.15)
            title.setContentsMargins(0, 14 if row else 2, 0, 4)
            grid.addWidget(title, row, 0, 1, 2)
            self.section_headings[section["name"]] = title
            row += 1
            for question in questions:
                note = (question.get("extra") or {}).get(NOTE_KEY) == "note"
                text = label_in(question["labels"], self.language, question["name"])
                choices = [(c["value"], label_in(c["labels"], self.language, c["value"]))
                           for c in lists.get(question["choices"] or "", [])]
                field = answer_field(question["type"], choices, note_text=text if note else None)
                label = QLabel()
                if note:
                    pass  # the note's text is its field
                elif question["required"]:
                    label.setTextFormat(Qt.TextFormat.RichText)
                    label.setText(html.escape(text) + f" <span style='color:{ERROR_COLOUR}'>*</span>")
                else:
                    label.setTextFormat(Qt.TextFormat.PlainText)
                    label.setText(text)
                label.setWordWrap(True)
                label.setMaximumWidth(LABEL_WIDTH)
                label.setContentsMargins(0, 5, 0, 0)  # level with the text of the answers
                label.setToolTip(question["name"])
                if not note:
                    label.setBuddy(field.focus_target())
                hint_text = label_in(question.get("hints"), self.language)
                hint = muted(hint_text) if hint_text else None
                problem = error_label()
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(field, row, 1)
                row += 1
                if hint is not None:
                    grid.addWidget(hint, row, 1)
                    row += 1
                grid.addWidget(problem, row, 1)
                row += 1
                entry = QuestionRow(question["name"], section["name"], label, field, problem, hint)
                self.rows[question["name"]] = entry
                if not note:
                    self.fields_in_order.append(entry)
                field.changed.connect(self._changed)
                field.committed.connect(lambda entry=entry: self._advance(entry))
        grid.setRowStretch(row, 1)
        self.questions_grid = grid
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.questions_widget = content

    def _build_footer(self) -> None:
        box = QGroupBox(self.tr("Incidents and notes"))
        self.incidents = IncidentsModel(self)
        self.incidents_view = QTableView()
        self.incidents_view.setModel(self.incidents)
        self.incidents_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incidents_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incidents_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.incidents_view)
        header = self.incidents_view.horizontalHeader()
        header.setSectionResizeMode(IncidentsModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for signal in (self.incidents.modelReset, self.incidents.rowsInserted, self.incidents.dataChanged):
            signal.connect(self._fit_incident_columns)
        self.incidents_view.setMaximumHeight(120)
        self.incidents_view.setTabKeyNavigation(False)
        self.incidents_view.doubleClicked.connect(lambda index: self.edit_incident(index.row()))
        self.add_incident_button = QPushButton(self.tr("Add &Incident…"))
        self.add_incident_button.clicked.connect(self.add_incident)
        self.edit_incident_button = QPushButton(self.tr("Edit…"))
        self.edit_incident_button.clicked.connect(
            lambda: self.edit_incident(self.incidents_view.currentIndex().row()))
        self.remove_incident_button = QPushButton(self.tr("Remove"))
        self.remove_incident_button.clicked.connect(self.remove_incident)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Notes on the visit"))
        self.notes.setMaximumHeight(70)
        self.notes.textChanged.connect(self._changed)
        side = QVBoxLayout()
        side.addWidget(self.add_incident_button)
        side.addWidget(self.edit_incident_button)
        side.addWidget(self.remove_incident_button)
        side.addStretch(1)
        incidents_row = QHBoxLayout()
        incidents_row.addWidget(self.incidents_view, 1)
        incidents_row.addLayout(side)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(incidents_row)
        notes_label = QLabel(self.tr("N&otes:"))
        notes_label.setBuddy(self.notes)
        box_layout.addWidget(notes_label)
        box_layout.addWidget(self.notes)
        # The incidents and notes come after the last question, inside the scrolled page.
        grid = self.questions_grid
        last = grid.rowCount()
        grid.setRowStretch(last - 1, 0)
        grid.addWidget(box, last, 0, 1, 2)
        grid.setRowStretch(last + 1, 1)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.save_new_button = QPushButton(self.tr("Save and &New"))
        self.save_new_button.setAutoDefault(False)
        self.save_new_button.clicked.connect(lambda: self.save(and_new=True))
        self.save_new_button.setVisible(self.details is None)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.summary = muted()
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.summary, 1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.save_new_button)
        self.buttons.addWidget(self.save_button)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save())
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self.save())

    # loading -----------------------------------------------------------------------------------

    def _load(self, details: ReportDetails) -> None:
        self.team_box.setCurrentIndex(max(self.team_box.findData(details.team_id), 0))
        self._fill_stations(details.team_id)
        self.station_box.setCurrentIndex(max(self.station_box.findData(details.polling_station_id), 0))
        self.phase_box.setCurrentIndex(self.phase_box.findData(details.phase))
        zone = ZoneInfo(details.time_zone)
        anchor = details.arrived_at or details.departed_at
        day = anchor.astimezone(zone).date() if anchor else self.context.election_date
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.arrival.set_value(details.arrived_at.astimezone(zone).strftime("%H:%M")
                               if details.arrived_at else "")
        self.departure.set_value(details.departed_at.astimezone(zone).strftime("%H:%M")
                                 if details.departed_at else "")
        for name, value in details.answers.items():
            row = self.rows.get(name)
            if row is not None:
                row.field.set_value(value)
        self.notes.setPlainText(details.notes)
        self.incidents.set_items(list(details.incidents), details.time_zone)
        if details.flagged:
            self.banner.show_message("warning", self.tr("This report was imported flagged for "
                                                        "completion: %1").replace("%1", details.flag_reason))

    # the visit's facts ---------------------------------------------------------------------------

    def team_id(self) -> int | None:
        return self.team_box.currentData()

    def station_id(self) -> int | None:
        if not hasattr(self, "station_box"):
            return None
        data = self.station_box.currentData()
        if data is None:
            return None
        # An edited text that no longer names the chosen station leaves no station chosen.
        return data if self.station_box.currentText() == self.station_box.itemText(
            self.station_box.currentIndex()) else None

    def phase(self) -> Phase:
        return Phase(self.phase_box.currentData())

    def day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def zone(self) -> str:
        station = self.context.station(self.station_id())
        return station.time_zone if station else self.context.time_zone

    def moment(self, clock: str) -> datetime | None:
        if not clock:
            return None
        try:
            return datetime.combine(self.day(), time.fromisoformat(clock), tzinfo=ZoneInfo(self.zone()))
        except ValueError:
            return None

    def _team_changed(self) -> None:
        self._fill_stations(self.team_id())
        self._apply_plan()
        self._changed()

    def _station_changed(self) -> None:
        self.station_box.lineEdit().setCursorPosition(0)  # the number, not the end of the name
        self._update_station_facts()
        self._apply_plan()
        self._changed()

    def _phase_changed(self) -> None:
        if not self._loading:
            self._phase_touched = True
        self._changed()

    def _apply_plan(self) -> None:
        """A station the team planned to visit: take the plan's phase and times where the form
        has none yet."""
        if self._loading:
            return
        visit = self.context.visit(self.team_id(), self.station_id())
        self._event_id = visit.event_id if visit else None
        if visit is None:
            return
        zone = ZoneInfo(self.zone())
        start, end = visit.starts_at.astimezone(zone), visit.ends_at.astimezone(zone)
        if not self.arrival.value():
            self.date_edit.setDate(QDate(start.year, start.month, start.day))
            self.arrival.set_value(start.strftime("%H:%M"))
        if not self.departure.value():
            self.departure.set_value(end.strftime("%H:%M"))
        if visit.phase is not None and not self._phase_touched:
            self.phase_box.blockSignals(True)
            self.phase_box.setCurrentIndex(self.phase_box.findData(visit.phase))
            self.phase_box.blockSignals(False)

    def _update_station_facts(self) -> None:
        station = self.context.station(self.station_id())
        zone = self.zone()
        self.zone_label.setText(self.tr("local time, %1 (%2)").replace("%1", utc_offset(
            zone, self.moment("12:00"))).replace("%2", zone))
        if station is None:
            self.station_facts.setText("")
            self.station_facts.hide()
        else:
            facts = [station.address] if station.address else []
            if station.registered_voters:
                facts.append(self.tr("%1 voters on the list").replace(
                    "%1", f"{station.registered_voters:,}".replace(",", "\u202f")))
            self.station_facts.setText(" · ".join(facts))
            self.station_facts.setVisible(bool(facts))
        self.incidents.set_zone(zone)
        unit = self.context.unit_question
        if unit and unit in self.rows and station is not None:
            field = self.rows[unit].field
            if not field.value() or field.value() == self._unit_filled:
                field.set_value(station.unit_name)
                self._unit_filled = station.unit_name

    # answers, relevance and problems -------------------------------------------------------------

    def header_values(self) -> dict[str, str]:
        station = self.context.station(self.station_id())
        team = self.context.team(self.team_id())
        facts = {"station": station.number if station else "", "team": team.name if team else "",
                 "phase": self.phase().value, "arrival": self.arrival.value(),
                 "departure": self.departure.value()}
        return {name: facts[role] for role, name in self.bound.items() if facts[role]}

    def answers(self) -> dict[str, str]:
        """The answers typed in (every question, shown or not)."""
        return {name: row.field.value() for name, row in self.rows.items() if row.field.value()}

    def values(self) -> dict[str, str]:
        return {**self.answers(), **self.header_values()}

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.refresh()

    def refresh(self) -> dict[str, AnswerProblem]:
        """Show the questions that apply and the problems of the answers; returns the problems."""
        values = self.values()
        shown = self.logic.relevant(values)
        visible_sections: set[str] = set()
        for name, row in self.rows.items():
            visible = shown.get(name, True)
            row.set_visible(visible)
            if visible:
                visible_sections.add(row.section)
        for section, title in self.section_headings.items():
            title.setVisible(section in visible_sections)
        problems = self.logic.problems(values, language=self.language, required=self._tried)
        header_of = {name: role for role, name in self.bound.items()}
        header: dict[str, str] = {}
        for name, row in self.rows.items():
            problem = problems.get(name)
            row.field.set_invalid(problem is not None)
            if problem is not None and row.visible:
                row.problem.setText(self.problem_text(problem))
                row.problem.show()
            else:
                row.problem.hide()
        for name, problem in problems.items():
            role = header_of.get(name)
            if role is not None:
                header[role] = self.problem_text(problem)
        if self._tried:
            if self.team_id() is None:
                header["team"] = self.tr("Choose the team.")
            if self.station_id() is None:
                header["station"] = self.tr("Choose the polling station.")
        for role, label in self.header_problems.items():
            label.setText(header.get(role, ""))
            label.setVisible(role in header)
        self.arrival.set_invalid("arrival" in header)
        self.departure.set_invalid("departure" in header)
        answered = sum(1 for name, value in values.items()
                       if shown.get(name) and name in self.rows and name not in header_of)
        asked = sum(1 for name, row in self.rows.items()
                    if shown.get(name) and name not in header_of and row in self.fields_in_order)
        self.summary.setText(self.tr("%1 of %2 questions answered").replace("%1", str(answered))
                             .replace("%2", str(asked)))
        return {**problems, **{f"@{role}": AnswerProblem("required") for role in header
                               if role in ("team", "station")}}

    def problem_text(self, problem: AnswerProblem) -> str:
        if problem.kind == "required":
            return self.tr("An answer is required.")
        if problem.kind == "constraint":
            return problem.detail or self.tr("The answer does not meet the question's condition.")
        if problem.kind == "choice":
            return self.tr("%1 is not one of the choices.").replace("%1", problem.detail)
        if problem.kind == "integer":
            return self.tr("Type a whole number.")
        if problem.kind == "time":
            return self.tr("Type a time of day, such as 09:30.")
        return problem.detail

    def visible_problems(self) -> list[str]:
        """The problems on show, for tests and the banner."""
        found = [row.problem.text() for row in self.rows.values() if not row.problem.isHidden()]
        found += [label.text() for label in self.header_problems.values() if not label.isHidden()]
        return found

    def _advance(self, entry: QuestionRow) -> None:
        """After a digit answered a choice: on to the next question that applies (relevance may
        just have shown or hidden some)."""
        visible = [row for row in self.fields_in_order if row.visible]
        after = False
        for row in visible:
            if after:
                row.field.focus_target().setFocus(Qt.FocusReason.TabFocusReason)
                self.scroll.ensureWidgetVisible(row.field, 40, 80)
                return
            after = row is entry
        self.add_incident_button.setFocus(Qt.FocusReason.TabFocusReason)

    # incidents -----------------------------------------------------------------------------------

    def _fit_incident_columns(self, *_args: object) -> None:
        for column in (IncidentsModel.TIME, IncidentsModel.SEVERITY, IncidentsModel.CATEGORY):
            self.incidents_view.resizeColumnToContents(column)

    def add_incident(self) -> IncidentDialog:
        dialog = IncidentDialog(self.day(), self.zone(), parent=self)
        dialog.accepted.connect(lambda: self._incident_done(dialog, None))
        dialog.open()
        return dialog

    def edit_incident(self, row: int) -> IncidentDialog | None:
        if not 0 <= row < len(self.incidents.items):
            return None
        dialog = IncidentDialog(self.day(), self.zone(), self.incidents.items[row], parent=self)
        dialog.accepted.connect(lambda: self._incident_done(dialog, row))
        dialog.open()
        return dialog

    def _incident_done(self, dialog: IncidentDialog, row: int | None) -> None:
        item = dialog.incident()
        if item is None:
            return
        if row is None:
            self.incidents.add(item)
        else:
            self.incidents.replace(row, item)
        self._changed()

    def remove_incident(self) -> None:
        row = self.incidents_view.currentIndex().row()
        if 0 <= row < len(self.incidents.items):
            self.incidents.remove(row)
            self._changed()

    # saving --------------------------------------------------------------------------------------

    def draft(self) -> ReportDraft:
        shown = self.logic.relevant(self.values())
        answers = {name: value for name, value in self.answers().items() if shown.get(name)}
        return ReportDraft(
            checklist_id=self.details.checklist_id if self.details else self.context.checklist_id,
            phase=self.phase(), polling_station_id=self.station_id(), team_id=self.team_id(),
            arrived_at=self.moment(self.arrival.value()),
            departed_at=self.moment(self.departure.value()), answers=answers,
            notes=self.notes.toPlainText().strip(),
            incidents=[replace(item) for item in self.incidents.items], event_id=self._event_id)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save(self, *, and_new: bool = False) -> ReportDetails | None:
        """Check the form, save it through the service; None (with the problems shown in place)
        when it cannot be saved."""
        self._tried = True
        problems = self.refresh()
        if problems:
            count = len(self.visible_problems())
            self.banner.show_message("error", self.tr("The report cannot be saved yet: %Ln answer(s) "
                                                      "need attention (marked in red).", "", max(count, 1)))
            self._focus_first_problem()
            return None
        draft = self.draft()
        try:
            if self.details is None:
                details = create_report(self.db, self.context.mission_id, draft,
                                        language=self.language)
            else:
                details = update_report(self.db, self.details.id, self.details.version, draft,
                                        language=self.language)
        except ValidationError as exc:
            self._show_service_problems(exc)
            return None
        except StaleEditError as exc:
            self.banner.show_message("error", str(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - shown to the user, the form keeps its content
            self.banner.show_message("error", describe(exc))
            return None
        self.last_saved = details
        self._dirty = False
        self.saved.emit(details)
        if and_new:
            self._start_next(details)
        else:
            self.accept()
        return details

    def _show_service_problems(self, exc: ValidationError) -> None:
        lines = []
        for problem in exc.problems:
            row = self.rows.get(problem.field)
            if row is not None and row.visible:
                row.problem.setText(problem.message)
                row.problem.show()
                row.field.set_invalid(True)
            elif problem.field in self.header_problems:
                self.header_problems[problem.field].setText(problem.message)
                self.header_problems[problem.field].show()
            lines.append(str(problem))
        self.banner.show_message("error", self.tr("The report was not saved:") + "\n" + "\n".join(lines))

    def _focus_first_problem(self) -> None:
        for role in ("team", "station"):
            if not self.header_problems[role].isHidden():
                (self.team_box if role == "team" else self.station_box).setFocus()
                return
        for role, widget in (("arrival", self.arrival), ("departure", self.departure)):
            if not self.header_problems[role].isHidden():
                widget.focus_target().setFocus()
                return
        for row in self.fields_in_order:
            if row.visible and not row.problem.isHidden():
                row.field.focus_target().setFocus()
                self.scroll.ensureWidgetVisible(row.field, 40, 120)
                return

    def _start_next(self, saved: ReportDetails) -> None:
        """Save and New: an empty report for the same team and day, the station to choose."""
        self._loading = True
        for row in self.rows.values():
            row.field.set_value("")
        self.station_box.setCurrentIndex(0)
        self.arrival.set_value("")
        self.departure.set_value("")
        self.notes.clear()
        self.incidents.set_items([], self.zone())
        self._phase_touched = False
        self._unit_filled = ""
        self._event_id = None
        self._loading = False
        self._tried = False
        self._dirty = False
        self.refresh()
        self.banner.show_message("success", self.tr("Report %1 saved (station %2). The next one:")
                                 .replace("%1", str(saved.id)).replace("%2", saved.station_number))
        QTimer.singleShot(0, self.station_box.setFocus)

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask before unsaved changes are lost."""
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("Unsaved report"),
                self.tr("This report has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()  # closes the form when it saves; else the problems are shown
                return
        super().reject()
