"""For the tests of a shared database: a small mission whose observers have their papers
complete (so every accreditation step and a badge print run can be taken), a keyring kept in
memory, a port nobody listens on, and the preferences file as written."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator
from datetime import date

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from observer_desk.core.db import Database
from observer_desk.core.models import AccreditationStatus, ElectionType, Observer, ObserverPhoto
from observer_desk.core.preferences import preferences_path
from observer_desk.core.services.missions import MissionData, create_mission

PASSWORD = "pä55:w/rd@#?" + secrets.token_hex(4)  # characters a URL must escape


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory, standing in for the system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError("not stored")
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def written_settings_text() -> str:
    path = preferences_path()
    return path.read_text(encoding="utf-8") if path.exists() else ""


def mission_with_observers(db: Database, observers: int = 3,
                           status: AccreditationStatus = AccreditationStatus.DOCUMENTS_COMPLETE,
                           ) -> tuple[int, list[int]]:
    """(mission id, observer ids in code order) of a new mission (Almaty time)."""
    mission_id = create_mission(db, MissionData(
        code="SCO-KZ-2022", title="Observer mission", organisation="SCO", host_country="KZ",
        election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 20), time_zone="Asia/Almaty")).id
    with db.transaction() as session:
        people = [Observer(mission_id=mission_id, code=f"SCO-{n:03}", family_name=f"Family{n:03}",
                           given_names="Given", passport_number=f"DEMO{n:06}", passport_expiry=date(2030, 1, 1),
                           date_of_birth=date(1970, 5, 5), citizenship="RU", accreditation_status=status)
                  for n in range(1, observers + 1)]
        session.add_all(people)
        session.flush()
        session.add_all([ObserverPhoto(observer_id=o.id, image=b"jpeg", width=1, height=1) for o in people])
        return mission_id, [o.id for o in people]
