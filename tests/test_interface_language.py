"""The interface language: which one is chosen, the .qm compiled from the .ts, the window and Qt's
own dialogs speaking Russian or Chinese, counted texts in each language's plural forms, and the
Preferences dialog that remembers the choice for the next start."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from observer_desk.core.db import Database
from observer_desk.core.preferences import interface_language, preferences_path, set_interface_language
from observer_desk.resources import resource_path
from observer_desk.ui import translations
from observer_desk.ui.translations import (
    chosen_language,
    compiled_translation,
    install_translations,
    supported_language,
)
from observer_desk.ui.translations_build import english_forms

TS_DIR = resource_path("translations")


@pytest.fixture
def speaking(qapp: QApplication, tmp_path: Path) -> Iterator[callable]:
    """Install a language's translators for one test and take them away afterwards."""
    installed = []
    default_locale = QLocale()

    def speak(language: str) -> None:
        installed.extend(install_translations(qapp, language, cache_dir=tmp_path / "qm"))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default_locale)


def test_locale_names_map_to_the_interface_languages() -> None:
    assert supported_language("ru_RU") == "ru"
    assert supported_language("ru-KZ") == "ru"
    assert supported_language("zh-Hans-CN") == "zh_CN"
    assert supported_language("zh_TW") == "zh_CN"  # the only Chinese there is
    assert supported_language("en_GB") == "en"
    assert supported_language("kk_KZ") is None and supported_language("") is None


def test_the_environment_beats_the_preference_which_beats_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(translations.LANGUAGE_ENV_VAR, raising=False)
    monkeypatch.setattr(translations, "system_language", lambda: "zh_CN")
    assert chosen_language() == "zh_CN"
    set_interface_language("ru")
    assert interface_language() == "ru" and chosen_language() == "ru"
    assert '"language": "ru"' in preferences_path().read_text(encoding="utf-8")
    monkeypatch.setenv(translations.LANGUAGE_ENV_VAR, "en")
    assert chosen_language() == "en"
    monkeypatch.setenv(translations.LANGUAGE_ENV_VAR, "klingon")  # not a language we have: ignored
    assert chosen_language() == "ru"
    set_interface_language(None)
    monkeypatch.delenv(translations.LANGUAGE_ENV_VAR)
    assert interface_language() is None and chosen_language() == "zh_CN"
    with pytest.raises(ValueError):
        set_interface_language("../ru")


def test_the_qm_is_compiled_into_the_cache_once_and_again_when_the_ts_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    (resources / "translations").mkdir(parents=True)
    ts = resources / "translations" / "observer_desk_ru.ts"
    ts.write_bytes((TS_DIR / "observer_desk_ru.ts").read_bytes())
    monkeypatch.setattr(translations, "resources_dir", lambda: resources)
    cache = tmp_path / "cache"
    qm = compiled_translation("ru", cache)
    assert qm == cache / "observer_desk_ru.qm" and qm.stat().st_size > 10_000
    assert qm.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm magic
    before = qm.stat().st_mtime_ns
    assert compiled_translation("ru", cache) == qm and qm.stat().st_mtime_ns == before
    os.utime(ts, ns=(before + 10**9, before + 10**9))  # the translation was edited since
    assert compiled_translation("ru", cache) == qm and qm.stat().st_mtime_ns > before
    assert not list(cache.glob(".lrelease-*"))  # nothing half-written left behind
    bundled = resources / "translations" / "observer_desk_ru.qm"  # what a packaged build ships
    bundled.write_bytes(qm.read_bytes())
    os.utime(ts, ns=(before - 10**9, before - 10**9))
    assert compiled_translation("ru", cache) == bundled
    assert compiled_translation("de", cache) is None
    os.utime(ts, ns=(before + 10**9, before + 10**9))  # newer source, and no lrelease to compile it

    def missing(name: str) -> Path:
        raise FileNotFoundError(name)

    monkeypatch.setattr(translations, "qt_tool", missing)
    assert compiled_translation("ru", tmp_path / "empty-cache") == bundled  # older beats none


def test_russian_makes_the_window_and_qt_dialogs_speak_russian(
        speaking, qtbot, db: Database) -> None:
    from observer_desk.ui.main_window import MainWindow

    speaking("ru")
    window = MainWindow(db)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Файл", menus
    assert all(any("а" <= ch.lower() <= "я" for ch in text) for text in menus), menus
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"  # Qt's own qtbase


def test_chinese_menus(speaking, qtbot, db: Database) -> None:
    from observer_desk.ui.main_window import MainWindow

    speaking("zh_CN")
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "文件(&F)"


def _ru_observers(n: int) -> str:
    return QCoreApplication.translate("ObserversPage", "%Ln observer(s)", "", n)


def test_counted_texts_take_the_plural_form_of_each_language(speaking) -> None:
    assert [_ru_observers(n) for n in (1, 2)] == ["1 observer", "2 observers"]  # the English file
    speaking("ru")
    assert [_ru_observers(n) for n in (1, 3, 5, 21, 1000)] == [
        "1 наблюдатель", "3 наблюдателя", "5 наблюдателей", "21 наблюдатель", "1\u00a0000 наблюдателей"]


def test_english_forms_from_the_source_text() -> None:
    assert english_forms("%Ln observer(s)") == ("%Ln observer", "%Ln observers")
    assert english_forms("from %Ln sending body(-ies)") == ("from %Ln sending body", "from %Ln sending bodies")
    assert english_forms("%Ln entry(s), %Ln day(s)") == ("%Ln entry, %Ln day", "%Ln entries, %Ln days")
    assert english_forms("%n condition(s) now refer to it") == (
        "%n condition now refers to it", "%n conditions now refer to it")
    assert english_forms("%n row(s) with errors: nothing is imported until they are fixed.")[0] == \
        "%n row with errors: nothing is imported until it is fixed."
    assert english_forms("%Ln report(s) were filed; reports are kept") == (
        "%Ln report was filed; reports are kept", "%Ln reports were filed; reports are kept")


def test_the_preferences_dialog_saves_the_language_for_the_next_start(qtbot, db: Database) -> None:
    from observer_desk.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    dialog = window.show_preferences()
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "System default", "English", "Русский", "中文（简体）"]
    assert dialog.language.currentIndex() == 0 and "next time" in dialog.note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert interface_language() == "zh_CN"
    assert "next time" in window.statusBar().currentMessage()
    again = window.show_preferences()
    assert again.language.currentData() == "zh_CN"
    again.language.setCurrentIndex(0)
    again.accept()
    assert interface_language() is None
