"""The mission's statements: the preliminary statement read the day after the vote and the final
report weeks later, each in English, Russian and Chinese, composed from the mission's own data.

A statement is one kind (preliminary or final) in one language, in numbered revisions. Its
title and the heading and text of its four sections (members, activities, findings,
conclusions) are the secretariat's own words, with placeholders the program fills from the
data when the statement is shown or printed (statement_facts.PLACEHOLDERS says what each holds).
New statements start from the default texts shipped in resources/statements/.

Issuing a statement freezes it: its text is never changed again, and the facts it was filled
with (every placeholder's value and the rows of its tables) are kept with it, so the issued
statement prints the same however the data changes afterwards. Editing it afterwards makes a
new draft revision; the issued one stays as it was issued.

Every write here is one transaction, and an edit made on a stale copy (someone else saved the
statement in between) is refused instead of overwriting their change.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from ...resources import resource_path
from ..db import Database
from ..errors import NotFoundError, ObserverDeskError, Problem, StaleEditError, UsageError, ValidationError
from ..language import _, listed, ngettext, pgettext
from ..models import Mission, Statement, StatementKind, StatementSection, StatementStatus, utcnow
from .statement_facts import (  # noqa: F401 - the facts are part of this module's interface
    KEY_FINDINGS,
    PLACEHOLDERS,
    FindingLine,
    Meeting,
    Member,
    MemberGroup,
    StatementFacts,
    TurnoutLine,
    VisitedArea,
    check_language,
    compute_facts,
)
from .statement_text import fill_placeholders, format_date, unknown_placeholder_message

SECTION_KEYS = ("members", "activities", "findings", "conclusions")
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese"}
KIND_NAMES = {StatementKind.PRELIMINARY: "preliminary statement", StatementKind.FINAL: "final report"}


def _kind_name(kind: StatementKind) -> str:
    """The kind of statement, in the language of the messages."""
    return _("preliminary statement") if kind is StatementKind.PRELIMINARY else _("final report")


def _language_name(language: str) -> str:
    """A statement's language, in the language of the messages."""
    return {"en": _("English"), "ru": _("Russian"), "zh": _("Chinese")}.get(language, language)

# --- statements as the front ends see them ----------------------------------------------------

@dataclass(frozen=True)
class SectionText:
    key: str
    heading: str
    body: str


@dataclass(frozen=True)
class StatementText:
    id: int
    mission_id: int
    kind: StatementKind
    language: str
    revision: int
    status: StatementStatus
    version: int
    title: str
    place: str
    issued_on: date | None
    signatory_name: str
    signatory_title: str
    issued_at: datetime | None
    sections: tuple[SectionText, ...]
    snapshot: dict[str, Any] | None

    @property
    def issued(self) -> bool:
        return self.status is StatementStatus.ISSUED

    def section(self, key: str) -> SectionText:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)


@dataclass(frozen=True)
class StatementSummary:
    id: int
    kind: StatementKind
    language: str
    revision: int
    status: StatementStatus
    title: str
    issued_on: date | None
    issued_at: datetime | None
    updated_at: datetime


@dataclass(frozen=True)
class StatementEdit:
    """What the user changed: the whole text of one statement."""

    title: str
    place: str
    issued_on: date | None
    signatory_name: str
    signatory_title: str
    sections: tuple[SectionText, ...]


def _text(statement: Statement) -> StatementText:
    return StatementText(
        statement.id, statement.mission_id, statement.kind, statement.language, statement.revision,
        statement.status, statement.version, statement.title, statement.place, statement.issued_on,
        statement.signatory_name, statement.signatory_title, statement.issued_at,
        tuple(SectionText(s.key, s.heading, s.body) for s in statement.sections),
        statement.data_snapshot)


def list_statements(db: Database, mission_id: int) -> list[StatementSummary]:
    """Every revision of every statement of the mission: by kind, language, newest revision first."""
    with db.reading() as session:
        rows = session.scalars(select(Statement).where(Statement.mission_id == mission_id)
                               .order_by(Statement.kind, Statement.language, Statement.revision.desc()))
        return [StatementSummary(s.id, s.kind, s.language, s.revision, s.status, s.title, s.issued_on,
                                 s.issued_at, s.updated_at) for s in rows]


def load_statement(db: Database, statement_id: int) -> StatementText:
    with db.reading() as session:
        statement = session.get(Statement, statement_id)
        if statement is None:
            raise NotFoundError(_("statement {statement_id} no longer exists")
                                .format(statement_id=statement_id))
        return _text(statement)


