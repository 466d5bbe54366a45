"""Exporting the audit trail to Excel, for the mission's records or an inquiry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ...documents.audit_workbook import AuditLine, write_audit_workbook
from ..audit import AuditFilter, audit_entries, field_title, table_title
from ..db import Database
from ..errors import ObserverDeskError
from ..models import utcnow
from ..private_files import PrivateFileError, write_private
from .missions import get_mission_by_id

ACTION_TITLES = {"insert": "added", "update": "changed", "delete": "deleted", "import": "import",
                 "purge": "personal data purged"}


class AuditExportError(ObserverDeskError):
    pass


def _value(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def export_audit(db: Database, mission_id: int, path: Path | str,
                 where: AuditFilter | None = None) -> int:
    """Write the mission's audit trail (narrowed by `where`) to an owner-only workbook; returns
    the number of entries written."""
    mission = get_mission_by_id(db, mission_id)
    zone = ZoneInfo(mission.time_zone)
    base = where or AuditFilter()
    query = AuditFilter(mission_id=mission_id, table=base.table, user=base.user, since=base.since,
                        until=base.until, record_id=base.record_id)
    entries = audit_entries(db, query, limit=None)
    lines = [AuditLine(
        number=e.id, when=e.at.astimezone(zone).replace(tzinfo=None), user=e.user,
        table=table_title(e.table_name), record="" if e.record_id is None else str(e.record_id),
        action=ACTION_TITLES.get(e.action.value, e.action.value), summary=e.summary,
        changes=[(field_title(name), _value(pair[0]), _value(pair[1]))
                 for name, pair in e.changes.items() if isinstance(pair, list) and len(pair) == 2])
        for e in entries]
    narrowed = [f"{label} {value}" for label, value in (
        ("table", query.table), ("user", query.user),
        ("from", query.since.astimezone(zone).strftime("%Y-%m-%d %H:%M") if query.since else None),
        ("before", query.until.astimezone(zone).strftime("%Y-%m-%d %H:%M") if query.until else None),
    ) if value]
    subtitle = (f"{mission.code}: {len(lines)} entries"
                + (f" ({', '.join(narrowed)})" if narrowed else "")
                + f", exported {utcnow().astimezone(zone):%Y-%m-%d %H:%M} ({mission.time_zone})")
    try:
        write_private(path, lambda target: write_audit_workbook(
            target, lines, title=f"Audit trail of {mission.title}", subtitle=subtitle,
            zone_name=mission.time_zone))
    except PrivateFileError as exc:
        raise AuditExportError(str(exc)) from exc
    return len(lines)
