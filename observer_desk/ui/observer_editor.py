"""The observer editor: one observer's whole record, checked as the user types, saved in one go.

Fields are grouped in tabs (identity, position, documents, travel, contact) beside the photo; a
last tab holds the accreditation: the present status, the steps allowed from it and the history.
observer_profile.check_observer runs shortly after each edit and its findings appear under the
field concerned: errors in red block saving, warnings in amber do not, a possible duplicate links
to the other record. Every field edit is a step on the editor's undo stack.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.errors import NotFoundError, StaleEditError, ValidationError
from observer_desk.core.models import AccreditationStatus, BodyType, MissionRole, Sex
from observer_desk.core.services.accreditation import TRANSITIONS, history
from observer_desk.core.services.observer_profile import (
    Finding,
    Level,
    ObserverForm,
    check_observer,
    load_observer,
    save_observer,
)
from observer_desk.core.services.photo_preview import photo_preview
from observer_desk.core.services.photos import PHOTO_MIME, PreparedPhoto, prepare_photo
from observer_desk.core.services.roster import RosterRow, roster_rows

from .audit_log import RecordHistory
from .editor_fields import CountryCombo, DateField, DateTimeField, FieldEdit, UndoKeysToEditor
from .errors import describe
from .history_model import HistoryModel
from .labels import accreditation_status_label, body_type_label, format_number
from .observer_labels import (
    ERROR_COLOUR,
    WARNING_COLOUR,
    level_icon,
    role_label,
    sex_label,
    short_date,
    status_colour,
    status_icon,
)
from .photo_cropper import PhotoBox, PhotoCropDialog
from .status_dialog import StatusDialog
from .widgets import Banner, heading, muted

S = AccreditationStatus
VALIDATION_DELAY_MS = 250  # after the last keystroke: checks need the database
MAX_PHOTO_FILE = 40 * 1024 * 1024  # a passport photo is a few MB; more is a wrong file
IMAGE_FILTER = "*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp *.jfif *.ppm *.pgm *.tga *.jp2"
PHOTO = "photo"
HISTORY_COLUMN_LIMIT = 160

IDENTITY, POSITION, DOCUMENTS, TRAVEL, CONTACT, ACCREDITATION, HISTORY = range(7)


@dataclass(frozen=True)
class BodyChoice:
    id: int
    code: str
    name: str


@dataclass
class EditorContext:
    """What the editor needs to know about the mission and its roster."""

    zone_name: str = "UTC"
    zone_label: str = "UTC"
    bodies: list[BodyChoice] = field(default_factory=list)
    roster: Callable[[], Sequence[RosterRow]] = list
    suggested_code: str = ""
    default_body_id: int | None = None


@dataclass
class Binding:
    """How the editor reads, restores and watches one field."""

    name: str
    label: str
    tab: int
    widget: QWidget
    state: Callable[[], Any]  # what undo brings back (the text as typed, for dates)
    restore: Callable[[Any], None]
    value: Callable[[], Any]  # what goes into the ObserverForm
    set_value: Callable[[Any], None]
    input_error: Callable[[], str] = lambda: ""
    typing: bool = False  # consecutive edits merge into one undo step
    message: QLabel | None = None


@dataclass
class PhotoState:
    data: bytes | None  # the JPEG shown, as stored or as prepared


class ObserverEditor(QDialog):
    saved = Signal(int)  # the observer's id
    statusChanged = Signal(list)  # ids of observers whose status moved
    openObserverRequested = Signal(int)
    activated = Signal(object)  # this editor became the active window

    def __init__(self, db: Database, mission_id: int, context: EditorContext, *,
                 observer_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("observerEditor")
        self._db = db
        self._mission_id = mission_id
        self.context = context
        self.observer_id = observer_id
        self.version: int | None = None
        self.status = S.NOMINATED
        self._loaded_form: ObserverForm | None = None  # what the database held at the last load
        self._baseline: dict[str, Any] = {}
        self._states: dict[str, Any] = {}
        self._prepared: dict[bytes, PreparedPhoto] = {}
        self._stored_photo: bytes | None = None
        self._photo = PhotoState(None)
        self._applying = False
        self._findings: dict[str, list[tuple[Level, str, int | None]]] = {}
        self._stale = False
        self.crop_dialog: PhotoCropDialog | None = None
        self.status_dialog: StatusDialog | None = None
        self._undo_group: QUndoGroup | None = None

        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._update_dirty)
        self._key_filter = UndoKeysToEditor(self)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(VALIDATION_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)

        self.setAcceptDrops(True)
        self.setSizeGripEnabled(True)
        self._build()
        self._build_actions()
        if observer_id is None:
            self._start_new()
        else:
            self._load(observer_id)
        self.resize(self.sizeHint().expandedTo(QSize(980, 580)))

    # construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = heading(scale=1.3)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        self.banner = Banner()
        self.banner.actionTriggered.connect(self._banner_action)

        self.photo_box = PhotoBox()
        self.photo_box.chooseRequested.connect(self.choose_photo)
        self.photo_box.removeRequested.connect(self.remove_photo)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.bindings: dict[str, Binding] = {}
        pages = [QFormLayout() for _ in range(5)]
        titles = [self.tr("Identity"), self.tr("Position"), self.tr("Documents"), self.tr("Travel"),
                  self.tr("Contact")]
        for form in pages:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self._add_line(pages[IDENTITY], IDENTITY, "code", self.tr("Co&de:"), max_length=20,
                       placeholder=self.tr("Unique in the mission, e.g. RU-04"))
        self._add_line(pages[IDENTITY], IDENTITY, "family_name", self.tr("&Family name:"), max_length=100,
                       placeholder=self.tr("In Latin script, as in the passport"))
        self._add_line(pages[IDENTITY], IDENTITY, "given_names", self.tr("&Given names:"), max_length=150,
                       placeholder=self.tr("In Latin script, as in the passport"))
        self._add_line(pages[IDENTITY], IDENTITY, "native_name", self.tr("Name in own &script:"), max_length=200,
                       placeholder=self.tr("e.g. Иванов Иван Иванович, 王伟"))
        self._add_choice(pages[IDENTITY], IDENTITY, "sex", self.tr("Se&x:"),
                         [(None, "—")] + [(s, sex_label(s)) for s in Sex])
        self._add_date(pages[IDENTITY], IDENTITY, "date_of_birth", self.tr("Date of &birth:"))
        self.citizenship = CountryCombo()
        self._add_widget(pages[IDENTITY], IDENTITY, "citizenship", self.tr("&Citizenship:"), self.citizenship,
                         state=self.citizenship.state, restore=self.citizenship.restore,
                         value=self.citizenship.value, set_value=self.citizenship.set_value,
                         input_error=self.citizenship.error, signal=self.citizenship.valueEdited)

        body_items: list[tuple[Any, str]] = [(None, self.tr("— not assigned —"))]
        body_items += [(body.id, f"{body.code} — {body.name}") for body in self.context.bodies]
        self._add_choice(pages[POSITION], POSITION, "sending_body_id", self.tr("Sending &body:"), body_items)
        self._add_line(pages[POSITION], POSITION, "institution", self.tr("&Institution:"), max_length=300,
                       placeholder=self.tr("e.g. Central Election Commission"))
        self._add_line(pages[POSITION], POSITION, "position", self.tr("&Position:"), max_length=300,
                       placeholder=self.tr("As the nomination gives it"))
        self._add_choice(pages[POSITION], POSITION, "authority_type", self.tr("&Branch:"),
                         [(None, "—")] + [(t, body_type_label(t)) for t in BodyType])
        self._add_choice(pages[POSITION], POSITION, "mission_role", self.tr("&Role in the mission:"),
                         [(r, role_label(r)) for r in MissionRole])
        self._add_line(pages[POSITION], POSITION, "languages", self.tr("&Languages:"), max_length=60,
                       placeholder=self.tr("Codes, e.g. en, ru, zh"))

        self._add_line(pages[DOCUMENTS], DOCUMENTS, "passport_number", self.tr("&Passport number:"), max_length=40)
        self._add_date(pages[DOCUMENTS], DOCUMENTS, "passport_expiry", self.tr("Passport &expires:"))
        self.cec_label = QLabel()
        self.cec_label.setWordWrap(True)
        self.cec_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pages[DOCUMENTS].addRow(self.tr("CEC papers:"), self.cec_label)

        self._add_line(pages[TRAVEL], TRAVEL, "arrival_flight", self.tr("&Arrival flight:"), max_length=40,
                       placeholder=self.tr("e.g. KC 852"))
        self._add_moment(pages[TRAVEL], TRAVEL, "arrival_at", self.tr("Arri&val:"))
        self._add_line(pages[TRAVEL], TRAVEL, "departure_flight", self.tr("&Departure flight:"), max_length=40)
        self._add_moment(pages[TRAVEL], TRAVEL, "departure_at", self.tr("De&parture:"))
        self._add_line(pages[TRAVEL], TRAVEL, "hotel", self.tr("&Hotel:"), max_length=200)

        self._add_line(pages[CONTACT], CONTACT, "email", self.tr("&E-mail:"), max_length=200,
                       placeholder="name@example.org")
        self._add_line(pages[CONTACT], CONTACT, "phone", self.tr("P&hone:"), max_length=60,
                       placeholder="+7 701 555 0101")
        self.notes = QPlainTextEdit()
        self.notes.setUndoRedoEnabled(False)  # the editor's stack keeps the history
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 6 + 12)
        self._add_widget(pages[CONTACT], CONTACT, "notes", self.tr("&Notes:"), self.notes,
                         state=self.notes.toPlainText, restore=self._restore_notes,
                         value=self.notes.toPlainText, set_value=self._restore_notes,
                         signal=self.notes.textChanged, typing=True)

        for number, (form, title) in enumerate(zip(pages, titles, strict=True)):
            page = QWidget()
            column = QVBoxLayout(page)
            column.addLayout(form)
            column.addStretch(1)  # spare height below the fields, not between them
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            # Not a stop of its own for Tab: the fields inside are, and it scrolls to them.
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(page)
            self.tabs.insertTab(number, scroll, title)
        self.tabs.addTab(self._build_accreditation(), self.tr("Accreditation"))
        self.change_history = RecordHistory()
        self.tabs.addTab(self.change_history, self.tr("History of Changes"))
        self._tab_titles = titles + [self.tr("Accreditation"), self.tr("History of Changes")]

        # The photo counts as a field: undo covers it, and checks can point at it.
        self.bindings[PHOTO] = Binding(
            PHOTO, self.tr("Photo"), -1, self.photo_box.choose_button,
            state=lambda: self._photo.data, restore=self._restore_photo,
            value=lambda: self._photo.data, set_value=self._restore_photo, message=self.photo_box.message)

        body = QHBoxLayout()
        body.addWidget(self.photo_box, 0, Qt.AlignmentFlag.AlignTop)
        body.addSpacing(8)
        body.addWidget(self.tabs, 1)

        self.summary = QLabel()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self._order_buttons()

    def _order_buttons(self) -> None:
        """Tab goes from the last field through the buttons in the order they are shown, which
        the platform decides (Close before Save on Windows, after it on KDE and macOS)."""
        box = self.buttons.layout()
        shown = [item.widget() for item in (box.itemAt(i) for i in range(box.count()))
                 if isinstance(item.widget(), QPushButton)]
        for before, after in zip(shown, shown[1:]):
            QWidget.setTabOrder(before, after)

    def _build_accreditation(self) -> QWidget:
        page = QWidget()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        self.steps_row = QHBoxLayout()
        self.steps_row.setSpacing(6)
        self.step_buttons: dict[AccreditationStatus, QPushButton] = {}
        for status in S:
            button = QPushButton(status_icon(status), accreditation_status_label(status) + "…")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=status: self.change_status(s))
            self.step_buttons[status] = button
            self.steps_row.addWidget(button)
        self.steps_row.addStretch(1)
        self.steps_label = QLabel(self.tr("Next step:"))
        self.new_note = muted(self.tr(
            "A new observer starts as nominated once saved; the steps of the accreditation appear here."))
        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setWordWrap(False)
        self.history_view.verticalHeader().hide()
        self.history_view.setAlternatingRowColors(True)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the note, the longest text, takes the rest
        layout = QVBoxLayout(page)
        layout.addWidget(self.status_label)
        layout.addWidget(self.steps_label)
        layout.addLayout(self.steps_row)
        layout.addWidget(self.new_note)
        layout.addWidget(QLabel(self.tr("History:")))
        layout.addWidget(self.history_view, 1)
        return page

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Every binding of the platform: Ctrl+Y and Ctrl+Shift+Z both redo on Windows and Linux.
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        for action in (self.undo_action, self.redo_action, self.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    # fields ----------------------------------------------------------------------------------

    def _row(self, form: QFormLayout, label: str, widget: QWidget) -> QLabel:
        message = QLabel()
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.RichText)
        message.setOpenExternalLinks(False)
        message.linkActivated.connect(self._link)
        message.hide()
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        title = QLabel(label)
        title.setBuddy(widget)
        form.addRow(title, cell)
        return message

    def _add_widget(self, form: QFormLayout, tab: int, name: str, label: str, widget: QWidget, *,
                    state: Callable[[], Any], restore: Callable[[Any], None], value: Callable[[], Any],
                    set_value: Callable[[Any], None], signal: Any, input_error: Callable[[], str] = lambda: "",
                    typing: bool = False) -> Binding:
        binding = Binding(name, label.replace("&", "").rstrip(":"), tab, widget, state, restore, value, set_value,
                          input_error, typing)
        binding.message = self._row(form, label, widget)
        self.bindings[name] = binding
        signal.connect(lambda *_args, n=name: self._edited(n))
        for child in [widget, *widget.findChildren(QLineEdit)]:
            child.installEventFilter(self._key_filter)
        return binding

    def _add_line(self, form: QFormLayout, tab: int, name: str, label: str, *, max_length: int,
                  placeholder: str = "") -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setMaxLength(max_length)
        line.setPlaceholderText(placeholder)
        self._add_widget(form, tab, name, label, line, state=line.text, restore=line.setText, value=line.text,
                         set_value=lambda v, w=line: _show_start(w, v or ""), signal=line.textEdited, typing=True)
        return line

    def _add_choice(self, form: QFormLayout, tab: int, name: str, label: str,
                    items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        values = [value for value, _text in items]
        for _value, text in items:
            combo.addItem(text)

        def set_value(value: Any, c: QComboBox = combo) -> None:
            if value not in values:  # e.g. a body added since the list was read: keep, never drop it
                values.append(value)
                c.addItem(str(value))
            c.setCurrentIndex(values.index(value))

        self._add_widget(form, tab, name, label, combo, state=combo.currentIndex, restore=combo.setCurrentIndex,
                         value=lambda c=combo: values[c.currentIndex()] if c.currentIndex() >= 0 else None,
                         set_value=set_value, signal=combo.activated)
        return combo

    def _add_date(self, form: QFormLayout, tab: int, name: str, label: str) -> DateField:
        edit = DateField()
        edit.setObjectName(name)
        self._add_widget(form, tab, name, label, edit, state=edit.state, restore=edit.restore, value=edit.value,
                         set_value=edit.set_value, input_error=edit.error, signal=edit.valueEdited)
        return edit

    def _add_moment(self, form: QFormLayout, tab: int, name: str, label: str) -> DateTimeField:
        edit = DateTimeField()
        edit.setObjectName(name)
        edit.set_zone(self.context.zone_name, self.context.zone_label)
        edit.setToolTip(self.tr("Local time in %1").replace("%1", self.context.zone_label))
        self._add_widget(form, tab, name, label, edit, state=edit.state, restore=edit.restore, value=edit.value,
                         set_value=edit.set_value, input_error=edit.error, signal=edit.valueEdited)
        return edit

    def _restore_notes(self, text: Any) -> None:
        self._applying = True
        try:
            self.notes.setPlainText(text or "")
        finally:
            self._applying = False

    def widget(self, name: str) -> QWidget:
        return self.bindings[name].widget

    # loading ---------------------------------------------------------------------------------

    def _fill(self, form: ObserverForm, photo: bytes | None) -> None:
        self._applying = True
        try:
            for name, binding in self.bindings.items():
                if name != PHOTO:
                    binding.set_value(getattr(form, name))
            self._stored_photo = photo
            self._remember_stored(photo)
            self._restore_photo(photo)
        finally:
            self._applying = False
        self._states = {name: binding.state() for name, binding in self.bindings.items()}
        self._baseline = dict(self._states)
        self.undo_stack.clear()
        self._update_dirty()

    def _start_new(self) -> None:
        form = ObserverForm(code=self.context.suggested_code, sending_body_id=self.context.default_body_id)
        self._fill(form, None)
        self._refresh_accreditation([])
        self._update_title()
        self.check_now()

    def _load(self, observer_id: int) -> None:
        loaded = load_observer(self._db, observer_id)
        self.observer_id, self.version, self.status = loaded.id, loaded.version, loaded.status
        self._loaded_form = loaded.form
        self._fill(loaded.form, loaded.photo)
        self._refresh_accreditation(history(self._db, observer_id))
        self._update_title()
        self.check_now()

    def reload(self) -> None:
        """Throw away the edits and show the record as the database has it now."""
        if self.observer_id is None:
            self._start_new()
        else:
            self._load(self.observer_id)
        self._stale = False
        self.banner.clear()

    # editing and undo ------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._applying:
            return
        binding = self.bindings[name]
        old, new = self._states.get(name), binding.state()
        if old == new:
            return
        self._states[name] = new
        merge = FieldEdit.MERGE_BASE + list(self.bindings).index(name) if binding.typing else -1
        text = self.tr("Edit %1").replace("%1", binding.label.lower())
        if self._loaded_form is not None and self._loaded_form.code:
            text += f" ({self._loaded_form.code})"  # the Edit menu may serve several editors
        self.undo_stack.push(FieldEdit(name, old, new, text, self._apply_state, merge))
        self._schedule_check()
        self._update_dirty()

    def _apply_state(self, name: str, state: Any) -> None:
        """Undo and redo: show a field's earlier or later state, and where it is."""
        binding = self.bindings[name]
        self._applying = True
        try:
            binding.restore(state)
            self._states[name] = state
            if binding.tab >= 0:
                self.tabs.setCurrentIndex(binding.tab)
            # Moving the focus can commit a half-typed date elsewhere; that is no new edit while
            # the stack is undoing.
            binding.widget.setFocus()
        finally:
            self._applying = False
        self._schedule_check()
        self._update_dirty()

    def _restore_photo(self, data: Any) -> None:
        self._photo = PhotoState(data)
        self.photo_box.show_photo(data)

    def _remember_stored(self, photo: bytes | None) -> None:
        """The stored photo can come back by undo after another was saved: keep it ready to save."""
        if photo is not None and photo not in self._prepared:
            size = QImage.fromData(photo).size()
            self._prepared[photo] = PreparedPhoto(photo, PHOTO_MIME, size.width(), size.height())

    def set_photo(self, prepared: PreparedPhoto) -> None:
        self._prepared[prepared.data] = prepared
        self._restore_photo(prepared.data)
        self._edited(PHOTO)
        self._update_dirty()

    def remove_photo(self) -> None:
        if self._photo.data is None:
            return
        self._restore_photo(None)
        self._edited(PHOTO)
        self._update_dirty()

    def has_unsaved_changes(self) -> bool:
        """Anything differs from the record as loaded or saved (for a new observer: from the empty
        form with its suggested code, which alone is not worth a question on closing)."""
        current = {name: binding.state() for name, binding in self.bindings.items()}
        return current != self._baseline

    def _update_dirty(self, *_args: object) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty or self.observer_id is None)
        self.setWindowModified(dirty)
        if dirty and self.banner.kind == "success":
            self.banner.clear()

    # checking --------------------------------------------------------------------------------

    def _schedule_check(self) -> None:
        self._check_timer.start()

    def form(self) -> ObserverForm:
        values: dict[str, Any] = {}
        for name, binding in self.bindings.items():
            if name == PHOTO:
                continue
            value = None if binding.input_error() else binding.value()
            values[name] = value.strip() if isinstance(value, str) else value
        values["mission_role"] = values["mission_role"] or MissionRole.OBSERVER
        for name in ("code", "family_name", "given_names", "native_name", "institution", "position",
                     "passport_number", "email", "phone", "languages", "arrival_flight", "departure_flight",
                     "hotel", "notes"):
            values[name] = values[name] or ""
        citizenship = values["citizenship"]
        values["citizenship"] = citizenship.upper() if citizenship and len(citizenship) == 2 else citizenship
        return ObserverForm(**values)

    def check_now(self) -> list[Finding]:
        """Run the checks and show their findings under the fields; returns them."""
        self._check_timer.stop()
        form = self.form()
        findings = [Finding(name, binding.input_error()) for name, binding in self.bindings.items()
                    if binding.input_error()]
        typed_wrong = {f.field for f in findings}
        try:
            checked = check_observer(self._db, self._mission_id, form, observer_id=self.observer_id,
                                     status=self.status, has_photo=self._photo.data is not None)
        except Exception as exc:  # noqa: BLE001 - the check could not run: say so, do not pretend all is well
            self.banner.show_message("error", self.tr("The record could not be checked: %1").replace(
                "%1", describe(exc)))
            checked = []
        findings += [f for f in checked if f.field not in typed_wrong]
        self._show_findings(findings)
        return findings

    def _show_findings(self, findings: list[Finding]) -> None:
        grouped: dict[str, list[tuple[Level, str, int | None]]] = {}
        for finding in findings:
            grouped.setdefault(finding.field, []).append((finding.level, finding.message, finding.other_observer_id))
        self._findings = grouped
        worst_per_tab: dict[int, Level] = {}
        for name, binding in self.bindings.items():
            label = binding.message
            if label is None:
                continue
            items = grouped.get(name, [])
            if not items:
                label.hide()
                label.clear()
                continue
            level = Level.ERROR if any(level == Level.ERROR for level, _m, _o in items) else Level.WARNING
            colour = ERROR_COLOUR if level == Level.ERROR else WARNING_COLOUR
            lines = []
            for item_level, message, other in items:
                line = html.escape(message)
                if other is not None:
                    open_text = html.escape(self.tr("Open the other record"))
                    line += f' <a href="observer:{other}">{open_text}</a>'
                lines.append(f'<span style="color:{colour if item_level == level else WARNING_COLOUR}">{line}</span>')
            label.setText("<br>".join(lines))
            label.setProperty("level", level.value)
            label.show()
            if binding.tab >= 0 and worst_per_tab.get(binding.tab) != Level.ERROR:
                worst_per_tab[binding.tab] = level
        for tab in range(5):
            level = worst_per_tab.get(tab)
            icon = QIcon() if level is None else level_icon(ERROR_COLOUR if level == Level.ERROR else WARNING_COLOUR)
            self.tabs.setTabIcon(tab, icon)
        unknown = [f"{name}: {message}" for name, items in grouped.items() if name not in self.bindings
                   for _level, message, _other in items]
        errors = sum(1 for items in grouped.values() for level, _m, _o in items if level == Level.ERROR)
        warnings = sum(1 for items in grouped.values() for level, _m, _o in items if level == Level.WARNING)
        parts = []
        if errors:
            parts.append(self.tr("%Ln problem(s) to fix before saving", "", errors))
        if warnings:
            parts.append(self.tr("%Ln warning(s)", "", warnings))
        summary = " · ".join(parts) + (("\n" + "\n".join(unknown)) if unknown else "")
        self.summary.setText(summary)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};" if errors else
                                   f"color: {WARNING_COLOUR};" if warnings else "")

    def problem_text(self, name: str) -> str:
        """The findings shown under a field, as plain text ("" when there are none)."""
        return "\n".join(message for _level, message, _other in self._findings.get(name, []))

    def problem_level(self, name: str) -> Level | None:
        levels = {level for level, _m, _o in self._findings.get(name, [])}
        return Level.ERROR if Level.ERROR in levels else Level.WARNING if levels else None

    def problem_label(self, name: str) -> QLabel | None:
        return self.bindings[name].message

    def duplicate_ids(self) -> list[int]:
        return [other for items in self._findings.values() for _l, _m, other in items if other is not None]

    def _link(self, target: str) -> None:
        kind, _, value = target.partition(":")
        if kind == "observer" and value.isdigit():
            self.openObserverRequested.emit(int(value))

    def open_duplicate(self, observer_id: int) -> None:
        self._link(f"observer:{observer_id}")

    # saving ----------------------------------------------------------------------------------

    def _commit_typing(self) -> None:
        """Dates typed but not yet left count as entered when the user saves."""
        for binding in self.bindings.values():
            commit = getattr(binding.widget, "commit", None)
            if callable(commit):
                commit()

    def save(self) -> bool:
        self._commit_typing()
        findings = self.check_now()
        errors = [f for f in findings if f.level == Level.ERROR]
        if errors:
            self.banner.show_message("error", self.tr(
                "Not saved: %Ln problem(s) marked in red. Please correct them first.", "", len(errors)))
            self._show_field(errors[0].field)
            return False
        photo = self._photo.data
        new_photo = self._prepared.get(photo) if photo is not None and photo != self._stored_photo else None
        remove = photo is None and self._stored_photo is not None
        form = self.form()
        try:
            observer_id = save_observer(self._db, self._mission_id, form, observer_id=self.observer_id,
                                        version=self.version, photo=new_photo, remove_photo=remove)
        except StaleEditError as exc:
            self._stale = True
            self.banner.show_message("warning", self.tr(
                "Not saved: %1.\nYour changes are still in this window. Copy what you need, then reload "
                "to see the record as it is now.").replace("%1", str(exc)),
                self.tr("Reload (drops my changes)"))
            return False
        except ValidationError as exc:
            self._show_findings([Finding(p.field, p.message) for p in exc.problems])
            self.banner.show_message("error", self.tr("Not saved:") + "\n" + describe(exc))
            return False
        except NotFoundError as exc:
            self.banner.show_message("error", self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        except Exception as exc:  # noqa: BLE001 - the database failed: keep the user's text, say why
            self.banner.show_message("error", self.tr("Not saved: %1").replace("%1", describe(exc)))
            return False
        created = self.observer_id is None
        loaded = load_observer(self._db, observer_id)
        self.observer_id, self.version, self.status = loaded.id, loaded.version, loaded.status
        self._loaded_form = loaded.form
        self._stored_photo = loaded.photo
        self._remember_stored(loaded.photo)
        self._baseline = {name: binding.state() for name, binding in self.bindings.items()}
        self.undo_stack.setClean()
        self._refresh_accreditation(history(self._db, observer_id))
        self._update_title()
        self._update_dirty()
        self.banner.show_message("success", self.tr("Observer added to the roster.") if created
                                 else self.tr("Changes saved."))
        self.saved.emit(observer_id)
        return True

    def _banner_action(self) -> None:
        if self._stale:
            self.reload()

    def _show_field(self, name: str) -> None:
        binding = self.bindings.get(name)
        if binding is None:
            return
        if binding.tab >= 0:
            self.tabs.setCurrentIndex(binding.tab)
        binding.widget.setFocus()

    # the photo -------------------------------------------------------------------------------

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the observer's photo"), str(Path.home()),
            self.tr("Images (%1);;All files (*)").replace("%1", IMAGE_FILTER))
        if path:
            self.use_photo_file(path)

    def use_photo_file(self, path: str) -> PhotoCropDialog | None:
        file = Path(path)
        try:
            size = file.stat().st_size
            if size > MAX_PHOTO_FILE:
                self._photo_refused(file.name, self.tr("the file is %1 MB; a photo for a badge needs far less")
                                    .replace("%1", format_number(size // (1024 * 1024))))
                return None
            data = file.read_bytes()
        except OSError as exc:
            self._photo_refused(file.name, exc.strerror or str(exc))
            return None
        return self.use_photo_data(data, file.name)

    def use_photo_data(self, data: bytes, label: str = "") -> PhotoCropDialog | None:
        """Open the crop dialog on an image; nothing changes until the user accepts it."""
        try:
            preview = photo_preview(data)
        except ValidationError as exc:
            self._photo_refused(label, "; ".join(p.message for p in exc.problems))
            return None
        dialog = PhotoCropDialog(preview, label, self)
        dialog.accepted.connect(lambda: self._crop_accepted(data, dialog, label))
        dialog.finished.connect(dialog.deleteLater)
        self.crop_dialog = dialog
        dialog.open()
        return dialog

    def _crop_accepted(self, data: bytes, dialog: PhotoCropDialog, label: str) -> None:
        try:
            prepared = prepare_photo(data, dialog.crop_box())
        except ValidationError as exc:
            self._photo_refused(label, "; ".join(p.message for p in exc.problems))
            return
        self.set_photo(prepared)

    def _photo_refused(self, name: str, reason: str) -> None:
        text = self.tr("%1 cannot be used as a photo: %2.").replace("%1", name or self.tr("This file")).replace(
            "%2", reason.rstrip("."))
        QMessageBox.warning(self, self.tr("Photo not used"), text + "\n\n" + self.tr(
            "Use a JPEG or PNG photo (other common image formats work too). The photo stored before, if "
            "any, is unchanged."))

    @staticmethod
    def _dropped_file(mime: QMimeData) -> str | None:
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self._dropped_file(mime) or mime.hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        path = self._dropped_file(mime)
        if path:
            event.acceptProposedAction()
            self.use_photo_file(path)
            return
        if mime.hasImage():
            image = QImage(mime.imageData())
            buffer = QByteArray()
            device = QBuffer(buffer)
            device.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(device, "PNG")
            event.acceptProposedAction()
            self.use_photo_data(bytes(buffer.data()), self.tr("Dropped image"))

    # accreditation ---------------------------------------------------------------------------

    def _roster_row(self) -> RosterRow | None:
        if self.observer_id is None:
            return None
        rows = roster_rows(self._db, self._mission_id, observer_ids=[self.observer_id])
        return rows[0] if rows else None

    def _name_of(self, observer_id: int) -> str:
        row = next((r for r in self.context.roster() if r.id == observer_id), None)
        return f"{row.code} {row.full_name}" if row else f"#{observer_id}"

    def _refresh_accreditation(self, events: Sequence[Any]) -> None:
        existing = self.observer_id is not None
        row = self._roster_row() if existing else None
        colour = status_colour(self.status).name()
        label = accreditation_status_label(self.status)
        self.status_chip.setText(f'<span style="color:{colour}">●</span> {html.escape(label)}' if existing else "")
        text = self.tr("Status: %1").replace(
            "%1", f'<b style="color:{colour}">{html.escape(label)}</b>') if existing else ""
        papers = []
        if row is not None and row.cec_note_reference:
            papers.append(self.tr("note to the CEC %1 of %2").replace("%1", row.cec_note_reference)
                          .replace("%2", short_date(row.cec_note_date)))
        if row is not None and row.cec_certificate_number:
            papers.append(self.tr("CEC certificate %1 of %2").replace("%1", row.cec_certificate_number)
                          .replace("%2", short_date(row.cec_certificate_date)))
        self.cec_label.setText("; ".join(papers) or self.tr("none yet (recorded with the accreditation steps)"))
        if papers:
            text += "<br>" + html.escape("; ".join(papers))
        self.status_label.setText(text)
        allowed = TRANSITIONS[self.status] if existing else frozenset()
        for status, button in self.step_buttons.items():
            button.setVisible(status in allowed)
        self.steps_label.setVisible(bool(allowed))
        self.new_note.setVisible(not existing)
        self.history_model.load(list(events), self.context.zone_name, self._name_of)
        self.change_history.load(self._db, "observer", self.observer_id, self.context.zone_name)
        self.history_view.resizeColumnsToContents()
        header = self.history_view.horizontalHeader()
        for column in range(HistoryModel.NOTE):  # long references are elided; the tooltip has them
            header.resizeSection(column, min(header.sectionSize(column), HISTORY_COLUMN_LIMIT))

    def change_status(self, target: AccreditationStatus) -> StatusDialog | None:
        if self.observer_id is None:
            return None
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self, self.tr("Save first"),
                self.tr("The status change works on the saved record. Save your changes first?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return None
        row = self._roster_row()
        if row is None:
            return None
        dialog = StatusDialog(self._db, [row], self.context.roster(), target, self)
        dialog.changed.connect(self._status_dialog_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.status_dialog = dialog
        dialog.open()
        return dialog

    def _status_dialog_changed(self, ids: list) -> None:
        self.refresh_status()
        self.statusChanged.emit(list(ids))

    def refresh_status(self) -> None:
        """The status moved (here or in the roster): show it, and keep the user's edits.

        A status change bumps the record's version. If nothing else changed in the database the
        edits here are still based on the current record and may take the new version; if
        someone else changed the record meanwhile, the old version stays and saving will say so.
        """
        if self.observer_id is None:
            return
        try:
            loaded = load_observer(self._db, self.observer_id)
        except NotFoundError as exc:
            self.banner.show_message("error", str(exc))
            return
        if loaded.form == self._loaded_form:
            self.version = loaded.version
        self.status = loaded.status
        self._refresh_accreditation(history(self._db, self.observer_id))
        self._update_title()
        self.check_now()

    # window ----------------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.observer_id is None:
            self.title.setText(self.tr("New observer"))
            self.setWindowTitle(self.tr("New observer[*]"))
            return
        code = self._loaded_form.code if self._loaded_form else ""
        form = self._loaded_form or self.form()
        name = f"{form.family_name.upper()} {form.given_names}".strip()
        shown = f"{code} · {name}"
        if form.native_name and form.native_name != name:
            shown += f" · {form.native_name}"
        self.title.setText(shown)
        self.setWindowTitle(self.tr("%1 — observer[*]").replace("%1", f"{code} {name}"))

    def set_undo_group(self, group: QUndoGroup) -> None:
        self._undo_group = group
        group.addStack(self.undo_stack)
        group.setActiveStack(self.undo_stack)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            if self._undo_group is not None:
                self._undo_group.setActiveStack(self.undo_stack)
            self.activated.emit(self)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("This observer has changes that are not saved yet. Save them?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        self.discard()
        event.accept()

    def reject(self) -> None:
        self.close()  # Escape asks about unsaved changes like the close button does

    def discard(self) -> None:
        """Forget the editor's stack; the window is going away."""
        self._check_timer.stop()
        if self._undo_group is not None:
            self._undo_group.removeStack(self.undo_stack)
            self._undo_group = None
        self._baseline = {name: binding.state() for name, binding in self.bindings.items()}
        self.hide()
        self.deleteLater()


def _show_start(line: QLineEdit, text: str) -> None:
    """Put a loaded value in a line edit showing its beginning, not its end (a long position)."""
    line.setText(text)
    line.setCursorPosition(0)
