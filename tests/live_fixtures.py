"""A small mission for the tests of work shared between two connections: observers with their
papers complete, so every accreditation step and a badge print run can be taken."""

from __future__ import annotations

from datetime import date

from observer_desk.core.db import Database
from observer_desk.core.models import AccreditationStatus, ElectionType, Mission, Observer, ObserverPhoto


def mission_with_observers(db: Database, observers: int = 3,
                  status: AccreditationStatus = AccreditationStatus.DOCUMENTS_COMPLETE) -> tuple[int, list[int]]:
    """(mission id, observer ids in code order) of a new mission."""
    with db.transaction() as session:
        mission = Mission(code="SCO-KZ-2022", organisation="SCO", title="Observer mission", host_country="KZ",
                          election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
                          period_start=date(2022, 11, 17), period_end=date(2022, 11, 20))
        session.add(mission)
        session.flush()
        people = [Observer(mission_id=mission.id, code=f"SCO-{n:03}", family_name=f"Family{n:03}",
                           given_names="Given", passport_number=f"DEMO{n:06}", passport_expiry=date(2030, 1, 1),
                           date_of_birth=date(1970, 5, 5), citizenship="RU", accreditation_status=status)
                  for n in range(1, observers + 1)]
        session.add_all(people)
        session.flush()
        session.add_all([ObserverPhoto(observer_id=o.id, image=b"jpeg", width=1, height=1) for o in people])
        return mission.id, [o.id for o in people]
