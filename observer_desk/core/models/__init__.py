"""The domain model, one module per area; importing this package registers every table."""

from .audit import AuditAction, AuditEntry
from .base import Base, UTCDateTime, utcnow
from .findings import (
    Answer,
    AnswerType,
    CecTurnout,
    Checklist,
    ChecklistSection,
    Choice,
    ChoiceList,
    Incident,
    Question,
    ReportSource,
    Severity,
    TurnoutReading,
    VisitReport,
)
from .itinerary import Event, EventKind, EventParticipant, Phase, Team, TeamMember
from .mission import BodyKind, BodyType, ElectionType, Mission, SendingBody
from .observers import (
    AccreditationEvent,
    AccreditationStatus,
    BadgePrintItem,
    BadgePrintRun,
    MissionRole,
    Observer,
    ObserverPhoto,
    Sex,
)
from .places import AdminUnit, PollingStation, TravelBuffer, UnitKind, Venue, VenueKind
from .statement import Statement, StatementKind, StatementSection, StatementStatus

__all__ = [name for name in dir() if not name.startswith("_")]
