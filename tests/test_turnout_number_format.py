"""The Turnout tab writes every number with the interface language's decimal mark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from findings_gui_support import demo, demo_file  # noqa: F401 - fixtures
from observer_desk.core.services.turnout import turnout_comparison
from observer_desk.ui.turnout_view import ComparisonModel


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # noqa: ANN001
    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    yield
    QLocale.setDefault(before)


def test_percentages_and_points_share_the_decimal_comma(demo, russian) -> None:  # noqa: ANN001, F811
    db, mission_id = demo
    model = ComparisonModel()
    model.set_comparison(turnout_comparison(db, mission_id, "ru"))
    assert model.rowCount() > 0
    texts = [model.index(row, column).data() for row in range(model.rowCount())
             for column in (ComparisonModel.CEC, ComparisonModel.MISSION, ComparisonModel.CEC_SAME,
                            ComparisonModel.DIFFERENCE)]
    numbers = [text for text in texts if text and text != "—"]
    assert numbers
    assert not [text for text in numbers if "." in text], numbers
    assert any("," in text and text.endswith(" %") for text in numbers)
