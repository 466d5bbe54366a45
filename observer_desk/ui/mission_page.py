"""The Mission area: an overview of the mission, its details and its sending bodies."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.countries import country_with_code
from observer_desk.core.db import Database
from observer_desk.core.language import parenthesised
from observer_desk.core.models import AccreditationStatus
from observer_desk.core.services.overview import INACTIVE_STATUSES, MissionOverview

from .close_mission_dialog import CloseMissionDialog
from .errors import describe
from .labels import (
    accreditation_status_label,
    election_type_label,
    format_date,
    format_number,
    format_period,
    languages_label,
)
from .mission_settings import MissionDetailsPage
from .sending_bodies_page import SendingBodiesPage
from .widgets import Banner, heading, muted


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _count_label() -> QLabel:
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


def _utc_offset(zone: str, when: date) -> str:
    """The zone's offset on a given day, e.g. "UTC+06:00" (zones change their offsets over the years)."""
    try:
        offset = datetime.combine(when, time(12)).replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (KeyError, ValueError):
        return ""
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02}:{abs(minutes) % 60:02}"


class OverviewView(QScrollArea):
    """Key facts on the left, how far the work has come on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        facts = QGroupBox(self.tr("Election and mission"))
        self.facts_form = QFormLayout(facts)
        self.facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fact_labels: dict[str, QLabel] = {}
        for key, title in (
            ("election", self.tr("Election:")),
            ("election_day", self.tr("Election day:")),
            ("host", self.tr("Host country:")),
            ("cec", self.tr("Election commission:")),
            ("organisation", self.tr("Organisation:")),
            ("period", self.tr("Mission period:")),
            ("time_zone", self.tr("Time zone:")),
            ("head", self.tr("Head of mission:")),
            ("languages", self.tr("Working languages:")),
        ):
            self.fact_labels[key] = _value_label()
            self.facts_form.addRow(title, self.fact_labels[key])

        observers = QGroupBox(self.tr("Observers"))
        observers_layout = QVBoxLayout(observers)
        self.observers_total = heading(scale=1.6)
        self.accredited_bar = QProgressBar()
        self.accredited_bar.setTextVisible(True)
        self.bodies_line = muted()
        status_form = QFormLayout()
        status_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status_labels: dict[AccreditationStatus, QLabel] = {}
        self.status_titles: dict[AccreditationStatus, QLabel] = {}
        for status in AccreditationStatus:
            title = QLabel(accreditation_status_label(status))
            self.status_labels[status] = _count_label()
            self.status_titles[status] = title
            status_form.addRow(title, self.status_labels[status])
        observers_layout.addWidget(self.observers_total)
        observers_layout.addWidget(self.accredited_bar)
        observers_layout.addWidget(self.bodies_line)
        observers_layout.addLayout(status_form)

        work = QGroupBox(self.tr("Programme and findings"))
        work_form = QFormLayout(work)
        work_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.count_labels: dict[str, QLabel] = {}
        for key, title in (
            ("sending_bodies", self.tr("Sending bodies")),
            ("polling_stations", self.tr("Polling stations")),
            ("teams", self.tr("Teams")),
            ("events", self.tr("Events in the programme")),
            ("visit_reports", self.tr("Visit reports")),
            ("incidents", self.tr("Incidents")),
            ("statements", self.tr("Statements")),
        ):
            self.count_labels[key] = _count_label()
            work_form.addRow(title, self.count_labels[key])

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.addWidget(facts, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(observers, 0, 1)
        grid.addWidget(work, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 1)
        self.setWidget(content)

    def set_overview(self, overview: MissionOverview) -> None:
        facts = self.fact_labels
        facts["election"].setText(election_type_label(overview.election_type))
        facts["election_day"].setText(format_date(overview.election_date, weekday=True))
        facts["host"].setText(country_with_code(overview.host_country))
        facts["cec"].setText(overview.cec_name or self.tr("not recorded yet"))
        organisation = overview.organisation
        if overview.organisation_short:
            organisation = parenthesised(organisation, overview.organisation_short)
        facts["organisation"].setText(organisation)
        facts["period"].setText(format_period(overview.period_start, overview.period_end))
        offset = _utc_offset(overview.time_zone, overview.election_date)
        facts["time_zone"].setText(parenthesised(overview.time_zone, offset) if offset else overview.time_zone)
        head = overview.head_of_mission
        if head is None:
            facts["head"].setText(self.tr("not chosen yet"))
        else:
            text = head.label
            if head.position:
                text += f"\n{head.position}"
            facts["head"].setText(text)
        facts["languages"].setText(languages_label(overview.working_languages))

        total = overview.observers
        self.observers_total.setText(self.tr("%Ln observer(s)", "", total))
        accredited = overview.accredited_observers
        active = overview.active_observers
        self.accredited_bar.setRange(0, max(active, 1))
        self.accredited_bar.setValue(min(accredited, max(active, 1)))
        self.accredited_bar.setFormat(self.tr("%1 of %2 accredited").replace("%1", format_number(accredited))
                                      .replace("%2", format_number(active)))
        bodies = self.tr("from %Ln sending body(-ies)", "", overview.sending_bodies)
        if overview.quota_total is not None:
            bodies += " · " + self.tr("%Ln place(s) in the quotas", "", overview.quota_total)
        self.bodies_line.setText(bodies)
        for status, label in self.status_labels.items():
            count = overview.observers_by_status.get(status, 0)
            label.setText(format_number(count))
            # Statuses nobody is in yet stay listed (the steps ahead) but recede.
            enabled = count > 0 or status not in INACTIVE_STATUSES
            label.setEnabled(count > 0)
            self.status_titles[status].setEnabled(count > 0)
            label.setVisible(enabled)
            self.status_titles[status].setVisible(enabled)
        for key, label in self.count_labels.items():
            label.setText(format_number(getattr(overview, key)))


class MissionPage(QWidget):
    missionSaved = Signal(object)
    dataChanged = Signal()  # something the overview counts changed
    dirtyChanged = Signal(bool)

    OVERVIEW_TAB, DETAILS_TAB, BODIES_TAB = range(3)

    missionClosed = Signal(object)  # the PurgeResult

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._db: Database | None = None
        self._mission_id: int | None = None
        self._overview: MissionOverview | None = None
        self.close_dialog: CloseMissionDialog | None = None
        self.title = heading(scale=1.45)
        self.subtitle = muted()
        self.closed_banner = Banner()
        self.closed_banner.close_button.hide()
        self.close_button = QPushButton(self.tr("Close Mission…"))
        self.close_button.setObjectName("closeMission")
        self.close_button.setToolTip(self.tr("After the mission: purge its observers' personal "
                                             "data, keep names, itinerary and findings"))
        self.close_button.clicked.connect(self.close_mission)
        self.overview = OverviewView()
        self.details = MissionDetailsPage()
        self.bodies = SendingBodiesPage()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.bodies, self.tr("Sending bodies"))
        self.details.saved.connect(self.missionSaved)
        self.details.headChanged.connect(self.dataChanged)
        self.bodies.saved.connect(self.dataChanged)
        self.details.dirtyChanged.connect(self._dirty_changed)
        self.bodies.dirtyChanged.connect(self._dirty_changed)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.closed_banner)
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)

    def load(self, db: Database, mission_id: int) -> None:
        self._db, self._mission_id = db, mission_id
        self.details.load(db, mission_id)
        self.bodies.load(db, mission_id)

    def set_overview(self, overview: MissionOverview) -> None:
        self._overview = overview
        self.title.setText(overview.title)
        self.subtitle.setText(f"{overview.code} · {overview.organisation}")
        self.overview.set_overview(overview)
        if overview.closed_at is not None:
            when = overview.closed_at.astimezone(ZoneInfo(overview.time_zone))
            self.closed_banner.show_message("info", self.tr(
                "This mission was closed on %1: the personal data of its observers (passport "
                "data, dates of birth, contacts, notes, photos) was purged. Names, itinerary, "
                "findings and statements are kept.").replace("%1", when.strftime("%d.%m.%Y %H:%M")))
            self.close_button.setText(self.tr("Purge Again…"))
        else:
            self.closed_banner.clear()
            self.close_button.setText(self.tr("Close Mission…"))

    def close_mission(self) -> CloseMissionDialog | None:
        """Ask for the strong confirmation; the purge runs when the dialog is accepted."""
        if self._db is None or self._mission_id is None or self._overview is None:
            return None
        if self.has_unsaved_changes() and not self.save_all():
            return None
        dialog = CloseMissionDialog(self._overview.code, self._overview.title,
                                    self._overview.observers, self)
        dialog.accepted.connect(self._purge)
        dialog.finished.connect(dialog.deleteLater)
        self.close_dialog = dialog
        dialog.open()
        return dialog

    def _purge(self) -> None:
        from observer_desk.core.services.personal_data import purge_personal_data

        if self._db is None or self._mission_id is None:
            return
        try:
            result = purge_personal_data(self._db, self._mission_id)
        except Exception as exc:
            self.closed_banner.show_message("error", self.tr("The mission was not closed: %1")
                                            .replace("%1", describe(exc)))
            return
        self.missionClosed.emit(result)
        self.dataChanged.emit()

    def refresh_people(self) -> None:
        self.details.load_people()

    def has_unsaved_changes(self) -> bool:
        return self.details.has_unsaved_changes() or self.bodies.has_unsaved_changes()

    def save_all(self) -> bool:
        ok = True
        if self.details.has_unsaved_changes():
            ok = self.details.save() and ok
        if self.bodies.has_unsaved_changes():
            ok = self.bodies.save() and ok
        if not ok:
            failed = self.details if self.details.has_unsaved_changes() else self.bodies
            self.tabs.setCurrentWidget(failed)
        return ok

    def _dirty_changed(self, _dirty: bool) -> None:
        for tab, page in ((self.DETAILS_TAB, self.details), (self.BODIES_TAB, self.bodies)):
            base = self.tr("Details") if tab == self.DETAILS_TAB else self.tr("Sending bodies")
            self.tabs.setTabText(tab, base + (" •" if page.has_unsaved_changes() else ""))
        self.dirtyChanged.emit(self.has_unsaved_changes())
