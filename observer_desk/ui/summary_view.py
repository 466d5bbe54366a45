"""The analysis of the findings: per question "n of N" and shares, overall, by phase and by
region, the negative share, and the incidents by severity, each as a table and a chart.

The numbers are summarise_findings' (computed off the GUI thread: a hundred thousand reports
take a few seconds); nothing here counts anything itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.language import listed
from observer_desk.core.models import AnswerType
from observer_desk.core.services.findings_summary import (
    SEVERITY_ORDER,
    AnswerCount,
    Breakdown,
    FindingsSummary,
    IncidentItem,
    QuestionSummary,
)

from .findings_charts import AnswerBars, Bar, BreakdownBars, Group
from .findings_labels import (
    NEGATIVE_COLOUR,
    SEVERITY_COLOURS,
    local_time,
    n_of,
    percent,
    phase_label,
    severity_label,
)
from .reports_model import compact_rows
from .widgets import heading, muted

AnyIndex = QModelIndex | QPersistentModelIndex
CHOICE_TYPES = frozenset({AnswerType.YES_NO, AnswerType.RATING4, AnswerType.SINGLE,
                          AnswerType.MULTIPLE})


def share_text(count: int, n: int, share: float | None) -> str:
    return f"{n_of(count, n)} ({percent(share)})"


def leading_answer(question: QuestionSummary) -> AnswerCount | None:
    """The answer most reports gave (first in list order on a tie), among those in N."""
    counted = [a for a in question.answers if not a.excluded]
    if not counted or question.n == 0:
        return None
    return max(counted, key=lambda a: a.count)


class SummaryModel(QAbstractTableModel):
    """One row per section heading and per question: N, the leading answer, the negative share."""

    QUESTION, N, LEADING, NEGATIVE = range(4)
    SECTION_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.summary: FindingsSummary | None = None
        self.rows: list[tuple[str, QuestionSummary | None]] = []  # (section label, question)

    def set_summary(self, summary: FindingsSummary | None) -> None:
        self.beginResetModel()
        self.summary = summary
        self.rows = []
        section = None
        for question in summary.questions if summary else []:
            if question.section_label != section:
                section = question.section_label
                self.rows.append((section, None))
            self.rows.append((section, question))
        self.endResetModel()

    def question_at(self, row: int) -> QuestionSummary | None:
        return self.rows[row][1] if 0 <= row < len(self.rows) else None

    def row_of(self, name: str) -> int:
        return next((i for i, (_s, q) in enumerate(self.rows) if q is not None and q.name == name), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Question"), self.tr("N"), self.tr("Most frequent answer"),
                    self.tr("Negative"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {self.N: self.tr("Stations where the question was observed: 'not observed' "
                                    "answers are left out"),
                    self.NEGATIVE: self.tr("Answers counted as negative (bad + very bad for a "
                                           "rating)")}.get(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section, question = self.rows[index.row()]
        column = index.column()
        if role == self.SECTION_ROLE:
            return question is None
        if question is None:
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return section
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.QUESTION:
                return question.label
            if column == self.N:
                return str(question.n)
            if column == self.LEADING:
                if question.answer_type not in CHOICE_TYPES:
                    return self.tr("answered in %Ln report(s)", "", question.answered)
                leading = leading_answer(question)
                return f"{leading.label}: {share_text(leading.count, question.n, leading.share)}" \
                    if leading else "—"
            if column == self.NEGATIVE:
                if question.negative_count is None:
                    return ""
                return share_text(question.negative_count, question.n, question.negative_share)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.QUESTION:
            return f"{question.label} ({question.name})"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.N:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NEGATIVE and question.negative_count:
            return NEGATIVE_COLOUR
        return None


class IncidentsListModel(QAbstractTableModel):
    SEVERITY, TIME, STATION, REGION, CATEGORY, DESCRIPTION = range(6)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.items: list[IncidentItem] = []
        self.zone = "UTC"

    def set_items(self, items: list[IncidentItem], zone: str) -> None:
        self.beginResetModel()
        self.items, self.zone = list(items), zone
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Severity"), self.tr("Time"), self.tr("Station"), self.tr("Region"),
                    self.tr("Category"), self.tr("Description"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (severity_label(item.severity),
                    local_time(item.occurred_at, self.zone, with_date=True), item.station,
                    item.region, item.category, item.description)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return SEVERITY_COLOURS.get(item.severity)
        return None


def _bars(answers: tuple[AnswerCount, ...]) -> list[Bar]:
    return [Bar(a.label, a.count, a.share, a.negative, a.excluded) for a in answers]


class QuestionDetail(QWidget):
    """The chosen question: its answers as bars, then per phase or region."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = heading(scale=1.2)
        self.facts = muted()
        self.answers = AnswerBars()
        self.breakdown_title = QLabel()
        font = self.breakdown_title.font()
        font.setBold(True)
        self.breakdown_title.setFont(font)
        self.breakdown = BreakdownBars()
        self.breakdown_note = muted()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addSpacing(6)
        layout.addWidget(self.answers)
        layout.addSpacing(12)
        layout.addWidget(self.breakdown_title)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.breakdown_note)
        layout.addStretch(1)

    def show_question(self, question: QuestionSummary | None, by: str) -> None:
        if question is None:
            self.title.setText(self.tr("Choose a question"))
            self.facts.setText("")
            self.answers.set_bars([], 0)
            self.breakdown.set_groups([])
            self.breakdown_title.setText("")
            self.breakdown_note.setText("")
            return
        self.title.setText(question.label)
        facts = [f"{question.section_label}", f"N = {question.n}",
                 self.tr("answered in %Ln report(s)", "", question.answered)]
        if question.negative_count is not None:
            facts.append(self.tr("negative: %1").replace(
                "%1", share_text(question.negative_count, question.n, question.negative_share)))
        self.facts.setText(" · ".join(facts))
        choice = question.answer_type in CHOICE_TYPES
        self.answers.setVisible(choice)
        self.breakdown.setVisible(choice)
        self.breakdown_title.setVisible(choice)
        if not choice:
            self.breakdown_note.setText(self.tr("Numbers, times and texts are not grouped; the "
                                                "data set export holds every answer."))
            return
        self.answers.set_bars(_bars(question.answers), question.n)
        items: tuple[Breakdown, ...] = question.by_phase if by == "phase" else question.by_region
        groups = []
        for item in items:
            name = phase_label(item.key) if by == "phase" else (item.name or self.tr("No station"))
            groups.append(Group(name, item.n, tuple(_bars(item.answers)), item.negative_share))
        self.breakdown_title.setText(self.tr("By phase") if by == "phase" else self.tr("By region"))
        self.breakdown.set_groups(groups)
        self.breakdown_note.setText(
            self.tr("A report may choose several answers: the shares add up to more than 100 %.")
            if question.answer_type is AnswerType.MULTIPLE else "")


