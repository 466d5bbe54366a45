"""What the window shows while the database holds no mission: the ways to get started."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from .icons import app_icon
from .widgets import Banner, heading, muted


class WelcomePage(QWidget):
    createDemoRequested = Signal()
    newMissionRequested = Signal()
    openDatabaseRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = heading(self.tr("Welcome to Observer Desk"), scale=1.8)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = muted(self.tr(
            "This database holds no mission yet. Look around with the demo mission, "
            "set up your own, or open the database a colleague shared with you."))
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.demo_button = QCommandLinkButton(
            self.tr("Create the demo mission"),
            self.tr("The SCO Observer Mission to the 2022 presidential election in Kazakhstan, "
                    "with fictional observers, programme and findings."))
        self.new_button = QCommandLinkButton(
            self.tr("Create a new mission…"),
            self.tr("Enter your mission's code, title, election and period."))
        self.open_button = QCommandLinkButton(
            self.tr("Open another database…"),
            self.tr("Choose a mission file (.sqlite), for example a copy or a backup."))
        self.demo_button.clicked.connect(self.createDemoRequested)
        self.new_button.clicked.connect(self.newMissionRequested)
        self.open_button.clicked.connect(self.openDatabaseRequested)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the demo does not report steps
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress_label = muted()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QVBoxLayout()
        busy.setContentsMargins(0, 4, 0, 4)
        busy.addWidget(self.progress_label)
        busy.addWidget(self.progress)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        self.busy_row.hide()
        self.banner = Banner()
        self.database_label = muted()
        self.database_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QWidget()
        column.setFixedWidth(580)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(10)
        column_layout.addWidget(logo)
        column_layout.addWidget(title)
        column_layout.addWidget(intro)
        column_layout.addSpacing(12)
        for button in (self.demo_button, self.new_button, self.open_button):
            column_layout.addWidget(button)
        column_layout.addWidget(self.busy_row)
        column_layout.addWidget(self.banner)
        column_layout.addSpacing(12)
        column_layout.addWidget(self.database_label)

        # Stretches rather than an alignment flag: with an alignment the column gets its size
        # hint's height, measured before the wrapped labels know their width, and gets clipped.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(centred)
        layout.addStretch(3)

    def set_database(self, target: str) -> None:
        self.database_label.setText(self.tr("Database: %1").replace("%1", target))

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.progress_label.setText(message)
        self.busy_row.setVisible(busy)
        for button in (self.demo_button, self.new_button, self.open_button):
            button.setEnabled(not busy)
        if busy:
            self.banner.clear()

    def show_error(self, text: str) -> None:
        self.banner.show_message("error", text)
