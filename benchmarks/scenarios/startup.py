"""Scenario "startup": time from launch to the main window shown, against a bare PySide6 program.

- Timed: `python -m observer_desk --db DEMO` from a checkout, on the demo mission; and, when a
  built bundle is there (packaging/build.py bundle, or the path in OBSERVER_DESK_FROZEN), the frozen
  program on the same database. The startup probe (OBSERVER_DESK_STARTUP_PROBE=1) announces two
  moments: the main window's first paint ("shown": menus, toolbar and areas, the database still
  being opened), then the window filled with the mission's first area ("filled"); the program
  quits after the second.
- Baseline, in the same run: a bare PySide6 program that creates a QApplication, shows an empty
  QMainWindow and announces its first paint the same way.

For each moment: the wall clock from launch, and the CPU seconds the process had used by then (the
probe's line says them). All on the offscreen platform, launched alternately, REPEAT times each;
the median of each is kept. Goal (issue 10): the window shown within 2 times the bare program, for
the checkout and for the frozen build alike. The scenario's ratio is the slower of the two (the
frozen build's when one is found), so the table says whether both meet the goal; a line per
program gives its ratios of the wall clock and of the CPU time, and whether it meets the goal. The
filled window's ratios are reported beside them.
"""

from __future__ import annotations

import os
import re
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
FILLED_MARKER = "main window filled"
PROBE_CPU = re.compile(r"CPU (\d+(?:\.\d+)?) s")
ROOT = Path(__file__).resolve().parents[2]

BARE_PROGRAM = """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"bare: main window shown (CPU {time.process_time():.3f} s)", flush=True)
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


def _probe_cpu(line: str) -> float | None:
    found = PROBE_CPU.search(line)
    return float(found.group(1)) if found else None


def time_to_window(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """For one launch: "shown" and "filled", the seconds from launching the command to each
    announcement, and "shown CPU" and "filled CPU", the CPU seconds the process had used by then
    (from the probe's line, else from the operating system's count for the whole process; left out
    where neither is there). A program that announces only its first paint (the bare one, an
    older build) is taken as filled when shown."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               text=True, encoding="utf-8", errors="replace")
    times: dict[str, float] = {}
    try:
        assert process.stdout is not None
        for line in process.stdout:
            for moment, marker in (("shown", MARKER), ("filled", FILLED_MARKER)):
                if marker in line and moment not in times:
                    times[moment] = time.perf_counter() - started
                    cpu = _probe_cpu(line)
                    if cpu is not None:
                        times[f"{moment} CPU"] = cpu
        if "shown" not in times:
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
    whole = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
    if "filled" not in times:
        times["filled"] = times["shown"]
        if "shown CPU" in times:
            times["filled CPU"] = times["shown CPU"]
    for moment in ("shown", "filled"):
        if f"{moment} CPU" not in times and whole is not None:
            times[f"{moment} CPU"] = whole
    return times


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
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in programs}
    for command in programs.values():  # a first launch warms the disk cache; not counted
        time_to_window(command, env)
    for _ in range(REPEAT):
        for name, command in programs.items():
            runs[name].append(time_to_window(command, env))
    median: dict[str, dict[str, float]] = {
        name: {key: statistics.median(run[key] for run in values)
               for key in values[0] if all(key in run for run in values)}
        for name, values in runs.items()}
    bare = median["bare"]
    for name, values in runs.items():
        parts = [f"  {name}: shown median {median[name]['shown']:.2f} s of "
                 + ", ".join(f"{run['shown']:.2f}" for run in values)]
        if name != "bare":
            parts.append(f"filled median {median[name]['filled']:.2f} s")
        for moment in ("shown", "filled") if name != "bare" else ("shown",):
            if f"{moment} CPU" in median[name]:
                parts.append(f"CPU at {moment} {median[name][f'{moment} CPU']:.2f} s")
        context.say("; ".join(parts))
    notes = [f"window shown, wall clock, median of {REPEAT}, goal {GOAL:g}x"]
    slowest = "source"
    for name in ("source", "frozen"):
        if name not in median:
            if name == "frozen":
                notes.append("no frozen build found")
            continue
        program = median[name]
        shown = program["shown"] / bare["shown"]
        if shown > median[slowest]["shown"] / bare["shown"]:
            slowest = name
        ratios = [f"shown {shown:.2f}x", f"filled {program['filled'] / bare['shown']:.2f}x"]
        verdict = f"goal {GOAL:g}x {'met' if shown <= GOAL else 'NOT met'} (wall {shown:.2f}x"
        if "shown CPU" in program and "shown CPU" in bare:
            cpu = program["shown CPU"] / bare["shown CPU"]
            ratios.append(f"CPU shown {cpu:.2f}x, filled {program['filled CPU'] / bare['shown CPU']:.2f}x")
            verdict += f", CPU {cpu:.2f}x"
        notes.append(f"{name} " + ", ".join(ratios))
        context.say(f"  {name}: window shown {verdict})")
    notes[0] += f"; ratio of the {slowest} run"
    details = {f"{name} {key} s": value
               for name, program in median.items() for key, value in program.items()}
    return Outcome(median[slowest]["shown"], bare["shown"], "; ".join(notes), details=details)
