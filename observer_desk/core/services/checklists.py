"""Checklist definitions: the shipped default form, checking a definition, installing it.

A definition is plain data (the shape of resources/checklists/default.json), so the default form,
an XLSForm import and a test can all hand the same thing to `install_checklist`:

    {"form_id", "form_version", "default_language", "titles": {lang: text},
     "choice_lists": [{"name", "choices": [{"value", "labels", "negative"?, "excluded"?}]}],
     "sections": [{"name", "labels", "relevant"?, "questions": [
         {"name", "type" (an AnswerType value), "choices"? (a choice list name), "labels",
          "hints"?, "required"?, "relevant"?, "constraint"?, "constraint_messages"?, "extra"?}]}]}

Relevance and constraints are kept in XLSForm syntax (``${group_voting} = 'yes'``) so a form
survives a round trip through ODK or KoboToolbox unchanged.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ...resources import resource_path
from ..db import Database
from ..errors import NotFoundError
from ..language import _, listed
from ..models import AnswerType, Checklist, ChecklistSection, Choice, ChoiceList, Mission, Question

DEFAULT_CHECKLIST_FILE = ("checklists", "default.json")

CHOICE_TYPES = frozenset({AnswerType.YES_NO, AnswerType.RATING4, AnswerType.SINGLE, AnswerType.MULTIPLE})

# XLSForm names: they become column headers in ODK and Kobo exports, so keep them portable.
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
_REFERENCE = re.compile(r"\$\{([^}]*)\}")


def default_checklist_definition() -> dict[str, Any]:
    """The election-day checklist shipped with the program (a fresh copy on every call)."""
    with resource_path(*DEFAULT_CHECKLIST_FILE).open(encoding="utf-8") as handle:
        return json.load(handle)


def _labels(value: Any, what: str) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise ValueError(_("{what} has no label").format(what=what))
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError(_("{what}: labels must map a language code to a text").format(what=what))
    if not any(text.strip() for text in value.values()):
        raise ValueError(_("{what} has no label").format(what=what))
    return dict(value)


def _check_choice_lists(definition: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    lists: dict[str, list[dict[str, Any]]] = {}
    for number, choice_list in enumerate(definition.get("choice_lists") or [], start=1):
        name = str(choice_list.get("name") or "").strip()
        if not name:
            raise ValueError(_("choice list {number} has no name").format(number=number))
        if name in lists:
            raise ValueError(_("choice list {name!r} is defined twice").format(name=name))
        choices = choice_list.get("choices") or []
        if not choices:
            raise ValueError(_("choice list {name!r} has no choices").format(name=name))
        seen: set[str] = set()
        for choice in choices:
            value = str(choice.get("value") or "").strip()
            if not value:
                raise ValueError(_("choice list {name!r} has a choice without a value").format(name=name))
            if value in seen:
                raise ValueError(_("choice list {name!r} has the value {value!r} twice")
                                 .format(name=name, value=value))
            if " " in value:
                # multiple answers are stored space-separated, as XLSForm does
                raise ValueError(_("choice {value!r} in list {name!r} contains a space")
                                 .format(value=value, name=name))
            seen.add(value)
            _labels(choice.get("labels"),
                    _("choice {value!r} in list {name!r}").format(value=value, name=name))
        lists[name] = choices
    return lists


def _check_choice_list_fits(question: str, answer_type: AnswerType,
                            list_name: str, choices: list[dict[str, Any]]) -> None:
    values = {str(c["value"]).strip() for c in choices}
    if answer_type is AnswerType.YES_NO and not {"yes", "no"} <= values:
        raise ValueError(
            _("question {question!r}: a yes/no question needs a list with the values 'yes' and "
              "'no' ({list_name!r} has {values})").format(
                question=question, list_name=list_name, values=listed(sorted(values)))
        )
    if answer_type is AnswerType.RATING4:
        rated = [c for c in choices if not c.get("excluded")]
        if len(rated) != 4:
            raise ValueError(
                _("question {question!r}: a 4-point rating needs four choices that are not "
                  "excluded ({list_name!r} has {count})").format(
                    question=question, list_name=list_name, count=len(rated))
            )


def validate_definition(definition: dict[str, Any]) -> None:
    """Raise ValueError naming the first problem (and the question or list concerned)."""
    if not isinstance(definition, dict):
        raise ValueError(_("a checklist definition must be a mapping"))
    for key in ("form_id", "form_version"):
        if not str(definition.get(key) or "").strip():
            raise ValueError(_("the checklist has no {key}").format(key=key))
    lists = _check_choice_lists(definition)
    sections = definition.get("sections") or []
    if not sections:
        raise ValueError(_("the checklist has no sections"))

    # name -> ("section" or "question", its name); XLSForm wants all of them unique
    names: dict[str, tuple[str, str]] = {}
    for number, section in enumerate(sections, start=1):
        section_name = str(section.get("name") or "").strip()
        if not section_name:
            raise ValueError(_("section {number} has no name").format(number=number))
        if not _NAME.match(section_name):
            raise ValueError(_("section name {name!r}: use letters, digits and '_' only")
                             .format(name=section_name))
        if section_name in names:
            raise ValueError(_("section {name!r}: the name is already used by {other}")
                             .format(name=section_name, other=_carrier(names[section_name])))
        names[section_name] = ("section", section_name)
        _labels(section.get("labels"), _("section {name!r}").format(name=section_name))
        for question in section.get("questions") or []:
            name = str(question.get("name") or "").strip()
            if not name:
                raise ValueError(_("a question in section {name!r} has no name").format(name=section_name))
            if not _NAME.match(name):
                raise ValueError(_("question {name!r}: use letters, digits and '_' only in names")
                                 .format(name=name))
            if name in names:
                raise ValueError(_("question {name!r}: the name is already used by {other}")
                                 .format(name=name, other=_carrier(names[name])))
            names[name] = ("question", name)
            raw_type = question.get("type")
            try:
                answer_type = AnswerType(raw_type)
            except ValueError:
                known = listed(t.value for t in AnswerType)
                raise ValueError(
                    _("question {name!r}: unknown answer type {type!r} (known: {known})")
                    .format(name=name, type=raw_type, known=known)
                ) from None
            list_name = question.get("choices")
            if answer_type in CHOICE_TYPES:
                if not list_name:
                    raise ValueError(_("question {name!r} ({type}) names no choice list")
                                     .format(name=name, type=answer_type.value))
                if list_name not in lists:
                    raise ValueError(_("question {name!r}: choice list {list_name!r} is not defined")
                                     .format(name=name, list_name=list_name))
                _check_choice_list_fits(name, answer_type, list_name, lists[list_name])
            elif list_name:
                raise ValueError(
                    _("question {name!r}: questions of type {type} take no choice list "
                      "(it names {list_name!r})").format(name=name, type=answer_type.value,
                                                         list_name=list_name)
                )
            _labels(question.get("labels"), _("question {name!r}").format(name=name))

    # Second pass: a condition may refer to any question, also one further down the form.
    for section in sections:
        _check_references(str(section["name"]), section.get("relevant") or "", names)
        for question in section.get("questions") or []:
            for key in ("relevant", "constraint"):
                _check_references(str(question["name"]), question.get(key) or "", names)
    _check_no_relevance_loop(sections)


def _check_no_relevance_loop(sections: list[dict[str, Any]]) -> None:
    """A question shown only when an answer it decides itself (directly or through others) can
    never be reached: ODK refuses such a form, and an evaluator would go round for ever."""
    depends: dict[str, set[str]] = {}
    for section in sections:
        section_refs = set(_REFERENCE.findall(section.get("relevant") or ""))
        for question in section.get("questions") or []:
            own = set(_REFERENCE.findall(question.get("relevant") or ""))
            depends[str(question["name"])] = own | section_refs
    state: dict[str, int] = {}  # 1: being followed, 2: done
    for start in depends:
        if state.get(start):
            continue
        path = [start]
        stack = [iter(sorted(depends[start]))]
        state[start] = 1
        while stack:
            following = next(stack[-1], None)
            if following is None:
                state[path.pop()] = 2
                stack.pop()
                continue
            if following not in depends or state.get(following) == 2:
                continue
            if state.get(following) == 1:
                loop = path[path.index(following):] + [following]
                raise ValueError(_("the relevance conditions go round in a circle "
                                   "({loop}): whether {name!r} is asked depends "
                                   "on its own answer; break the circle")
                                 .format(loop=" → ".join(loop), name=following))
            state[following] = 1
            path.append(following)
            stack.append(iter(sorted(depends[following])))


def _carrier(carrier: tuple[str, str]) -> str:
    kind, name = carrier
    if kind == "section":
        return _("section {name!r}").format(name=name)
    return _("question {name!r}").format(name=name)


def _check_references(owner: str, expression: str, names: dict[str, tuple[str, str]]) -> None:
    for reference in _REFERENCE.findall(expression):
        if names.get(reference, ("", ""))[0] != "question":
            raise ValueError(_("{owner!r}: the condition {expression!r} refers to {reference}, "
                               "which is not a question of this checklist")
                             .format(owner=owner, expression=expression,
                                     reference="${" + reference + "}"))


def install_checklist(session: Session, mission_id: int, definition: dict[str, Any]) -> Checklist:
    """Add a checklist to a mission inside the caller's transaction and make it the active one.

    Earlier checklists stay (their reports refer to them) but are no longer active, so new
    reports are entered on the form just installed.
    """
    validate_definition(definition)
    form_id = str(definition["form_id"]).strip()
    form_version = str(definition["form_version"]).strip()
    clash = session.scalar(select(Checklist.id).where(
        Checklist.mission_id == mission_id,
        Checklist.form_id == form_id,
        Checklist.form_version == form_version,
    ))
    if clash is not None:
        raise ValueError(
            _("this mission already has checklist {form_id!r} version {form_version!r}: "
              "give the new form another version").format(form_id=form_id, form_version=form_version)
        )
    session.execute(
        update(Checklist).where(Checklist.mission_id == mission_id).values(active=False)
    )

    checklist = Checklist(
        mission_id=mission_id,
        form_id=form_id,
        form_version=form_version,
        titles=dict(definition.get("titles") or {}),
        default_language=str(definition.get("default_language") or "en"),
        active=True,
    )
    lists: dict[str, ChoiceList] = {}
    for raw_list in definition.get("choice_lists") or []:
        choice_list = ChoiceList(name=str(raw_list["name"]).strip())
        for position, raw in enumerate(raw_list["choices"], start=1):
            choice_list.choices.append(Choice(
                position=position,
                value=str(raw["value"]).strip(),
                labels=dict(raw["labels"]),
                negative=bool(raw.get("negative", False)),
                excluded=bool(raw.get("excluded", False)),
            ))
        checklist.choice_lists.append(choice_list)
        lists[choice_list.name] = choice_list

    question_position = 0
    for section_position, raw_section in enumerate(definition["sections"], start=1):
        section = ChecklistSection(
            position=section_position,
            name=str(raw_section["name"]).strip(),
            labels=dict(raw_section["labels"]),
            relevant=str(raw_section.get("relevant") or ""),
        )
        checklist.sections.append(section)
        for raw in raw_section.get("questions") or []:
            question_position += 1
            list_name = raw.get("choices")
            checklist.questions.append(Question(
                section=section,
                position=question_position,
                name=str(raw["name"]).strip(),
                answer_type=AnswerType(raw["type"]),
                choice_list=lists[list_name] if list_name else None,
                labels=dict(raw["labels"]),
                hints=dict(raw.get("hints") or {}),
                required=bool(raw.get("required", False)),
                constraint=str(raw.get("constraint") or ""),
                constraint_messages=dict(raw.get("constraint_messages") or {}),
                relevant=str(raw.get("relevant") or ""),
                extra=dict(raw.get("extra") or {}),
            ))
    session.add(checklist)
    session.flush()
    return checklist


def add_default_checklist(db: Database, mission_id: int) -> int:
    """Install the shipped election-day checklist for a mission; returns the checklist's id."""
    definition = default_checklist_definition()
    with db.transaction() as session:
        if session.get(Mission, mission_id) is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        return install_checklist(session, mission_id, definition).id


def label_languages(db: Database, mission_id: int) -> frozenset[str]:
    """The languages every question of the mission's active checklists has a label in."""
    with db.reading() as session:
        rows = session.scalars(select(Question.labels).join(Checklist, Question.checklist_id == Checklist.id)
                               .where(Checklist.mission_id == mission_id, Checklist.active)).all()
    if not rows:
        return frozenset()
    return frozenset.intersection(*(frozenset(code for code, text in labels.items() if text.strip())
                                    for labels in rows))
