"""Checklists, the reports teams file per polling station, incidents and turnout figures."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, UTCDateTime, Versioned, enum_column
from .itinerary import Phase


class AnswerType(enum.StrEnum):
    YES_NO = "yes_no"  # yes / no / not observed
    INTEGER = "integer"
    TIME = "time"
    RATING4 = "rating4"  # very good / good / bad / very bad
    SINGLE = "single"
    MULTIPLE = "multiple"
    TEXT = "text"


class Severity(enum.StrEnum):
    MINOR = "minor"
    SERIOUS = "serious"
    CRITICAL = "critical"


class ReportSource(enum.StrEnum):
    MANUAL = "manual"
    ODK = "odk"
    KOBO = "kobo"


class Checklist(Timestamped, Versioned, Base):
    __tablename__ = "checklist"
    __table_args__ = (UniqueConstraint("mission_id", "form_id", "form_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[str] = mapped_column(String(80))
    form_version: Mapped[str] = mapped_column(String(40))
    titles: Mapped[dict[str, str]] = mapped_column(default=dict)  # {"en": ..., "ru": ..., "zh": ...}
    default_language: Mapped[str] = mapped_column(String(8), default="en")
    active: Mapped[bool] = mapped_column(default=True)

    sections: Mapped[list[ChecklistSection]] = relationship(
        back_populates="checklist", cascade="all, delete-orphan", order_by="ChecklistSection.position"
    )
    questions: Mapped[list[Question]] = relationship(
        back_populates="checklist", cascade="all, delete-orphan", order_by="Question.position"
    )
    choice_lists: Mapped[list[ChoiceList]] = relationship(
        back_populates="checklist", cascade="all, delete-orphan"
    )


class ChecklistSection(Base):
    __tablename__ = "checklist_section"
    __table_args__ = (UniqueConstraint("checklist_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(80))
    labels: Mapped[dict[str, str]] = mapped_column(default=dict)
    relevant: Mapped[str] = mapped_column(Text, default="")

    checklist: Mapped[Checklist] = relationship(back_populates="sections")


class ChoiceList(Base):
    __tablename__ = "choice_list"
    __table_args__ = (UniqueConstraint("checklist_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))

    checklist: Mapped[Checklist] = relationship(back_populates="choice_lists")
    choices: Mapped[list[Choice]] = relationship(
        back_populates="choice_list", cascade="all, delete-orphan", order_by="Choice.position"
    )


class Choice(Base):
    __tablename__ = "choice"
    __table_args__ = (UniqueConstraint("choice_list_id", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    choice_list_id: Mapped[int] = mapped_column(ForeignKey("choice_list.id", ondelete="CASCADE"))
    position: Mapped[int]
    value: Mapped[str] = mapped_column(String(80))
    labels: Mapped[dict[str, str]] = mapped_column(default=dict)
    # For ratings and yes/no: which answers count as negative, and which leave the denominator.
    negative: Mapped[bool] = mapped_column(default=False)
    excluded: Mapped[bool] = mapped_column(default=False)  # "not observed", "not applicable"

    choice_list: Mapped[ChoiceList] = relationship(back_populates="choices")


class Question(Base):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("checklist_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist.id", ondelete="CASCADE"))
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_section.id", ondelete="CASCADE")
    )
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(80))
    answer_type: Mapped[AnswerType] = mapped_column(enum_column(AnswerType, "answer_type"))
    choice_list_id: Mapped[int | None] = mapped_column(
        ForeignKey("choice_list.id", ondelete="RESTRICT")
    )
    labels: Mapped[dict[str, str]] = mapped_column(default=dict)
    hints: Mapped[dict[str, str]] = mapped_column(default=dict)
    required: Mapped[bool] = mapped_column(default=False)
    constraint: Mapped[str] = mapped_column(Text, default="")
    constraint_messages: Mapped[dict[str, str]] = mapped_column(default=dict)
    relevant: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    checklist: Mapped[Checklist] = relationship(back_populates="questions")
    section: Mapped[ChecklistSection | None] = relationship()
    choice_list: Mapped[ChoiceList | None] = relationship()

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.name


class VisitReport(Timestamped, Versioned, Base):
    __tablename__ = "visit_report"
    __table_args__ = (
        UniqueConstraint("mission_id", "instance_id"),
        Index("ix_visit_report_mission_phase", "mission_id", "phase"),
        CheckConstraint("departed_at IS NULL OR arrived_at IS NULL OR departed_at >= arrived_at",
                        name="time_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist.id", ondelete="RESTRICT"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    polling_station_id: Mapped[int | None] = mapped_column(
        ForeignKey("polling_station.id", ondelete="SET NULL"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    phase: Mapped[Phase] = mapped_column(enum_column(Phase, "report_phase"))
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    departed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source: Mapped[ReportSource] = mapped_column(
        enum_column(ReportSource, "report_source"), default=ReportSource.MANUAL
    )
    instance_id: Mapped[str | None] = mapped_column(String(100))
    submitted_by: Mapped[str] = mapped_column(String(150), default="")
    flagged: Mapped[bool] = mapped_column(default=False)
    flag_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    answers: Mapped[list[Answer]] = relationship(back_populates="report", cascade="all, delete-orphan")
    incidents: Mapped[list[Incident]] = relationship(
        back_populates="report", cascade="all, delete-orphan"
    )


class Answer(Base):
    """One answer; multiple choices are stored space-separated, as XLSForm does."""

    __tablename__ = "answer"
    __table_args__ = (Index("ix_answer_question_value", "question_id", "value"),)

    report_id: Mapped[int] = mapped_column(
        ForeignKey("visit_report.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str] = mapped_column(Text)

    report: Mapped[VisitReport] = relationship(back_populates="answers")


class Incident(Timestamped, Base):
    __tablename__ = "incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit_report.id", ondelete="CASCADE"), index=True
    )
    polling_station_id: Mapped[int | None] = mapped_column(
        ForeignKey("polling_station.id", ondelete="SET NULL")
    )
    category: Mapped[str] = mapped_column(String(80))
    severity: Mapped[Severity] = mapped_column(enum_column(Severity, "severity"))
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    description: Mapped[str] = mapped_column(Text, default="")

    report: Mapped[VisitReport | None] = relationship(back_populates="incidents")


class TurnoutReading(Base):
    """What the mission saw: registered voters and ballots issued at a station at a given time."""

    __tablename__ = "turnout_reading"
    __table_args__ = (
        CheckConstraint("ballots_issued >= 0 AND registered_voters > 0", name="positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("visit_report.id", ondelete="CASCADE"))
    polling_station_id: Mapped[int] = mapped_column(
        ForeignKey("polling_station.id", ondelete="CASCADE")
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    registered_voters: Mapped[int]
    ballots_issued: Mapped[int]


class CecTurnout(Base):
    """The election commission's published turnout, for a unit (or the whole country) at a time."""

    __tablename__ = "cec_turnout"
    __table_args__ = (
        UniqueConstraint("mission_id", "unit_id", "at"),
        # The country-wide figures have no unit, and NULLs never clash in the rule above.
        Index("uq_cec_turnout_national", "mission_id", "at", unique=True,
              sqlite_where=text("unit_id IS NULL"), postgresql_where=text("unit_id IS NULL")),
        CheckConstraint("turnout_percent >= 0 AND turnout_percent <= 100", name="percent_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_unit.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    turnout_percent: Mapped[float]
    voters: Mapped[int | None]
    registered_voters: Mapped[int | None]
    source: Mapped[str] = mapped_column(String(300), default="")
