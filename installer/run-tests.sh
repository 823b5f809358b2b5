#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The test command (README.md, .ci/run): installs what is missing, builds with warnings as
# errors, runs the whole suite (GUI tests offscreen and under Xvfb), then the same suite built
# with AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh

cmake --preset ci
cmake --build --preset ci
ctest --preset ci

if [ "${RA_SKIP_ASAN:-0}" != "1" ]; then
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan
fi
