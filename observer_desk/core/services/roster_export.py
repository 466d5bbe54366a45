"""Writing the mission's workbooks: the roster a secretariat sends, and the nominations template
it sends out to the states."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ...documents.nominations_template import TemplateBody, TemplateMission, write_nominations_template
from ...documents.roster_workbook import BodyQuota, RosterMission, write_roster_workbook
from ..db import Database
from ..errors import NotFoundError, ObserverDeskError
from ..language import _
from ..models import Mission, SendingBody
from ..private_files import PrivateFileError, write_private
from .roster import roster_rows


class ExportError(ObserverDeskError):
    """The workbook could not be written where the user asked; nothing was left there."""


def _mission_and_bodies(db: Database, mission_id: int) -> tuple[Mission, list[SendingBody]]:
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        bodies = list(session.scalars(
            select(SendingBody).where(SendingBody.mission_id == mission_id)
            .order_by(SendingBody.position, SendingBody.id)))
    return mission, bodies


def _write_atomically(path: Path, write: Callable[[Path], None], *, private: bool) -> None:
    """Write beside the target and move the file into place, so a failed export never leaves
    half a workbook under the name the user chose (or destroys the old one). A workbook with
    personal data is owner-only from its first byte; others are created like any new file."""
    try:
        write_private(path, write, private=private)
    except PrivateFileError as exc:
        raise ExportError(str(exc)) from exc


def export_roster(db: Database, mission_id: int, path: Path | str, public: bool = False, *,
                  exported_at: datetime | None = None,
                  observer_ids: Collection[int] | None = None) -> int:
    """Write the roster workbook (Roster, By body and, unless public, the CEC submission list);
    returns the number of observers written. `public` leaves out passport numbers, dates of
    birth, e-mail addresses and phone numbers. `observer_ids` limits the workbook to those
    observers of the mission (None: the whole roster)."""
    if observer_ids is not None and not observer_ids:
        # roster_rows reads an empty filter as "no filter": an empty choice must not become
        # the whole roster, passports and all.
        raise ExportError(_("no observers were chosen, so there is nothing to export"))
    mission, bodies = _mission_and_bodies(db, mission_id)
    rows = roster_rows(db, mission_id, observer_ids=observer_ids or ())
    header = RosterMission(code=mission.code, title=mission.title,
                           organisation=mission.organisation, time_zone=mission.time_zone)
    quotas = [BodyQuota(code=b.code, name=b.name_en, quota=b.quota) for b in bodies]
    _write_atomically(Path(path), lambda target: write_roster_workbook(
        target, header, rows, quotas, public=public, exported_at=exported_at), private=not public)
    return len(rows)


def export_nominations_template(db: Database, mission_id: int, path: Path | str) -> None:
    """Write the nominations template with the mission's sending bodies in its lists."""
    mission, bodies = _mission_and_bodies(db, mission_id)
    header = TemplateMission(code=mission.code, title=mission.title, time_zone=mission.time_zone)
    choices = [TemplateBody(code=b.code, name_en=b.name_en, name_ru=b.name_ru, name_zh=b.name_zh,
                            quota=b.quota) for b in bodies]
    _write_atomically(Path(path), lambda target: write_nominations_template(target, header, choices),
                      private=False)
