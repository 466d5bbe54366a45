"""The live logic of a checklist: which questions apply (relevance), which answers are missing
(required) or break a rule (constraint), and whether an answer has the question's type.

Relevance and constraints are XLSForm expressions, the XPath subset ODK and KoboToolbox forms
use: ``${name}`` for another answer, ``.`` for the answer itself, string and number literals,
``= != < <= > >=``, ``and or``, ``+ - * div mod``, and the functions forms commonly call
(``not``, ``selected``, ``count-selected``, ``string-length``, ``if``, ``regex``...). Values
follow XPath 1.0: an unanswered question is the empty string, comparisons with a number compare
numbers, and two times of day ("09:30") compare as times.

An expression this module cannot read raises ExpressionError when it is compiled, so the
checklist editor can say so when the rule is written; a form being filled in treats such a rule
as always met (the question stays visible), never as a reason to refuse a report.

The same logic serves the report form (live, on every keystroke) and the report service (before
a report is saved), so what the form shows and what the database accepts cannot drift apart.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import time
from functools import lru_cache
from typing import Any

from ...documents.xlsform import NOTE_KEY
from ..language import _, listed, ngettext

Value = str | float | bool
Compiled = Callable[[Mapping[str, str], str], Value]

CHOICE_TYPES = frozenset({"yes_no", "rating4", "single"})
_TOKEN = re.compile(r"""
    \s*(?:
      (?P<ref>\$\{\s*(?P<refname>[^}]*?)\s*\})
    | (?P<number>\d+(?:\.\d*)?|\.\d+)
    | (?P<string>'[^']*'|"[^"]*")
    | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
    | (?P<dot>\.)
    | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:[:-][A-Za-z_][A-Za-z0-9_]*)*)
    )""", re.VERBOSE)
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$")


class ExpressionError(ValueError):
    """An expression that cannot be read; the message says what and where."""


# --- values -----------------------------------------------------------------------------------

def _number(value: Value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    text = value.strip()
    if not text:
        return math.nan
    try:
        return float(text)
    except ValueError:
        return math.nan


def _boolean(value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not (value == 0 or math.isnan(value))
    return bool(value)


def _string(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return str(int(value)) if value.is_integer() else repr(value)
    return value


def _minutes(value: Value) -> float | None:
    """Minutes since midnight of a time-of-day text, else None."""
    if not isinstance(value, str):
        return None
    match = _TIME.match(value)
    if not match:
        return None
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    return hours * 60 + minutes + seconds / 60


def _equal(left: Value, right: Value) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return _boolean(left) == _boolean(right)
    if isinstance(left, float) or isinstance(right, float):
        return _number(left) == _number(right)
    return left == right


def _order(left: Value, right: Value) -> tuple[float, float]:
    """Both sides as numbers for < <= > >=, times of day as minutes."""
    left_minutes, right_minutes = _minutes(left), _minutes(right)
    if left_minutes is not None and right_minutes is not None:
        return left_minutes, right_minutes
    return _number(left), _number(right)


# --- functions --------------------------------------------------------------------------------

def _selected(answer: Value, choice: Value) -> bool:
    return _string(choice).strip() in _string(answer).split()


def _regex(text: Value, pattern: Value) -> bool:
    try:
        return re.search(_string(pattern), _string(text)) is not None
    except re.error:
        return False


def _round(value: Value, digits: Value = 0.0) -> float:
    number, places = _number(value), _number(digits)
    if math.isnan(number) or math.isnan(places):
        return math.nan
    scale = 10 ** int(places)
    # XPath rounds halves up, Python's round() to even
    return math.floor(number * scale + 0.5) / scale


def _int(value: Value) -> float:
    number = _number(value)
    return number if math.isnan(number) or math.isinf(number) else float(math.trunc(number))


# name -> (smallest and largest number of arguments, implementation)
FUNCTIONS: dict[str, tuple[int, int, Callable[..., Value]]] = {
    "not": (1, 1, lambda v: not _boolean(v)),
    "true": (0, 0, lambda: True),
    "false": (0, 0, lambda: False),
    "boolean": (1, 1, _boolean),
    "number": (1, 1, _number),
    "string": (1, 1, _string),
    "int": (1, 1, _int),
    "round": (1, 2, _round),
    "selected": (2, 2, _selected),
    "count-selected": (1, 1, lambda v: float(len(_string(v).split()))),
    "string-length": (1, 1, lambda v: float(len(_string(v)))),
    "contains": (2, 2, lambda a, b: _string(b) in _string(a)),
    "starts-with": (2, 2, lambda a, b: _string(a).startswith(_string(b))),
    "ends-with": (2, 2, lambda a, b: _string(a).endswith(_string(b))),
    "regex": (2, 2, _regex),
    "concat": (1, 99, lambda *parts: "".join(_string(p) for p in parts)),
    "coalesce": (2, 2, lambda a, b: a if _string(a) != "" else b),
}


# --- parsing ----------------------------------------------------------------------------------

@dataclass
class _Tokens:
    expression: str
    items: list[tuple[str, str, int]]  # (kind, text, offset)
    index: int = 0

    def peek(self) -> tuple[str, str, int]:
        return self.items[self.index] if self.index < len(self.items) else ("end", "", len(self.expression))

    def take(self) -> tuple[str, str, int]:
        token = self.peek()
        self.index += 1
        return token

    def is_op(self, *texts: str) -> bool:
        kind, text, _offset = self.peek()
        return (kind == "op" and text in texts) or (kind == "name" and text in texts)

    def expect(self, text: str) -> None:
        kind, found, offset = self.take()
        if found != text:
            if found:
                raise ExpressionError(_("expected '{text}' at character {position}, found {found!r}")
                                      .format(text=text, position=offset + 1, found=found))
            raise ExpressionError(_("expected '{text}' at character {position}, found the end")
                                  .format(text=text, position=offset + 1))


def _tokenise(expression: str) -> _Tokens:
    items: list[tuple[str, str, int]] = []
    position = 0
    text = expression.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            offset = position + (len(text[position:]) - len(text[position:].lstrip()))
            raise ExpressionError(_("cannot read {text!r} at character {position}").format(
                text=text[offset:offset + 12], position=offset + 1))
        kind = match.lastgroup if match.lastgroup != "refname" else "ref"
        start = match.start(kind)
        if kind == "ref":
            name = match.group("refname")
            if not name:
                raise ExpressionError(_("an empty {reference} at character {position}")
                                      .format(reference="${}", position=start + 1))
            items.append(("ref", name, start))
        else:
            items.append((kind, match.group(kind), start))
        position = match.end()
    return _Tokens(expression, items)


def _binary(operator: str, left: Compiled, right: Compiled) -> Compiled:
    if operator == "or":
        return lambda v, c: _boolean(left(v, c)) or _boolean(right(v, c))
    if operator == "and":
        return lambda v, c: _boolean(left(v, c)) and _boolean(right(v, c))
    if operator == "=":
        return lambda v, c: _equal(left(v, c), right(v, c))
    if operator == "!=":
        return lambda v, c: not _equal(left(v, c), right(v, c))
    relations = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
                 ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
    if operator in relations:
        compare = relations[operator]
        return lambda v, c: compare(*_order(left(v, c), right(v, c)))

    def arithmetic(function: Callable[[float, float], float]) -> Compiled:
        def run(v: Mapping[str, str], c: str) -> float:
            a, b = _number(left(v, c)), _number(right(v, c))
            try:
                return function(a, b)
            except ZeroDivisionError:
                return math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a)
        return run

    return arithmetic({"+": lambda a, b: a + b, "-": lambda a, b: a - b,
                       "*": lambda a, b: a * b, "div": lambda a, b: a / b,
                       "mod": lambda a, b: math.fmod(a, b)}[operator])


class _Parser:
    LEVELS: tuple[tuple[str, ...], ...] = (("or",), ("and",), ("=", "!="), ("<", "<=", ">", ">="),
                                           ("+", "-"), ("*", "div", "mod"))

    def __init__(self, tokens: _Tokens):
        self.tokens = tokens
        self.references: set[str] = set()

    def parse(self) -> Compiled:
        compiled = self.level(0)
        kind, text, offset = self.tokens.peek()
        if kind != "end":
            raise ExpressionError(_("unexpected {text!r} at character {position}")
                                  .format(text=text, position=offset + 1))
        return compiled

    def level(self, depth: int) -> Compiled:
        if depth == len(self.LEVELS):
            return self.unary()
        left = self.level(depth + 1)
        while self.tokens.is_op(*self.LEVELS[depth]):
            operator = self.tokens.take()[1]
            right = self.level(depth + 1)
            left = _binary(operator, left, right)
        return left

    def unary(self) -> Compiled:
        if self.tokens.is_op("-"):
            self.tokens.take()
            inner = self.unary()
            return lambda v, c: -_number(inner(v, c))
        return self.primary()

    def primary(self) -> Compiled:
        kind, text, offset = self.tokens.take()
        if kind == "ref":
            self.references.add(text)
            return lambda v, c: v.get(text) or ""
        if kind == "number":
            number = float(text)
            return lambda v, c: number
        if kind == "string":
            literal = text[1:-1]
            return lambda v, c: literal
        if kind == "dot":
            return lambda v, c: c
        if kind == "op" and text == "(":
            inner = self.level(0)
            self.tokens.expect(")")
            return inner
        if kind == "name":
            return self.call(text, offset)
        if text:
            raise ExpressionError(_("expected a value at character {position}, found {found!r}")
                                  .format(position=offset + 1, found=text))
        raise ExpressionError(_("expected a value at character {position}, found the end")
                              .format(position=offset + 1))

    def call(self, name: str, offset: int) -> Compiled:
        if not self.tokens.is_op("("):
            raise ExpressionError(_("{name!r} at character {position} is not a value: write "
                                    "{reference} for an answer, or quote a text")
                                  .format(name=name, position=offset + 1, reference="${name}"))
        self.tokens.take()
        arguments: list[Compiled] = []
        if not self.tokens.is_op(")"):
            arguments.append(self.level(0))
            while self.tokens.is_op(","):
                self.tokens.take()
                arguments.append(self.level(0))
        self.tokens.expect(")")
        if name == "if":
            if len(arguments) != 3:
                raise ExpressionError(_("if() takes three arguments: a condition, then, else"))
            condition, then, otherwise = arguments
            return lambda v, c: then(v, c) if _boolean(condition(v, c)) else otherwise(v, c)
        known = FUNCTIONS.get(name)
        if known is None:
            raise ExpressionError(_("the function {name}() is not supported here").format(name=name))
        fewest, most, function = known
        given = len(arguments)
        if not fewest <= given <= most:
            if fewest == most:
                raise ExpressionError(ngettext("{name}() takes {n} argument, not {given}",
                                               "{name}() takes {n} arguments, not {given}", fewest)
                                      .format(name=name, n=fewest, given=given))
            raise ExpressionError(ngettext("{name}() takes {fewest} to {n} argument, not {given}",
                                           "{name}() takes {fewest} to {n} arguments, not {given}",
                                           most).format(name=name, fewest=fewest, n=most, given=given))
        return lambda v, c: function(*(argument(v, c) for argument in arguments))


@dataclass(frozen=True)
class Expression:
    text: str
    run: Compiled = field(repr=False, compare=False)
    references: frozenset[str] = frozenset()

    def value(self, values: Mapping[str, str], current: str = "") -> Value:
        return self.run(values, current)

    def holds(self, values: Mapping[str, str], current: str = "") -> bool:
        return _boolean(self.run(values, current))


@lru_cache(maxsize=2048)
def compile_expression(text: str) -> Expression:
    """Compile an XLSForm expression (raises ExpressionError); an empty one always holds."""
    if not text or not text.strip():
        return Expression("", lambda v, c: True)
    parser = _Parser(_tokenise(text))
    return Expression(text, parser.parse(), frozenset(parser.references))


def expression_problem(text: str, names: Iterable[str] = ()) -> str | None:
    """Why an expression cannot be used in this checklist (unreadable, or naming a question that
    is not in it), or None."""
    try:
        expression = compile_expression(text or "")
    except ExpressionError as exc:
        return str(exc)
    known = set(names)
    if known:
        unknown = sorted(expression.references - known)
        if unknown:
            return ngettext("{names} is not a question of this checklist",
                            "{names} are not questions of this checklist", len(unknown)).format(
                names=listed("${" + name + "}" for name in unknown))
    return None


# --- the form ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnswerProblem:
    """What is wrong with one answer. `kind` is one of required, constraint, choice, integer,
    time; `detail` is the offending value or the constraint's own message."""

    kind: str
    detail: str = ""

    def text(self, language: str = "en") -> str:
        """The problem in words, in the language of the messages (the report form words it
        itself, in the window's language); a constraint's own message is the checklist's."""
        if self.kind == "required":
            return _("an answer is required")
        if self.kind == "constraint":
            return self.detail or _("the answer does not meet the question's condition")
        if self.kind == "choice":
            return _("{value!r} is not one of the choices").format(value=self.detail)
        if self.kind == "integer":
            return _("{value!r} is not a whole number").format(value=self.detail)
        if self.kind == "time":
            return _("{value!r} is not a time of day (HH:MM)").format(value=self.detail)
        return self.detail


