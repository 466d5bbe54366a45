"""Editing the mission's checklist: the editor works on a definition (the plain data of
checklists.py) and saves it whole.

A checklist no report was filed on yet is replaced in place. Once reports use it, its
questions are what their answers mean, so an edit is saved as a new version of the form (made
the active one); the reports stay on the version they were filed on, and the summary counts the
active version's reports. The checklist's version counter guards against two people saving
over each other (StaleEditError).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ...documents.xlsform import canonical_definition
from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..language import _
from ..models import (
    AnswerType,
    Checklist,
    ChecklistSection,
    Choice,
    ChoiceList,
    Question,
    VisitReport,
    utcnow,
)
from .bulk import require_mission
from .checklist_forms import active_checklist_id, checklist_definition
from .checklists import install_checklist, validate_definition
from .form_logic import expression_problem

_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")


@dataclass(frozen=True)
class ChecklistInfo:
    id: int
    version: int  # the row's edit counter, for the stale-edit check
    form_id: str
    form_version: str
    titles: dict[str, str]
    active: bool
    reports: int  # reports filed on it

    @property
    def label(self) -> str:
        return f"{self.form_id} {self.form_version}"


@dataclass(frozen=True)
class SavedChecklist:
    checklist_id: int
    form_version: str
    new_version: bool  # saved beside the old one (reports use it) rather than in its place


def list_checklists(db: Database, mission_id: int) -> list[ChecklistInfo]:
    """The mission's checklists, newest first."""
    with db.reading() as session:
        require_mission(session, mission_id)
        counts = dict(session.execute(
            select(VisitReport.checklist_id, func.count()).where(VisitReport.mission_id == mission_id)
            .group_by(VisitReport.checklist_id)).all())
        return [ChecklistInfo(c.id, c.version, c.form_id, c.form_version, dict(c.titles), c.active,
                              counts.get(c.id, 0))
                for c in session.scalars(select(Checklist).where(Checklist.mission_id == mission_id)
                                         .order_by(Checklist.id.desc()))]


def checklist_for_editing(db: Database, mission_id: int,
                          checklist_id: int | None = None) -> tuple[ChecklistInfo, dict[str, Any]]:
    """The active checklist (or the one given) and its definition."""
    with db.reading() as session:
        require_mission(session, mission_id)
        if checklist_id is None:
            checklist_id = active_checklist_id(session, mission_id)
        checklist = session.get(Checklist, checklist_id)
        if checklist is None or checklist.mission_id != mission_id:
            raise NotFoundError(_("checklist {checklist_id} is not a checklist of this mission")
                                .format(checklist_id=checklist_id))
        reports = session.scalar(select(func.count()).select_from(VisitReport).where(
            VisitReport.checklist_id == checklist_id)) or 0
        info = ChecklistInfo(checklist.id, checklist.version, checklist.form_id,
                             checklist.form_version, dict(checklist.titles), checklist.active,
                             reports)
        return info, checklist_definition(session, checklist_id)


def next_form_version(current: str, taken: Iterable[str]) -> str:
    """The version after `current` that no checklist of the form has: 2022.1 -> 2022.2,
    v3 -> v4, draft -> draft.2."""
    used = {t.casefold() for t in taken}
    match = _TRAILING_NUMBER.match(current.strip())
    stem, number = (match.group(1), int(match.group(2))) if match else (f"{current.strip()}.", 1)
    while True:
        number += 1
        candidate = f"{stem}{number}"
        if candidate.casefold() not in used:
            return candidate


def definition_problems(definition: dict[str, Any]) -> list[str]:
    """Everything that stops a definition from being saved: the checklist rules
    (validate_definition stops at the first) and every relevance or constraint that cannot be
    read or names a question the checklist does not have."""
    problems: list[str] = []
    try:
        validate_definition(definition)
    except ValueError as exc:
        problems.append(str(exc))
    names = [q.get("name", "") for s in definition.get("sections") or []
             for q in s.get("questions") or []]
    for section in definition.get("sections") or []:
        why = expression_problem(section.get("relevant") or "", names)
        if why:
            problems.append(_("section {name!r}, relevance: {why}").format(
                name=section.get("name"), why=why))
        for question in section.get("questions") or []:
            for key in ("relevant", "constraint"):
                why = expression_problem(question.get(key) or "", names)
                if why and key == "relevant":
                    problems.append(_("question {name!r}, relevance: {why}").format(
                        name=question.get("name"), why=why))
                elif why:
                    problems.append(_("question {name!r}, constraint: {why}").format(
                        name=question.get("name"), why=why))
    return problems


