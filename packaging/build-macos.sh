#!/usr/bin/env bash
# macOS: dist/bundle/Observer Desk.app in a disk image dist/ObserverDesk-VERSION-macos-ARCH.dmg.
# Signing and notarisation happen when these are set, and are skipped with a message when not:
#   MACOS_SIGN_IDENTITY   a "Developer ID Application: ..." identity in the keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for notarytool (an app-specific password)
# Then test it: python3 packaging/smoke.py "dist/bundle/Observer Desk.app"
set -euo pipefail
cd "$(dirname "$0")/.."
uv run --locked --group packaging python packaging/build.py bundle
uv run --locked --group packaging python packaging/build.py macos-release
