"""One window per database: a second start on the same database brings the first window forward
and exits; a start on another database opens normally.

The running program listens on a local socket (a named pipe on Windows) whose name is derived from
the database (its absolute path, or its URL without the password) and the computer user, so two
users of one computer, or one user with two databases, never meet. A second start connects, says
"activate", waits for the answer and exits.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from observer_desk.core.paths import default_database_target

ACTIVATE = b"activate\n"
ACTIVATED = b"ok\n"
TIMEOUT_MS = 1500


def database_key(target: str | None) -> str:
    """The database in one canonical spelling: an absolute file path, or a URL without password."""
    chosen = target or default_database_target()
    if "://" in chosen:
        from sqlalchemy.engine import make_url

        try:
            return make_url(chosen).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - an unusual URL is still a key as written
            return chosen
    key = str(Path(chosen).expanduser().resolve())
    return key.lower() if os.name == "nt" else key


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME", "")


def server_name(target: str | None, user: str | None = None) -> str:
    digest = hashlib.sha256(f"{user if user is not None else _user()}\n{database_key(target)}".encode())
    return f"observer-desk-{digest.hexdigest()[:32]}"


def ask_running_instance(name: str, timeout_ms: int = TIMEOUT_MS) -> bool:
    """True when a program already serves this name and has brought its window forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(timeout_ms)  # false when already sent, which is fine
    reply = b""
    while len(reply) < len(ACTIVATED) and socket.waitForReadyRead(timeout_ms):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply == ACTIVATED


def _someone_listens(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(300)
    socket.abort()
    return alive


class SingleInstance(QObject):
    """The listening side, kept by the running program."""

    activationRequested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        # No socket options: with them Qt replaces a name in use instead of refusing it. The name
        # carries the user, and "activate" is all anyone can say to it.
        self.server.newConnection.connect(self._connected)
        self._clients: set[QLocalSocket] = set()

    def name(self) -> str:
        return self.server.serverName()

    def listen(self, name: str) -> bool:
        """Serve name (and stop serving the previous one). A socket file left behind by a program
        that crashed is removed; a live one is not taken over."""
        if self.server.isListening():
            if self.server.serverName() == name:
                return True
            self.server.close()
        if self.server.listen(name):
            return True
        if self.server.serverError() == QAbstractSocket.SocketError.AddressInUseError \
                and not _someone_listens(name):
            QLocalServer.removeServer(name)
            return self.server.listen(name)
        return False

    def listen_for(self, target: str | None) -> bool:
        return self.listen(server_name(target))

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._clients.add(socket)  # kept referenced until the other side hangs up
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._gone)
            self._answer(socket)

    def _read(self) -> None:
        for socket in list(self._clients):
            self._answer(socket)

    def _gone(self) -> None:
        for socket in [s for s in self._clients if s.state() == QLocalSocket.LocalSocketState.UnconnectedState]:
            self._clients.discard(socket)
            socket.deleteLater()

    def _answer(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == ACTIVATE:
                self.activationRequested.emit()
                socket.write(ACTIVATED)
                socket.flush()


def bring_forward(window: QWidget) -> None:
    """Show the window on top, restored if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
