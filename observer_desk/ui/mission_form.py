"""The fields of a mission, shared by the New Mission dialog and the mission's Details page.

Problems found by the service (ValidationError) are shown under the field they concern, so the
user sees what to fix where the fix is made.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.countries import country_with_code
from observer_desk.core.errors import Problem
from observer_desk.core.language import _, sentence
from observer_desk.core.models import ElectionType
from observer_desk.core.services.missions import LANGUAGE_CODES

from .labels import date_pattern, election_type_label, from_qdate, language_label, to_qdate
from .widgets import error_label

COMPACT_FIELDS = (
    "code", "title", "organisation", "organisation_short", "host_country", "election_type",
    "election_date", "period_start", "period_end", "time_zone", "working_languages",
)
FULL_FIELDS = COMPACT_FIELDS + ("cec_name", "travel_buffer_minutes", "contact", "notes")


@cache
def time_zone_names() -> tuple[str, ...]:
    return tuple(sorted(name for name in available_timezones() if "/" in name or name == "UTC"))


def local_time_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId()).decode("ascii", "replace")
    return name if name in time_zone_names() else "UTC"


def default_values() -> dict[str, Any]:
    """A new mission's starting point: an election a month away, the mission around it."""
    election = date.today() + timedelta(days=30)
    return {
        "code": "", "title": "", "organisation": "", "organisation_short": "", "host_country": "",
        "election_type": ElectionType.PRESIDENTIAL, "election_date": election,
        "period_start": election - timedelta(days=3), "period_end": election + timedelta(days=1),
        "time_zone": local_time_zone(), "working_languages": "en", "cec_name": "",
        "travel_buffer_minutes": 20, "contact": "", "notes": "",
    }


def _date_edit() -> QDateEdit:
    editor = QDateEdit()
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(date_pattern(short_month=True))  # unambiguous, unlike numeric dates
    editor.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
    return editor


