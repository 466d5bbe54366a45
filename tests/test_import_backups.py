"""Every import takes a backup of the database first, so a wrong import can be undone."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from observer_desk.core.backup import list_backups
from observer_desk.core.services.checklist_forms import export_xlsform, import_xlsform
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission


def test_checklist_import_is_preceded_by_a_backup(db, tmp_path: Path) -> None:
    create_demo_mission(db)
    mission = get_mission(db)
    form = tmp_path / "form.xlsx"
    export_xlsform(db, mission.id, form)
    workbook = openpyxl.load_workbook(form)
    settings = workbook["settings"]
    for column in range(1, settings.max_column + 1):
        if settings.cell(1, column).value == "version":
            settings.cell(2, column).value = "2022.9"
    workbook.save(form)
    if not db.is_sqlite:  # a shared database is backed up by its server's administrator
        import_xlsform(db, mission.id, form)
        assert list_backups() == []
        return
    assert [b for b in list_backups(db.path) if b.reason == "before-import"] == []
    import_xlsform(db, mission.id, form)
    assert [b.reason for b in list_backups(db.path)].count("before-import") == 1
