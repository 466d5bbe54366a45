#!/usr/bin/env bash
# Linux: the one-folder bundle dist/bundle/observer-desk, checked, and a .tar.gz of it in dist/.
# Then test it: packaging/smoke dist/bundle/observer-desk
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
uv run --locked --group packaging python packaging/build.py bundle
uv run --locked --group packaging python packaging/build.py archive
echo "build-linux: done in $((SECONDS - started)) s"