class MissionForm(QWidget):
    edited = Signal()

    def __init__(self, *, full: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = FULL_FIELDS if full else COMPACT_FIELDS
        self._loading = False
        self.errors: dict[str, QLabel] = {}
        self._focus_targets: dict[str, QWidget] = {}

        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.code.setPlaceholderText(self.tr("e.g. SCO-KZ-2022"))
        self.code.setToolTip(self.tr("A short reference for the mission: letters, digits, '-', '_' or '.'"))
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(self.tr("e.g. SCO Observer Mission to the presidential election in Kazakhstan"))
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(200)
        self.organisation.setPlaceholderText(self.tr("e.g. Shanghai Cooperation Organisation"))
        self.organisation_short = QLineEdit()
        self.organisation_short.setMaxLength(40)
        self.organisation_short.setPlaceholderText(self.tr("e.g. SCO"))
        self.host_country = QLineEdit()
        self.host_country.setMaxLength(2)
        self.host_country.setPlaceholderText(self.tr("KZ"))
        self.host_country.setToolTip(self.tr("The two-letter ISO 3166 code of the host country"))
        self.host_country.setMaximumWidth(self.host_country.fontMetrics().horizontalAdvance("MMMM") + 24)
        self.host_country_name = QLabel()
        self.election_type = QComboBox()
        for value in ElectionType:
            self.election_type.addItem(election_type_label(value), value)
        self.election_date = _date_edit()
        self.period_start = _date_edit()
        self.period_end = _date_edit()
        self.cec_name = QLineEdit()
        self.cec_name.setMaxLength(200)
        self.cec_name.setPlaceholderText(self.tr("e.g. Central Election Commission of the Republic of Kazakhstan"))
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(list(time_zone_names()))
        self.time_zone.setMaxVisibleItems(15)
        completer = QCompleter(list(time_zone_names()), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.time_zone.setToolTip(self.tr("The IANA time zone of the capital, e.g. Asia/Almaty"))
        self.languages = {code: QCheckBox(language_label(code)) for code in LANGUAGE_CODES}
        self.travel_buffer_minutes = QSpinBox()
        self.travel_buffer_minutes.setRange(0, 240)
        self.travel_buffer_minutes.setSingleStep(5)
        self.travel_buffer_minutes.setSuffix(self.tr(" min"))
        self.travel_buffer_minutes.setToolTip(
            self.tr("Time kept free between two events of the itinerary, for getting from one to the next"))
        self.contact = QPlainTextEdit()
        self.contact.setPlaceholderText(self.tr("Secretariat address, telephone, e-mail"))
        self.notes = QPlainTextEdit()
        for text_box in (self.contact, self.notes):
            text_box.setTabChangesFocus(True)
            text_box.setFixedHeight(text_box.fontMetrics().lineSpacing() * 5 + 12)

        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._add_row("code", self.tr("&Code:"), self.code)
        self._add_row("title", self.tr("&Title:"), self.title)
        self._add_row("organisation", self.tr("&Organisation:"), self.organisation)
        self._add_row("organisation_short", self.tr("Short na&me:"), self.organisation_short)
        country_row = QHBoxLayout()
        country_row.addWidget(self.host_country)
        country_row.addWidget(self.host_country_name, 1)
        self._add_row("host_country", self.tr("&Host country:"), country_row, buddy=self.host_country)
        self._add_row("election_type", self.tr("&Election:"), self.election_type)
        election_row = QHBoxLayout()
        election_row.addWidget(self.election_date)
        election_row.addStretch(1)
        self._add_row("election_date", self.tr("Election &day:"), election_row, buddy=self.election_date)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_start)
        period_row.addWidget(QLabel(self.tr("to")))
        period_row.addWidget(self.period_end)
        period_row.addStretch(1)
        self._add_row("period_start", self.tr("Mission &period:"), period_row, buddy=self.period_start,
                      also=("period_end",))
        if full:
            self._add_row("cec_name", self.tr("Election co&mmission:"), self.cec_name)
        self._add_row("time_zone", self.tr("Time &zone:"), self.time_zone)
        language_row = QHBoxLayout()
        for box in self.languages.values():
            language_row.addWidget(box)
        language_row.addStretch(1)
        self._add_row("working_languages", self.tr("Working &languages:"), language_row,
                      buddy=self.languages["en"])
        if full:
            buffer_row = QHBoxLayout()
            buffer_row.addWidget(self.travel_buffer_minutes)
            buffer_row.addStretch(1)
            self._add_row("travel_buffer_minutes", self.tr("Travel &buffer:"), buffer_row,
                          buddy=self.travel_buffer_minutes)
            self._add_row("contact", self.tr("Con&tact:"), self.contact)
            self._add_row("notes", self.tr("&Notes:"), self.notes)

        for line_edit in (self.code, self.title, self.organisation, self.organisation_short, self.cec_name):
            line_edit.textEdited.connect(self._changed)
        self.host_country.textEdited.connect(self._country_edited)
        self.host_country.textChanged.connect(self._show_country_name)
        self.election_type.currentIndexChanged.connect(self._changed)
        for date_edit in (self.election_date, self.period_start, self.period_end):
            date_edit.dateChanged.connect(self._changed)
        self.time_zone.currentTextChanged.connect(self._changed)
        for box in self.languages.values():
            box.toggled.connect(self._changed)
        self.travel_buffer_minutes.valueChanged.connect(self._changed)
        self.contact.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)

    def _add_row(self, name: str, label: str, field: Any, *, buddy: QWidget | None = None,
                 also: tuple[str, ...] = ()) -> None:
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        error = error_label()
        error.setObjectName(f"error_{name}")
        column.addWidget(error)
        for key in (name, *also):
            self.errors[key] = error
            self._focus_targets[key] = buddy or field
        label_widget = QLabel(label)
        label_widget.setBuddy(buddy or field)
        self._layout.addRow(label_widget, container)

    def _country_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.host_country.cursorPosition()
            self.host_country.setText(upper)
            self.host_country.setCursorPosition(position)
        self._changed()

    def _show_country_name(self, text: str) -> None:
        code = text.strip().upper()
        self.host_country_name.setText(country_with_code(code) if len(code) == 2 else "")

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # values in and out -------------------------------------------------------------------

    def set_values(self, source: Any) -> None:
        """Fill the form from a Mission (or anything with the same attributes, or a dict)."""
        get = source.get if isinstance(source, dict) else lambda name: getattr(source, name)
        self._loading = True
        try:
            self.code.setText(get("code") or "")
            self.title.setText(get("title") or "")
            self.organisation.setText(get("organisation") or "")
            self.organisation_short.setText(get("organisation_short") or "")
            self.host_country.setText(get("host_country") or "")
            self.election_type.setCurrentIndex(self.election_type.findData(ElectionType(get("election_type"))))
            self.election_date.setDate(to_qdate(get("election_date")))
            self.period_start.setDate(to_qdate(get("period_start")))
            self.period_end.setDate(to_qdate(get("period_end")))
            self.time_zone.setCurrentText(get("time_zone") or "UTC")
            chosen = set((get("working_languages") or "").split(","))
            for code, box in self.languages.items():
                box.setChecked(code in chosen)
            if "cec_name" in self.fields:
                self.cec_name.setText(get("cec_name") or "")
                self.travel_buffer_minutes.setValue(int(get("travel_buffer_minutes") or 0))
                self.contact.setPlainText(get("contact") or "")
                self.notes.setPlainText(get("notes") or "")
            for line_edit in (self.code, self.title, self.organisation, self.organisation_short, self.cec_name):
                line_edit.setCursorPosition(0)  # show the beginning of a long title, not its end
        finally:
            self._loading = False
        self.clear_problems()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "code": self.code.text().strip(),
            "title": self.title.text().strip(),
            "organisation": self.organisation.text().strip(),
            "organisation_short": self.organisation_short.text().strip(),
            "host_country": self.host_country.text().strip().upper(),
            "election_type": ElectionType(self.election_type.currentData()),
            "election_date": from_qdate(self.election_date.date()),
            "period_start": from_qdate(self.period_start.date()),
            "period_end": from_qdate(self.period_end.date()),
            "time_zone": self.time_zone.currentText().strip(),
            "working_languages": ",".join(code for code, box in self.languages.items() if box.isChecked()),
        }
        if "cec_name" in self.fields:
            values["cec_name"] = self.cec_name.text().strip()
            values["travel_buffer_minutes"] = self.travel_buffer_minutes.value()
            values["contact"] = self.contact.toPlainText().strip()
            values["notes"] = self.notes.toPlainText().strip()
        return values

    # problems ----------------------------------------------------------------------------

    def problem_text(self, problem: Problem) -> str:
        if problem.message == _("is required"):  # the core's words, in the language it writes
            return self.tr("Required: please fill this in.")
        message = problem.message
        return sentence(message[:1].upper() + message[1:])

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Show each problem under its field; return those that belong to no field here."""
        self.clear_problems()
        elsewhere: list[Problem] = []
        texts: dict[QLabel, list[str]] = {}
        for problem in problems:
            label = self.errors.get(problem.field)
            if label is None:
                elsewhere.append(problem)
            else:
                texts.setdefault(label, []).append(self.problem_text(problem))
        for label, lines in texts.items():
            label.setText("\n".join(lines))
            label.show()
        first = next((p.field for p in problems if p.field in self.errors), None)
        if first is not None:
            self._focus_targets[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return elsewhere

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def visible_problems(self) -> dict[str, str]:
        """Field name -> the problem shown under it (for tests and accessibility checks)."""
        return {name: label.text() for name, label in self.errors.items() if label.isVisibleTo(self)}
