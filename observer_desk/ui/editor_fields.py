"""Input widgets of the observer editor that Qt lacks: dates that can be empty, a moment in the
mission's time zone, a country chosen by typing its name; and the undo command for a field edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timezone
from typing import Any

import pycountry
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from observer_desk.core.countries import country_code, country_name

from .labels import from_qdate, to_qdate
from .observer_labels import short_date, zone

_ISO = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.h ]?(\d{2}))?$")
CALENDAR_KEY = "Alt+Down"  # opens the calendar of a date field, as in a drop-down list


def parse_date(text: str) -> date | None:
    """17.11.1970, 17/11/1970 or 1970-11-17; raises ValueError with the reason otherwise."""
    text = text.strip()
    if not text:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST.match(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise ValueError("format")
    return date(year, month, day)  # ValueError for 30.02.1965


def parse_time(text: str) -> time | None:
    """13:40, 13.40, 1340 or 9 (o'clock)."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError("format")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return time(hour, minute)  # ValueError for 25:00


class UndoKeysToEditor(QObject):
    """Keeps Ctrl+Z / Ctrl+Shift+Z from a line edit's private undo, so that they reach the
    editor's undo stack, which knows every field's history and not only the focused one's."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            return True  # not accepted by the widget: the shortcut goes to the undo actions
        return False


class DateField(QWidget):
    """A date that may be empty: typed (17.11.1970 or 1970-11-17) or picked from a calendar,
    cleared with the line's clear button."""

    valueEdited = Signal()  # the user changed the date (typing is committed on leaving the field)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit(self)  # a child from the start: Tab leaves the field (Qt focus chain)
        self.line.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaxLength(12)
        width = self.line.fontMetrics().horizontalAdvance("00.00.00000") + 48
        self.line.setFixedWidth(width)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick the date on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field; Alt+Down opens it
        self.button.setAccessibleName(self.tr("Pick the date on a calendar"))
        self.button.setProperty("keyboardAlternative", CALENDAR_KEY)
        QShortcut(QKeySequence(CALENDAR_KEY), self.line, self.button.showMenu,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self._committed = ""
        self.line.editingFinished.connect(self.commit)
        self.line.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if not text:  # the clear button, or everything deleted: that is a decision, not typing
            self.commit()

    def _prepare_calendar(self) -> None:
        shown = self.value() or date.today()
        self.calendar.setSelectedDate(to_qdate(shown))

    def _picked(self, picked: QDate) -> None:
        self.menu.hide()
        self.line.setText(short_date(from_qdate(picked)))
        self.commit()

    def commit(self) -> None:
        """Tidy what was typed (1970-11-17 becomes 17.11.1970) and report a change, once."""
        text = self.line.text().strip()
        if self.error() == "" and text:
            text = short_date(self.value())
            if text != self.line.text():
                self.line.setText(text)
        if text != self._committed:
            self._committed = text
            self.valueEdited.emit()

    def state(self) -> str:
        return self._committed

    def restore(self, text: str) -> None:
        self.line.setText(text)
        self._committed = text

    def value(self) -> date | None:
        try:
            return parse_date(self.line.text())
        except ValueError:
            return None

    def set_value(self, value: date | None) -> None:
        self.restore(short_date(value))

    def error(self) -> str:
        try:
            parse_date(self.line.text())
        except ValueError as exc:
            if str(exc) == "format":
                return self.tr("Write the date as 17.11.1970 or 1970-11-17.")
            return self.tr("Not a real date: %1.").replace("%1", self.line.text().strip())
        return ""


class DateTimeField(QWidget):
    """A moment shown and typed in the mission's time zone, handed over as aware UTC."""

    valueEdited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.date = DateField()
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("hh:mm"))
        self.time.setMaxLength(5)
        self.time.setFixedWidth(self.time.fontMetrics().horizontalAdvance("00:000") + 16)
        self.zone_label = QLabel()
        self.zone_label.setEnabled(False)  # a quiet reminder, not a field
        self._zone_name = "UTC"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.date)
        layout.addWidget(self.time)
        layout.addWidget(self.zone_label)
        layout.addStretch(1)
        self.setFocusProxy(self.date)
        self._committed_time = ""
        self.date.valueEdited.connect(self.valueEdited)
        self.time.editingFinished.connect(self._commit_time)

    def set_zone(self, zone_name: str, label: str) -> None:
        self._zone_name = zone_name
        self.zone_label.setText(label)

    def commit(self) -> None:
        self.date.commit()
        self._commit_time()

    def _commit_time(self) -> None:
        text = self.time.text().strip()
        try:
            parsed = parse_time(text)
        except ValueError:
            parsed = None
        if parsed is not None:
            text = parsed.strftime("%H:%M")
            if text != self.time.text():
                self.time.setText(text)
        if text != self._committed_time:
            self._committed_time = text
            self.valueEdited.emit()

    def state(self) -> tuple[str, str]:
        return self.date.state(), self._committed_time

    def restore(self, state: tuple[str, str]) -> None:
        self.date.restore(state[0])
        self.time.setText(state[1])
        self._committed_time = state[1]

    def value(self) -> datetime | None:
        if self.error():
            return None
        day = self.date.value()
        clock = parse_time(self.time.text())
        if day is None or clock is None:
            return None
        return datetime.combine(day, clock, tzinfo=zone(self._zone_name)).astimezone(timezone.utc)

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.restore(("", ""))
            return
        local = value.astimezone(zone(self._zone_name))
        self.restore((short_date(local.date()), local.strftime("%H:%M")))

    def error(self) -> str:
        problem = self.date.error()
        if problem:
            return problem
        try:
            clock = parse_time(self.time.text())
        except ValueError:
            return self.tr("Write the time as 13:40.")
        has_day = self.date.value() is not None
        if has_day and clock is None:
            return self.tr("Give the time as well, e.g. 13:40.")
        if clock is not None and not has_day:
            return self.tr("Give the date as well.")
        return ""


