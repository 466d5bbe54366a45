"""Smoke test of a built Observer Desk: run the frozen program headless and check what it writes.

    python packaging/smoke.py dist/bundle/observer-desk            # a one-folder build
    python packaging/smoke.py "dist/bundle/Observer Desk.app"      # a macOS app
    python packaging/smoke.py --source                             # the checkout, for comparison

Needs only Python's standard library, so any Python runs it (the frozen program brings its own).
Steps: `--version`; `demo` into a temporary database; `roster export` (the workbook is opened as the
zip it is and its rows counted); `badges` and `statement --lang zh` (each PDF starts with %PDF, has
the pages the program reported, and embeds its fonts, the Chinese one for the statement); then the
window program opens its main window on the demo database on the offscreen platform, saves a
picture of it and quits (the startup probe), which fails when a Qt plugin is missing. Exit code 0 when all pass, 1 if not.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

TIMEOUT = 180
PROBE_MARKER = "observer-desk: main window shown"


class SmokeFailure(Exception):
    pass


def find_programs(bundle: Path) -> tuple[list[str], list[str]]:
    """The console program and the window program of a one-folder build or a macOS .app."""
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    if bundle.is_file():
        folder = bundle.parent

    def pick(name: str) -> Path | None:
        return next((p for p in (folder / name, folder / f"{name}.exe") if p.is_file()), None)

    window = pick("observer-desk")
    console = pick("observer-desk-cli") or window
    if window is None or console is None:
        raise SmokeFailure(f"no observer-desk program in {folder}")
    return [str(console)], [str(window)]


def isolated_environment(home: Path) -> dict[str, str]:
    """Offscreen Qt, and user data, settings and backups kept in the temporary folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    for name in ("OBSERVER_DESK_DB", "OBSERVER_DESK_STARTUP_PROBE", "OBSERVER_DESK_LANG"):
        env.pop(name, None)
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
               APPDATA=str(home / "roaming"), LOCALAPPDATA=str(home / "local"))
    if sys.platform == "darwin":
        env["HOME"] = str(home)
    return env


