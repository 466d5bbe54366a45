"""The check before printing: characters no bundled font has, and texts that do not fit.

It composes every badge exactly as the PDF writer will (same geometry, same fitting), so what it
reports is what would go wrong on paper, with the observer and the field named.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...core.language import N_, _, listed, ngettext
from ...core.language import _ as translated  # a text marked with N_ where it is kept
from ...core.scripts import script_name, script_word
from ..fonts import describe_character, uncovered_characters
from .drawing import FIELD_NAMES, Composer, back_geometry, front_geometry
from .layouts import get_layout

if TYPE_CHECKING:
    from ...core.services.badges import BadgeData, BadgeMission

# (observer code, observer name, field, message); code and name are blank for the mission's texts.
Problem = tuple[str, str, str, str]


def _uncovered_message(characters: list[str]) -> str:
    if len(characters) <= 2:
        if len(characters) == 1:
            return _("no bundled font has {character}: it would print as an empty box").format(
                character=describe_character(characters[0]))
        return _("no bundled font has {first} and {second}: they would print as empty boxes").format(
            first=describe_character(characters[0]), second=describe_character(characters[1]))
    # A whole name in an unsupported script: the characters briefly, then the scripts.
    shown = listed(f"'{c}' U+{ord(c):04X}" for c in characters[:8])
    if len(characters) > 8:
        more = len(characters) - 8
        shown = ngettext("{listed} and {n} more", "{listed} and {n} more", more).format(
            listed=shown, n=more)
    scripts = sorted({script_name(script_word(c)) for c in characters})
    return _("no bundled font has {characters} ({scripts}): they would print as empty boxes").format(
        characters=shown, scripts=listed(scripts))


def _does_not_fit(why: str) -> str:
    return _("does not fit: {why}").format(why=why)


def badge_problems(mission: BadgeMission, badges: Sequence[BadgeData], layout: str, *,
                   language: str = "en", back: bool = False) -> list[Problem]:
    geometry = get_layout(layout)
    front = front_geometry(geometry.badge_width, geometry.badge_height)
    composer = Composer(mission, language)
    problems: list[Problem] = []

    mission_fields = {
        N_("organisation"): mission.organisation, N_("mission title"): mission.title,
        N_("organisation short name"): mission.organisation_short,
    }
    if back:
        mission_fields[N_("contact")] = mission.contact
    for field, value in mission_fields.items():
        missing = uncovered_characters(value or "")
        if missing:
            problems.append(("", "", translated(field), _uncovered_message(missing)))
    for key, fitted in composer.mission_fitted(front).items():
        if not fitted.fits:
            problems.append(("", "", translated(FIELD_NAMES[key]), _does_not_fit(fitted.note)))
    back_layout = None
    if back:
        back_layout = back_geometry(geometry.badge_width, geometry.badge_height)
        column = composer.back(back_layout).column
        if not column.fits:
            problems.append(("", "", translated(FIELD_NAMES["back"]), _does_not_fit(column.note)))

    for badge in badges:
        who = (badge.code, badge.display_name)
        own_fields = {
            N_("family name"): badge.family_name, N_("given names"): badge.given_names,
            N_("name in own script"): badge.native_name, N_("sending body"): badge.body_name,
            N_("accreditation number"): badge.certificate_number, N_("observer code"): badge.code,
        }
        for field, value in own_fields.items():
            missing = uncovered_characters(value or "")
            if missing:
                problems.append((*who, translated(field), _uncovered_message(missing)))
        composition = composer.front(badge, front)
        for key, fitted in composition.texts.items():
            if key in ("organisation", "title", "short_name") or fitted.fits:
                continue
            problems.append((*who, translated(FIELD_NAMES[key]), _does_not_fit(fitted.note)))
        if back_layout is not None:
            footer = composer.footer(badge, back_layout)
            if not footer.fits:
                problems.append((*who, translated(FIELD_NAMES["footer"]), _does_not_fit(footer.note)))
    return problems
