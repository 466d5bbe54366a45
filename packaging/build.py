"""Build the desktop bundle of Observer Desk and, per platform, what is handed to users.

The platform scripts (build-linux.sh, build-windows.ps1, build-macos.sh) call this file, so the
logic lives in one place and can be run and tested on any machine:

    python packaging/build.py translations     # .ts -> .qm beside them
    python packaging/build.py bundle           # translations, PyInstaller one-folder build, check
    python packaging/build.py check [BUNDLE]   # is everything in the bundle? (exit 1 if not)
    python packaging/build.py archive          # Linux: dist/observer-desk-VERSION-linux-ARCH.tar.gz
    python packaging/build.py installer        # Windows: Inno Setup installer (needs ISCC.exe)
    python packaging/build.py macos-release    # macOS: sign, disk image, notarise (env driven)
    python packaging/build.py version

`bundle` must run in the environment that has the program and the `packaging` dependency group
(`uv run --group packaging python packaging/build.py bundle`); the other commands need only Python.
Add `--dry-run` to `installer` and `macos-release` to print the commands instead of running them.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist" / "bundle"
WORK = ROOT / "build" / "pyinstaller"
SPEC = PACKAGING / "observer_desk.spec"
APP_NAME = "Observer Desk"
FOLDER_NAME = "observer-desk"
MAC_APP = f"{APP_NAME}.app"

# Country names in Russian and Chinese (observer_desk/core/countries.py) come from pycountry's
# catalogues; the spec leaves out all of pycountry's others (PYCOUNTRY_LANGUAGES there).
COUNTRY_NAME_CATALOGUES = {language: f"pycountry/locales/{language}/LC_MESSAGES/iso3166-1.mo"
                           for language in ("ru", "zh_CN")}

# Qt modules that must not be in the bundle (they weigh hundreds of MB and nothing uses them).
UNWANTED_QT = ("WebEngine", "Qt63D", "Qt3D", "Quick3D", "Multimedia", "VirtualKeyboard")


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


def run(command: Sequence[str], *, dry_run: bool = False, env: Mapping[str, str] | None = None) -> None:
    say("$ " + " ".join(_quoted(part) for part in command))
    if not dry_run:
        subprocess.run(list(command), check=True, env=None if env is None else dict(env))


def _quoted(part: str) -> str:
    return f'"{part}"' if " " in part else part


# --- translations -----------------------------------------------------------------------------

def compile_translations() -> None:
    """The .qm files beside the .ts sources and the .mo files beside the .po catalogues (git
    ignores both), compiled by the program's own translation tool, so the bundle carries them."""
    run([sys.executable, "-m", "observer_desk.ui.translations_build", "--release-only"])


# --- the bundle -------------------------------------------------------------------------------

def bundle_dir(dist: Path = DIST) -> Path:
    """The built folder: Observer Desk.app on macOS, observer-desk elsewhere."""
    app = dist / MAC_APP
    return app if app.is_dir() else dist / FOLDER_NAME


