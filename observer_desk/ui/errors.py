"""Turning an error from a service or the database into words for the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from observer_desk.core.db import DatabaseError
from observer_desk.core.errors import ObserverDeskError, ValidationError


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(f"• {problem}" for problem in exc.problems)
    if isinstance(exc, (ObserverDeskError, DatabaseError)):
        return str(exc)
    if isinstance(exc, OperationalError) and "locked" in str(exc.orig).lower():
        return _t("The database is busy: another program or colleague is writing to it. "
                  "Wait a moment and try again.")
    if isinstance(exc, SQLAlchemyError):
        detail = getattr(exc, "orig", None) or exc
        return _t("The database could not complete the request: %1").replace("%1", str(detail))
    return _t("An unexpected error occurred: %1").replace("%1", f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, describe(exc))
