"""The layers of DESIGN.md: PySide6 lives in observer_desk/ui and nowhere else."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "observer_desk"


def _imported_modules(path: Path) -> set[str]:
    """Absolute names of everything a module imports, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def test_import_resolution_sees_relative_imports() -> None:
    names = _imported_modules(PACKAGE / "cli.py")
    assert "observer_desk.commands" in names and "observer_desk.core.db" in names


def test_pyside6_only_in_ui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        if any(name == "PySide6" or name.startswith("PySide6.") for name in _imported_modules(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_core_and_documents_never_import_ui() -> None:
    offenders = []
    for folder in ("core", "documents"):
        for path in (PACKAGE / folder).rglob("*.py"):
            if any(name.startswith("observer_desk.ui") for name in _imported_modules(path)):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_command_line_work_does_not_load_qt(tmp_path: Path) -> None:
    """Running a command must not drag Qt in (start-up time, and headless servers)."""
    code = (
        "import sys; from observer_desk.cli import main; "
        f"rc = main(['--db', {str(tmp_path / 'x.sqlite')!r}, 'missions']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "NOQT"
