"""Starting the program: the window shows before the database layer is loaded, then the database
is opened and only the area on screen is built; the other areas are built when first visited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from observer_desk.cli import window_target
from observer_desk.core.db import Database, open_database
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.ui.main_window import AREAS, MainWindow
from observer_desk.ui.startup_probe import MARKER, POPULATED_MARKER

ROOT = Path(__file__).resolve().parents[1]

# Runs the program as a user starts it, noting what was imported when the window was first painted.
LAUNCH = """
import json, sys
from observer_desk.ui import app

seen = {}
wait = app.wait_for_first_paint

def noting(application, window):
    wait(application, window)
    seen["loaded"] = sorted(name for name in sys.modules if name.split(".")[0] == "sqlalchemy"
                            or name.startswith(("observer_desk.core.db", "observer_desk.core.models",
                                                "observer_desk.commands.", "observer_desk.ui.mission_page",
                                                "observer_desk.ui.observers_page", "alembic")))
    seen["status"] = window.statusBar().currentMessage()
    seen["toolbar"] = window.toolbar.isVisible()
    seen["switcher"] = window.mission_switcher.isEnabled()
    seen["file actions"] = window.new_mission_action.isEnabled() or window.open_database_action.isEnabled()

app.wait_for_first_paint = noting
from observer_desk.cli import main
code = main(sys.argv[1:])
print("SEEN " + json.dumps(seen), flush=True)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "demo.sqlite"
    database = open_database(str(path))
    create_demo_mission(database)
    database.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path) -> Database:
    database = open_database(str(demo_file))
    yield database
    database.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_window_is_painted_before_the_database_layer_is_imported(demo_file: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OBSERVER_DESK_STARTUP_PROBE="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    env.pop("OBSERVER_DESK_DB", None)
    done = subprocess.run([sys.executable, "-c", LAUNCH, "--db", str(demo_file)], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    shown = next(i for i, line in enumerate(lines) if line.startswith(MARKER))
    filled = next(i for i, line in enumerate(lines) if line.startswith(POPULATED_MARKER))
    assert shown < filled
    seen = json.loads(next(line for line in lines if line.startswith("SEEN "))[5:])
    assert seen["loaded"] == []
    assert seen["status"] == "Opening the database…"
    assert seen["toolbar"] and not seen["switcher"] and not seen["file actions"]


def test_only_the_area_on_screen_is_built_and_the_others_on_first_visit(qtbot, demo: Database,
                                                                       settings: QSettings) -> None:
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.database is None
    assert not window.new_mission_action.isEnabled() and not window.refresh_action.isEnabled()
    assert window.areas.count() == len(AREAS)

    window.attach_database(demo)
    assert sorted(window._pages) == ["mission"]
    assert window.mission_page.title.text() == window.overview.title
    assert window.new_mission_action.isEnabled() and window.mission_switcher.isEnabled()
    assert window.statusBar().currentMessage() == ""

    window.navigation.setCurrentRow(AREAS.index("observers"))
    assert sorted(window._pages) == ["mission", "observers"]
    assert window.areas.currentWidget() is window.observers_page
    assert window.areas.count() == len(AREAS)
    qtbot.waitUntil(lambda: window.observers_page.model.rowCount() == window.overview.observers > 0,
                    timeout=20_000)
    window.close()


def test_a_window_closed_before_its_database_opened_closes_cleanly(qtbot, settings: QSettings) -> None:
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.close()
    assert window._pages == {}


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (True, None)),
    (["--db", "x.sqlite"], (True, "x.sqlite")),
    (["--db=x.sqlite"], (True, "x.sqlite")),
    (["roster", "list"], (False, None)),
    (["--db", "x.sqlite", "missions"], (False, None)),
    (["--help"], (False, None)),
    (["--version"], (False, None)),
    (["--db"], (False, None)),
    (["--no-such-option"], (False, None)),
])
def test_the_window_is_opened_without_reading_the_commands(argv: list[str], expected: tuple) -> None:
    assert window_target(argv) == expected
