"""The mission's sending bodies and quotas: an editable table saved in one go."""

from __future__ import annotations


from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.errors import ObserverDeskError, Problem, StaleEditError, ValidationError
from observer_desk.core.models import BodyKind, BodyType
from observer_desk.core.services.missions import save_sending_bodies, sending_bodies

from .delegates import ChoiceDelegate, CountryCodeDelegate, QuotaDelegate
from .errors import describe
from .labels import body_kind_label, body_type_label
from .sending_bodies_model import SendingBodiesModel
from .widgets import Banner, muted



NAME_COLUMNS = (SendingBodiesModel.NAME_EN, SendingBodiesModel.NAME_RU, SendingBodiesModel.NAME_ZH)


class SendingBodiesPage(QWidget):
    saved = Signal()
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._db: Database | None = None
        self._mission_id: int | None = None

        self.banner = Banner()
        self.banner.actionTriggered.connect(self.reload)
        intro = muted(self.tr(
            "The states and organisation bodies that send observers, in the order lists and the "
            "statement name them. Double-click a cell to edit it; changes are kept only when you save."))

        self.model = SendingBodiesModel(self)
        self.model.dirtyChanged.connect(self._dirty_changed)
        self.model.dataChanged.connect(self._update_summary)
        self.model.rowsInserted.connect(self._update_summary)
        self.model.rowsRemoved.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.setItemDelegateForColumn(
            SendingBodiesModel.KIND, ChoiceDelegate([(k.value, body_kind_label(k)) for k in BodyKind], self))
        self.table.setItemDelegateForColumn(
            SendingBodiesModel.TYPE, ChoiceDelegate([(t.value, body_type_label(t)) for t in BodyType], self))
        self.table.setItemDelegateForColumn(SendingBodiesModel.COUNTRY, CountryCodeDelegate(self))
        self.table.setItemDelegateForColumn(SendingBodiesModel.QUOTA, QuotaDelegate(self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The three name columns share the room the others leave, but never get narrower than their
        # headers ("Название (англ.)"): the table scrolls sideways instead.
        for column in NAME_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column in (SendingBodiesModel.CODE, SendingBodiesModel.KIND, SendingBodiesModel.TYPE,
                       SendingBodiesModel.COUNTRY, SendingBodiesModel.QUOTA, SendingBodiesModel.OBSERVERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.viewport().installEventFilter(self)
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.rowsInserted,
                       self.model.rowsRemoved):
            signal.connect(self._fit_name_columns_later)

        self.add_button = QPushButton(self.tr("&Add body"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.add_button.clicked.connect(self.add_body)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)

        self.summary = QLabel()
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Forget the changes made since the last save"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setDefault(True)
        self.revert_button.clicked.connect(self.reload)
        self.save_button.clicked.connect(self.save)

        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addLayout(side)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(table_row, 1)
        layout.addLayout(bottom)
        self._dirty_changed(False)
        self._update_buttons()

    # the name columns ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name_columns()
        return super().eventFilter(watched, event)

    def _fit_name_columns_later(self, *_args: object) -> None:
        QTimer.singleShot(0, self._fit_name_columns)  # once the other columns fit their new contents

    def _fit_name_columns(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(column) for column in range(self.model.columnCount())
                     if column not in NAME_COLUMNS and not header.isSectionHidden(column))
        share = (self.table.viewport().width() - others) // len(NAME_COLUMNS)
        for column in NAME_COLUMNS:
            header.resizeSection(column, max(share, header.sectionSizeHint(column)))

    # loading and saving -------------------------------------------------------------------

    def load(self, db: Database, mission_id: int) -> None:
        self._db, self._mission_id = db, mission_id
        self.banner.clear()
        self.model.load(sending_bodies(db, mission_id))
        self.table.clearSelection()
        self._update_buttons()

    def reload(self) -> None:
        if self._db is not None and self._mission_id is not None:
            self.load(self._db, self._mission_id)

    def has_unsaved_changes(self) -> bool:
        return self.model.is_dirty

    def save(self) -> bool:
        if self._db is None or self._mission_id is None:
            return False
        self.table.setFocus()  # commits an editor still open in the table
        try:
            counts = save_sending_bodies(self._db, self._mission_id, self.model.bodies())
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return False
        except StaleEditError as exc:
            self.banner.show_message("warning", self.tr("Not saved: %1").replace("%1", str(exc)),
                                     self.tr("Reload"))
            return False
        except ObserverDeskError as exc:
            self.banner.show_message("error", self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        except Exception as exc:  # noqa: BLE001 - the database itself failed: tell the user, keep the edits
            self.banner.show_message("error", self.tr("Not saved: %1").replace("%1", describe(exc)))
            return False
        self.model.load(counts)
        self.banner.show_message("success", self.tr("Sending bodies saved."))
        self.saved.emit()
        return True

    def _show_problems(self, problems: list[Problem]) -> None:
        by_row: dict[int, list[str]] = {}
        lines = []
        for problem in problems:
            if problem.row is not None:
                by_row.setdefault(problem.row, []).append(f"{problem.field}: {problem.message}")
            lines.append(f"• {problem}")
        self.model.mark_problems(by_row)
        text = self.tr("Not saved. Please correct the following (rows in question are marked):") \
            + "\n" + "\n".join(lines)
        self.banner.show_message("error", text)

    # editing ------------------------------------------------------------------------------

    def _selected_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _select_row(self, row: int, column: int = 0) -> None:
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def add_body(self) -> int:
        row = self.model.add_body()
        self._select_row(row, SendingBodiesModel.CODE)
        self.table.edit(self.model.index(row, SendingBodiesModel.CODE))
        return row

    def remove_selected(self) -> bool:
        row = self._selected_row()
        if row < 0:
            return False
        problem = self.model.removal_problem(row)
        if problem:
            QMessageBox.warning(self, self.tr("Cannot remove this body"), problem)
            return False
        self.model.remove_body(row)
        if self.model.rowCount():
            self._select_row(min(row, self.model.rowCount() - 1))
        self._update_buttons()
        return True

    def move_selected(self, delta: int) -> bool:
        row = self._selected_row()
        if row < 0 or not self.model.move_body(row, delta):
            return False
        self._select_row(row + delta, self.table.currentIndex().column())
        self._update_buttons()
        return True

    def _update_buttons(self, *_args: object) -> None:
        row = self._selected_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty and self.banner.kind == "success":
            self.banner.clear()
        self.dirtyChanged.emit(dirty)

    def _update_summary(self, *_args: object) -> None:
        bodies = self.model.rowCount()
        parts = [self.tr("%Ln sending body(-ies)", "", bodies)]
        quota = self.model.total_quota()
        if quota is not None:
            parts.append(self.tr("%Ln place(s) in the quotas", "", quota))
        observers = self.model.total_observers()
        parts.append(self.tr("%Ln observer(s)", "", observers))
        self.summary.setText(" · ".join(parts))