def build_bundle(dist: Path = DIST, work: Path = WORK) -> Path:
    compile_translations()
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)])
    bundle = bundle_dir(dist)
    date_compiled_translations(bundle)
    problems = check_bundle(bundle)
    if problems:
        raise SystemExit("build: the bundle is incomplete:\n  " + "\n  ".join(problems))
    say(f"bundle ready: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    return bundle


# Compiled translations beside their sources in the bundle: the program takes a compiled file only
# when it is not older than its source, and otherwise compiles the source again into the user's cache.
COMPILED_BESIDE_SOURCE = (("translations", ".qm", ".ts"), ("messages", ".mo", ".po"))


def date_compiled_translations(bundle: Path) -> list[Path]:
    """Give each compiled translation in the bundle (.qm, .mo) a time no older than its source's.

    PyInstaller copies files without their times, one after the other, so a .qm or .mo can come
    out a moment older than the .ts or .po copied after it; the frozen program would then try to
    compile the source at every start (it has no compiler, so a Russian or Chinese user would be
    left with English messages, and every start would pay for the attempt). Returns the files
    whose time was moved."""
    resources = bundled_resources(bundle)
    moved: list[Path] = []
    if resources is None:
        return moved
    for folder, compiled_suffix, source_suffix in COMPILED_BESIDE_SOURCE:
        for compiled in sorted((resources / folder).glob(f"*{compiled_suffix}")):
            source = compiled.with_suffix(source_suffix)
            if not source.is_file():
                continue
            source_time = source.stat().st_mtime_ns
            if compiled.stat().st_mtime_ns < source_time:
                os.utime(compiled, ns=(source_time, source_time))
                moved.append(compiled)
    return moved


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def bundled_resources(bundle: Path) -> Path | None:
    for inner in ("_internal", "Contents/Resources", "Contents/Frameworks"):
        candidate = bundle / inner / "observer_desk" / "resources"
        if candidate.is_dir():
            return candidate
    return None


def programs(bundle: Path) -> dict[str, Path]:
    """The window program and the console program of a bundle (folder or .app)."""
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    found = {}
    for role, name in (("window", "observer-desk"), ("console", "observer-desk-cli")):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                found[role] = candidate
    return found


@dataclass(frozen=True)
class QtPluginNeed:
    folder: str
    stem: str
    why: str


def needed_plugins(system: str) -> list[QtPluginNeed]:
    native = {"Windows": "qwindows", "Darwin": "qcocoa"}.get(system, "qxcb")
    return [
        QtPluginNeed("platforms", native, "the window on this system"),
        QtPluginNeed("platforms", "qoffscreen", "headless runs and the smoke test"),
        QtPluginNeed("imageformats", "qjpeg", "observers' photos"),
        QtPluginNeed("imageformats", "qsvg", "the page icons"),
        QtPluginNeed("iconengines", "qsvgicon", "SVG icons"),
        QtPluginNeed("imageformats", "qpdf", "PDF pages as images (badge preview)"),
    ]


def check_bundle(bundle: Path, system: str | None = None) -> list[str]:
    """What is missing from or wrong in a built bundle; empty when it is complete."""
    system = system or platform.system()
    if not bundle.is_dir():
        return [f"{bundle} does not exist: build it first (packaging/build.py bundle)"]
    problems = []
    found_programs = programs(bundle)
    for role in ("window", "console"):
        if role not in found_programs:
            problems.append(f"the {role} program (observer-desk{'-cli' if role == 'console' else ''}) is missing")
    resources = bundled_resources(bundle)
    source = ROOT / "resources"
    if resources is None:
        problems.append("observer_desk/resources is missing from the bundle")
    else:
        for path in sorted(source.rglob("*")):
            if path.is_file() and not (resources / path.relative_to(source)).is_file():
                problems.append(f"resource missing from the bundle: {path.relative_to(source).as_posix()}")
        for ts in sorted((source / "translations").glob("*.ts")):
            if not (resources / "translations" / ts.with_suffix(".qm").name).is_file():
                problems.append(f"compiled translation missing from the bundle: translations/{ts.stem}.qm")
        for po in sorted((source / "messages").glob("*.po")):
            if not (resources / "messages" / po.with_suffix(".mo").name).is_file():
                problems.append(f"compiled message catalogue missing from the bundle: messages/{po.stem}.mo")
        if not (resources / "docs" / "user-guide.md").is_file():
            problems.append("the user guide is missing from the bundle: docs/user-guide.md")
        for name in ("LGPL-3.0.txt", "GPL-3.0.txt", "README.md"):
            if not (resources / "licences" / name).is_file():
                problems.append(f"licence text missing from the bundle: licences/{name}")
        migrations = resources.parent / "core" / "migrations"
        if not (migrations / "env.py").is_file() or not list((migrations / "versions").glob("*.py")):
            problems.append("the database migration scripts (observer_desk/core/migrations) are missing")
    files = [path for path in bundle.rglob("*") if path.is_file()]
    posix_files = [path.as_posix() for path in files]
    for language, catalogue in COUNTRY_NAME_CATALOGUES.items():
        if not any(path.endswith("/" + catalogue) for path in posix_files):
            problems.append(f"country names in {language} missing from the bundle: {catalogue}")
    plugin_names = {(path.parent.name, _library_stem(path.name)) for path in files
                    if path.parent.parent.name == "plugins"}
    for need in needed_plugins(system):
        if (need.folder, need.stem) not in plugin_names:
            problems.append(f"Qt plugin {need.folder}/{need.stem} missing ({need.why})")
    qt_libraries = [path for path in files if re.match(r"(lib)?Qt6?(Core|Widgets)(\.|$)", path.name)
                    or path.name in ("QtCore", "QtWidgets")]
    if not qt_libraries:
        problems.append("no Qt library found as a separate file (the LGPL asks that users can replace it)")
    for path in files:
        if any(token in path.name for token in UNWANTED_QT):
            problems.append(f"unneeded Qt module bundled: {path.relative_to(bundle).as_posix()}")
            break
    return problems


def _library_stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


# --- what is handed out -----------------------------------------------------------------------

def machine() -> str:
    return {"amd64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}.get(platform.machine().lower(),
                                                                        platform.machine().lower())


def make_archive(dist: Path = DIST) -> Path:
    """Linux: the one-folder bundle as a .tar.gz beside it."""
    bundle = dist / FOLDER_NAME
    if not bundle.is_dir():
        raise SystemExit(f"build: {bundle} does not exist: run `packaging/build.py bundle` first")
    target = dist.parent / f"observer-desk-{version()}-linux-{machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=f"observer-desk-{version()}")
    say(f"archive ready: {target} ({target.stat().st_size / 1e6:.0f} MB)")
    return target


def inno_setup_command(iscc: str, dist: Path = DIST, icon: Path | None = None) -> list[str]:
    return [iscc, f"/DAppVersion={version()}", f"/DSourceDir={dist / FOLDER_NAME}",
            f"/DOutputDir={dist.parent}", *([f"/DSetupIcon={icon}"] if icon else []),
            str(PACKAGING / "windows" / "observer-desk.iss")]


def windows_icon(target: Path = WORK.parent / "observer-desk.ico") -> Path | None:
    """The program's icon as .ico for the installer, made with Pillow (None without Pillow)."""
    try:
        from PIL import Image
    except ImportError:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(ROOT / "resources" / "icons" / "observer-desk-512.png") as image:
        image.save(target, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    return target


def find_iscc(env: Mapping[str, str]) -> str | None:
    if env.get("ISCC"):
        return env["ISCC"]
    found = shutil.which("iscc") or shutil.which("ISCC.exe")
    if found:
        return found
    for base in (env.get("ProgramFiles(x86)"), env.get("ProgramFiles")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def make_installer(env: Mapping[str, str], dry_run: bool = False) -> None:
    iscc = find_iscc(env) or ("ISCC.exe" if dry_run else None)
    if iscc is None:
        raise SystemExit("build: Inno Setup 6 is not installed (ISCC.exe not found; set ISCC to its path)")
    run(inno_setup_command(iscc, icon=windows_icon()), dry_run=dry_run)


@dataclass(frozen=True)
class MacRelease:
    """The steps after PyInstaller on macOS, decided from the environment: each step is either a
    list of commands or a reason why it is skipped."""
    sign: list[list[str]] | str
    dmg: list[list[str]]
    sign_dmg: list[list[str]] | str
    notarize: list[list[str]] | str


def macos_release_plan(env: Mapping[str, str], dist: Path = DIST) -> MacRelease:
    app = dist / MAC_APP
    dmg = dist.parent / f"ObserverDesk-{version()}-macos-{machine()}.dmg"
    identity = env.get("MACOS_SIGN_IDENTITY", "").strip()
    entitlements = PACKAGING / "macos" / "entitlements.plist"
    if identity:
        sign: list[list[str]] | str = [[
            "codesign", "--force", "--deep", "--options", "runtime", "--timestamp",
            "--entitlements", str(entitlements), "--sign", identity, str(app)],
            ["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)]]
        sign_dmg: list[list[str]] | str = [["codesign", "--force", "--timestamp", "--sign", identity, str(dmg)]]
    else:
        sign = sign_dmg = ("MACOS_SIGN_IDENTITY is not set: the app is not signed (it opens only "
                           "after the user allows it in System Settings > Privacy & Security)")
    staging = dist.parent / "dmg-staging"
    make_dmg = [["rm", "-rf", str(staging), str(dmg)], ["mkdir", "-p", str(staging)],
                ["ditto", str(app), str(staging / MAC_APP)],
                ["ln", "-s", "/Applications", str(staging / "Applications")],
                ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(staging), "-ov",
                 "-format", "UDZO", str(dmg)]]
    missing = [name for name in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD") if not env.get(name)]
    if not identity:
        notarize: list[list[str]] | str = "not notarised: the app is not signed"
    elif missing:
        notarize = "not notarised: " + ", ".join(missing) + " not set"
    else:
        notarize = [["xcrun", "notarytool", "submit", str(dmg), "--apple-id", env["APPLE_ID"],
                     "--team-id", env["APPLE_TEAM_ID"], "--password", env["APPLE_APP_PASSWORD"], "--wait"],
                    ["xcrun", "stapler", "staple", str(dmg)]]
    return MacRelease(sign, make_dmg, sign_dmg, notarize)


def macos_release(env: Mapping[str, str], dry_run: bool = False) -> None:
    plan = macos_release_plan(env)
    for title, step in (("signing the app", plan.sign), ("disk image", plan.dmg),
                        ("signing the disk image", plan.sign_dmg), ("notarisation", plan.notarize)):
        if isinstance(step, str):
            say(f"{title}: skipped: {step}")
            continue
        say(title)
        for command in step:
            # The app password must not show in the log.
            shown = ["***" if previous == "--password" else part
                     for previous, part in zip(["", *command], command)]
            say("$ " + " ".join(_quoted(part) for part in shown))
            if not dry_run:
                subprocess.run(command, check=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=["translations", "bundle", "check", "archive", "installer",
                                         "macos-release", "version"])
    parser.add_argument("path", nargs="?", type=Path, help="check: the bundle (default: the last build)")
    parser.add_argument("--dry-run", action="store_true", help="print the commands, run nothing")
    args = parser.parse_args(argv)
    if args.step == "version":
        print(version())
    elif args.step == "translations":
        compile_translations()
    elif args.step == "bundle":
        build_bundle()
    elif args.step == "check":
        bundle = args.path or bundle_dir()
        problems = check_bundle(bundle)
        for problem in problems:
            print(f"build: {problem}", file=sys.stderr)
        if problems:
            return 1
        say(f"{bundle}: complete")
    elif args.step == "archive":
        make_archive()
    elif args.step == "installer":
        make_installer(os.environ, dry_run=args.dry_run)
    elif args.step == "macos-release":
        macos_release(os.environ, dry_run=args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
