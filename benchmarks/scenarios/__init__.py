"""The registry of timed scenarios, one module per capability.

A scenario is a function taking the run's `Context` and returning an `Outcome`: the seconds the
program took and, where there is one, the seconds a plain baseline took for the same work.
Register it with `@scenario("name", "what it measures")` in a module of this package; the runner
imports every module here, so adding a file is all it takes.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from observer_desk.core.db import Database, open_database

from ..generate import GeneratedMission, generate_mission


@dataclass(frozen=True)
class Outcome:
    seconds: float
    baseline_seconds: float | None = None
    notes: str = ""
    details: dict[str, float] = field(default_factory=dict)  # seconds of the parts, for the log

    @property
    def ratio(self) -> float | None:
        if not self.baseline_seconds:
            return None
        return self.seconds / self.baseline_seconds


@dataclass
class Context:
    workdir: Path
    observers: int
    reports: int
    seed: int
    say: Callable[[str], object] = print
    generated: tuple[Path, GeneratedMission] | None = None

    def database_path(self, name: str) -> Path:
        """A fresh database file in the work folder (removed first if an earlier run left it)."""
        path = self.workdir / f"{name}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return path

    def mission(self) -> tuple[Database, GeneratedMission]:
        """The generated mission for scenarios that work on one; made (untimed) if the generate
        scenario has not run."""
        if self.generated is None:
            path = self.database_path("generated")
            db = open_database(str(path))
            try:
                result = generate_mission(db, self.observers, self.reports, self.seed, progress=None)
            finally:
                db.dispose()
            self.generated = (path, result)
        path, result = self.generated
        return open_database(str(path)), result


Run = Callable[[Context], Outcome]


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    run: Run


SCENARIOS: dict[str, Scenario] = {}


def scenario(name: str, description: str) -> Callable[[Run], Run]:
    def register(run: Run) -> Run:
        if name in SCENARIOS:
            raise ValueError(f"two scenarios are called {name!r}")
        SCENARIOS[name] = Scenario(name, description, run)
        return run
    return register


def load_scenarios() -> tuple[dict[str, Scenario], dict[str, str]]:
    """The registered scenarios, and the modules that could not be imported with the reason
    (one capability's broken module should not stop the others from being measured)."""
    broken: dict[str, str] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        try:
            importlib.import_module(f"{__name__}.{module.name}")
        except Exception as exc:  # noqa: BLE001 - reported to the user by the runner
            broken[module.name] = f"{type(exc).__name__}: {exc}"
    return SCENARIOS, broken