class SeverityChart(AnswerBars):
    def set_counts(self, counts: dict[str, int]) -> None:
        total = sum(counts.values())
        bars = [Bar(severity_label(s), counts.get(s.value, 0), counts.get(s.value, 0) / total if total else 0.0,
                    colour=SEVERITY_COLOURS[s].name()) for s in SEVERITY_ORDER]
        self.set_bars(bars, total)


class SummaryView(QWidget):
    """The Analysis tab."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary: FindingsSummary | None = None
        self.zone = "UTC"
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.by_box = QComboBox()
        self.by_box.addItem(self.tr("By phase"), "phase")
        self.by_box.addItem(self.tr("By region"), "region")
        self.by_box.currentIndexChanged.connect(self._show_current)
        self.model = SummaryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.table)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SummaryModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (SummaryModel.N, SummaryModel.LEADING, SummaryModel.NEGATIVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.detail = QuestionDetail()
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)

        questions = QSplitter(Qt.Orientation.Horizontal)
        questions.addWidget(self.table)
        questions.addWidget(detail_scroll)
        questions.setStretchFactor(0, 3)
        questions.setStretchFactor(1, 2)
        questions.setSizes([700, 500])

        self.severity_chart = SeverityChart()
        self.incidents = IncidentsListModel(self)
        self.incidents_table = QTableView()
        self.incidents_table.setModel(self.incidents)
        compact_rows(self.incidents_table)
        self.incidents_table.horizontalHeader().setStretchLastSection(True)
        self.incidents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        incidents = QWidget()
        incidents_layout = QVBoxLayout(incidents)
        incidents_layout.addWidget(QLabel(self.tr("Incidents by severity")))
        incidents_layout.addWidget(self.severity_chart)
        incidents_layout.addWidget(self.incidents_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(questions, self.tr("Questions"))
        self.tabs.addTab(incidents, self.tr("Incidents"))
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(QLabel(self.tr("Breakdown:")))
        top.addWidget(self.by_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def set_summary(self, summary: FindingsSummary | None, zone: str) -> None:
        current = self.current_question()
        self.summary, self.zone = summary, zone
        self.model.set_summary(summary)
        self.table.clearSpans()
        for row, (_section, question) in enumerate(self.model.rows):
            if question is None:
                self.table.setSpan(row, 0, 1, 4)
        if summary is None:
            self.totals.setText("")
            self.detail.show_question(None, "phase")
            self.severity_chart.set_counts({})
            self.incidents.set_items([], zone)
            return
        by_phase = listed(f"{phase_label(k).lower()} {v}" for k, v in summary.reports_by_phase.items())
        text = self.tr("%Ln report(s) on checklist %1 (%2); %3 flagged for completion", "", summary.reports).replace(
            "%1", f"{summary.form_id} {summary.form_version}") \
            .replace("%2", by_phase).replace("%3", str(summary.flagged_reports))
        if summary.reports_on_other_checklists:
            text += "; " + self.tr("%1 on earlier checklists, not counted here").replace(
                "%1", str(summary.reports_on_other_checklists))
        self.totals.setText(text)
        self.severity_chart.set_counts(summary.incidents_by_severity)
        self.incidents.set_items(summary.incidents, zone)
        self.incidents_table.resizeColumnsToContents()
        row = self.model.row_of(current) if current else -1
        if row < 0:
            row = next((i for i, (_s, q) in enumerate(self.model.rows)
                        if q is not None and q.answer_type in CHOICE_TYPES and q.n), -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show_current()

    def current_question(self) -> str | None:
        question = self.model.question_at(self.table.currentIndex().row())
        return question.name if question else None

    def select_question(self, name: str) -> bool:
        row = self.model.row_of(name)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _show_current(self) -> None:
        question = self.model.question_at(self.table.currentIndex().row())
        self.detail.show_question(question, self.by_box.currentData())

