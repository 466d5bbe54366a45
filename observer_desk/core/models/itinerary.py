"""Teams, and the events of the mission's programme: meetings, briefings, visits, travel."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, UTCDateTime, Versioned, enum_column
from .observers import Observer
from .places import AdminUnit, PollingStation, Venue


class EventKind(enum.StrEnum):
    MEETING = "meeting"
    BRIEFING = "briefing"
    VISIT = "visit"  # a polling-station visit
    TRAVEL = "travel"
    OTHER = "other"


class Phase(enum.StrEnum):
    OPENING = "opening"
    VOTING = "voting"
    COUNT = "count"


class Team(Timestamped, Versioned, Base):
    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("mission_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    vehicle: Mapped[str] = mapped_column(String(80), default="")
    driver_name: Mapped[str] = mapped_column(String(150), default="")
    driver_phone: Mapped[str] = mapped_column(String(60), default="")
    interpreter_id: Mapped[int | None] = mapped_column(ForeignKey("observer.id", ondelete="SET NULL"))
    area_unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_unit.id", ondelete="SET NULL"))
    area: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[TeamMember]] = relationship(
        back_populates="team", cascade="all, delete-orphan", order_by="TeamMember.position"
    )
    interpreter: Mapped[Observer | None] = relationship(foreign_keys=[interpreter_id])
    area_unit: Mapped[AdminUnit | None] = relationship()


class TeamMember(Base):
    __tablename__ = "team_member"

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    observer_id: Mapped[int] = mapped_column(
        ForeignKey("observer.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(default=0)

    team: Mapped[Team] = relationship(back_populates="members")
    observer: Mapped[Observer] = relationship()


class Event(Timestamped, Versioned, Base):
    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("ends_at >= starts_at", name="time_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind, "event_kind"))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    time_zone: Mapped[str] = mapped_column(String(64))  # IANA zone of the place it happens
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    polling_station_id: Mapped[int | None] = mapped_column(
        ForeignKey("polling_station.id", ondelete="SET NULL"), index=True
    )
    phase: Mapped[Phase | None] = mapped_column(enum_column(Phase, "event_phase"))
    counterpart: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    venue: Mapped[Venue | None] = relationship()
    polling_station: Mapped[PollingStation | None] = relationship()
    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class EventParticipant(Base):
    """An observer or a whole team taking part in an event (exactly one of the two)."""

    __tablename__ = "event_participant"
    __table_args__ = (
        CheckConstraint("(observer_id IS NULL) <> (team_id IS NULL)", name="observer_or_team"),
        # One of the two is always NULL, and NULLs never clash: hence one rule for each.
        UniqueConstraint("event_id", "observer_id"),
        UniqueConstraint("event_id", "team_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    observer_id: Mapped[int | None] = mapped_column(
        ForeignKey("observer.id", ondelete="CASCADE"), index=True
    )
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)

    event: Mapped[Event] = relationship(back_populates="participants")
    observer: Mapped[Observer | None] = relationship()
    team: Mapped[Team | None] = relationship()
