"""The wizard page where the user says what the columns the reader did not recognise hold.

The reader never guesses: a header it does not know ("Наименование ведомства", "Clothing size")
is reported, and here the user maps it to a field or leaves it ignored. Choices are kept in
QSettings under the header's folded text, so the next list from the same state is read the same
way without asking twice; they are pre-filled, and can still be changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from observer_desk.core.language import listed
from observer_desk.documents.workbook_samples import column_samples as read_samples
from observer_desk.documents.nominations_reader import NominationsFile, SourceColumn
from observer_desk.documents.roster_columns import BY_FIELD, COLUMNS, field_for_header, fold_header

from .widgets import error_label, muted

MAPPING_KEY = "importWizard/columnMapping"
SAMPLE_COUNT = 3
SAMPLE_ROWS = 60  # rows under the header looked at for sample values
SAMPLE_WIDTH = 40  # characters of one sample shown
HEADER_WIDTH = 300  # pixels a header may take before it wraps


# --- what is remembered ---------------------------------------------------------------------

def remembered_mapping(settings: QSettings) -> dict[str, str | None]:
    """{folded header: field, or None for "ignore"} as chosen before; entries naming a field
    this version does not have are dropped rather than trusted."""
    raw = settings.value(MAPPING_KEY)
    try:
        stored = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    mapping: dict[str, str | None] = {}
    for header, target in stored.items():
        if not isinstance(header, str) or not header:
            continue
        if target in ("", None):
            mapping[header] = None
        elif isinstance(target, str) and target in BY_FIELD:
            mapping[header] = target
    return mapping


def remember_mapping(settings: QSettings, choices: Mapping[str, str | None]) -> None:
    mapping = remembered_mapping(settings)
    mapping.update({fold_header(header): target for header, target in choices.items()})
    settings.setValue(MAPPING_KEY, json.dumps({h: t or "" for h, t in sorted(mapping.items())},
                                              ensure_ascii=False))
    settings.sync()


# --- which columns the user can map ---------------------------------------------------------

@dataclass
class MappableColumn:
    """One header (it may appear on several sheets) that the user decides about."""

    folded: str
    header: str
    places: list[SourceColumn] = field(default_factory=list)
    choice: str | None = None  # as read: the remembered field, or None
    samples: list[str] = field(default_factory=list)


def mappable_columns(source: NominationsFile, used_mapping: Mapping[str, str | None]) -> list[MappableColumn]:
    """Columns whose header the reader did not know, and those read through a remembered choice
    (so that choice can be changed)."""
    found: dict[str, MappableColumn] = {}
    for sheet in source.sheets:
        for column in sheet.columns:
            folded = fold_header(column.header)
            if not (column.unknown or folded in used_mapping):
                continue
            entry = found.setdefault(folded, MappableColumn(folded, column.header,
                                                            choice=used_mapping.get(folded)))
            entry.places.append(column)
    return list(found.values())


def recognised_fields(source: NominationsFile, mappable: Iterable[str]) -> dict[str, dict[str, SourceColumn]]:
    """{sheet: {field: column}} for the columns whose header names a field by itself. Asked of
    the header, not of what the reader did: a remembered choice for an earlier column may have
    taken the field from it."""
    skip = set(mappable)
    found: dict[str, dict[str, SourceColumn]] = {}
    for sheet in source.sheets:
        fields = found.setdefault(sheet.name, {})
        for column in sheet.columns:
            name = field_for_header(column.header) if fold_header(column.header) not in skip else None
            if name:
                fields.setdefault(name, column)
    return found


def _shown(value: object) -> str:
    if isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == time(0) else value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= SAMPLE_WIDTH else text[:SAMPLE_WIDTH - 1] + "…"


def column_samples(source: NominationsFile, columns: list[MappableColumn]) -> None:
    """Fill in a few values from under each header, so the user sees what a column holds.

    The reader keeps only the columns it imports, so the first rows are looked at again here; the
    file has passed the reader's checks already. Samples only help: any failure leaves them out.
    """
    wanted: dict[str, dict[int, MappableColumn]] = {}
    for entry in columns:
        for place in entry.places:
            wanted.setdefault(place.sheet, {})[place.index] = entry
    if not wanted:
        return
    header_rows = {sheet.name: sheet.header_row for sheet in source.sheets}
    try:
        found = read_samples(source.path, header_rows, {sheet: set(by_index) for sheet, by_index in wanted.items()},
                             rows=SAMPLE_ROWS, per_column=SAMPLE_COUNT)
        for sheet_name, by_index in wanted.items():
            for index, entry in by_index.items():
                for value in found[(sheet_name, index)]:
                    text = _shown(value)
                    if len(entry.samples) < SAMPLE_COUNT and text not in entry.samples:
                        entry.samples.append(text)
    except Exception:  # noqa: BLE001 - samples are a courtesy; the import does not need them
        return


def field_choice_label(name: str) -> str:
    """"Family name / Фамилия": the same words as the template's headers, in both languages,
    since the files being mapped are as often in Russian as in English."""
    return BY_FIELD[name].header


# --- the page -------------------------------------------------------------------------------

class ColumnMappingPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Match the columns the program does not know"))
        self.setSubTitle(self.tr(
            "Choose the field each column holds, or leave it ignored. Your choices are remembered "
            "for the next file with the same headers."))
        self.columns: list[MappableColumn] = []
        self.combos: dict[str, QComboBox] = {}
        self._conflict_labels: dict[str, QLabel] = {}
        self._recognised: dict[str, dict[str, SourceColumn]] = {}

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.populate(wizard.source, wizard.used_mapping, wizard.mappable)

    def populate(self, source: NominationsFile, used_mapping: Mapping[str, str | None],
                 columns: list[MappableColumn]) -> None:
        self.columns = columns
        self._recognised = recognised_fields(source, [c.folded for c in columns])
        self._clear_grid()
        titles = (self.tr("Column in the file"), self.tr("Values in it, for example"), self.tr("Import as"))
        for position, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(label, 0, position)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.grid.addWidget(line, 1, 0, 1, 3)
        row = 2
        for entry in columns:
            self._add_row(row, entry, len(source.sheets) > 1)
            row += 2
        self.grid.setRowStretch(row, 1)
        self._check()

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        self.combos.clear()
        self._conflict_labels.clear()

    def _add_row(self, row: int, entry: MappableColumn, several_sheets: bool) -> None:
        header = QLabel()
        header.setTextFormat(Qt.TextFormat.PlainText)
        header.setText(entry.header)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        # Headers up to a sensible width stay on one line; longer ones wrap rather than push the
        # choices off the page.
        natural = header.fontMetrics().horizontalAdvance(entry.header) + 8
        header.setWordWrap(natural > HEADER_WIDTH)
        header.setMinimumWidth(min(natural, HEADER_WIDTH))
        header.setMaximumWidth(HEADER_WIDTH)
        places = listed(self._place(p, several_sheets) for p in entry.places)
        where = muted(places)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(header)
        left.addWidget(where)
        holder = QWidget()
        holder.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)

        samples = muted("   ".join(f"“{s}”" for s in entry.samples) if entry.samples
                        else self.tr("(empty in the first rows)"))
        samples.setTextFormat(Qt.TextFormat.PlainText)
        samples.setWordWrap(False)
        samples.setToolTip("\n".join(entry.samples))
        samples.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        combo = QComboBox()
        combo.setObjectName(f"mapping:{entry.folded}")
        combo.addItem(self.tr("Ignore (do not import)"), None)
        combo.insertSeparator(1)
        for column in COLUMNS:
            combo.addItem(field_choice_label(column.field), column.field)
        combo.setCurrentIndex(max(combo.findData(entry.choice), 0) if entry.choice else 0)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaxVisibleItems(len(COLUMNS) + 2)
        combo.currentIndexChanged.connect(self._check)
        conflict = error_label()

        self.grid.addWidget(holder, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(samples, row, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(combo, row, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(conflict, row + 1, 0, 1, 3)
        self.combos[entry.folded] = combo
        self._conflict_labels[entry.folded] = conflict

    def _place(self, column: SourceColumn, several_sheets: bool) -> str:
        if several_sheets:
            return self.tr("sheet %1, column %2").replace("%1", column.sheet).replace("%2", column.letter)
        return self.tr("column %1").replace("%1", column.letter)

    # choices ---------------------------------------------------------------------------------

    def choose(self, header: str, field_name: str | None) -> None:
        """Set a column's choice as the user would (tests and keyboard users alike)."""
        combo = self.combos[fold_header(header)]
        combo.setCurrentIndex(combo.findData(field_name) if field_name else 0)

    def chosen_mapping(self) -> dict[str, str | None]:
        return {entry.folded: self.combos[entry.folded].currentData() for entry in self.columns}

    def conflicts(self) -> dict[str, str]:
        """Two columns of one sheet read into the same field: only one could be imported, and
        which one would depend on their order, so the user must decide."""
        chosen = self.chosen_mapping()
        found: dict[str, str] = {}
        for entry in self.columns:
            target = chosen[entry.folded]
            if not target:
                continue
            label = BY_FIELD[target].en
            for place in entry.places:
                recognised = self._recognised.get(place.sheet, {}).get(target)
                if recognised is not None:
                    found[entry.folded] = self.tr("%1 is read from column %2 (%3) already; choose another "
                                                  "field or Ignore.").replace("%1", label) \
                        .replace("%2", recognised.letter).replace("%3", recognised.header)
                    break
                other = next((o for o in self.columns if o is not entry and chosen[o.folded] == target
                              and any(p.sheet == place.sheet for p in o.places)), None)
                if other is not None:
                    found[entry.folded] = self.tr("%1 is chosen for “%2” as well; one column per field.") \
                        .replace("%1", label).replace("%2", other.header)
                    break
        return found

    def _check(self, *_args: object) -> None:
        conflicts = self.conflicts()
        for folded, label in self._conflict_labels.items():
            message = conflicts.get(folded, "")
            label.setText(message)
            label.setVisible(bool(message))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.conflicts()

    def validatePage(self) -> bool:
        remember_mapping(self.wizard().settings, {e.header: self.combos[e.folded].currentData()
                                                  for e in self.columns})
        return True


__all__ = ["ColumnMappingPage", "MappableColumn", "column_samples", "mappable_columns",
           "remember_mapping", "remembered_mapping"]
