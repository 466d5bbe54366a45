"""The mission's statements: sections of text with placeholders filled from the mission's data."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, UTCDateTime, Versioned, enum_column


class StatementKind(enum.StrEnum):
    PRELIMINARY = "preliminary"
    FINAL = "final"


class StatementStatus(enum.StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


class Statement(Timestamped, Versioned, Base):
    __tablename__ = "statement"
    __table_args__ = (UniqueConstraint("mission_id", "kind", "language", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    kind: Mapped[StatementKind] = mapped_column(enum_column(StatementKind, "statement_kind"))
    language: Mapped[str] = mapped_column(String(8))
    revision: Mapped[int] = mapped_column(default=1)
    status: Mapped[StatementStatus] = mapped_column(
        enum_column(StatementStatus, "statement_status"), default=StatementStatus.DRAFT
    )
    title: Mapped[str] = mapped_column(String(300))
    place: Mapped[str] = mapped_column(String(150), default="")
    issued_on: Mapped[date | None]
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(300), default="")
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What the placeholders were filled with when the statement was issued: kept as issued.
    data_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    sections: Mapped[list[StatementSection]] = relationship(
        back_populates="statement", cascade="all, delete-orphan", order_by="StatementSection.position"
    )


class StatementSection(Base):
    __tablename__ = "statement_section"
    __table_args__ = (UniqueConstraint("statement_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id", ondelete="CASCADE"))
    position: Mapped[int]
    key: Mapped[str] = mapped_column(String(40))  # members, activities, findings, conclusions
    heading: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")

    statement: Mapped[Statement] = relationship(back_populates="sections")
