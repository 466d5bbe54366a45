"""One window per database: the local server's name follows the database and the user, a second
start on the same database brings the first window forward and exits 0 (in-process and with a
real second program), a start on another database is left alone, and a socket left behind by a
crashed program does not block the next start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMainWindow

from observer_desk.ui.single_instance import (
    ACTIVATE,
    ACTIVATED,
    SingleInstance,
    ask_running_instance,
    bring_forward,
    database_key,
    server_name,
)


def asked_from_here(qtbot, name: str) -> bool:
    """A second program's question, asked from here without blocking the serving side: the
    same bytes ask_running_instance sends, with the answer awaited through the event loop."""
    client = QLocalSocket()
    client.connectToServer(name)
    if client.state() != QLocalSocket.LocalSocketState.ConnectedState and not client.waitForConnected(1000):
        return False
    client.write(ACTIVATE)
    client.flush()
    try:
        qtbot.waitUntil(lambda: client.bytesAvailable() >= len(ACTIVATED), timeout=5000)
    except AssertionError:
        return False
    answer = bytes(client.readAll().data())
    client.disconnectFromServer()
    return answer == ACTIVATED


@pytest.fixture
def instance(qtbot) -> SingleInstance:
    served = SingleInstance()
    yield served
    served.server.close()


def test_the_name_follows_the_database_and_the_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    here = server_name("mission.sqlite", "anna")
    assert here == server_name(str(tmp_path / "mission.sqlite"), "anna")
    assert here == server_name(str(tmp_path / "sub" / ".." / "mission.sqlite"), "anna")
    assert here != server_name("other.sqlite", "anna")
    assert here != server_name("mission.sqlite", "boris")
    assert here.startswith("observer-desk-") and len(here) < 64
    assert database_key("postgresql+psycopg://desk:secret@db.example/mission") == \
        "postgresql+psycopg://desk:***@db.example/mission"
    assert server_name("postgresql+psycopg://desk:secret@db.example/mission", "anna") == \
        server_name("postgresql+psycopg://desk:changed@db.example/mission", "anna")
    monkeypatch.setenv("OBSERVER_DESK_DB", str(tmp_path / "mission.sqlite"))
    assert server_name(None, "anna") == here  # the default database is the one named by the environment


def test_a_second_start_on_the_same_database_activates_the_first(qtbot, instance: SingleInstance,
                                                                  tmp_path: Path) -> None:
    name = server_name(str(tmp_path / "mission.sqlite"))
    assert instance.listen(name)
    with qtbot.waitSignal(instance.activationRequested, timeout=5000):
        assert asked_from_here(qtbot, name) is True
    assert asked_from_here(qtbot, server_name(str(tmp_path / "other.sqlite"))) is False
    assert ask_running_instance(server_name(str(tmp_path / "other.sqlite"))) is False  # nobody there


def test_a_live_instance_is_not_taken_over(qtbot, instance: SingleInstance, tmp_path: Path) -> None:
    name = server_name(str(tmp_path / "mission.sqlite"))
    assert instance.listen(name)
    second = SingleInstance()
    try:
        assert not second.listen(name)
    finally:
        second.server.close()
    assert instance.server.isListening()


def test_the_window_following_another_database_moves_the_name(qtbot, instance: SingleInstance,
                                                             tmp_path: Path) -> None:
    first, second = str(tmp_path / "first.sqlite"), str(tmp_path / "second.sqlite")
    assert instance.listen_for(first)
    assert instance.listen_for(second)
    assert instance.name() == server_name(second)
    assert asked_from_here(qtbot, server_name(first)) is False
    assert asked_from_here(qtbot, server_name(second)) is True


@pytest.mark.skipif(os.name == "nt", reason="named pipes leave nothing behind on Windows")
def test_a_socket_left_by_a_crashed_program_is_cleared(qtbot, instance: SingleInstance, tmp_path: Path) -> None:
    name = server_name(str(tmp_path / "mission.sqlite"))
    path = os.path.join(QDir.tempPath(), name)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(path)  # a socket file nobody listens on any more
    dead.close()
    try:
        assert os.path.exists(path)
        assert instance.listen(name)
        assert asked_from_here(qtbot, name) is True
    finally:
        instance.server.close()


def test_bring_forward_restores_a_minimised_window(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_forward(window)
    assert window.isVisible() and not window.isMinimized()


def test_a_real_second_program_on_the_same_database_exits_at_once(qtbot, instance: SingleInstance,
                                                                 tmp_path: Path) -> None:
    database = tmp_path / "mission.sqlite"
    assert instance.listen_for(str(database))
    started = time.monotonic()
    second = subprocess.Popen([sys.executable, "-m", "observer_desk", "--db", str(database)],
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with qtbot.waitSignal(instance.activationRequested, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    finally:
        if second.poll() is None:
            second.kill()
        second.communicate()
    assert second.returncode == 0
    assert time.monotonic() - started < 30
    assert not database.exists()  # the second program never opened the database
