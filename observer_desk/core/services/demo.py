"""The demo mission: the SCO Observer Mission to Kazakhstan's early presidential election of
20 November 2022, complete from nominations to the draft statement, for trying the program
and for tests. The data lives in the demo_* modules; this module puts it in the database.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audit import quiet, record_audit
from ..db import Database
from ..models import (
    AccreditationEvent,
    AccreditationStatus,
    AdminUnit,
    Answer,
    AuditAction,
    BadgePrintItem,
    BadgePrintRun,
    CecTurnout,
    ElectionType,
    Event,
    EventKind,
    EventParticipant,
    Incident,
    Mission,
    Observer,
    ObserverPhoto,
    Phase,
    PollingStation,
    SendingBody,
    Severity,
    Statement,
    StatementKind,
    StatementSection,
    Team,
    TeamMember,
    TurnoutReading,
    Venue,
    VisitReport,
)
from .checklists import default_checklist_definition, install_checklist
from .demo_findings import (
    CEC_SOURCE,
    CEC_TURNOUT,
    NATIONAL_FINAL_HOUR,
    ballots_issued,
    cec_voters,
    report_answers,
)
from .demo_people import (
    ARRIVALS,
    BODIES,
    DEPARTURES,
    HOTEL,
    OBSERVERS,
    DemoObserver,
    accreditation_steps,
    certificate_number,
)
from .demo_photos import silhouette_jpeg
from .demo_places import STATIONS, UNITS, VENUES, DemoStation
from .demo_programme import (
    AIRPORT_LEAD_MINUTES,
    ALL,
    ARRIVAL_TRANSFER_MINUTES,
    EVENTS,
    NOV20,
    TEAMS,
    TIME_ZONE,
    VISITS,
)
from .demo_statement import STATEMENTS
from .photos import prepare_photo

DEMO_MISSION_CODE = "SCO-KZ-2022"
DEMO_USER = "secretariat"

_ZONE = ZoneInfo(TIME_ZONE)
_PHASE_TITLES = {
    Phase.OPENING: "opening",
    Phase.VOTING: "voting",
    Phase.COUNT: "closing and count",
}


def _local(day: date, hhmm: str | time) -> datetime:
    at = hhmm if isinstance(hhmm, time) else time.fromisoformat(hhmm)
    return datetime.combine(day, at, tzinfo=_ZONE)


def create_demo_mission(db: Database) -> str:
    """Create the demo mission in one transaction and return its code.

    Running it again changes nothing: a database that already holds the demo keeps it as it is
    (including any edits made to it since).
    """
    with db.transaction() as session:
        exists = session.scalar(select(Mission.id).where(Mission.code == DEMO_MISSION_CODE))
        if exists is None:
            # One entry for the whole demo rather than hundreds of "added" lines in the trail.
            quiet(session)
            builder = _DemoBuilder(session)
            builder.build()
            session.flush()
            record_audit(session, table="mission", action=AuditAction.INSERT,
                         mission_id=builder.mission.id, record_id=builder.mission.id,
                         summary=f"demo mission {DEMO_MISSION_CODE} created")
    return DEMO_MISSION_CODE


class _DemoBuilder:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.mission: Mission
        self.bodies: dict[str, SendingBody] = {}
        self.units: dict[str, AdminUnit] = {}
        self.stations: dict[str, PollingStation] = {}
        self.venues: dict[str, Venue] = {}
        self.observers: dict[str, Observer] = {}
        self.teams: dict[str, Team] = {}
        self.visit_events: list[tuple[Event, DemoStation, Team]] = []

    def build(self) -> None:
        self._mission()
        self._bodies()
        self._places()
        self._observers()
        self._teams()
        self._programme()
        self.session.flush()
        self._findings()
        self._statements()
        self.session.flush()

    def _mission(self) -> None:
        self.mission = Mission(
            code=DEMO_MISSION_CODE,
            organisation="Shanghai Cooperation Organisation",
            organisation_short="SCO",
            title="SCO Observer Mission to the early presidential election in the Republic of "
                  "Kazakhstan",
            host_country="KZ",
            election_type=ElectionType.EARLY_PRESIDENTIAL,
            election_date=date(2022, 11, 20),
            cec_name="Central Election Commission of the Republic of Kazakhstan",
            period_start=date(2022, 11, 17),
            period_end=date(2022, 11, 20),
            time_zone=TIME_ZONE,
            working_languages="en,ru,zh",
            travel_buffer_minutes=20,
            contact="Mission secretariat, Grand Yesil Hotel, 12 Kabanbay Batyr Avenue, Astana\n"
                    "E-mail: mission.secretariat@example.org\n"
                    "Telephone: +7 7172 55 50 00 (24 hours from 17 to 21 November)",
            notes="Demo mission: every person in it is invented, and so are the passport numbers, "
                  "contacts, station numbers and all figures except the national final turnout.",
        )
        self.session.add(self.mission)
        self.session.flush()

    def _bodies(self) -> None:
        for position, data in enumerate(BODIES):
            body = SendingBody(
                mission=self.mission,
                code=data.code,
                kind=data.kind,
                body_type=data.body_type,
                country_code=data.country_code,
                name_en=data.name_en,
                name_ru=data.name_ru,
                name_zh=data.name_zh,
                quota=data.quota,
                position=position,
            )
            self.session.add(body)
            self.bodies[data.code] = body

    def _places(self) -> None:
        mission_id = self.mission.id
        for data in UNITS:
            unit = AdminUnit(
                mission_id=mission_id,
                code=data.code,
                kind=data.kind,
                name_en=data.name_en,
                name_ru=data.name_ru,
                name_zh=data.name_zh,
                time_zone=data.time_zone,
                parent=self.units[data.parent] if data.parent else None,
            )
            self.session.add(unit)
            self.units[data.code] = unit
        for data in STATIONS:
            station = PollingStation(
                mission_id=mission_id,
                unit=self.units[data.unit],
                number=data.number,
                name=data.name,
                address=data.address,
                registered_voters=data.registered_voters,
                opens_at=time(7, 0),
                closes_at=time(20, 0),
                latitude=data.latitude,
                longitude=data.longitude,
            )
            self.session.add(station)
            self.stations[data.key] = station
        for data in VENUES:
            venue = Venue(
                mission_id=mission_id,
                unit=self.units[data.unit],
                kind=data.kind,
                name=data.name,
                address=data.address,
                time_zone=self.units[data.unit].time_zone,
                latitude=data.latitude,
                longitude=data.longitude,
            )
            self.session.add(venue)
            self.venues[data.key] = venue

    def _observers(self) -> None:
        for index, data in enumerate(OBSERVERS):
            arrival, departure = ARRIVALS[data.route], DEPARTURES[data.route]
            observer = Observer(
                mission=self.mission,
                code=data.code,
                family_name=data.family_name,
                given_names=data.given_names,
                native_name=data.native_name,
                sex=data.sex,
                date_of_birth=data.born,
                citizenship=data.citizenship,
                sending_body=self.bodies[data.body],
                institution=data.institution,
                position=data.position,
                authority_type=data.authority_type,
                mission_role=data.role,
                passport_number=data.passport_number,
                passport_expiry=data.passport_expiry,
                email=data.email,
                phone=data.phone,
                languages=data.languages,
                arrival_flight=arrival.number,
                arrival_at=arrival.when.replace(tzinfo=_ZONE),
                departure_flight=departure.number,
                departure_at=departure.when.replace(tzinfo=_ZONE),
                hotel=HOTEL,
                notes=data.notes,
                accreditation_status=data.status,
            )
            self._accreditation(observer, data, index)
            if data.has_photo:
                prepared = prepare_photo(silhouette_jpeg(index))
                observer.photo = ObserverPhoto(
                    image=prepared.data,
                    mime_type=prepared.mime_type,
                    width=prepared.width,
                    height=prepared.height,
                )
            self.session.add(observer)
            self.observers[data.code] = observer
        self.session.flush()
        badge_run = BadgePrintRun(
            mission_id=self.mission.id,
            at=_local(date(2022, 11, 16), "17:00"),
            user=DEMO_USER,
            layout="cr80",
            reason="Badges for the CEC certificates received so far",
        )
        badge_run.items.extend(
            BadgePrintItem(observer_id=observer.id, badge_version=observer.badge_version)
            for observer in self.observers.values()
            if observer.accreditation_status is AccreditationStatus.BADGE_ISSUED
        )
        self.session.add(badge_run)

    def _accreditation(self, observer: Observer, data: DemoObserver, index: int) -> None:
        previous: AccreditationStatus | None = None
        for number, step in enumerate(accreditation_steps(data, index)):
            observer.accreditation_history.append(AccreditationEvent(
                at=_local(step.on, time(9, 30)) + timedelta(minutes=10 * index + number),
                user=DEMO_USER,
                from_status=previous,
                to_status=step.status,
                reference=step.reference,
                reference_date=step.on if step.reference else None,
                note=step.note,
            ))
            previous = step.status
            if step.status is AccreditationStatus.SUBMITTED:
                observer.cec_note_reference = step.reference
                observer.cec_note_date = step.on
            elif step.status is AccreditationStatus.ACCREDITED:
                observer.cec_certificate_number = certificate_number(index)
                observer.cec_certificate_date = step.on

    def _teams(self) -> None:
        for data in TEAMS:
            team = Team(
                mission_id=self.mission.id,
                name=data.name,
                vehicle=data.vehicle,
                driver_name=data.driver_name,
                driver_phone=data.driver_phone,
                interpreter=self.observers[data.interpreter] if data.interpreter else None,
                area_unit=self.units[data.area_unit],
                area=data.area,
                notes=data.notes,
            )
            for position, code in enumerate(data.members):
                member = self.observers[code]
                team.members.append(TeamMember(observer=member, position=position))
            self.session.add(team)
            self.teams[data.name] = team

    def _event(
        self, kind: EventKind, title: str, starts: datetime, ends: datetime, **extra: Any
    ) -> Event:
        event = Event(mission_id=self.mission.id, kind=kind, title=title, starts_at=starts,
                      ends_at=ends, time_zone=TIME_ZONE, **extra)
        self.session.add(event)
        return event

    def _programme(self) -> None:
        airport = self.venues["airport"]
        by_route: dict[str, list[Observer]] = defaultdict(list)
        for data in OBSERVERS:
            by_route[data.route].append(self.observers[data.code])
        for route, travellers in by_route.items():
            arrival, departure = ARRIVALS[route], DEPARTURES[route]
            landed = arrival.when.replace(tzinfo=_ZONE)
            event = self._event(
                EventKind.TRAVEL, f"Arrival, flight {arrival.number}", landed,
                landed + timedelta(minutes=ARRIVAL_TRANSFER_MINUTES), venue=airport,
                notes="Met at the airport by the secretariat and driven to the hotel")
            event.participants.extend(EventParticipant(observer=o) for o in travellers)
            takes_off = departure.when.replace(tzinfo=_ZONE)
            event = self._event(
                EventKind.TRAVEL, f"Departure, flight {departure.number}",
                takes_off - timedelta(minutes=AIRPORT_LEAD_MINUTES), takes_off, venue=airport,
                notes="Check out and drive to the airport")
            event.participants.extend(EventParticipant(observer=o) for o in travellers)

        for data in EVENTS:
            event = self._event(
                data.kind, data.title, _local(data.day, data.start), _local(data.day, data.end),
                venue=self.venues[data.venue] if data.venue else None,
                counterpart=data.counterpart, notes=data.notes)
            codes = [o.code for o in OBSERVERS] if data.observers == ALL else list(data.observers)
            event.participants.extend(EventParticipant(observer=self.observers[c]) for c in codes)
            event.participants.extend(EventParticipant(team=self.teams[t]) for t in data.teams)

        station_data = {s.key: s for s in STATIONS}
        for visit in VISITS:
            station = self.stations[visit.station]
            team = self.teams[visit.team]
            unit = self.units[station_data[visit.station].unit]
            event = self._event(
                EventKind.VISIT,
                f"Polling station {station.number} ({unit.name_en}): {_PHASE_TITLES[visit.phase]}",
                _local(NOV20, visit.start), _local(NOV20, visit.end),
                polling_station=station, phase=visit.phase,
                counterpart="Chair of the precinct election commission")
            event.participants.append(EventParticipant(team=team))
            self.visit_events.append((event, station_data[visit.station], team))

    def _findings(self) -> None:
        mission_id = self.mission.id
        checklist = install_checklist(self.session, mission_id, default_checklist_definition())
        questions = {q.name: q for q in checklist.questions}
        reports: list[tuple[VisitReport, PollingStation, datetime, int]] = []
        for index, (event, data, team) in enumerate(self.visit_events):
            station = self.stations[data.key]
            unit = self.units[data.unit]
            parent = unit.parent
            unit_name = f"{unit.name_en}, {parent.name_en}" if parent else unit.name_en
            arrived = event.starts_at.astimezone(_ZONE)
            departed = event.ends_at.astimezone(_ZONE)
            # The figure is read off the station's books a quarter of an hour into the visit; at
            # an opening, just before leaving (the first voters); at a count, at closing time.
            if event.phase is Phase.COUNT:
                reading_at = _local(NOV20, "20:00")
            elif event.phase is Phase.OPENING:
                reading_at = departed - timedelta(minutes=5)
            else:
                reading_at = min(arrived + timedelta(minutes=15), departed)
            issued = ballots_issued(data, index, reading_at.time())
            findings = report_answers(
                data, unit_name, index, event.phase, arrived.time(),
                departed.time(), issued, reading_at.time())
            report = VisitReport(
                mission_id=mission_id,
                checklist_id=checklist.id,
                team_id=team.id,
                polling_station_id=station.id,
                event_id=event.id,
                phase=event.phase,
                arrived_at=event.starts_at,
                departed_at=event.ends_at,
                submitted_by=team.name,
                notes=findings.notes,
            )
            report.answers.extend(
                Answer(question_id=questions[name].id, value=value)
                for name, value in findings.answers.items()
            )
            if findings.incident is not None:
                category, description = findings.incident
                report.incidents.append(Incident(
                    mission_id=mission_id,
                    polling_station_id=station.id,
                    category=category,
                    severity=Severity.MINOR,
                    occurred_at=reading_at,
                    description=description,
                ))
            self.session.add(report)
            reports.append((report, station, reading_at, issued))
        self.session.flush()
        for report, station, reading_at, issued in reports:
            self.session.add(TurnoutReading(
                mission_id=mission_id, report_id=report.id, polling_station_id=station.id,
                at=reading_at, registered_voters=station.registered_voters, ballots_issued=issued))

        for unit_code, (registered, curve) in CEC_TURNOUT.items():
            unit = self.units[unit_code] if unit_code else None
            for hour, percent in curve.items():
                self.session.add(CecTurnout(
                    mission_id=mission_id,
                    unit_id=unit.id if unit else None,
                    at=_local(NOV20, time(hour, 0)),
                    turnout_percent=percent,
                    voters=cec_voters(unit_code, hour),
                    registered_voters=registered,
                    source=CEC_SOURCE if unit_code is None and hour == NATIONAL_FINAL_HOUR
                    else f"{CEC_SOURCE} (demo figure)",
                ))

    def _statements(self) -> None:
        for data in STATEMENTS:
            statement = Statement(
                mission_id=self.mission.id,
                kind=StatementKind.PRELIMINARY,
                language=data.language,
                title=data.title,
                place=data.place,
                issued_on=date(2022, 11, 21),
                signatory_name=data.signatory_name,
                signatory_title=data.signatory_title,
            )
            for position, (key, heading, body) in enumerate(data.sections, start=1):
                statement.sections.append(
                    StatementSection(position=position, key=key, heading=heading, body=body))
            self.session.add(statement)
