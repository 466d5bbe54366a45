#!/usr/bin/env bash
# Linux: the one-folder bundle dist/bundle/observer-desk, checked, and a .tar.gz of it in dist/
# (left out with --bundle-only, as CI does). Then test it: packaging/smoke dist/bundle/observer-desk
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
uv run --locked --group packaging python packaging/build.py bundle
if [[ ${1:-} != --bundle-only ]]; then
  uv run --locked --group packaging python packaging/build.py archive
fi
echo "build-linux: done in $((SECONDS - started)) s"
