"""Pages for the areas that are not in this version yet: they say so, and show what the
mission already holds in that area."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from observer_desk.core.services.overview import MissionOverview

from .icons import area_icon
from .labels import plural
from .widgets import heading, muted


class PlaceholderPage(QWidget):
    def __init__(self, area: str, title: str, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.area = area
        icon = QLabel()
        icon.setPixmap(area_icon(area).pixmap(QSize(56, 56)))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = heading(title, scale=1.6)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = heading(scale=1.2, bold=False)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = muted()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note_frame = QFrame()
        note_frame.setObjectName("notYet")
        note_frame.setStyleSheet(
            "QFrame#notYet { border: 1px dashed palette(mid); border-radius: 6px; }")
        note_layout = QVBoxLayout(note_frame)
        note_layout.setContentsMargins(16, 12, 16, 12)
        note_layout.addWidget(self.note)

        column = QWidget()
        column.setFixedWidth(540)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(10)
        column_layout.addWidget(icon)
        column_layout.addWidget(self.title)
        column_layout.addWidget(self.count)
        column_layout.addWidget(self.detail)
        column_layout.addSpacing(12)
        column_layout.addWidget(note_frame)

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

    def set_counts(self, count: str, detail: str = "") -> None:
        self.count.setText(count)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class ItineraryPlaceholder(PlaceholderPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("itinerary", self.tr("Itinerary"), self.tr(
            "Planning meetings, teams and polling-station visits is not in this version yet."), parent)

    def set_overview(self, overview: MissionOverview) -> None:
        detail = " · ".join([
            plural(overview.teams, self.tr("1 team"), self.tr("{n} teams")),
            plural(overview.polling_stations, self.tr("1 polling station"), self.tr("{n} polling stations")),
        ])
        self.set_counts(plural(overview.events, self.tr("1 event in the programme"),
                               self.tr("{n} events in the programme")), detail)

