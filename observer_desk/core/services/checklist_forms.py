"""Checklists in and out of XLSForm: import a form as the mission's new active checklist, export
a checklist so the same form can go to ODK Collect or KoboCollect, and read a stored checklist
back as a definition (what the editor and the exports work from)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...documents.xlsform import canonical_definition, read_xlsform, write_xlsform
from ..backup import backup_before
from ..db import Database
from ..errors import NotFoundError, Problem, ValidationError
from ..language import _, ngettext
from ..models import Checklist, ChecklistSection, Choice, ChoiceList, Question
from .bulk import require_mission
from .checklists import install_checklist


@dataclass(frozen=True)
class ChecklistImport:
    checklist_id: int
    form_id: str
    form_version: str
    sections: int
    questions: int
    left_out: tuple[Problem, ...]  # unsupported rows the user agreed to leave out
    notes: tuple[str, ...]

    def summary(self) -> str:
        text = _("checklist {form_id} version {form_version}: {sections}, {questions}, now the "
                 "mission's active checklist").format(
            form_id=self.form_id, form_version=self.form_version,
            sections=ngettext("{n} section", "{n} sections", self.sections).format(n=self.sections),
            questions=ngettext("{n} question", "{n} questions", self.questions).format(n=self.questions))
        if self.left_out:
            count = len(self.left_out)
            text += ngettext("; {n} unsupported item left out", "; {n} unsupported items left out",
                             count).format(n=count)
        return text


def active_checklist_id(session: Session, mission_id: int) -> int:
    checklist_id = session.scalar(
        select(Checklist.id).where(Checklist.mission_id == mission_id, Checklist.active.is_(True))
        .order_by(Checklist.id.desc()).limit(1))
    if checklist_id is None:
        raise NotFoundError(_("the mission has no active checklist: import one with "
                              "'checklist import FORM.xlsx'"))
    return checklist_id


def checklist_definition(session: Session, checklist_id: int) -> dict[str, Any]:
    """A stored checklist as a (canonical) definition."""
    checklist = session.get(Checklist, checklist_id)
    if checklist is None:
        raise NotFoundError(_("checklist {checklist_id} no longer exists").format(checklist_id=checklist_id))
    lists = list(session.scalars(select(ChoiceList).where(ChoiceList.checklist_id == checklist_id)
                                 .order_by(ChoiceList.id)))
    choices: dict[int, list[Choice]] = {}
    for choice in session.scalars(select(Choice).join(ChoiceList).where(
            ChoiceList.checklist_id == checklist_id).order_by(Choice.position)):
        choices.setdefault(choice.choice_list_id, []).append(choice)
    list_names = {cl.id: cl.name for cl in lists}
    sections = list(session.scalars(select(ChecklistSection).where(
        ChecklistSection.checklist_id == checklist_id).order_by(ChecklistSection.position)))
    questions: dict[int | None, list[Question]] = {}
    for question in session.scalars(select(Question).where(
            Question.checklist_id == checklist_id).order_by(Question.position)):
        questions.setdefault(question.section_id, []).append(question)
    return canonical_definition({
        "form_id": checklist.form_id,
        "form_version": checklist.form_version,
        "default_language": checklist.default_language,
        "titles": checklist.titles,
        "choice_lists": [{"name": cl.name, "choices": [
            {"value": c.value, "labels": c.labels, "negative": c.negative, "excluded": c.excluded}
            for c in choices.get(cl.id, [])]} for cl in lists],
        "sections": [{"name": s.name, "labels": s.labels, "relevant": s.relevant, "questions": [
            {"name": q.name, "type": q.answer_type.value,
             "choices": list_names.get(q.choice_list_id) if q.choice_list_id else None,
             "labels": q.labels, "hints": q.hints, "required": q.required,
             "relevant": q.relevant, "constraint": q.constraint,
             "constraint_messages": q.constraint_messages, "extra": q.extra}
            for q in questions.get(s.id, [])]} for s in sections],
    })


class FormRefused(ValidationError):
    """A form not imported: all its problems, and apart from them its errors and the items a
    checklist cannot hold, so that a window can offer to leave out the items when nothing else is
    wrong."""

    def __init__(self, problems: list[Problem], errors: tuple[Problem, ...],
                 unsupported: tuple[Problem, ...]):
        super().__init__(problems)
        self.errors, self.unsupported = errors, unsupported


def import_xlsform(db: Database, mission_id: int, path: Path | str, *,
                   leave_out_unsupported: bool = False) -> ChecklistImport:
    """Install an XLSForm as a new checklist version of the mission, made the active one.

    Raises ValidationError listing, by sheet, row and column, every error of the form and, unless
    `leave_out_unsupported`, everything in it a checklist cannot hold; nothing is written then.
    """
    read = read_xlsform(path)
    unsupported = () if leave_out_unsupported else tuple(read.unsupported)
    blocking = list(read.errors) + list(unsupported)
    if blocking:
        if unsupported:
            blocking.append(Problem("", _("nothing was imported; the items marked unsupported can "
                                          "be left out on request (--leave-out-unsupported)")))
        raise FormRefused(blocking, tuple(read.errors), unsupported)
    definition = read.definition
    backup_before(db, "before-import")
    with db.transaction() as session:
        require_mission(session, mission_id)
        try:
            checklist = install_checklist(session, mission_id, definition)
        except ValueError as exc:
            raise ValidationError([Problem("", str(exc), Path(path).name)]) from None
        result = ChecklistImport(
            checklist.id, checklist.form_id, checklist.form_version, len(definition["sections"]),
            sum(len(s["questions"]) for s in definition["sections"]),
            tuple(read.unsupported), tuple(read.notes))
    return result


def export_xlsform(db: Database, mission_id: int, path: Path | str,
                   checklist_id: int | None = None) -> dict[str, Any]:
    """Write the mission's active checklist (or the one given) as an XLSForm; returns its
    definition."""
    with db.reading() as session:
        require_mission(session, mission_id)
        if checklist_id is None:
            checklist_id = active_checklist_id(session, mission_id)
        elif session.scalar(select(Checklist.mission_id).where(Checklist.id == checklist_id)) \
                != mission_id:
            raise NotFoundError(_("checklist {checklist_id} is not a checklist of this mission")
                                .format(checklist_id=checklist_id))
        definition = checklist_definition(session, checklist_id)
    write_xlsform(definition, path)
    return definition
