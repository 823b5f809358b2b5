#!/usr/bin/env bash
# Refreshes the .ts files from every layer's sources. Run after changing a user-visible string,
# then give each new Japanese entry its text (CI fails on unfinished entries).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -I . -no-obsolete -locations none domain crypto app ui -ts translations/ra_workstation_en.ts translations/ra_workstation_ja.ts "$@"