def current_statement(db: Database, mission_id: int, kind: StatementKind | str, language: str, *,
                      revision: int | None = None) -> StatementText | None:
    """The latest revision of the mission's statement of this kind and language (or the revision
    named); None if there is none."""
    query = select(Statement).where(Statement.mission_id == mission_id,
                                    Statement.kind == StatementKind(kind), Statement.language == language)
    query = query.where(Statement.revision == revision) if revision is not None \
        else query.order_by(Statement.revision.desc()).limit(1)
    with db.reading() as session:
        statement = session.scalar(query)
        return _text(statement) if statement is not None else None


@cache
def default_text(kind: StatementKind | str, language: str) -> dict[str, Any]:
    """The shipped default text of a kind of statement in a language (resources/statements)."""
    check_language(language)
    kind = StatementKind(kind)
    data = json.loads(resource_path("statements", f"{kind.value}.{language}.json").read_text(encoding="utf-8"))
    keys = [s["key"] for s in data["sections"]]
    if keys != list(SECTION_KEYS):
        raise ObserverDeskError(_("the default {kind} text in {language} has sections {keys}")
                                .format(kind=kind.value, language=language, keys=keys))
    return data


def create_statement(db: Database, mission_id: int, kind: StatementKind | str, language: str) -> StatementText:
    """A first revision of the mission's statement of this kind and language, from the default
    text. The place and signature block are taken from the mission's other statement in the same
    language when there is one, else the head of mission signs. Refused when one exists already."""
    kind = StatementKind(kind)
    defaults = default_text(kind, language)
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        model = session.scalar(select(Statement).where(
            Statement.mission_id == mission_id, Statement.language == language)
            .order_by(Statement.kind != kind, Statement.revision.desc(), Statement.id.desc()).limit(1))
        election_date = mission.election_date
        place, signatory_name, signatory_title = (
            (model.place, model.signatory_name, model.signatory_title) if model else ("", "", ""))
    if not signatory_name:
        facts = compute_facts(db, mission_id, language)
        signatory_name = facts.values["head_name"]
        signatory_title = fill_placeholders(defaults["signatory_title"], facts.values).text
    issued_on = date.fromordinal(election_date.toordinal() + 1) if kind is StatementKind.PRELIMINARY else None
    with db.transaction() as session:
        exists = session.scalar(select(Statement.id).where(
            Statement.mission_id == mission_id, Statement.kind == kind, Statement.language == language))
        if exists is not None:
            raise UsageError(_("the mission already has a {kind} in {language}; edit it instead")
                             .format(kind=_kind_name(kind), language=_language_name(language)))
        statement = Statement(mission_id=mission_id, kind=kind, language=language, revision=1,
                              status=StatementStatus.DRAFT, title=defaults["title"][:300], place=place,
                              issued_on=issued_on, signatory_name=signatory_name[:200],
                              signatory_title=signatory_title[:300])
        for position, section in enumerate(defaults["sections"], start=1):
            statement.sections.append(StatementSection(position=position, key=section["key"],
                                                       heading=section["heading"], body=section["body"]))
        session.add(statement)
        session.flush()
        return _text(statement)


def ensure_statement(db: Database, mission_id: int, kind: StatementKind | str, language: str
                     ) -> tuple[StatementText, bool]:
    """The mission's statement of this kind and language, made from the default text if there
    is none yet; and whether it was made now."""
    existing = current_statement(db, mission_id, kind, language)
    if existing is not None:
        return existing, False
    try:
        return create_statement(db, mission_id, kind, language), True
    except UsageError:  # made by someone else in the meantime
        existing = current_statement(db, mission_id, kind, language)
        if existing is None:
            raise
        return existing, False


_LIMITS = (("title", 300), ("place", 150), ("signatory_name", 200), ("signatory_title", 300))


def _edit_problems(edit: StatementEdit, keys: Sequence[str]) -> list[Problem]:
    problems = []
    if not edit.title.strip():
        problems.append(Problem("title", _("the statement needs a title")))
    for name, limit in _LIMITS:
        length = len(getattr(edit, name))
        if length > limit:
            problems.append(Problem(name, ngettext("is {length} characters long; at most {n}",
                                                   "is {length} characters long; at most {n}",
                                                   limit).format(length=length, n=limit)))
    given = [s.key for s in edit.sections]
    if sorted(given) != sorted(keys):
        if given:
            problems.append(Problem("sections", _("the statement's sections are {keys}; got {given}")
                                    .format(keys=listed(keys), given=listed(given))))
        else:
            problems.append(Problem("sections", _("the statement's sections are {keys}; got none")
                                    .format(keys=listed(keys))))
    for section in edit.sections:
        if len(section.heading) > 300:
            problems.append(Problem(section.key, ngettext(
                "the heading is longer than {n} character", "the heading is longer than {n} characters",
                300).format(n=300)))
        if not section.heading.strip():
            problems.append(Problem(section.key, _("the section needs a heading")))
    return problems


