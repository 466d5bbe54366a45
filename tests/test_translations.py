"""The translation files are complete and current: no entry left unfinished or empty in any
language, every counted entry with the plural forms of its language, and nothing in the program's
source that lupdate would add or remove (run it into a copy and compare)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from observer_desk.resources import resource_path
from observer_desk.ui.translations_build import LANGUAGES, run_lupdate, ts_file_name

TS_DIR = resource_path("translations")
PLURAL_FORMS = {"en": 2, "ru": 3, "zh_CN": 1}


def entries(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> message element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    messages = entries(TS_DIR / ts_file_name(language))
    assert len(messages) > 1000
    unfinished, empty = [], []
    for (context, source, _), message in messages.items():
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            unfinished.append(f"{context}: {source}")
        texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
        if not all(text and text.strip() for text in texts):
            empty.append(f"{context}: {source}")
    assert not unfinished, f"{len(unfinished)} unfinished in {language}, e.g. {unfinished[:5]}"
    assert not empty, f"{len(empty)} empty in {language}, e.g. {empty[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_counted_entries_have_the_plural_forms_of_the_language(language: str) -> None:
    counted = [(key, message) for key, message in entries(TS_DIR / ts_file_name(language)).items()
               if message.get("numerus") == "yes"]
    assert len(counted) >= 30
    wrong = [key[1] for key, message in counted
             if len(message.find("translation").findall("numerusform")) != PLURAL_FORMS[language]]
    assert not wrong, f"{language}: {wrong[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_file_is_up_to_date_with_the_source(language: str, tmp_path: Path) -> None:
    committed = TS_DIR / ts_file_name(language)
    refreshed = tmp_path / committed.name
    shutil.copyfile(committed, refreshed)
    run_lupdate([refreshed])
    before, after = set(entries(committed)), set(entries(refreshed))
    assert not after - before, f"strings missing from {committed.name}: {sorted(after - before)[:10]}"
    assert not before - after, f"strings no longer in the program: {sorted(before - after)[:10]}"
