"""The core's own message catalogues: complete, faithful to their placeholders, and used."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from observer_desk.core import language, messages_build
from observer_desk.core.errors import ValidationError
from observer_desk.core.language import _, ngettext, set_language


@pytest.fixture(scope="module")
def template():
    return messages_build.extract()


def test_every_message_is_written_so_that_it_can_be_found() -> None:
    assert messages_build.source_problems() == []


@pytest.mark.parametrize("lang", messages_build.TRANSLATED)
def test_every_message_is_translated(lang: str, template) -> None:
    assert messages_build.catalogue_problems(lang, template=template) == []


def test_the_check_finds_lost_placeholders_and_missing_texts(tmp_path: Path, template) -> None:
    messages_build.update_catalogues(tmp_path, languages=("ru",))
    text = (tmp_path / "ru.po").read_text(encoding="utf-8")
    problems = messages_build.catalogue_problems("ru", folder=tmp_path, template=template)
    if template and len(template) > 1:
        assert any("is not translated" in p for p in problems)
    broken = text.replace('msgid "unknown time zone {zone!r} (e.g. Asia/Almaty)"\nmsgstr ""',
                          'msgid "unknown time zone {zone!r} (e.g. Asia/Almaty)"\nmsgstr "часовой пояс {zona}"')
    assert broken != text
    (tmp_path / "ru.po").write_text(broken, encoding="utf-8")
    problems = messages_build.catalogue_problems("ru", folder=tmp_path, template=template)
    assert any("has placeholders ['zona'], the text has ['zone']" in p for p in problems)


def test_a_message_reads_in_the_chosen_language(tmp_path: Path) -> None:
    set_language("ru")
    assert _("the mission cannot end before it starts") == "миссия не может закончиться раньше, чем начнётся"
    set_language("zh_CN")
    assert _("the mission cannot end before it starts") == "观察团的结束日期不能早于开始日期"
    set_language("kk")  # not translated: English
    assert language.message_language() == "en"
    assert _("the mission cannot end before it starts") == "the mission cannot end before it starts"
    assert ngettext("{n} row", "{n} rows", 2).format(n=2) == "2 rows"


def test_a_service_refusal_speaks_the_window_language(db) -> None:
    from observer_desk.core.models import ElectionType
    from observer_desk.core.services import missions

    set_language("ru")
    with pytest.raises(ValidationError) as refused:
        missions.create_mission(db, missions.MissionData(
            code="X-1", title="Mission", organisation="SCO", host_country="KZ",
            election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
            period_start=date(2022, 11, 20), period_end=date(2022, 11, 10), time_zone="Asia/Almaty"))
    assert "миссия не может закончиться раньше, чем начнётся" in str(refused.value)


def test_the_checkout_compiles_a_catalogue_into_the_cache(tmp_path: Path) -> None:
    mo = language.compiled_catalogue("ru", cache_dir=tmp_path)
    assert mo is not None and mo.stat().st_size > 0



def test_pieces_are_glued_with_each_language_s_punctuation() -> None:
    from observer_desk.core.language import clauses, labelled, listed, parenthesised, sentence, sentences

    assert (labelled("host country", "give the ISO code"), listed(["a", "b"]), clauses(["x", "y"]),
            sentences(["A.", "B."]), sentence("Done"), parenthesised("SCO-09", "submitted")) == (
        "host country: give the ISO code", "a, b", "x; y", "A. B.", "Done.", "SCO-09 (submitted)")
    set_language("zh_CN")
    assert (labelled("东道国", "请填写"), listed(["甲", "乙"]), clauses(["甲", "乙"]),
            sentences(["甲。", "乙。"]), sentence("好"), sentence("好。"), parenthesised("SCO-09", "已提交")) == (
        "东道国：请填写", "甲、乙", "甲；乙", "甲。乙。", "好。", "好。", "SCO-09（已提交）")
    set_language("ru")
    assert sentences(["А.", "Б."]) == "А. Б." and labelled("страна", "KZ") == "страна: KZ"


def test_the_check_refuses_texts_built_in_place_or_translated_at_import(tmp_path: Path) -> None:
    module = tmp_path / "refusals.py"
    module.write_text(
        "from observer_desk.core.language import N_, _\n"
        "TITLE = _('Observers')\n"                       # English forever: translated on import
        "LABELS = {'code': N_('code')}\n"                 # fine: marked, translated where shown
        "def refuse(code, rows):\n"
        "    for _ in rows:\n"                            # hides the translation function
        "        pass\n"
        "    return _(f'no observer {code}'), _(LABELS['code'])\n", encoding="utf-8")
    problems = messages_build.source_problems([module])
    assert any(":2: _() runs when the module is imported" in p for p in problems)
    assert any(":5: assigns the name '_'" in p for p in problems)
    assert any(":7: _() needs plain string literals" in p for p in problems)
    assert len(problems) == 3  # the N_() table and _(LABELS[...]) are how it should be done


def test_a_packaged_build_takes_its_compiled_catalogue_whatever_the_dates(tmp_path: Path, monkeypatch) -> None:
    import os
    import sys

    from observer_desk import resources

    folder = tmp_path / "resources" / "messages"
    folder.mkdir(parents=True)
    po = folder / "ru.po"
    po.write_bytes((messages_build.CHECKOUT_CATALOGUE_DIR / "ru.po").read_bytes())
    bundled = language.compile_catalogue(po, folder / "ru.mo", "ru")
    os.utime(bundled, (1_000_000, 1_000_000))  # copied without its date: older than the .po
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert language.compiled_catalogue("ru", cache_dir=tmp_path / "cache") == bundled
    assert not (tmp_path / "cache").exists()  # nothing compiled at start


def test_a_checkout_compiles_each_version_of_a_catalogue_apart(tmp_path: Path, monkeypatch) -> None:
    from observer_desk import resources

    folder = tmp_path / "resources" / "messages"
    folder.mkdir(parents=True)
    po = folder / "ru.po"
    text = (messages_build.CHECKOUT_CATALOGUE_DIR / "ru.po").read_text(encoding="utf-8")
    po.write_text(text, encoding="utf-8")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path / "resources")
    first = language.compiled_catalogue("ru", cache_dir=tmp_path / "cache")
    po.write_text(text.replace('msgstr "миссия не может закончиться раньше, чем начнётся"',
                               'msgstr "миссия заканчивается раньше начала"'), encoding="utf-8")
    second = language.compiled_catalogue("ru", cache_dir=tmp_path / "cache")
    assert first != second and first.is_file() and second.is_file()
    import gettext
    with open(second, "rb") as stream:
        assert gettext.GNUTranslations(stream).gettext("the mission cannot end before it starts") == \
            "миссия заканчивается раньше начала"