def save_statement(db: Database, statement_id: int, version: int, edit: StatementEdit) -> StatementText:
    """Save the user's text of a statement they loaded at `version`, in one transaction.

    A draft is changed in place. An issued statement is never changed: the edit becomes a new
    draft revision, which is returned. Only the latest revision of a statement may be edited;
    an edit made on a stale copy is refused (StaleEditError)."""
    with db.transaction() as session:
        statement = session.get(Statement, statement_id)
        if statement is None:
            raise NotFoundError(_("statement {statement_id} no longer exists")
                                .format(statement_id=statement_id))
        if statement.version != version:
            raise StaleEditError(_("this {kind} was changed by someone else since you opened it; "
                                   "reload it and make your change again")
                                 .format(kind=_kind_name(statement.kind)))
        latest = session.scalar(select(func.max(Statement.revision)).where(
            Statement.mission_id == statement.mission_id, Statement.kind == statement.kind,
            Statement.language == statement.language))
        if latest != statement.revision:
            raise UsageError(_("revision {revision} is not the latest one (revision {latest} is): "
                               "edit that one").format(revision=statement.revision, latest=latest))
        problems = _edit_problems(edit, [s.key for s in statement.sections])
        if problems:
            raise ValidationError(problems)
        if statement.status is StatementStatus.ISSUED:
            if not _changed(statement, edit):
                return _text(statement)
            target = Statement(mission_id=statement.mission_id, kind=statement.kind,
                               language=statement.language, revision=statement.revision + 1,
                               status=StatementStatus.DRAFT)
            for section in statement.sections:
                target.sections.append(StatementSection(position=section.position, key=section.key,
                                                        heading=section.heading, body=section.body))
            session.add(target)
        else:
            target = statement
        target.title = edit.title.strip()
        target.place = edit.place.strip()
        target.issued_on = edit.issued_on
        target.signatory_name = edit.signatory_name.strip()
        target.signatory_title = edit.signatory_title.strip()
        by_key = {s.key: s for s in edit.sections}
        for section in target.sections:
            section.heading = by_key[section.key].heading.strip()
            section.body = by_key[section.key].body.rstrip()
        # A change of the sections alone must still move the statement's version on.
        target.updated_at = utcnow()
        try:
            session.flush()
        except StaleDataError as exc:
            raise StaleEditError(_("the statement was changed by someone else while saving; "
                                   "reload it and make your change again")) from exc
        return _text(target)


def _changed(statement: Statement, edit: StatementEdit) -> bool:
    if any(getattr(statement, name) != getattr(edit, name).strip()
           for name in ("title", "place", "signatory_name", "signatory_title")):
        return True
    if statement.issued_on != edit.issued_on:
        return True
    by_key = {s.key: s for s in edit.sections}
    return any(section.heading != by_key[section.key].heading.strip()
               or section.body != by_key[section.key].body.rstrip() for section in statement.sections)


# --- filling and issuing ----------------------------------------------------------------------

@dataclass(frozen=True)
class FilledSection:
    number: int
    key: str
    heading: str
    body: str


@dataclass(frozen=True)
class StatementContent:
    """A statement ready to print: its text filled from its facts, and the facts themselves."""

    statement: StatementText
    facts: StatementFacts
    title: str
    sections: tuple[FilledSection, ...]
    date_text: str
    mission_code: str
    logo: bytes | None
    problems: tuple[str, ...]  # unknown placeholders, by where they are

    @property
    def language(self) -> str:
        return self.statement.language


def facts_for(db: Database, statement: StatementText) -> StatementFacts:
    """The facts a statement is filled with: those kept at its issue, else the data as it is now."""
    if statement.issued and statement.snapshot:
        return StatementFacts.from_json(statement.snapshot)
    return compute_facts(db, statement.mission_id, statement.language,
                         signatory_name=statement.signatory_name,
                         signatory_title=statement.signatory_title, place=statement.place,
                         statement_date=statement.issued_on)


