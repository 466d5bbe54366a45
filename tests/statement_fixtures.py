"""A demo database made once per test module and copied for each test that changes it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from observer_desk.core.db import Database, open_database
from observer_desk.core.models import Mission
from observer_desk.core.services.demo import DEMO_MISSION_CODE


@pytest.fixture(scope="module")
def demo_file(demo_template_url: str) -> str:
    return demo_template_url


@pytest.fixture
def demo(demo_file: str, copy_db_url) -> Iterator[tuple[Database, int]]:
    """A fresh copy of the demo database and its mission id."""
    database = open_database(copy_db_url(demo_file, "demo"))
    with database.reading() as session:
        mission_id = session.scalar(select(Mission.id).where(Mission.code == DEMO_MISSION_CODE))
    assert mission_id is not None
    yield database, mission_id
    database.dispose()
