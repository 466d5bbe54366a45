"""The mission and the bodies that send observers to it."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, UTCDateTime, Versioned, enum_column

if TYPE_CHECKING:
    from .observers import Observer


class ElectionType(enum.StrEnum):
    PRESIDENTIAL = "presidential"
    EARLY_PRESIDENTIAL = "early_presidential"
    PARLIAMENTARY = "parliamentary"
    LOCAL = "local"
    REFERENDUM = "referendum"
    OTHER = "other"


class BodyKind(enum.StrEnum):
    STATE = "state"
    ORGANISATION = "organisation"


class BodyType(enum.StrEnum):
    """What a sending body is: a member state as a whole, one of its authorities, or an
    organisation body."""

    MEMBER_STATE = "member_state"
    LEGISLATIVE = "legislative"
    EXECUTIVE = "executive"
    ELECTION_AUTHORITY = "election_authority"
    SECRETARIAT = "secretariat"
    RATS = "rats"
    OTHER = "other"


class Mission(Timestamped, Versioned, Base):
    __tablename__ = "mission"
    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="period_order"),
        CheckConstraint("travel_buffer_minutes >= 0", name="travel_buffer_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    organisation: Mapped[str] = mapped_column(String(200))
    organisation_short: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(300))
    host_country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    election_type: Mapped[ElectionType] = mapped_column(enum_column(ElectionType, "election_type"))
    election_date: Mapped[date]
    cec_name: Mapped[str] = mapped_column(String(200), default="")
    period_start: Mapped[date]
    period_end: Mapped[date]
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")  # IANA zone of the capital
    working_languages: Mapped[str] = mapped_column(String(40), default="en")  # "en,ru,zh"
    travel_buffer_minutes: Mapped[int] = mapped_column(default=20)
    contact: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    notes: Mapped[str] = mapped_column(Text, default="")
    # When the mission was closed: its observers' personal data purged, names and findings kept.
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    sending_bodies: Mapped[list[SendingBody]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="SendingBody.position"
    )
    observers: Mapped[list[Observer]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="Observer.code"
    )

    @property
    def languages(self) -> list[str]:
        return [code for code in self.working_languages.split(",") if code]


class SendingBody(Timestamped, Versioned, Base):
    __tablename__ = "sending_body"
    __table_args__ = (
        UniqueConstraint("mission_id", "code"),
        CheckConstraint("quota IS NULL OR quota >= 0", name="quota_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    kind: Mapped[BodyKind] = mapped_column(enum_column(BodyKind, "body_kind"))
    body_type: Mapped[BodyType] = mapped_column(enum_column(BodyType, "body_type"))
    country_code: Mapped[str | None] = mapped_column(String(2))  # ISO alpha-2 for states
    name_en: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    quota: Mapped[int | None]
    position: Mapped[int] = mapped_column(default=0)

    mission: Mapped[Mission] = relationship(back_populates="sending_bodies")
    observers: Mapped[list[Observer]] = relationship(back_populates="sending_body")

    def name(self, language: str = "en") -> str:
        return getattr(self, f"name_{language}", "") or self.name_en
