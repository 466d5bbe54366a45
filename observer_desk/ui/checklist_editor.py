"""The checklist editor: the common changes to the mission's form, without a spreadsheet.

Sections and questions are listed on the left in form order; Up and Down move the one chosen
(a question moves across into the next section at the edge of its own). On the right: the
section's or question's name, its labels, hints and constraint message in English, Russian and
Chinese side by side, the answer type and its list of choices (values, labels in the three
languages, which answers count as negative and which are left out of "n of N"), the required
flag, and the relevance and constraint conditions, checked as they are typed.

The editor works on a copy of the checklist's definition and saves it whole through
checklist_editing.save_checklist: in place while no report uses the checklist, else as a new
version of the form. Import and export of XLSForm files are here too.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.errors import Problem, ValidationError
from observer_desk.core.services.checklist_editing import (
    ChecklistInfo,
    activate_checklist,
    checklist_for_editing,
    definition_problems,
    list_checklists,
    save_checklist,
)
from observer_desk.core.services.checklist_forms import FormRefused, export_xlsform, import_xlsform
from observer_desk.core.services.form_logic import expression_problem
from observer_desk.documents.xlsform import LANGUAGE_NAMES, NOTE_KEY

from .errors import describe
from .findings_labels import LANGUAGES, label_in
from .settings import application_settings
from .widgets import Banner, error_label, muted

AnyIndex = QModelIndex | QPersistentModelIndex
FOLDER_KEY = "checklistEditor/folder"
CHOICE_TYPES = ("yes_no", "rating4", "single", "multiple")
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_LISTS = {
    "yes_no": [("yes", {"en": "Yes", "ru": "Да", "zh": "是"}, False, False),
               ("no", {"en": "No", "ru": "Нет", "zh": "否"}, True, False),
               ("not_observed", {"en": "Not observed", "ru": "Не наблюдалось", "zh": "未观察到"},
                False, True)],
    "rating4": [("very_good", {"en": "Very good", "ru": "Очень хорошо", "zh": "很好"}, False, False),
                ("good", {"en": "Good", "ru": "Хорошо", "zh": "好"}, False, False),
                ("bad", {"en": "Bad", "ru": "Плохо", "zh": "差"}, True, False),
                ("very_bad", {"en": "Very bad", "ru": "Очень плохо", "zh": "很差"}, True, False)],
}


def type_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("ChecklistEditor", text)

    return {"yes_no": t("Yes / no / not observed"), "rating4": t("Rating: very good … very bad"),
            "single": t("One choice"), "multiple": t("Several choices"), "integer": t("Number"),
            "time": t("Time of day"), "text": t("Text")}


def _unique(base: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_]", "_", base) or "item"
    if base[0].isdigit():
        base = "q_" + base
    if base not in taken:
        return base
    number = 2
    while f"{base}_{number}" in taken:
        number += 1
    return f"{base}_{number}"


def _rename_references(definition: dict, old: str, new: str) -> int:
    """${old} becomes ${new} in every relevance and constraint; returns how many changed."""
    pattern = re.compile(r"\$\{\s*" + re.escape(old) + r"\s*\}")
    changed = 0
    for section in definition["sections"]:
        items = [section, *section["questions"]]
        for item in items:
            for key in ("relevant", "constraint"):
                text = item.get(key) or ""
                renamed = pattern.sub("${" + new + "}", text)
                if renamed != text:
                    item[key] = renamed
                    changed += 1
    return changed


class ChoicesModel(QAbstractTableModel):
    """The choices of one list, edited in place: value, a label per language, negative, left out."""

    VALUE, NEGATIVE, EXCLUDED = 0, 4, 5

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.choices: list[dict] = []
        self.editable = True
        self.on_change = lambda: None

    def set_choices(self, choices: list[dict], editable: bool = True) -> None:
        self.beginResetModel()
        self.choices = choices
        self.editable = editable
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.choices)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Value"), LANGUAGE_NAMES["en"], LANGUAGE_NAMES["ru"], LANGUAGE_NAMES["zh"],
                    self.tr("Negative"), self.tr("Not in N"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {self.VALUE: self.tr("What is stored and exported (letters, digits, _)"),
                    self.NEGATIVE: self.tr("Counts against: a 'no' where 'yes' is good, a bad rating"),
                    self.EXCLUDED: self.tr("Left out of N, like 'not observed' or 'not applicable'")
                    }.get(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return flags
        if index.column() in (self.NEGATIVE, self.EXCLUDED):
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        choice = self.choices[index.row()]
        column = index.column()
        if column in (self.NEGATIVE, self.EXCLUDED):
            if role == Qt.ItemDataRole.CheckStateRole:
                key = "negative" if column == self.NEGATIVE else "excluded"
                return Qt.CheckState.Checked if choice.get(key) else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.VALUE:
                return choice["value"]
            return choice["labels"].get(LANGUAGES[column - 1], "")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        choice = self.choices[index.row()]
        column = index.column()
        if column in (self.NEGATIVE, self.EXCLUDED) and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            choice["negative" if column == self.NEGATIVE else "excluded"] = checked
        elif role == Qt.ItemDataRole.EditRole and column == self.VALUE:
            text = str(value).strip().replace(" ", "_")
            if not text:
                return False
            choice["value"] = text
        elif role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            language = LANGUAGES[column - 1]
            if text:
                choice["labels"][language] = text
            else:
                choice["labels"].pop(language, None)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.on_change()
        return True

    def insert(self, row: int, choice: dict) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.choices.insert(row, choice)
        self.endInsertRows()
        self.on_change()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.choices[row]
        self.endRemoveRows()
        self.on_change()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self.choices) and 0 <= target < len(self.choices)):
            return row
        self.beginResetModel()
        self.choices[row], self.choices[target] = self.choices[target], self.choices[row]
        self.endResetModel()
        self.on_change()
        return target


class LabelsGrid(QWidget):
    """Texts in English, Russian and Chinese side by side, one row per kind of text."""

    changed = Signal()

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, language in enumerate(LANGUAGES, start=1):
            header = QLabel(f"{LANGUAGE_NAMES[language]} ({language})")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
        self.edits: dict[tuple[str, str], QLineEdit] = {}
        self.targets: dict[str, dict[str, str]] = {}
        for row, (key, title) in enumerate(rows, start=1):
            grid.addWidget(QLabel(title), row, 0)
            for column, language in enumerate(LANGUAGES, start=1):
                edit = QLineEdit()
                edit.setObjectName(f"{key}_{language}")
                edit.textEdited.connect(lambda text, key=key, language=language: self._edited(key, language, text))
                grid.addWidget(edit, row, column)
                self.edits[(key, language)] = edit

    def bind(self, targets: dict[str, dict[str, str]]) -> None:
        """Show (and from now on edit) these label dictionaries, by row key."""
        self.targets = targets
        for (key, language), edit in self.edits.items():
            edit.setText((targets.get(key) or {}).get(language, ""))
            edit.setCursorPosition(0)  # the start of a long label, not its end

    def _edited(self, key: str, language: str, text: str) -> None:
        target = self.targets.get(key)
        if target is None:
            return
        if text.strip():
            target[language] = text
        else:
            target.pop(language, None)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)


class ExpressionEdit(QWidget):
    """A relevance or constraint condition with its problem shown as it is typed."""

    edited = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.problem = error_label()
        self.names: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.edit.textEdited.connect(self._edited)

    def set_text(self, text: str, names: list[str]) -> None:
        self.names = names
        self.edit.setText(text)
        self.check()

    def check(self) -> str | None:
        why = expression_problem(self.edit.text(), self.names)
        self.problem.setText(why or "")
        self.problem.setVisible(bool(why))
        return why

    def _edited(self, text: str) -> None:
        self.check()
        self.edited.emit(text)


class SectionPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.section: dict | None = None
        self.name = QLineEdit()
        self.labels = LabelsGrid([("labels", self.tr("Title"))])
        self.relevant = ExpressionEdit(self.tr("Shown when, e.g. ${phase} = 'opening' (empty: always)"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Shown when:"), self.relevant)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.labels)
        layout.addStretch(1)
        self.name.textEdited.connect(self._name)
        self.labels.changed.connect(self.changed)
        self.relevant.edited.connect(self._relevant)

    def show_section(self, section: dict, names: list[str]) -> None:
        self.section = section
        self.name.setText(section["name"])
        self.labels.bind({"labels": section.setdefault("labels", {})})
        self.relevant.set_text(section.get("relevant") or "", names)

    def _name(self, text: str) -> None:
        if self.section is not None:
            self.section["name"] = text.strip()
            self.changed.emit()

    def _relevant(self, text: str) -> None:
        if self.section is not None:
            self.section["relevant"] = text.strip()
            self.changed.emit()


class QuestionPanel(QWidget):
    changed = Signal()
    renamed = Signal(str, str)  # old, new

    def __init__(self, editor: ChecklistEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.question: dict | None = None
        self._old_name = ""
        self.name = QLineEdit()
        self.name.setToolTip(self.tr("The column name in ODK and Kobo exports: letters, digits and _"))
        self.note_label = muted(self.tr("A note: text shown on the form, never answered."))
        self.type_box = QComboBox()
        for value, text in type_labels().items():
            self.type_box.addItem(text, value)
        self.list_box = QComboBox()
        self.required = QCheckBox(self.tr("An answer is required (when the question applies)"))
        self.relevant = ExpressionEdit(self.tr("Shown when, e.g. ${group_voting} = 'yes' (empty: always)"))
        self.constraint = ExpressionEdit(self.tr("Valid when, e.g. . <= ${registered_voters} (. is the answer)"))
        self.labels = LabelsGrid([("labels", self.tr("Question")), ("hints", self.tr("Hint")),
                                  ("constraint_messages", self.tr("When invalid"))])
        self.choices_box = QGroupBox()
        self.choices = ChoicesModel(self)
        self.choices.on_change = self._choices_changed
        self.choices_view = QTableView()
        self.choices_view.setModel(self.choices)
        self.choices_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (ChoicesModel.NEGATIVE, ChoicesModel.EXCLUDED):
            self.choices_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.choices_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.choices_view.setMinimumHeight(150)
        self.add_choice_button = QPushButton(self.tr("Add Choice"))
        self.add_choice_button.clicked.connect(self.add_choice)
        self.choice_up_button = QPushButton(self.tr("Up"))
        self.choice_up_button.clicked.connect(lambda: self.move_choice(-1))
        self.choice_down_button = QPushButton(self.tr("Down"))
        self.choice_down_button.clicked.connect(lambda: self.move_choice(1))
        self.remove_choice_button = QPushButton(self.tr("Remove"))
        self.remove_choice_button.clicked.connect(self.remove_choice)
        choice_buttons = QHBoxLayout()
        for button in (self.add_choice_button, self.choice_up_button, self.choice_down_button,
                       self.remove_choice_button):
            choice_buttons.addWidget(button)
        choice_buttons.addStretch(1)
        choices_layout = QVBoxLayout(self.choices_box)
        choices_layout.addWidget(self.choices_view)
        choices_layout.addLayout(choice_buttons)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.note_label)
        form.addRow(self.tr("Answer:"), self.type_box)
        form.addRow(self.tr("Choice list:"), self.list_box)
        form.addRow("", self.required)
        form.addRow(self.tr("Shown when:"), self.relevant)
        form.addRow(self.tr("Valid when:"), self.constraint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.labels)
        layout.addWidget(self.choices_box, 4)
        layout.addStretch(1)  # takes the room when a question has no choices

        self.name.textEdited.connect(self._name_edited)
        self.name.editingFinished.connect(self._name_finished)
        self.type_box.activated.connect(self._type_chosen)
        self.list_box.activated.connect(self._list_chosen)
        self.required.toggled.connect(self._required)
        self.relevant.edited.connect(lambda text: self._set("relevant", text.strip()))
        self.constraint.edited.connect(lambda text: self._set("constraint", text.strip()))
        self.labels.changed.connect(self.changed)

    def show_question(self, question: dict, names: list[str]) -> None:
        self.question = None  # no edits while the widgets are filled
        note = (question.get("extra") or {}).get(NOTE_KEY) == "note"
        self.name.setText(question["name"])
        self._old_name = question["name"]
        self.note_label.setVisible(note)
        self.type_box.setEnabled(not note)
        self.type_box.setCurrentIndex(self.type_box.findData(question["type"]))
        self.required.setChecked(bool(question.get("required")))
        self.required.setEnabled(not note)
        self.relevant.set_text(question.get("relevant") or "", names)
        self.constraint.set_text(question.get("constraint") or "", names)
        self.constraint.setEnabled(not note)
        for key in ("labels", "hints", "constraint_messages"):
            question.setdefault(key, {})
        self.labels.bind({key: question[key] for key in ("labels", "hints", "constraint_messages")})
        self.question = question
        self._show_list()

    def _show_list(self) -> None:
        question = self.question
        if question is None:
            return
        lists = self.editor.definition["choice_lists"]
        self.list_box.clear()
        for choice_list in lists:
            self.list_box.addItem(choice_list["name"], choice_list["name"])
        self.list_box.addItem(self.tr("New list…"), "")
        has_list = question["type"] in CHOICE_TYPES
        self.list_box.setEnabled(has_list)
        self.choices_box.setVisible(has_list)
        if not has_list:
            self.list_box.setCurrentIndex(-1)
            self.choices.set_choices([])
            return
        self.list_box.setCurrentIndex(self.list_box.findData(question.get("choices")))
        choice_list = self.editor.choice_list(question.get("choices"))
        users = sum(1 for q in self.editor.questions() if q.get("choices") == question.get("choices"))
        self.choices_box.setTitle(self.tr("Choices of the list “%1” (used by %Ln question(s))", "", users)
                                  .replace("%1", question.get("choices") or ""))
        self.choices.set_choices(choice_list["choices"] if choice_list else [])

    def _set(self, key: str, value: Any) -> None:
        if self.question is not None:
            self.question[key] = value
            self.changed.emit()

    def _required(self, on: bool) -> None:
        self._set("required", on)

    def _name_edited(self, text: str) -> None:
        self._set("name", text.strip())

    def _name_finished(self) -> None:
        if self.question is None:
            return
        new = self.question["name"]
        if new and new != self._old_name:
            self.renamed.emit(self._old_name, new)
            self._old_name = new

    def _type_chosen(self) -> None:
        question = self.question
        if question is None:
            return
        kind = self.type_box.currentData()
        question["type"] = kind
        if kind in CHOICE_TYPES:
            question["choices"] = self.editor.list_for(kind, question.get("choices"), question["name"])
        else:
            question["choices"] = None
        self._show_list()
        self.changed.emit()

    def _list_chosen(self) -> None:
        question = self.question
        if question is None:
            return
        name = self.list_box.currentData()
        if name == "":
            name = self.editor.new_list(question["name"])
        question["choices"] = name
        self._show_list()
        self.changed.emit()

    def _choices_changed(self) -> None:
        self.changed.emit()

    def add_choice(self) -> None:
        if not self.choices_box.isVisible() and self.question is None:
            return
        taken = {c["value"] for c in self.choices.choices}
        row = self.choices_view.currentIndex().row()
        row = row + 1 if row >= 0 else len(self.choices.choices)
        value = _unique(f"option_{len(taken) + 1}", taken)
        self.choices.insert(row, {"value": value, "labels": {"en": value.replace("_", " ").capitalize()},
                                  "negative": False, "excluded": False})
        self.choices_view.setCurrentIndex(self.choices.index(row, 1))

    def move_choice(self, step: int) -> None:
        row = self.choices.move(self.choices_view.currentIndex().row(), step)
        self.choices_view.selectRow(row)

    def remove_choice(self) -> None:
        row = self.choices_view.currentIndex().row()
        if 0 <= row < len(self.choices.choices):
            self.choices.remove(row)


def form_problems(refusal: ValidationError) -> tuple[list[Problem], list[Problem]]:
    """(errors, items a checklist cannot hold) of a form the import refused; a refusal that does
    not tell them apart (installing the form failed) counts every problem as an error."""
    if isinstance(refusal, FormRefused) and (refusal.errors or refusal.unsupported):
        return list(refusal.errors), list(refusal.unsupported)
    return list(refusal.problems), []


class ChecklistEditor(QWidget):
    """The Checklist tab."""

    saved = Signal(object)  # SavedChecklist or the ChecklistImport of an XLSForm
    statusMessage = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.mission_id: int | None = None
        self.info: ChecklistInfo | None = None
        self.definition: dict = {"sections": [], "choice_lists": [], "titles": {}}
        self.language = "en"
        self._dirty = False
        self._filling = False

        self.banner = Banner()
        self.version_box = QComboBox()
        self.version_box.activated.connect(self._version_chosen)
        self.usage = muted()
        self.activate_button = QPushButton(self.tr("Make Active"))
        self.activate_button.setToolTip(self.tr("Enter new reports on this version and count its "
                                                "reports in the analysis"))
        self.activate_button.clicked.connect(self.activate)
        self.import_button = QPushButton(self.tr("&Import XLSForm…"))
        self.import_button.clicked.connect(lambda: self.import_form())
        self.export_button = QPushButton(self.tr("E&xport XLSForm…"))
        self.export_button.clicked.connect(lambda: self.export_form())
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("&Save Checklist"))
        self.save_button.clicked.connect(lambda: self.save())
        self.form_id = QLineEdit()
        self.form_version = QLineEdit()
        self.form_version.setMaximumWidth(120)
        self.form_id.textEdited.connect(lambda text: self._set_top("form_id", text.strip()))
        self.form_version.textEdited.connect(lambda text: self._set_top("form_version", text.strip()))
        self.titles = LabelsGrid([("titles", self.tr("Form title"))])
        self.titles.changed.connect(self._changed)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Version:")))
        top.addWidget(self.version_box)
        top.addWidget(self.activate_button)
        top.addWidget(self.usage, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        ids = QHBoxLayout()
        ids.addWidget(QLabel(self.tr("Form id:")))
        ids.addWidget(self.form_id, 1)
        ids.addWidget(QLabel(self.tr("Form version:")))
        ids.addWidget(self.form_version)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Answer"), self.tr("Name")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 120)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.add_section_button = QPushButton(self.tr("Add Section"))
        self.add_section_button.clicked.connect(self.add_section)
        self.add_question_button = QPushButton(self.tr("Add &Question"))
        self.add_question_button.clicked.connect(self.add_question)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setShortcut("Alt+Up")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setShortcut("Alt+Down")
        self.down_button.clicked.connect(lambda: self.move(1))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        tree_buttons = QHBoxLayout()
        for button in (self.add_section_button, self.add_question_button, self.up_button,
                       self.down_button, self.delete_button):
            tree_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(tree_buttons)

        self.section_panel = SectionPanel()
        self.section_panel.changed.connect(self._changed)
        self.question_panel = QuestionPanel(self)
        self.question_panel.changed.connect(self._changed)
        self.question_panel.renamed.connect(self._renamed)
        self.panels = QStackedWidget()
        self.panels.addWidget(muted(self.tr("Choose a section or question on the left.")))
        self.panels.addWidget(self.section_panel)
        self.panels.addWidget(self.question_panel)
        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setWidget(self.panels)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(panel_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 640])
        bottom = QHBoxLayout()
        self.problems = muted()
        bottom.addWidget(self.problems, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(ids)
        layout.addWidget(self.titles)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # loading -----------------------------------------------------------------------------------

    def load(self, db: Database, mission_id: int, language: str = "en",
             checklist_id: int | None = None) -> None:
        self.db, self.mission_id, self.language = db, mission_id, language
        try:
            self.info, definition = checklist_for_editing(db, mission_id, checklist_id)
            versions = list_checklists(db, mission_id)
        except Exception as exc:  # noqa: BLE001 - a mission without a checklist, say
            self.info, definition, versions = None, {"sections": [], "choice_lists": [], "titles": {}}, []
            self.banner.show_message("info", describe(exc))
        self.definition = copy.deepcopy(definition)
        self.version_box.clear()
        for info in versions:
            text = info.label + ("  " + self.tr("(active)") if info.active else "")
            self.version_box.addItem(text, info.id)
        if self.info is not None:
            self.version_box.setCurrentIndex(self.version_box.findData(self.info.id))
        self._fill()
        self._dirty = False
        self._update_buttons()

    def set_language(self, language: str) -> None:
        self.language = language
        current = self._current_path()
        self._fill_tree()
        self._select_path(current)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _fill(self) -> None:
        self._filling = True
        self.form_id.setText(self.definition.get("form_id", ""))
        self.form_version.setText(self.definition.get("form_version", ""))
        self.titles.bind({"titles": self.definition.setdefault("titles", {})})
        self._filling = False
        info = self.info
        if info is not None:
            if info.reports:
                self.usage.setText(self.tr("%Ln report(s) were filed on this version: saving an edit "
                                           "makes a new version.", "", info.reports))
            else:
                self.usage.setText(self.tr("No report uses this version yet: edits replace it."))
        self._fill_tree()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first.child(0) or first)
        self._show_current()

    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        types = type_labels()
        for section in self.definition["sections"]:
            item = QTreeWidgetItem([label_in(section.get("labels"), self.language, section["name"]),
                                    "", section["name"]])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setData(0, KIND_ROLE, "section")
            for question in section["questions"]:
                note = (question.get("extra") or {}).get(NOTE_KEY) == "note"
                child = QTreeWidgetItem([
                    label_in(question.get("labels"), self.language, question["name"]),
                    self.tr("Note") if note else types.get(question["type"], question["type"]),
                    question["name"]])
                child.setData(0, KIND_ROLE, "question")
                child.setToolTip(0, label_in(question.get("labels"), self.language, question["name"]))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        self.tree.blockSignals(False)

    # what is chosen ------------------------------------------------------------------------------

    def _current_path(self) -> tuple[int, int] | None:
        """(section index, question index or -1) of the chosen item."""
        item = self.tree.currentItem()
        if item is None:
            return None
        parent = item.parent()
        if parent is None:
            return self.tree.indexOfTopLevelItem(item), -1
        return self.tree.indexOfTopLevelItem(parent), parent.indexOfChild(item)

    def _select_path(self, path: tuple[int, int] | None) -> None:
        if path is None:
            return
        section = self.tree.topLevelItem(path[0])
        if section is None:
            return
        item = section.child(path[1]) if path[1] >= 0 else section
        self.tree.setCurrentItem(item or section)
        self._show_current()

    def questions(self) -> list[dict]:
        return [q for s in self.definition["sections"] for q in s["questions"]]

    def names(self) -> list[str]:
        return [q["name"] for q in self.questions()]

    def choice_list(self, name: str | None) -> dict | None:
        return next((cl for cl in self.definition["choice_lists"] if cl["name"] == name), None)

    def list_for(self, kind: str, current: str | None, question_name: str) -> str:
        """A list that suits the answer type: the current one if it does, else the usual one."""
        choice_list = self.choice_list(current)
        values = {c["value"] for c in choice_list["choices"]} if choice_list else set()
        if kind == "yes_no" and {"yes", "no"} <= values:
            return current or ""
        if kind == "rating4" and choice_list and len([c for c in choice_list["choices"]
                                                       if not c.get("excluded")]) == 4:
            return current or ""
        if kind in ("single", "multiple") and choice_list:
            return current or ""
        if kind in DEFAULT_LISTS:
            for candidate in self.definition["choice_lists"]:
                if candidate["name"] == kind:
                    return kind
            self.definition["choice_lists"].append({"name": kind, "choices": [
                {"value": v, "labels": dict(labels), "negative": negative, "excluded": excluded}
                for v, labels, negative, excluded in DEFAULT_LISTS[kind]]})
            return kind
        return self.new_list(question_name)

    def new_list(self, question_name: str) -> str:
        taken = {cl["name"] for cl in self.definition["choice_lists"]}
        name = _unique(f"{question_name}_choices", taken)
        self.definition["choice_lists"].append({"name": name, "choices": [
            {"value": "option_1", "labels": {"en": "Option 1"}, "negative": False, "excluded": False},
            {"value": "option_2", "labels": {"en": "Option 2"}, "negative": False, "excluded": False}]})
        return name

    def _show_current(self) -> None:
        path = self._current_path()
        if path is None or path[0] >= len(self.definition["sections"]):
            self.panels.setCurrentIndex(0)
        elif path[1] < 0:
            self.section_panel.show_section(self.definition["sections"][path[0]], self.names())
            self.panels.setCurrentWidget(self.section_panel)
        else:
            self.question_panel.show_question(self.definition["sections"][path[0]]["questions"][path[1]],
                                              self.names())
            self.panels.setCurrentWidget(self.question_panel)
        self._update_buttons()

    # editing -----------------------------------------------------------------------------------

    def _set_top(self, key: str, value: str) -> None:
        if not self._filling:
            self.definition[key] = value
            self._changed()

    def _changed(self) -> None:
        if self._filling:
            return
        self._dirty = True
        path = self._current_path()
        item = self.tree.currentItem()
        if path is not None and item is not None:
            section = self.definition["sections"][path[0]]
            if path[1] < 0:
                item.setText(0, label_in(section.get("labels"), self.language, section["name"]))
                item.setText(2, section["name"])
            else:
                question = section["questions"][path[1]]
                item.setText(0, label_in(question.get("labels"), self.language, question["name"]))
                item.setText(1, type_labels().get(question["type"], question["type"]))
                item.setText(2, question["name"])
        self.problems.setText("")
        self._update_buttons()

    def _renamed(self, old: str, new: str) -> None:
        changed = _rename_references(self.definition, old, new)
        if changed:
            self.statusMessage.emit(self.tr("%Ln condition(s) now refer to ${%1}", "", changed)
                                    .replace("%1", new), 5000)

    def add_section(self) -> None:
        path = self._current_path()
        taken = {s["name"] for s in self.definition["sections"]} | set(self.names())
        section = {"name": _unique("section", taken), "labels": {"en": self.tr("New section")},
                   "relevant": "", "questions": []}
        index = path[0] + 1 if path else len(self.definition["sections"])
        self.definition["sections"].insert(index, section)
        self._fill_tree()
        self._select_path((index, -1))
        self._changed()

    def add_question(self) -> None:
        if not self.definition["sections"]:
            self.add_section()
        path = self._current_path() or (len(self.definition["sections"]) - 1, -1)
        section = self.definition["sections"][path[0]]
        taken = {s["name"] for s in self.definition["sections"]} | set(self.names())
        name = _unique("question", taken)
        question = {"name": name, "type": "yes_no", "choices": self.list_for("yes_no", None, name),
                    "labels": {"en": self.tr("New question")}, "hints": {}, "required": False,
                    "relevant": "", "constraint": "", "constraint_messages": {}, "extra": {}}
        index = path[1] + 1 if path[1] >= 0 else len(section["questions"])
        section["questions"].insert(index, question)
        self._fill_tree()
        self._select_path((path[0], index))
        self._changed()
        self.question_panel.name.setFocus()
        self.question_panel.name.selectAll()

    def move(self, step: int) -> None:
        path = self._current_path()
        if path is None:
            return
        sections = self.definition["sections"]
        section_index, question_index = path
        if question_index < 0:
            target = section_index + step
            if 0 <= target < len(sections):
                sections[section_index], sections[target] = sections[target], sections[section_index]
                self._fill_tree()
                self._select_path((target, -1))
                self._changed()
            return
        questions = sections[section_index]["questions"]
        target = question_index + step
        if 0 <= target < len(questions):
            questions[question_index], questions[target] = questions[target], questions[question_index]
            new_path = (section_index, target)
        else:
            # over the edge of the section: into the next one (or the one before)
            next_section = section_index + step
            if not 0 <= next_section < len(sections):
                return
            question = questions.pop(question_index)
            neighbours = sections[next_section]["questions"]
            position = 0 if step > 0 else len(neighbours)
            neighbours.insert(position, question)
            new_path = (next_section, position)
        self._fill_tree()
        self._select_path(new_path)
        self._changed()

    def delete(self) -> None:
        path = self._current_path()
        if path is None:
            return
        sections = self.definition["sections"]
        if path[1] < 0:
            section = sections[path[0]]
            if section["questions"]:
                answer = QMessageBox.question(
                    self, self.tr("Delete section"),
                    self.tr("Delete the section “%1” with its %Ln question(s)?", "", len(section["questions"]))
                    .replace("%1", label_in(section.get("labels"), self.language, section["name"])))
                if answer != QMessageBox.StandardButton.Yes:
                    return
            del sections[path[0]]
            new_path = (min(path[0], len(sections) - 1), -1) if sections else None
        else:
            questions = sections[path[0]]["questions"]
            del questions[path[1]]
            new_path = (path[0], min(path[1], len(questions) - 1)) if questions else (path[0], -1)
        self._fill_tree()
        self._select_path(new_path)
        if new_path is None:
            self.panels.setCurrentIndex(0)
        self._changed()

    # saving --------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        loaded = self.info is not None
        path = self._current_path()
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(path is not None)
        self.save_button.setEnabled(loaded and self._dirty)
        self.revert_button.setEnabled(self._dirty)
        self.export_button.setEnabled(loaded)
        self.activate_button.setEnabled(loaded and not self.info.active)
        self.add_question_button.setEnabled(loaded)
        self.add_section_button.setEnabled(loaded)

    def _used_lists(self) -> dict:
        """The definition without the lists no question uses any longer."""
        definition = copy.deepcopy(self.definition)
        used = {q.get("choices") for q in self.questions()}
        definition["choice_lists"] = [cl for cl in definition["choice_lists"] if cl["name"] in used]
        return definition

    def save(self) -> bool:
        if self.db is None or self.mission_id is None or self.info is None:
            return False
        definition = self._used_lists()
        problems = definition_problems(definition)
        if problems:
            self.banner.show_message("error", self.tr("The checklist cannot be saved yet:") + "\n"
                                     + "\n".join(f"• {p}" for p in problems))
            self.problems.setText(self.tr("%Ln problem(s) to fix", "", len(problems)))
            return False
        if self.info.reports:
            answer = QMessageBox.question(
                self, self.tr("Save as a new version"),
                self.tr("%Ln report(s) were filed on version %1. The edited checklist is saved as a new "
                        "version and becomes the one new reports are entered on; those reports stay on "
                        "version %1. Save?", "", self.info.reports)
                .replace("%1", self.info.form_version))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            result = save_checklist(self.db, self.mission_id, self.info.id, self.info.version, definition)
        except ValidationError as exc:
            self.banner.show_message("error", self.tr("The checklist was not saved:") + "\n" + describe(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - a stale edit or a database error, in words
            self.banner.show_message("error", describe(exc))
            return False
        self.load(self.db, self.mission_id, self.language, result.checklist_id)
        text = (self.tr("Saved as version %1, now the active checklist.") if result.new_version
                else self.tr("Checklist saved (version %1).")).replace("%1", result.form_version)
        self.banner.show_message("success", text)
        self.statusMessage.emit(text, 5000)
        self.saved.emit(result)
        return True

    def revert(self) -> None:
        if self.db is not None and self.mission_id is not None:
            self.load(self.db, self.mission_id, self.language, self.info.id if self.info else None)

    def _version_chosen(self) -> None:
        checklist_id = self.version_box.currentData()
        if checklist_id is None or (self.info and checklist_id == self.info.id):
            return
        if self._dirty:
            answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                          self.tr("Discard the changes to this checklist?"))
            if answer != QMessageBox.StandardButton.Yes:
                self.version_box.setCurrentIndex(self.version_box.findData(self.info.id))
                return
        self.load(self.db, self.mission_id, self.language, checklist_id)

    def activate(self) -> None:
        if self.db is None or self.info is None:
            return
        try:
            activate_checklist(self.db, self.mission_id, self.info.id)
        except Exception as exc:  # noqa: BLE001
            self.banner.show_message("error", describe(exc))
            return
        self.load(self.db, self.mission_id, self.language, self.info.id)
        self.saved.emit(self.info)

    def import_form(self, path: str | None = None) -> bool:
        if self.db is None or self.mission_id is None:
            return False
        settings = application_settings()
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import XLSForm"), str(settings.value(FOLDER_KEY) or Path.home()),
                self.tr("XLSForm workbooks (*.xlsx);;All files (*)"))
        if not path:
            return False
        settings.setValue(FOLDER_KEY, str(Path(path).parent))
        try:
            result = import_xlsform(self.db, self.mission_id, path)
        except ValidationError as exc:
            errors, unsupported = form_problems(exc)
            if errors or not unsupported:
                listed = "\n".join(f"• {p}" for p in (*errors, *unsupported))
                self.banner.show_message("error", self.tr("The form was not imported:") + "\n" + listed)
                return False
            listed = "\n".join(f"• {p}" for p in unsupported)
            answer = QMessageBox.question(
                self, self.tr("Import XLSForm"),
                self.tr("The form has items a checklist cannot hold:\n%1\n\nLeave them out and import "
                        "the rest?").replace("%1", listed))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                result = import_xlsform(self.db, self.mission_id, path, leave_out_unsupported=True)
            except Exception as again:  # noqa: BLE001
                self.banner.show_message("error", describe(again))
                return False
        except Exception as exc:  # noqa: BLE001 - an unreadable file, in words
            self.banner.show_message("error", self.tr("The form was not imported: %1").replace("%1", describe(exc)))
            return False
        self.load(self.db, self.mission_id, self.language, result.checklist_id)
        self.banner.show_message("success", result.summary())
        self.saved.emit(result)
        return True

    def export_form(self, path: str | None = None) -> Path | None:
        if self.db is None or self.mission_id is None or self.info is None:
            return None
        settings = application_settings()
        if not path:
            suggested = Path(str(settings.value(FOLDER_KEY) or Path.home())) / \
                f"{self.info.form_id}-{self.info.form_version}.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export XLSForm"), str(suggested),
                                                  self.tr("XLSForm workbooks (*.xlsx)"))
        if not path:
            return None
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        settings.setValue(FOLDER_KEY, str(target.parent))
        try:
            export_xlsform(self.db, self.mission_id, target, checklist_id=self.info.id)
        except Exception as exc:  # noqa: BLE001
            self.banner.show_message("error", describe(exc))
            return None
        note = " " + self.tr("(the saved checklist, without the changes not saved yet)") if self._dirty else ""
        self.banner.show_message("success", self.tr("Exported to %1").replace("%1", str(target)) + note)
        return target
