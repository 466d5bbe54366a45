"""The audit trail names records by their code or name, and counts its entries in good English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from observer_desk.core.audit import AuditFilter, audit_entries, record_audit
from observer_desk.core.db import Database, open_database
from observer_desk.core.models import AuditAction, Observer
from observer_desk.ui.main_window import MainWindow


@pytest.fixture
def demo_db(demo_template_url: str, copy_db_url) -> Iterator[Database]:  # noqa: ANN001
    database = open_database(copy_db_url(demo_template_url, "mission"))
    yield database
    database.dispose()


def test_entries_carry_the_records_code(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        observer = session.scalar(select(Observer).where(Observer.code == "SCO-07"))
        mission_id = observer.mission_id
        record_audit(session, table="observer", action=AuditAction.UPDATE, mission_id=mission_id,
                     record_id=observer.id, summary="hotel changed")
        record_audit(session, table="observer", action=AuditAction.DELETE, mission_id=mission_id,
                     record_id=999_999, summary="a deleted observer")
    rows = audit_entries(demo_db, AuditFilter(mission_id=mission_id))
    labels = {(row.table_name, row.summary): row.record_label for row in rows}
    assert labels[("observer", "hotel changed")] == "SCO-07"
    assert labels[("observer", "a deleted observer")] == ""  # gone: shown by its id
    assert labels[("mission", "demo mission SCO-KZ-2022 created")] == "SCO-KZ-2022"


def test_the_log_shows_codes_and_counts_one_entry(qtbot, demo_db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    window = MainWindow(demo_db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    log = window.show_audit_log()
    qtbot.addWidget(log)
    assert log.view.entries.total == 1
    assert log.view.entries.index(0, 2).data().endswith(" SCO-KZ-2022")
    assert "#" not in log.view.entries.index(0, 2).data()
    text = log.count_label.text()
    assert text.startswith("1 ") and "entries" not in text