def fill_statement(statement: StatementText | StatementEdit, facts: StatementFacts,
                   ) -> tuple[str, tuple[FilledSection, ...], tuple[str, ...]]:
    """(title, sections, problems): the text with the placeholders filled; a problem names
    every unknown placeholder and where it is."""
    problems: list[str] = []
    title = fill_placeholders(statement.title, facts.values)
    problems += [unknown_placeholder_message(name, pgettext("statement part", "title"), facts.values)
                 for name in title.unknown]
    sections = []
    for number, section in enumerate(statement.sections, start=1):
        heading = fill_placeholders(section.heading, facts.values)
        body = fill_placeholders(section.body, facts.values)
        where = _("section {number} ({heading})").format(number=number,
                                                         heading=heading.text.strip() or section.key)
        for name in dict.fromkeys(heading.unknown + body.unknown):
            problems.append(unknown_placeholder_message(name, where, facts.values))
        sections.append(FilledSection(number, section.key, heading.text, body.text))
    return title.text, tuple(sections), tuple(problems)


def apply_edit(statement: StatementText, edit: StatementEdit) -> StatementText:
    """The statement as it would be once `edit` is saved: for an issued statement with changes,
    the next revision as a draft (filled from the data as it is now, not the issued facts)."""
    edited = replace(statement, title=edit.title, place=edit.place, issued_on=edit.issued_on,
                     signatory_name=edit.signatory_name, signatory_title=edit.signatory_title,
                     sections=tuple(edit.sections))
    if statement.issued and edited != statement:
        edited = replace(edited, status=StatementStatus.DRAFT, revision=statement.revision + 1,
                         issued_at=None, snapshot=None)
    return edited


def statement_content(db: Database, statement_id: int, *, facts: StatementFacts | None = None,
                      edit: StatementEdit | None = None) -> StatementContent:
    """Everything the PDF of a statement needs; with `edit`, of the statement as it would be
    once that edit is saved (for previews). `problems` lists unknown placeholders; the document
    should not be given out while there are any."""
    statement = load_statement(db, statement_id)
    if edit is not None:
        statement = apply_edit(statement, edit)
    facts = facts or facts_for(db, statement)
    with db.reading() as session:
        mission = session.get(Mission, statement.mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists")
                                .format(mission_id=statement.mission_id))
        code, logo = mission.code, mission.logo
    title, sections, problems = fill_statement(statement, facts)
    return StatementContent(statement, facts, title, sections,
                            format_date(statement.issued_on, statement.language), code, logo, problems)


def issue_statement(db: Database, statement_id: int, version: int, *, on: date | None = None,
                    now: datetime | None = None) -> StatementText:
    """Mark the statement issued, keeping its text and the facts it is filled with as they are now.

    Refused when it is issued already, is not the latest revision, was changed since the user
    loaded it, or has an unknown placeholder. Its date is `on`, else the date it carries, else
    today in the mission's time zone."""
    statement = load_statement(db, statement_id)
    if statement.issued:
        raise UsageError(_("revision {revision} of this {kind} was issued already; an edit makes a "
                           "new revision").format(revision=statement.revision,
                                                  kind=_kind_name(statement.kind)))
    moment = now or datetime.now(timezone.utc)
    with db.reading() as session:
        zone = session.scalar(select(Mission.time_zone).where(Mission.id == statement.mission_id)) or "UTC"
    day = on or statement.issued_on or moment.astimezone(ZoneInfo(zone)).date()
    facts = compute_facts(db, statement.mission_id, statement.language,
                          signatory_name=statement.signatory_name,
                          signatory_title=statement.signatory_title, place=statement.place,
                          statement_date=day, now=moment)
    _title, _sections, problems = fill_statement(statement, facts)
    if problems:
        raise ValidationError([Problem("", p) for p in problems])
    with db.transaction() as session:
        record = session.get(Statement, statement_id)
        if record is None:
            raise NotFoundError(_("statement {statement_id} no longer exists")
                                .format(statement_id=statement_id))
        if record.version != version:
            raise StaleEditError(_("this {kind} was changed by someone else since you opened it; "
                                   "reload it and look at it again before issuing it")
                                 .format(kind=_kind_name(record.kind)))
        latest = session.scalar(select(func.max(Statement.revision)).where(
            Statement.mission_id == record.mission_id, Statement.kind == record.kind,
            Statement.language == record.language))
        if latest != record.revision:
            raise UsageError(_("revision {revision} is not the latest one (revision {latest} is)")
                             .format(revision=record.revision, latest=latest))
        record.status = StatementStatus.ISSUED
        record.issued_on = day
        record.issued_at = moment
        record.data_snapshot = facts.to_json()
        try:
            session.flush()
        except StaleDataError as exc:
            raise StaleEditError(_("the statement was changed by someone else while issuing it; "
                                   "reload it and look at it again")) from exc
        return _text(record)