def country_language() -> str:
    """Country names in the language of the user's interface where the names are translated."""
    language = QLocale().language()
    return {QLocale.Language.Russian: "ru", QLocale.Language.Chinese: "zh"}.get(language, "en")


class CountryCombo(QComboBox):
    """Every country by name; type part of a name ("kaz"), a code ("KZ") or a name in Russian
    ("Казахстан") and pick it."""

    valueEdited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        language = country_language()
        countries = sorted(((country_name(c.alpha_2, language), c.alpha_2) for c in pycountry.countries),
                           key=lambda pair: pair[0].casefold())
        self.addItem("", None)
        for name, code in countries:
            self.addItem(f"{name} ({code})", code)
        self.lineEdit().setPlaceholderText(self.tr("Type a country's name or code"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(24)
        self._committed: str | None = None
        self.activated.connect(self._resolve)
        self.lineEdit().editingFinished.connect(self._resolve)
        completer.activated.connect(lambda _text: self._resolve())

    def _resolve(self, *_args: object) -> None:
        text = self.currentText().strip()
        code: str | None = None
        if text:
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
            code = self.itemData(index) if index > 0 else country_code(text.rsplit("(", 1)[0])
            code = code or country_code(text)
        if code:
            self.setCurrentIndex(self.findData(code))
        state = code or text or None
        if state != self._committed:
            self._committed = state
            self.valueEdited.emit()

    def state(self) -> str | None:
        return self._committed

    def restore(self, state: str | None) -> None:
        index = self.findData(state) if state else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0)
            self.setEditText(state or "")
        self._committed = state

    def value(self) -> str | None:
        """The ISO code, or what the user typed if it names no country (the check says so)."""
        return self._committed

    def set_value(self, code: str | None) -> None:
        self.restore(code.upper() if code else None)

    def error(self) -> str:
        state = self._committed
        if state and self.findData(state) < 0:
            return self.tr("No country is known by this name; pick one from the list.")
        return ""


class FieldEdit(QUndoCommand):
    """One change to one field. Typing into the same field merges into one step, so that Ctrl+Z
    takes back a word, not a letter."""

    MERGE_BASE = 4200

    def __init__(self, name: str, old: Any, new: Any, text: str, apply: Callable[[str, Any], None],
                 merge_id: int = -1):
        super().__init__(text)
        self.name, self.old, self.new = name, old, new
        self._apply = apply
        self._merge_id = merge_id
        self._done = True  # the widget shows the new value already when the command is pushed

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.name != self.name:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed and deleted again: nothing left to undo
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.name, self.new)

    def undo(self) -> None:
        self._apply(self.name, self.old)
