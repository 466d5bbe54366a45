"""Administrative units with their time zones, polling stations, other venues, and the travel
time to allow between places in two units."""

from __future__ import annotations

import enum
from datetime import time

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, Versioned, enum_column


class UnitKind(enum.StrEnum):
    REGION = "region"
    CITY = "city"  # a city of republican significance, at the level of a region
    DISTRICT = "district"
    OTHER = "other"


class VenueKind(enum.StrEnum):
    HOTEL = "hotel"
    ELECTION_COMMISSION = "election_commission"
    MINISTRY = "ministry"
    OFFICE = "office"
    AIRPORT = "airport"
    OTHER = "other"


class AdminUnit(Timestamped, Versioned, Base):
    __tablename__ = "admin_unit"
    __table_args__ = (UniqueConstraint("mission_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("admin_unit.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[UnitKind] = mapped_column(enum_column(UnitKind, "unit_kind"))
    name_en: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    time_zone: Mapped[str] = mapped_column(String(64))  # IANA, e.g. Asia/Almaty

    parent: Mapped[AdminUnit | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[AdminUnit]] = relationship(back_populates="parent")

    def name(self, language: str = "en") -> str:
        return getattr(self, f"name_{language}", "") or self.name_en


class PollingStation(Timestamped, Versioned, Base):
    __tablename__ = "polling_station"
    __table_args__ = (
        UniqueConstraint("mission_id", "number"),
        CheckConstraint("registered_voters IS NULL OR registered_voters >= 0",
                        name="registered_voters_positive"),
        CheckConstraint("closes_at > opens_at", name="hours_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    registered_voters: Mapped[int | None]
    opens_at: Mapped[time] = mapped_column(default=time(7, 0))
    closes_at: Mapped[time] = mapped_column(default=time(20, 0))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]

    unit: Mapped[AdminUnit] = relationship()


class Venue(Timestamped, Versioned, Base):
    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_unit.id", ondelete="SET NULL"))
    kind: Mapped[VenueKind] = mapped_column(enum_column(VenueKind, "venue_kind"))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    time_zone: Mapped[str] = mapped_column(String(64))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[AdminUnit | None] = relationship()


class TravelBuffer(Timestamped, Base):
    """The minutes to allow between two events in these units (either way round), where the
    mission's default does not fit: a drive out to a village district takes longer than one
    across a city district. A pair of one unit with itself is the time within that unit.

    Stored once per pair, the smaller unit id first, so that one pair cannot hold two values."""

    __tablename__ = "travel_buffer"
    __table_args__ = (
        UniqueConstraint("mission_id", "unit_a_id", "unit_b_id"),
        CheckConstraint("minutes >= 0", name="minutes_positive"),
        CheckConstraint("unit_a_id <= unit_b_id", name="pair_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    unit_a_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="CASCADE"))
    unit_b_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="CASCADE"))
    minutes: Mapped[int]
