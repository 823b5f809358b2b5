#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb and .tar.gz from a build folder and checks what they hold.
set -euo pipefail
build=${1:?build directory}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$out" -G "DEB;TGZ" >/dev/null
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
for path in usr/bin/ra-workstation usr/bin/ra-cli usr/bin/ra-perspective \
            usr/share/applications/ra-workstation.desktop \
            usr/share/icons/hicolor/scalable/apps/ra-workstation.svg; do
    grep -q "$path" <<<"$contents" || { echo "FAIL: $path missing from $(basename "$deb")"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q softhsm2 || { echo "FAIL: Depends lacks softhsm2"; exit 1; }
ls "$out"/*.tar.gz >/dev/null || { echo "FAIL: no .tar.gz"; exit 1; }
echo "packages OK: $(basename "$deb") and $(basename "$(ls "$out"/*.tar.gz)")"