def run(program: Sequence[str], args: Sequence[str], env: dict[str, str], cwd: Path) -> str:
    command = [*program, *args]
    try:
        result = subprocess.run(command, capture_output=True, env=env, cwd=cwd, timeout=TIMEOUT,
                                text=True, encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        raise SmokeFailure(f"`{' '.join(args)}` did not finish within {TIMEOUT} s") from None
    except OSError as exc:
        raise SmokeFailure(f"{command[0]} cannot be started: {exc}") from None
    if result.returncode != 0:
        raise SmokeFailure(f"`{' '.join(args)}` exited with code {result.returncode}:\n"
                           f"{result.stderr.strip()[-2000:]}")
    return result.stdout


# --- reading the outputs back -----------------------------------------------------------------

def pdf_facts(path: Path) -> dict[str, object]:
    """Pages and fonts of a PDF as written by reportlab (plain objects, no object streams)."""
    if not path.is_file():
        raise SmokeFailure(f"{path.name} was not written")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SmokeFailure(f"{path.name} does not start with %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{path.name} is cut short (no %%EOF at the end)")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    fonts = sorted({name.decode("latin-1").split("+", 1)[-1]
                    for name in re.findall(rb"/BaseFont\s*/([^\s/<>\[\]()]+)", data)})
    embedded = len(re.findall(rb"/FontFile2", data))
    return {"pages": pages, "fonts": fonts, "embedded": embedded, "size": len(data)}


def xlsx_rows(path: Path) -> dict[str, int]:
    """Rows per worksheet of an .xlsx, read from the zip without any library."""
    if not path.is_file():
        raise SmokeFailure(f"{path.name} was not written")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "xl/workbook.xml" not in names:
                raise SmokeFailure(f"{path.name} is not a workbook (no xl/workbook.xml)")
            workbook = archive.read("xl/workbook.xml").decode("utf-8")
            titles = re.findall(r'<sheet [^>]*name="([^"]+)"', workbook)
            sheets = sorted((n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml$", n)),
                            key=lambda n: int(re.findall(r"\d+", n)[-1]))
            return {title: len(re.findall(r"<row[ >]", archive.read(sheet).decode("utf-8")))
                    for title, sheet in zip(titles, sheets)}
    except zipfile.BadZipFile:
        raise SmokeFailure(f"{path.name} is not a zip file, so not an .xlsx") from None


def png_size(path: Path) -> tuple[int, int]:
    if not path.is_file():
        raise SmokeFailure(f"{path.name} was not written")
    data = path.read_bytes()[:24]
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or data[12:16] != b"IHDR":
        raise SmokeFailure(f"{path.name} is not a PNG picture")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _reported_count(output: str, pattern: str, what: str) -> int:
    match = re.search(pattern, output)
    if not match:
        raise SmokeFailure(f"the program did not report {what}: {output.strip()!r}")
    return int(match.group(1))


# --- the steps --------------------------------------------------------------------------------

class Smoke:
    def __init__(self, console: Sequence[str], window: Sequence[str], workdir: Path):
        self.console, self.window, self.workdir = list(console), list(window), workdir
        self.env = isolated_environment(workdir)
        self.db = workdir / "demo.sqlite"

    def cli(self, *args: str) -> str:
        return run(self.console, ["--db", str(self.db), *args], self.env, self.workdir)

    def version(self) -> str:
        output = run(self.console, ["--version"], self.env, self.workdir).strip()
        if not re.fullmatch(r"observer-desk \d+\.\d+\S*", output):
            raise SmokeFailure(f"--version printed {output!r}")
        return output

    def demo(self) -> str:
        code = self.cli("demo").strip()
        if not code or not self.db.is_file():
            raise SmokeFailure("demo made no database")
        return f"mission {code} in {self.db.name}"

    def roster(self) -> str:
        out = self.workdir / "roster.xlsx"
        reported = _reported_count(self.cli("roster", "export", str(out)), r"(\d+) observers", "a count")
        rows = xlsx_rows(out)
        if not rows:
            raise SmokeFailure("roster.xlsx has no sheets")
        first, count = next(iter(rows.items()))
        if count < reported + 1:
            raise SmokeFailure(f"roster.xlsx sheet {first!r} has {count} rows for {reported} observers")
        return f"{reported} observers; rows per sheet {rows}"

    def badges(self) -> str:
        out = self.workdir / "badges.pdf"
        reported = _reported_count(self.cli("badges", str(out), "--all"), r"(\d+) pages", "pages")
        facts = pdf_facts(out)
        if facts["pages"] != reported or reported < 1:
            raise SmokeFailure(f"badges.pdf has {facts['pages']} pages, the program said {reported}")
        if not facts["embedded"]:
            raise SmokeFailure("badges.pdf embeds no TrueType font")
        return f"{facts['pages']} pages, fonts {', '.join(facts['fonts'])}"  # type: ignore[arg-type]

    def statement(self) -> str:
        out = self.workdir / "statement-zh.pdf"
        reported = _reported_count(self.cli("statement", str(out), "--lang", "zh"), r"(\d+) pages", "pages")
        facts = pdf_facts(out)
        fonts: list[str] = facts["fonts"]  # type: ignore[assignment]
        if facts["pages"] != reported or reported < 1:
            raise SmokeFailure(f"statement-zh.pdf has {facts['pages']} pages, the program said {reported}")
        if not any("WenQuanYi" in font or "MicroHei" in font for font in fonts):
            raise SmokeFailure(f"statement-zh.pdf has no embedded Chinese font (fonts: {fonts})")
        if not facts["embedded"]:
            raise SmokeFailure("statement-zh.pdf embeds no TrueType font")
        return f"{facts['pages']} pages, fonts {', '.join(fonts)}"

    def window_opens(self) -> str:
        """The window program shows its main window on the demo database and quits by itself,
        leaving a picture of the window (kept with --keep, to look at)."""
        probe = self.workdir / "startup-probe.txt"
        picture = self.workdir / "main-window.png"
        env = dict(self.env, OBSERVER_DESK_STARTUP_PROBE=str(probe),
                   OBSERVER_DESK_STARTUP_PROBE_GRAB=str(picture))
        started = time.perf_counter()
        run(self.window, ["--db", str(self.db)], env, self.workdir)
        seconds = time.perf_counter() - started
        text = probe.read_text(encoding="utf-8") if probe.is_file() else ""
        if PROBE_MARKER not in text:
            raise SmokeFailure("the window program exited without showing its main window")
        width, height = png_size(picture)
        if width < 640 or height < 400 or picture.stat().st_size < 20_000:
            raise SmokeFailure(f"the main window's picture is {width} x {height}, "
                               f"{picture.stat().st_size} bytes: a blank or tiny window")
        return f"main window shown and closed in {seconds:.1f} s, {width} x {height} picture"

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [("--version", self.version), ("demo", self.demo), ("roster export", self.roster),
                ("badges", self.badges), ("statement --lang zh", self.statement),
                ("main window", self.window_opens)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/smoke", description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("bundle", nargs="?", type=Path,
                       help="the built folder (dist/bundle/observer-desk), the .app, or a program in it")
    where.add_argument("--source", action="store_true",
                       help="test `python -m observer_desk` with this Python instead of a build")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="write the outputs to DIR and keep them")
    args = parser.parse_args(argv)
    try:
        if args.source:
            console = window = [sys.executable, "-m", "observer_desk"]
        else:
            console, window = find_programs(args.bundle.resolve())
    except SmokeFailure as exc:
        print(f"smoke: {exc}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="observer-desk-smoke-") as temporary:
        workdir = args.keep.resolve() if args.keep else Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        smoke = Smoke(console, window, workdir)
        failed = 0
        for name, step in smoke.steps():
            started = time.perf_counter()
            try:
                detail = step()
            except SmokeFailure as exc:
                failed += 1
                print(f"FAIL {name}: {exc}", flush=True)
                if name == "demo":
                    break  # the later steps need the demo database
                continue
            print(f"ok   {name} ({time.perf_counter() - started:.1f} s): {detail}", flush=True)
    print(f"smoke: {'all steps passed' if not failed else f'{failed} step(s) failed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
