"""The packaging scripts: the bundle check, the Windows and macOS release steps (run here as dry
runs, since this machine has neither), the CI workflow, and the smoke test's own checks, run on
the program from the checkout. The frozen Linux build itself is built and smoke-tested by .ci/run."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load("build")
smoke = _load("smoke")


def _fake_bundle(tmp_path: Path, *, skip: str | None = None) -> Path:
    """A one-folder layout as PyInstaller makes it on Linux, with empty stand-ins for binaries."""
    bundle = tmp_path / "observer-desk"
    internal = bundle / "_internal"
    shutil.copytree(ROOT / "resources", internal / "observer_desk" / "resources")
    shutil.copytree(ROOT / "observer_desk" / "core" / "migrations", internal / "observer_desk" / "core" / "migrations")
    translations = internal / "observer_desk" / "resources" / "translations"
    files = [f"_internal/observer_desk/resources/translations/{ts.stem}.qm" for ts in translations.glob("*.ts")]
    messages = internal / "observer_desk" / "resources" / "messages"
    files += [f"_internal/observer_desk/resources/messages/{po.stem}.mo" for po in messages.glob("*.po")]
    files += ["_internal/observer_desk/resources/docs/user-guide.md"]
    files += ["observer-desk", "observer-desk-cli", "_internal/PySide6/Qt/lib/libQt6Core.so.6",
             "_internal/PySide6/Qt/lib/libQt6Widgets.so.6"]
    plugins = {"platforms": ["libqxcb.so", "libqoffscreen.so"], "imageformats": ["libqjpeg.so", "libqsvg.so", "libqpdf.so"],
               "iconengines": ["libqsvgicon.so"]}
    files += [f"_internal/PySide6/Qt/plugins/{folder}/{name}" for folder, names in plugins.items() for name in names]
    files += [f"_internal/{catalogue}" for catalogue in build.COUNTRY_NAME_CATALOGUES.values()]
    for relative in files:
        path = bundle / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\0")
    if skip:
        target = bundle / skip
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    return bundle


def test_complete_bundle_passes_the_check(tmp_path: Path) -> None:
    assert build.check_bundle(_fake_bundle(tmp_path), system="Linux") == []


@pytest.mark.parametrize("missing, message", [
    ("_internal/observer_desk/resources/fonts/wqy-microhei.ttc", "resource missing from the bundle: fonts/wqy-microhei.ttc"),
    ("_internal/observer_desk/resources/licences/LGPL-3.0.txt", "licences/LGPL-3.0.txt"),
    ("_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so", "platforms/qoffscreen"),
    ("_internal/PySide6/Qt/plugins/imageformats/libqpdf.so", "imageformats/qpdf"),
    ("observer-desk-cli", "the console program"),
    ("_internal/observer_desk/resources/translations/observer_desk_ru.qm", "translations/observer_desk_ru.qm"),
    ("_internal/observer_desk/resources/messages/zh_CN.mo", "messages/zh_CN.mo"),
    ("_internal/observer_desk/core/migrations", "migration scripts"),
    ("_internal/observer_desk/resources/docs/user-guide.md", "the user guide is missing"),
    ("_internal/pycountry/locales/zh_CN/LC_MESSAGES/iso3166-1.mo", "country names in zh_CN missing"),
])
def test_check_names_what_is_missing(tmp_path: Path, missing: str, message: str) -> None:
    problems = build.check_bundle(_fake_bundle(tmp_path, skip=missing), system="Linux")
    assert any(message in problem for problem in problems), problems


def test_the_spec_keeps_the_country_name_catalogues_the_program_reads_and_the_check_wants() -> None:
    import ast
    import re

    from observer_desk.core import countries

    spec = (ROOT / "packaging" / "observer_desk.spec").read_text(encoding="utf-8")
    kept = re.search(r"^PYCOUNTRY_LANGUAGES = (\(.*\))$", spec, re.MULTILINE)
    assert kept, "the spec names the pycountry catalogues it keeps in PYCOUNTRY_LANGUAGES"
    languages = set(ast.literal_eval(kept.group(1)))
    assert languages == set(build.COUNTRY_NAME_CATALOGUES) == set(countries._LANG_DOMAINS.values())
    assert "iso3166-1.mo" in spec


def test_check_refuses_unneeded_qt_modules_and_wants_the_native_platform(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    (bundle / "_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6").write_bytes(b"\0")
    problems = build.check_bundle(bundle, system="Linux")
    assert any("unneeded Qt module" in p and "WebEngine" in p for p in problems)
    assert any("platforms/qwindows" in p for p in build.check_bundle(bundle, system="Windows"))


def test_compiled_translations_are_dated_no_older_than_their_sources(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    resources = bundle / "_internal" / "observer_desk" / "resources"
    qm = resources / "translations" / "observer_desk_ru.qm"
    mo = resources / "messages" / "ru.mo"
    mo.write_bytes(b"\0")
    for compiled, when in ((qm, 1_000), (mo, 2_000)):  # copied first, so a moment older
        os.utime(compiled, (when, when))
        os.utime(compiled.with_suffix(".ts" if compiled.suffix == ".qm" else ".po"), (when + 1, when + 1))
    moved = build.date_compiled_translations(bundle)
    assert qm in moved and mo in moved
    assert qm.stat().st_mtime >= qm.with_suffix(".ts").stat().st_mtime
    assert mo.stat().st_mtime >= mo.with_suffix(".po").stat().st_mtime
    assert build.date_compiled_translations(bundle) == []


def test_every_shipped_resource_has_its_licence() -> None:
    licences = ROOT / "resources" / "licences"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in (licences / "GPL-3.0.txt").read_text(encoding="utf-8")
    fonts = ROOT / "resources" / "fonts"
    assert {p.name for p in fonts.glob("LICENSE-*")} >= {
        "LICENSE-DejaVu.txt", "LICENSE-WenQuanYi-MicroHei.txt", "LICENSE-Apache-2.0.txt"}


def test_macos_release_skips_signing_and_notarisation_without_identity() -> None:
    plan = build.macos_release_plan({})
    assert isinstance(plan.sign, str) and "MACOS_SIGN_IDENTITY" in plan.sign
    assert isinstance(plan.notarize, str)
    assert any(command[0] == "hdiutil" and "UDZO" in command for command in plan.dmg)


def test_macos_release_signs_and_notarises_with_the_variables(capsys) -> None:
    env = {"MACOS_SIGN_IDENTITY": "Developer ID Application: Example (TEAM123)", "APPLE_ID": "desk@example.org",
           "APPLE_TEAM_ID": "TEAM123", "APPLE_APP_PASSWORD": "secret-password"}
    plan = build.macos_release_plan(env)
    assert isinstance(plan.sign, list) and plan.sign[0][0] == "codesign"
    assert "runtime" in plan.sign[0] and env["MACOS_SIGN_IDENTITY"] in plan.sign[0]
    assert isinstance(plan.notarize, list) and plan.notarize[0][:3] == ["xcrun", "notarytool", "submit"]
    assert isinstance(build.macos_release_plan({**env, "APPLE_APP_PASSWORD": ""}).notarize, str)
    build.macos_release(env, dry_run=True)
    out = capsys.readouterr().out
    assert "notarytool" in out and "secret-password" not in out


def test_installer_command_passes_version_and_bundle() -> None:
    command = build.inno_setup_command("ISCC.exe", icon=Path("x.ico"))
    assert f"/DAppVersion={build.version()}" in command
    assert any(part.startswith("/DSourceDir=") and part.endswith("observer-desk") for part in command)
    assert command[-1].endswith("observer-desk.iss") and Path(command[-1]).is_file()
    script = Path(command[-1]).read_text(encoding="utf-8")
    assert "[Icons]" in script and "{group}" in script and "uninsdeletevalue" in script
    assert not any(line.strip() == "[UninstallDelete]" for line in script.splitlines())  # user data is kept


def test_ci_workflow_is_the_same_in_both_places_and_calls_existing_scripts() -> None:
    workflow = (ROOT / "packaging" / "github-workflow.yml").read_text(encoding="utf-8")
    assert (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8") == workflow
    for script in ("packaging/build-windows.ps1", "packaging/build-macos.sh", "packaging/build-linux.sh",
                   "packaging/smoke.py"):
        assert script in workflow and (ROOT / script).is_file()
    assert "windows-latest" in workflow and "macos-latest" in workflow


def test_pdf_and_workbook_readers_catch_broken_files(tmp_path: Path) -> None:
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_bytes(b"hello")
    with pytest.raises(smoke.SmokeFailure, match="%PDF"):
        smoke.pdf_facts(not_pdf)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n")
    with pytest.raises(smoke.SmokeFailure, match="cut short"):
        smoke.pdf_facts(cut)
    not_xlsx = tmp_path / "x.xlsx"
    with zipfile.ZipFile(not_xlsx, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(smoke.SmokeFailure, match="not a workbook"):
        smoke.xlsx_rows(not_xlsx)
    with pytest.raises(smoke.SmokeFailure, match="not a PNG"):
        smoke.png_size(not_pdf)


def test_smoke_test_passes_on_the_program_from_the_checkout(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke.py"), "--source", "--keep", str(tmp_path)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("\nok   ") + result.stdout.startswith("ok   ") == 6
    facts = smoke.pdf_facts(tmp_path / "statement-zh.pdf")
    assert any("WenQuanYi" in font for font in facts["fonts"])
    assert smoke.xlsx_rows(tmp_path / "roster.xlsx")["Roster"] > 10
    width, height = smoke.png_size(tmp_path / "main-window.png")
    assert width >= 640 and height >= 400


def test_resources_are_found_in_a_frozen_bundle(tmp_path: Path, monkeypatch) -> None:
    from observer_desk import resources

    bundled = tmp_path / "observer_desk" / "resources"
    (bundled / "fonts").mkdir(parents=True)
    (bundled / "fonts" / "DejaVuSans.ttf").write_bytes(b"\0")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resource_path("fonts", "DejaVuSans.ttf") == bundled / "fonts" / "DejaVuSans.ttf"
        with pytest.raises(FileNotFoundError, match="checklists/default.json"):
            resources.resource_path("checklists", "default.json")
    finally:
        monkeypatch.undo()
        resources.resources_dir.cache_clear()
    assert resources.resources_dir() != bundled