@dataclass(frozen=True)
class FormQuestion:
    name: str
    section: str
    answer_type: str
    choices: tuple[str, ...]
    required: bool
    relevant: Expression
    constraint: Expression
    constraint_messages: dict[str, str]
    note: bool

    def constraint_message(self, language: str) -> str:
        messages = self.constraint_messages
        return messages.get(language) or messages.get("en") or next(iter(messages.values()), "")


def type_problem(answer_type: str, choices: Iterable[str], value: str) -> AnswerProblem | None:
    """Whether a non-empty value can be an answer of this type at all."""
    if answer_type in CHOICE_TYPES:
        return None if value in set(choices) else AnswerProblem("choice", value)
    if answer_type == "multiple":
        allowed = set(choices)
        unknown = [v for v in value.split() if v not in allowed]
        return AnswerProblem("choice", " ".join(unknown)) if unknown else None
    if answer_type == "integer":
        digits = value[1:] if value[:1] in "+-" else value
        return None if digits.isdigit() else AnswerProblem("integer", value)
    if answer_type == "time":
        try:
            time.fromisoformat(value)
        except ValueError:
            return AnswerProblem("time", value)
    return None


def _safe(text: str) -> Expression:
    """A rule as written, or one that always holds when it cannot be read (see the module
    docstring: the checklist editor is where an unreadable rule is reported)."""
    try:
        return compile_expression(text or "")
    except ExpressionError:
        return compile_expression("")


