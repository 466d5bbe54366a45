"""Shared pieces of the Findings GUI tests: the demo database made once per module and copied
for each test, stand-ins for modal boxes, and typing into whatever has the focus."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from observer_desk.core.db import Database, open_database
from observer_desk.core.models import Mission
from observer_desk.core.services.demo import DEMO_MISSION_CODE
from observer_desk.core.services.overview import mission_overview
from observer_desk.ui.findings_page import FindingsPage


@pytest.fixture(scope="module")
def demo_file(demo_template_url: str) -> str:
    return demo_template_url


@pytest.fixture
def demo(demo_file: str, copy_db_url) -> Iterator[tuple[Database, int]]:
    database = open_database(copy_db_url(demo_file, "demo"))
    with database.reading() as session:
        mission_id = session.scalar(select(Mission.id).where(Mission.code == DEMO_MISSION_CODE))
    yield database, mission_id
    database.dispose()


@dataclass
class Boxes:
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    asked: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    open_file: str = ""
    save_file: str = ""


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """No modal box or file chooser ever waits for a click."""
    record = Boxes()

    def ask(_parent: QWidget | None, _title: str, text: str, *_args: object, **_kwargs: object):
        record.asked.append(text)
        return record.answer

    def tell(_parent: QWidget | None, _title: str, text: str, *_args: object, **_kwargs: object):
        record.shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(tell))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (record.open_file, "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (record.save_file, "")))
    return record


def open_page(qtbot, db: Database, mission_id: int) -> FindingsPage:
    page = FindingsPage(lambda: db)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    page.set_overview(mission_overview(db, mission_id))
    return page


def press(qtbot, *keys: Qt.Key | str) -> None:
    """Keys to the widget that has the focus, one by one, as a user types them; a str is typed
    character by character."""
    for key in keys:
        if isinstance(key, str):
            for character in key:
                QTest.keyClicks(QApplication.focusWidget(), character)
        else:
            QTest.keyClick(QApplication.focusWidget(), key)
        qtbot.wait(1)
