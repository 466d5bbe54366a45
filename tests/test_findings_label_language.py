"""The Findings area shows the checklist in the interface language when the checklist has it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import select

from findings_gui_support import demo, demo_file, open_page  # noqa: F401 - fixtures
from observer_desk.core.models import Checklist, Question
from observer_desk.core.services.checklists import label_languages
from observer_desk.core.services.overview import mission_overview


@pytest.fixture
def in_locale(qapp) -> Iterator[object]:  # noqa: ANN001
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(("locale", "expected"), [("ru_RU", "ru"), ("zh_CN", "zh"), ("en_GB", "en")])
def test_labels_start_in_the_interface_language(qtbot, demo, in_locale, locale: str,  # noqa: ANN001, F811
                                                expected: str) -> None:
    db, mission_id = demo
    assert label_languages(db, mission_id) == {"en", "ru", "zh"}
    in_locale(locale)
    page = open_page(qtbot, db, mission_id)
    assert page.language == expected
    assert page.language_box.currentData() == expected


def test_a_language_the_checklist_lacks_falls_back_to_the_missions(qtbot, demo, in_locale) -> None:  # noqa: ANN001, F811
    db, mission_id = demo
    with db.transaction() as session:
        question = session.scalars(select(Question).join(Checklist).where(Checklist.mission_id == mission_id)
                                   .order_by(Question.id)).first()
        question.labels = {k: v for k, v in question.labels.items() if k != "zh"}
    assert "zh" not in label_languages(db, mission_id)
    in_locale("zh_CN")
    page = open_page(qtbot, db, mission_id)
    working = [code for code in mission_overview(db, mission_id).working_languages if code in ("en", "ru")]
    assert page.language == (working[0] if working else "en")