class FormLogic:
    """The rules of one checklist definition (see checklists.py), evaluated over a set of
    answers {question name: value as stored}."""

    def __init__(self, definition: Mapping[str, Any]):
        lists = {cl["name"]: tuple(str(c["value"]) for c in cl.get("choices") or [])
                 for cl in definition.get("choice_lists") or []}
        self.questions: list[FormQuestion] = []
        self.section_relevance: dict[str, Expression] = {}
        for section in definition.get("sections") or []:
            section_name = str(section["name"])
            self.section_relevance[section_name] = _safe(section.get("relevant") or "")
            for question in section.get("questions") or []:
                self.questions.append(FormQuestion(
                    name=str(question["name"]), section=section_name,
                    answer_type=str(question["type"]),
                    choices=lists.get(question.get("choices") or "", ()),
                    required=bool(question.get("required")),
                    relevant=_safe(question.get("relevant") or ""),
                    constraint=_safe(question.get("constraint") or ""),
                    constraint_messages=dict(question.get("constraint_messages") or {}),
                    note=(question.get("extra") or {}).get(NOTE_KEY) == "note"))
        self.by_name = {q.name: q for q in self.questions}

    def relevant(self, values: Mapping[str, str]) -> dict[str, bool]:
        """Which questions apply, in form order. An answer to a question that does not apply
        counts as empty for the questions after it, as in ODK Collect."""
        seen: dict[str, str] = dict(values)
        sections: dict[str, bool] = {}
        result: dict[str, bool] = {}
        for question in self.questions:
            if question.section not in sections:
                sections[question.section] = self.section_relevance[question.section].holds(seen)
            shown = sections[question.section] and question.relevant.holds(seen)
            result[question.name] = shown
            if not shown:
                seen.pop(question.name, None)
        return result

    def effective(self, values: Mapping[str, str]) -> dict[str, str]:
        """The answers that count: non-empty answers to questions that apply (notes have none)."""
        shown = self.relevant(values)
        return {name: value for name, value in values.items()
                if value and shown.get(name) and not self.by_name[name].note}

    def problems(self, values: Mapping[str, str], *, language: str = "en",
                 required: bool = True) -> dict[str, AnswerProblem]:
        """{question name: problem} over the questions that apply; `required` False leaves out
        unanswered required questions (a form shows those only once the user tries to save)."""
        shown = self.relevant(values)
        counted = {name: value for name, value in values.items() if shown.get(name)}
        found: dict[str, AnswerProblem] = {}
        for question in self.questions:
            if not shown[question.name] or question.note:
                continue
            value = (values.get(question.name) or "").strip()
            if not value:
                if required and question.required:
                    found[question.name] = AnswerProblem("required")
                continue
            wrong = type_problem(question.answer_type, question.choices, value)
            if wrong is not None:
                found[question.name] = wrong
                continue
            if question.constraint.text and not question.constraint.holds(counted, value):
                found[question.name] = AnswerProblem(
                    "constraint", question.constraint_message(language))
        return found
