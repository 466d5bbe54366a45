"""Observers, their accreditation with the host election commission, and badge print runs."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, UTCDateTime, Versioned, enum_column, utcnow
from .mission import BodyType, Mission, SendingBody


class Sex(enum.StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"


class MissionRole(enum.StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    COORDINATOR = "coordinator"
    OBSERVER = "observer"
    INTERPRETER = "interpreter"
    STAFF = "staff"


class AccreditationStatus(enum.StrEnum):
    NOMINATED = "nominated"
    DOCUMENTS_COMPLETE = "documents_complete"
    SUBMITTED = "submitted"
    ACCREDITED = "accredited"
    BADGE_ISSUED = "badge_issued"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    REPLACED = "replaced"


class Observer(Timestamped, Versioned, Base):
    __tablename__ = "observer"
    __table_args__ = (
        UniqueConstraint("mission_id", "code"),
        # A mission has at most one head; portable partial index (SQLite and PostgreSQL).
        Index(
            "uq_observer_one_head",
            "mission_id",
            unique=True,
            sqlite_where=text("mission_role = 'head'"),
            postgresql_where=text("mission_role = 'head'"),
        ),
        Index("ix_observer_mission_status", "mission_id", "accreditation_status"),
        CheckConstraint("departure_at IS NULL OR arrival_at IS NULL OR departure_at >= arrival_at",
                        name="travel_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    family_name: Mapped[str] = mapped_column(String(100))
    given_names: Mapped[str] = mapped_column(String(150), default="")
    native_name: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex, "sex"))
    date_of_birth: Mapped[date | None]
    citizenship: Mapped[str | None] = mapped_column(String(2))  # ISO alpha-2
    sending_body_id: Mapped[int | None] = mapped_column(
        ForeignKey("sending_body.id", ondelete="RESTRICT"), index=True
    )
    institution: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    authority_type: Mapped[BodyType | None] = mapped_column(enum_column(BodyType, "authority_type"))
    mission_role: Mapped[MissionRole] = mapped_column(
        enum_column(MissionRole, "mission_role"), default=MissionRole.OBSERVER
    )
    passport_number: Mapped[str] = mapped_column(String(40), default="")
    passport_expiry: Mapped[date | None]
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    languages: Mapped[str] = mapped_column(String(60), default="")  # "en,ru"
    arrival_flight: Mapped[str] = mapped_column(String(40), default="")
    arrival_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    departure_flight: Mapped[str] = mapped_column(String(40), default="")
    departure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hotel: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    accreditation_status: Mapped[AccreditationStatus] = mapped_column(
        enum_column(AccreditationStatus, "accreditation_status"),
        default=AccreditationStatus.NOMINATED,
    )
    cec_note_reference: Mapped[str] = mapped_column(String(80), default="")
    cec_note_date: Mapped[date | None]
    cec_certificate_number: Mapped[str] = mapped_column(String(80), default="")
    cec_certificate_date: Mapped[date | None]
    status_reason: Mapped[str] = mapped_column(Text, default="")
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("observer.id", ondelete="SET NULL"))
    badge_version: Mapped[int] = mapped_column(default=1)

    mission: Mapped[Mission] = relationship(back_populates="observers")
    sending_body: Mapped[SendingBody | None] = relationship(back_populates="observers")
    photo: Mapped[ObserverPhoto | None] = relationship(
        back_populates="observer", cascade="all, delete-orphan", uselist=False, lazy="raise_on_sql"
    )
    accreditation_history: Mapped[list[AccreditationEvent]] = relationship(
        back_populates="observer",
        cascade="all, delete-orphan",
        order_by="AccreditationEvent.at",
        foreign_keys="AccreditationEvent.observer_id",
    )
    replaced_by: Mapped[Observer | None] = relationship(remote_side=[id])

    @property
    def full_name(self) -> str:
        """Latin-script name as printed in lists: FAMILY Given."""
        return f"{self.family_name.upper()} {self.given_names}".strip()


class ObserverPhoto(Base):
    """The photo, kept apart so that lists of thousands of observers never load the images."""

    __tablename__ = "observer_photo"

    observer_id: Mapped[int] = mapped_column(
        ForeignKey("observer.id", ondelete="CASCADE"), primary_key=True
    )
    image: Mapped[bytes] = mapped_column(LargeBinary)
    mime_type: Mapped[str] = mapped_column(String(40), default="image/jpeg")
    width: Mapped[int]
    height: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    observer: Mapped[Observer] = relationship(back_populates="photo")


class AccreditationEvent(Base):
    """One step of an observer's accreditation: when, who, from, to, and the paper behind it."""

    __tablename__ = "accreditation_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    observer_id: Mapped[int] = mapped_column(
        ForeignKey("observer.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    from_status: Mapped[AccreditationStatus | None] = mapped_column(
        enum_column(AccreditationStatus, "from_status")
    )
    to_status: Mapped[AccreditationStatus] = mapped_column(
        enum_column(AccreditationStatus, "to_status")
    )
    reference: Mapped[str] = mapped_column(String(80), default="")
    reference_date: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("observer.id", ondelete="SET NULL"))

    observer: Mapped[Observer] = relationship(
        back_populates="accreditation_history", foreign_keys=[observer_id]
    )


class BadgePrintRun(Base):
    __tablename__ = "badge_print_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    layout: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[BadgePrintItem]] = relationship(
        back_populates="run", cascade="all, delete-orphan"
    )


class BadgePrintItem(Base):
    __tablename__ = "badge_print_item"

    run_id: Mapped[int] = mapped_column(
        ForeignKey("badge_print_run.id", ondelete="CASCADE"), primary_key=True
    )
    observer_id: Mapped[int] = mapped_column(
        ForeignKey("observer.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    badge_version: Mapped[int]

    run: Mapped[BadgePrintRun] = relationship(back_populates="items")
