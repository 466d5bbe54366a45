"""Errors the services raise; their messages are written for the user (what, where, how to fix)."""

from __future__ import annotations

from dataclasses import dataclass


class ObserverDeskError(Exception):
    """Base of every error a front end shows to the user as it is."""


class NotFoundError(ObserverDeskError):
    pass


class UsageError(ObserverDeskError):
    """The request cannot be served as asked (e.g. which mission is meant is ambiguous)."""


class StaleEditError(ObserverDeskError):
    """The record changed since the user loaded it; the edit was not saved."""


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    where: str = ""  # e.g. "sheet Nominations, row 7, column D"
    row: int | None = None  # index of the record in the request it concerns, for screens to mark

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.field}: {self.message}" if self.field else f"{prefix}{self.message}"


class ValidationError(ObserverDeskError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))
