"""Scenario "startup": time from launch to the main window shown, against a bare PySide6 program.

- Timed: `python -m observer_desk --db DEMO` from a checkout, on the demo mission; and, when a
  built bundle is there (packaging/build.py bundle, or the path in OBSERVER_DESK_FROZEN), the frozen
  program on the same database. Each run ends when the program announces its first paint of the
  main window (the startup probe, OBSERVER_DESK_STARTUP_PROBE=1) and quits.
- Baseline, in the same run: a bare PySide6 program that creates a QApplication, shows an empty
  QMainWindow and announces its first paint the same way.

All on the offscreen platform, launched alternately, REPEAT times each; the median of each is
kept. Goal (issue 10): the source run and the frozen build within 2 times the bare program.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from . import Context, Outcome, scenario

REPEAT = 5
GOAL = 2.0
TIMEOUT = 120
MARKER = "main window shown"
ROOT = Path(__file__).resolve().parents[2]

BARE_PROGRAM = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("bare: main window shown", flush=True)
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def frozen_program() -> Path | None:
    """The built bundle's window program, if one has been built."""
    named = os.environ.get("OBSERVER_DESK_FROZEN")
    candidates = [Path(named)] if named else []
    bundle = ROOT / "dist" / "bundle"
    candidates += [bundle / "observer-desk" / "observer-desk", bundle / "observer-desk" / "observer-desk.exe",
                   bundle / "Observer Desk.app" / "Contents" / "MacOS" / "observer-desk"]
    return next((path for path in candidates if path.is_file()), None)


def _environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OBSERVER_DESK_STARTUP_PROBE="1")
    env.pop("OBSERVER_DESK_DB", None)
    # An installed program starts from cached bytecode (pip compiles it on installing; the frozen
    # build carries it): let the first, uncounted launch write it even where the shell forbids it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _children_cpu() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_window(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from launching the command to its announcement of the first paint, and the CPU
    seconds the process used in all (it quits right after that paint; None where not measurable)."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               text=True, encoding="utf-8", errors="replace")
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if MARKER in line:
                seconds = time.perf_counter() - started
                break
        else:
            process.wait(TIMEOUT)
            raise RuntimeError(f"{command[0]} ended (exit code {process.returncode}) without showing "
                               f"its window: {process.stderr.read().strip()[-500:] if process.stderr else ''}")
        process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} exited with code {process.returncode} after showing its window")
    cpu_after = _children_cpu()
    return seconds, None if cpu_before is None or cpu_after is None else cpu_after - cpu_before


@scenario("startup", "launch to main window shown: source run and frozen build against bare PySide6")
def startup(context: Context) -> Outcome:
    env = _environment()
    demo = context.database_path("startup-demo")
    subprocess.run([sys.executable, "-m", "observer_desk", "--db", str(demo), "demo"], env=env,
                   check=True, capture_output=True)
    programs = {
        "source": [sys.executable, "-m", "observer_desk", "--db", str(demo)],
        "bare": [sys.executable, "-c", BARE_PROGRAM],
    }
    frozen = frozen_program()
    if frozen is not None:
        programs["frozen"] = [str(frozen), "--db", str(demo)]
    wall: dict[str, list[float]] = {name: [] for name in programs}
    cpu: dict[str, list[float]] = {name: [] for name in programs}
    for command in programs.values():  # a first launch warms the disk cache; not counted
        time_to_window(command, env)
    for _ in range(REPEAT):
        for name, command in programs.items():
            seconds, cpu_seconds = time_to_window(command, env)
            wall[name].append(seconds)
            if cpu_seconds is not None:
                cpu[name].append(cpu_seconds)
    median = {name: statistics.median(values) for name, values in wall.items()}
    median_cpu = {name: statistics.median(values) for name, values in cpu.items() if values}
    for name, values in wall.items():
        cpu_note = f"; CPU median {median_cpu[name]:.2f} s" if name in median_cpu else ""
        context.say(f"  {name}: median {median[name]:.2f} s of "
                    + ", ".join(f"{v:.2f}" for v in values) + cpu_note)
    notes = [f"wall clock, median of {REPEAT}, goal {GOAL:g}x"]
    if "frozen" in median:
        notes.append(f"frozen {median['frozen']:.2f} s = {median['frozen'] / median['bare']:.2f}x")
    else:
        notes.append("no frozen build found")
    if median_cpu:
        notes.append("CPU s source/frozen/bare " + "/".join(
            f"{median_cpu[name]:.2f}" for name in ("source", "frozen", "bare") if name in median_cpu))
    details = {f"{name} s": value for name, value in median.items()}
    details.update({f"{name} CPU s": value for name, value in median_cpu.items()})
    return Outcome(median["source"], median["bare"], "; ".join(notes), details=details)
