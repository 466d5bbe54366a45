"""File > Connect to a Shared Database: the PostgreSQL server a secretariat works on together.

The connection is tested and opened off the GUI thread (a server that does not answer takes
seconds to give up). Connections are remembered without their password; the password goes to
the system keyring when the user asks for that, else it is asked for each time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.language import clauses, labelled, listed, sentence, sentences
from observer_desk.core.shared_connection import (
    DEFAULT_PORT,
    CheckResult,
    Outcome,
    PasswordKeeping,
    RememberedConnection,
    SharedConnection,
    check_connection,
    classify_failure,
    connect_and_remember,
    default_user,
    forget_connection,
    keyring_problem,
    remembered_connections,
    stored_password,
)

from .errors import describe
from .widgets import Banner, heading, muted
from .workers import TaskRunner


class ConnectDialog(QDialog):
    databaseOpened = Signal(object)  # the Database, opened and brought up to date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a Shared Database"))
        self._tasks = TaskRunner(self)
        self._remembered: list[RememberedConnection] = []
        self.last_check: CheckResult | None = None
        self.opened: Database | None = None
        self._filling = False
        self._cancelled = False
        self._keyring_problem = keyring_problem()
        self._build()
        self._fill_recent()
        self._update_buttons()

    # construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        intro = muted(self.tr(
            "A PostgreSQL server that the whole secretariat works on at once. Whoever set it up "
            "can tell you its address, the database name and your user name."))
        self.recent = QComboBox()
        self.recent.setObjectName("recentConnections")
        self.recent.activated.connect(self._recent_chosen)
        self.forget_button = QPushButton(self.tr("Forget"))
        self.forget_button.setToolTip(self.tr("Remove this connection from the list, with its kept password"))
        self.forget_button.clicked.connect(self.forget_current)
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent, 1)
        recent_row.addWidget(self.forget_button)

        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("server name or address, e.g. db.secretariat.lan"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        port_label = QLabel(self.tr("&Port:"))
        port_label.setBuddy(self.port)
        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addSpacing(8)
        server_row.addWidget(port_label)
        server_row.addWidget(self.port)
        self.database = QLineEdit()
        self.database.setObjectName("database")
        self.database.setPlaceholderText(self.tr("e.g. observer_desk"))
        self.user = QLineEdit(default_user())
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty if the server does not ask for one"))
        self.keep_password = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.keep_password.setObjectName("keepPassword")
        self.keyring_note = muted()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if self._keyring_problem is not None:
            self.keep_password.setEnabled(False)
            self.keyring_note.setText(self.tr(
                "The password cannot be remembered on this computer: %1. It will be asked for "
                "each time you connect; it is never written to a file.").replace("%1", self._keyring_problem))
        else:
            self.keyring_note.setText(self.tr(
                "Without it, the password is asked for each time you connect. It is never written to a file."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, row in ((self.tr("Re&cent:"), self.recent, recent_row),
                                 (self.tr("&Server:"), self.host, server_row),
                                 (self.tr("&Database:"), self.database, self.database),
                                 (self.tr("&User:"), self.user, self.user),
                                 (self.tr("Pass&word:"), self.password, self.password)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, row)
        keeping = QVBoxLayout()
        keeping.setSpacing(2)
        keeping.addWidget(self.keep_password)
        keeping.addWidget(self.keyring_note)
        keeping.addStretch(1)
        form.addRow("", keeping)

        self.banner = Banner()
        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.connect_database)
        self.buttons.rejected.connect(self.reject)

        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._fields_changed)
        self.port.valueChanged.connect(self._fields_changed)
        self.password.textChanged.connect(self._fields_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Connect to a shared database"), scale=1.3))
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def _fill_recent(self) -> None:
        self._remembered = remembered_connections()
        self.recent.clear()
        self.recent.addItem(self.tr("New connection"), None)
        for index, entry in enumerate(self._remembered):
            self.recent.addItem(entry.connection.label(), index)
        self.recent.setEnabled(bool(self._remembered))
        if self._remembered:
            self.recent.setCurrentIndex(1)
            self._recent_chosen(1)
        else:
            self.forget_button.setEnabled(False)

    # the fields ------------------------------------------------------------------------------

    def connection(self) -> SharedConnection:
        return SharedConnection(host=self.host.text().strip(), database=self.database.text().strip(),
                                user=self.user.text().strip(), port=self.port.value())

    def set_connection(self, connection: SharedConnection) -> None:
        self._filling = True
        try:
            self.host.setText(connection.host)
            self.port.setValue(connection.port)
            self.database.setText(connection.database)
            self.user.setText(connection.user)
        finally:
            self._filling = False
        self._fields_changed()

    def chosen_remembered(self) -> RememberedConnection | None:
        index = self.recent.currentData()
        if index is None or not 0 <= index < len(self._remembered):
            return None
        entry = self._remembered[index]
        return entry if entry.connection == self.connection() else None

    def _recent_chosen(self, row: int) -> None:
        index = self.recent.itemData(row)
        self.forget_button.setEnabled(index is not None)
        if index is None:
            self.set_connection(SharedConnection(host="", database="", user=default_user()))
            self.password.clear()
            self.keep_password.setChecked(False)
            self.host.setFocus()
            return
        entry = self._remembered[index]
        self.set_connection(entry.connection)
        password = stored_password(entry.connection) if entry.password is PasswordKeeping.KEYRING else None
        self.password.setText(password or "")
        self.keep_password.setChecked(password is not None)
        self.banner.clear()

    def _fields_changed(self, *_args: object) -> None:
        if self._filling:
            return
        if self.recent.currentData() is not None and self.chosen_remembered() is None:
            self.recent.setCurrentIndex(0)  # edited into another connection: no longer the remembered one
            self.forget_button.setEnabled(False)
        self.last_check = None
        if self.banner.kind != "info":
            self.banner.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._tasks.busy
        usable = not self.connection().problems()
        self.test_button.setEnabled(usable and not busy)
        self.connect_button.setEnabled(usable and not busy)
        for widget in (self.host, self.port, self.database, self.user, self.password, self.recent):
            widget.setEnabled(not busy and (widget is not self.recent or bool(self._remembered)))

    def forget_current(self) -> None:
        index = self.recent.currentData()
        if index is None:
            return
        forget_connection(self._remembered[index].connection)
        self._fill_recent()
        if not self._remembered:
            self._recent_chosen(0)

    # testing ---------------------------------------------------------------------------------

    def test_connection(self) -> None:
        if self._tasks.busy:
            return
        connection, password = self.connection(), self.password.text()
        self.show_banner("info", self.tr("Connecting to %1…").replace("%1", connection.label()))
        self._tasks.start(lambda: check_connection(connection, password), self._checked, self._check_failed)
        self._update_buttons()

    def _checked(self, result: CheckResult) -> None:
        self.last_check = result
        self._update_buttons()
        kind, text = self.describe_check(result)
        self.show_banner(kind, text)
        if result.outcome in (Outcome.AUTH_FAILED, Outcome.PASSWORD_NEEDED):
            self.password.setFocus()

    def _check_failed(self, exc: Exception) -> None:
        self._update_buttons()
        self.show_banner("error", self.tr("The connection could not be tested: %1")
                         .replace("%1", describe(exc)))

    def describe_check(self, result: CheckResult) -> tuple[str, str]:
        """(banner kind, text) saying what a test found."""
        server = self.tr("Connected to PostgreSQL %1.").replace("%1", result.server_version)
        count = len(result.missions)
        codes = listed(result.missions[:6]) + ("…" if count > 6 else "")
        detail = result.detail
        connection = self.connection()
        match result.outcome:
            case Outcome.READY:
                if count:
                    text = self.tr("%n Observer Desk mission(s): %1", "", count).replace("%1", codes)
                else:
                    text = self.tr("An Observer Desk database without missions yet.")
                return "success", sentences([server, text])
            case Outcome.EMPTY:
                return "success", sentences([server, self.tr(
                    "The database is empty: connecting sets it up for Observer Desk.")])
            case Outcome.NEEDS_UPGRADE:
                return "warning", sentences([server, self.tr(
                    "It holds Observer Desk data (%n mission(s)) of an earlier version: connecting "
                    "upgrades it, after which everyone needs this version.", "", count)])
            case Outcome.TOO_NEW:
                return "error", sentences([server, self.tr(
                    "It was set up by a newer version of Observer Desk (schema revision %1): install "
                    "that version to work on it.").replace("%1", result.revision or "?")])
            case Outcome.FOREIGN:
                return "error", sentences([server, self.tr(
                    "The database holds tables of another program. Choose an empty database or one "
                    "made by Observer Desk.")])
            case Outcome.UNREACHABLE:
                return "error", self._with_detail(self.tr(
                    "The server %1 cannot be reached. Check the server name and port, and that "
                    "the server accepts connections from this computer.")
                    .replace("%1", f"{connection.host}:{connection.port}"), detail)
            case Outcome.AUTH_FAILED:
                return "error", self._with_detail(self.tr(
                    "The server refused the user name or password. Check them, or ask the server's "
                    "administrator to give %1 access.").replace("%1", connection.user), detail)
            case Outcome.PASSWORD_NEEDED:
                return "error", self.tr("The server asks for a password: enter it above and try again.")
            case Outcome.NO_DATABASE:
                return "error", self.tr(
                    "The server has no database named %1. Check the name, or ask the server's "
                    "administrator to create it (createdb %1).").replace("%1", connection.database)
        return "error", self.tr("Cannot connect: %1").replace("%1", detail)

    def _with_detail(self, text: str, detail: str) -> str:
        """The explanation, then the driver's own words (in English, for whoever runs the server)
        on a line of their own."""
        if not detail:
            return text
        return text + "\n" + labelled(self.tr("Details"), detail)

    # connecting ------------------------------------------------------------------------------

    def ask_password(self, connection: SharedConnection) -> str | None:
        """The password for a remembered connection whose password is not kept (None: cancelled)."""
        text, ok = QInputDialog.getText(
            self, self.tr("Password"),
            self.tr("Password of %1:").replace("%1", connection.label()), QLineEdit.EchoMode.Password)
        return text if ok else None

    def connect_database(self) -> None:
        if self._tasks.busy:
            return
        connection = self.connection()
        problems = connection.problems()
        if problems:
            text = self.tr("Cannot connect: %1").replace("%1", clauses(problems))
            self.show_banner("error", sentence(text))
            return
        password = self.password.text()
        remembered = self.chosen_remembered()
        if not password and remembered is not None and remembered.password is not PasswordKeeping.NONE:
            asked = self.ask_password(connection)
            if asked is None:
                return
            password = asked
        keep = self.keep_password.isChecked() and self.keep_password.isEnabled()
        self.show_banner("info", self.tr("Opening %1…").replace("%1", connection.label()))
        self._tasks.start(lambda: connect_and_remember(connection, password or None, keep),
                          self._opened, self._open_failed)
        self._update_buttons()

    def _opened(self, result: tuple[Database, PasswordKeeping]) -> None:
        database, _keeping = result
        if self._cancelled:
            database.dispose()  # cancelled while it was opening
            return
        self.opened = database
        self._update_buttons()
        self.accept()
        self.databaseOpened.emit(database)

    def _open_failed(self, exc: Exception) -> None:
        self._update_buttons()
        message = describe(exc)
        outcome = classify_failure(str(exc))
        if outcome in (Outcome.PASSWORD_NEEDED, Outcome.NO_DATABASE):
            kind, text = self.describe_check(CheckResult(outcome, ""))  # these say all there is to say
        else:
            # the message already names the server, the driver's reason and what to check
            kind, text = "error", self.tr("Not connected: %1").replace("%1", message)
        self.show_banner(kind, text)
        if outcome in (Outcome.AUTH_FAILED, Outcome.PASSWORD_NEEDED):
            self.password.setFocus()

    def show_banner(self, kind: str, text: str) -> None:
        """Show a message above the buttons, growing the dialog so that nothing overlaps it."""
        self.banner.show_message(kind, text)
        layout = self.layout()
        layout.activate()
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(width, needed)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._tasks.wait(msecs)

    def done(self, result: int) -> None:
        self._cancelled = result == QDialog.DialogCode.Rejected
        self._tasks.wait()
        super().done(result)


def open_connect_dialog(parent: QWidget | None) -> ConnectDialog:
    dialog = ConnectDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