def save_checklist(db: Database, mission_id: int, checklist_id: int, version: int,
                   definition: dict[str, Any]) -> SavedChecklist:
    """Save an edited definition of the checklist `checklist_id` (as the user loaded it at
    `version`): in its place while no report uses it, else as a new form version (the
    definition's own version if no checklist of the form has it yet, else the next free one).
    The saved checklist is the mission's active one. Raises ValidationError listing every
    problem of the definition; nothing is written then."""
    problems = definition_problems(definition)
    if problems:
        raise ValidationError([Problem("", text) for text in problems])
    definition = canonical_definition(definition)
    try:
        with db.transaction() as session:
            require_mission(session, mission_id)
            checklist = session.get(Checklist, checklist_id)
            if checklist is None or checklist.mission_id != mission_id:
                raise NotFoundError(_("checklist {checklist_id} is not a checklist of this mission")
                                .format(checklist_id=checklist_id))
            if checklist.version != version:
                raise StaleEditError(_("the checklist was changed by someone else since you opened "
                                       "it; open it again to see the change"))
            used = session.scalar(select(func.count()).select_from(VisitReport).where(
                VisitReport.checklist_id == checklist_id)) or 0
            if not used:
                if definition == checklist_definition(session, checklist_id) and checklist.active:
                    return SavedChecklist(checklist.id, checklist.form_version, False)
                clash = session.scalar(select(Checklist.id).where(
                    Checklist.mission_id == mission_id, Checklist.id != checklist_id,
                    Checklist.form_id == definition["form_id"],
                    Checklist.form_version == definition["form_version"]))
                if clash is not None:
                    raise ValidationError([Problem("form_version", _(
                        "version {version!r} of this form is already in the mission: give "
                        "another version").format(version=definition["form_version"]))])
                saved = _replace_in_place(session, checklist, definition)
                return SavedChecklist(saved.id, saved.form_version, False)
            taken = list(session.scalars(select(Checklist.form_version).where(
                Checklist.mission_id == mission_id, Checklist.form_id == definition["form_id"])))
            if definition["form_version"].casefold() in {t.casefold() for t in taken}:
                definition["form_version"] = next_form_version(definition["form_version"], taken)
            # The edited form is a new row; the old one's counter moves on too, so a second
            # editor still holding the old version is told rather than saving a third copy.
            checklist.active = False
            saved = install_checklist(session, mission_id, definition)
            return SavedChecklist(saved.id, saved.form_version, True)
    except StaleDataError as exc:
        raise StaleEditError(_("the checklist was changed by someone else while you saved it; open "
                               "it again to see the change")) from exc


def _replace_in_place(session: Session, checklist: Checklist,
                      definition: dict[str, Any]) -> Checklist:
    """Give a checklist no report uses the definition's content, keeping its row (and so its
    id, and a version counter that moves on: an editor holding the old content is told)."""
    for question in list(checklist.questions):
        session.delete(question)
    session.flush()  # questions point at the sections and lists
    for item in (*checklist.sections, *checklist.choice_lists):
        session.delete(item)
    session.flush()
    session.expire(checklist, ["questions", "sections", "choice_lists"])
    session.execute(update(Checklist).where(Checklist.mission_id == checklist.mission_id,
                                            Checklist.id != checklist.id).values(active=False))
    checklist.form_id = definition["form_id"]
    checklist.form_version = definition["form_version"]
    checklist.titles = dict(definition["titles"])
    checklist.default_language = definition["default_language"]
    checklist.active = True
    checklist.updated_at = utcnow()
    lists: dict[str, ChoiceList] = {}
    for raw_list in definition["choice_lists"]:
        choice_list = ChoiceList(name=raw_list["name"], choices=[
            Choice(position=position, value=raw["value"], labels=dict(raw["labels"]),
                   negative=raw["negative"], excluded=raw["excluded"])
            for position, raw in enumerate(raw_list["choices"], start=1)])
        checklist.choice_lists.append(choice_list)
        lists[choice_list.name] = choice_list
    position = 0
    for section_position, raw_section in enumerate(definition["sections"], start=1):
        section = ChecklistSection(position=section_position, name=raw_section["name"],
                                   labels=dict(raw_section["labels"]),
                                   relevant=raw_section["relevant"])
        checklist.sections.append(section)
        for raw in raw_section["questions"]:
            position += 1
            checklist.questions.append(Question(
                section=section, position=position, name=raw["name"],
                answer_type=AnswerType(raw["type"]),
                choice_list=lists[raw["choices"]] if raw["choices"] else None,
                labels=dict(raw["labels"]), hints=dict(raw["hints"]), required=raw["required"],
                constraint=raw["constraint"], constraint_messages=dict(raw["constraint_messages"]),
                relevant=raw["relevant"], extra=dict(raw["extra"])))
    session.flush()
    return checklist


def activate_checklist(db: Database, mission_id: int, checklist_id: int) -> None:
    """Make an earlier checklist the one new reports are entered on (and the summary counts)."""
    with db.transaction() as session:
        require_mission(session, mission_id)
        chosen = session.get(Checklist, checklist_id)
        if chosen is None or chosen.mission_id != mission_id:
            raise NotFoundError(_("checklist {checklist_id} is not a checklist of this mission")
                                .format(checklist_id=checklist_id))
        for checklist in session.scalars(select(Checklist).where(Checklist.mission_id == mission_id)):
            wanted = checklist.id == checklist_id
            if checklist.active != wanted:
                checklist.active = wanted
