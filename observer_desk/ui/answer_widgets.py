"""The answer fields of the report form, one per answer type, made for fast keyboard entry.

A choice question takes the number of its answer: with the yes/no list, 1 is Yes, 2 No and
3 Not observed; the form then moves to the next question, so a paper form is typed in as a run
of digits. Tab moves on without answering, Delete or Backspace clears, and a click works too
(clicking the chosen answer again clears it). A multiple choice toggles an answer per digit and
stays put until Tab. Numbers and times are typed; a time may be typed as 930, 0930 or 9:30 and
reads 09:30 once the field is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from .widgets import ERROR_COLOUR

DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
_CLOCK = re.compile(r"^\s*(\d{1,2})(?::?(\d{2}))?\s*$")


def normalise_clock(text: str) -> str:
    """"930" -> "09:30", "9" -> "09:00", "09:30" stays; anything else is returned as typed."""
    stripped = text.strip()
    if not stripped:
        return ""
    digits = stripped.replace(":", "")
    if ":" not in stripped and digits.isdigit() and len(digits) in (3, 4):
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    else:
        match = _CLOCK.match(stripped)
        if not match:
            return stripped
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        return stripped
    return f"{hours:02d}:{minutes:02d}"


class AnswerField(QFrame):
    """The frame every answer field lives in: it shows focus and a wrong answer by its border."""

    changed = Signal()
    committed = Signal()  # answered with a digit: the form may move on

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("answerField")
        self._focused = False
        self._invalid = False
        self._restyle()

    def value(self) -> str:
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        return self

    def set_invalid(self, invalid: bool) -> None:
        if invalid != self._invalid:
            self._invalid = invalid
            self._restyle()

    def _set_focused(self, focused: bool) -> None:
        self._focused = focused
        self._restyle()

    def _restyle(self) -> None:
        colour = "palette(highlight)" if self._focused else (ERROR_COLOUR if self._invalid else "transparent")
        self.setStyleSheet(f"QFrame#answerField {{ border: 2px solid {colour}; border-radius: 5px; }}")


class ChoiceField(AnswerField):
    """One answer (or several, for a multiple choice) from a list, by digit or by click."""

    def __init__(self, choices: Sequence[tuple[str, str]], *, multiple: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.multiple = multiple
        self.values = [value for value, _label in choices]
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # kept exclusive by hand, so the chosen one can be cleared
        self.buttons: list[QAbstractButton] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setHorizontalSpacing(18)
        layout.setVerticalSpacing(2)
        longest = max((len(label) for _value, label in choices), default=0)
        columns = len(choices) if len(choices) <= 4 and longest <= 20 else (
            3 if longest <= 16 else 2)
        columns = max(1, min(columns, len(choices)))
        for index, (value, label) in enumerate(choices):
            key = str((index + 1) % 10) if index < 10 else ""
            text = f"{key}  {label}" if key else label
            button: QAbstractButton = QCheckBox(text) if multiple else QRadioButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(value)
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button, index // columns, index % columns)
        layout.setColumnStretch(columns, 1)
        self.group.idClicked.connect(self._clicked)

    def value(self) -> str:
        return " ".join(self.values[i] for i, b in enumerate(self.buttons) if b.isChecked())

    def set_value(self, value: str) -> None:
        chosen = set((value or "").split())
        for position, button in enumerate(self.buttons):
            button.setChecked(self.values[position] in chosen)

    def _clicked(self, index: int) -> None:
        if not self.multiple and self.buttons[index].isChecked():
            for position, button in enumerate(self.buttons):
                if position != index:
                    button.setChecked(False)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.changed.emit()

    def choose(self, index: int) -> None:
        """What a digit does: choose (or, in a multiple choice, toggle) the answer."""
        if not 0 <= index < len(self.buttons):
            return
        if self.multiple:
            self.buttons[index].setChecked(not self.buttons[index].isChecked())
            self.changed.emit()
            return
        for position, button in enumerate(self.buttons):
            button.setChecked(position == index)
        self.changed.emit()
        self.committed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in DIGIT_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            digit = DIGIT_KEYS[key]
            self.choose(9 if digit == 0 else digit - 1)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.value():
                self.set_value("")
                self.changed.emit()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not self.multiple and self.buttons:
            checked = next((i for i, b in enumerate(self.buttons) if b.isChecked()), -1)
            step = 1 if key == Qt.Key.Key_Right else -1
            target = (checked + step) % len(self.buttons) if checked >= 0 else 0
            for position, button in enumerate(self.buttons):
                button.setChecked(position == target)
            self.changed.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._set_focused(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._set_focused(False)
        super().focusOutEvent(event)


class _LineField(AnswerField):
    def __init__(self, pattern: str | None = None, placeholder: str = "", width: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        if pattern:
            self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self.edit))
        if width:
            self.edit.setFixedWidth(width)
        self.edit.textChanged.connect(self.changed)
        self.edit.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.edit)
        if width:
            layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def focus_target(self) -> QWidget:
        return self.edit

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: str) -> None:
        self.edit.setText(value or "")

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001 - Qt's signature
        if watched is self.edit:
            if event.type() == event.Type.FocusIn:
                self._set_focused(True)
            elif event.type() == event.Type.FocusOut:
                self._set_focused(False)
        return False


class IntegerField(_LineField):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(r"[+-]?\d{0,9}", "", 120, parent)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)


class TimeField(_LineField):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(r"\d{0,2}:?\d{0,2}", self.tr("HH:MM"), 80, parent)
        self.edit.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        tidy = normalise_clock(self.edit.text())
        if tidy != self.edit.text():
            self.edit.setText(tidy)

    def value(self) -> str:
        return normalise_clock(self.edit.text())


class TextField(_LineField):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(None, "", None, parent)


class NoteField(AnswerField):
    """A note of the form: text to read, nothing to answer."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        label = QLabel(text)
        label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(label)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def value(self) -> str:
        return ""

    def set_value(self, value: str) -> None:
        return None


def answer_field(answer_type: str, choices: Sequence[tuple[str, str]], *, note_text: str | None = None
                 ) -> AnswerField:
    if note_text is not None:
        return NoteField(note_text)
    if answer_type in ("yes_no", "rating4", "single"):
        return ChoiceField(choices)
    if answer_type == "multiple":
        return ChoiceField(choices, multiple=True)
    if answer_type == "integer":
        return IntegerField()
    if answer_type == "time":
        return TimeField()
    return TextField()
