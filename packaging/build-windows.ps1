# Windows: the one-folder bundle dist\bundle\observer-desk and the installer
# dist\ObserverDesk-VERSION-windows-x64-setup.exe, made with Inno Setup 6 (ISCC.exe on PATH, in
# Program Files, or named by the ISCC environment variable).
# Then test it: python packaging\smoke.py dist\bundle\observer-desk
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Step([string[]] $Arguments) {
    & uv run --locked --group packaging python packaging/build.py @Arguments
    if ($LASTEXITCODE -ne 0) { throw "packaging/build.py $Arguments failed (exit code $LASTEXITCODE)" }
}

Invoke-Step @("bundle")
Invoke-Step @("installer")
