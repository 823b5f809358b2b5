#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The test command (README.md, .ci/run): installs what is missing, builds with warnings as
# errors, runs the whole suite (GUI tests offscreen and under Xvfb), runs it again with the
# machine's clock a year ahead, then the same suite built with AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh

cmake --preset ci
cmake --build --preset ci
ctest --preset ci

# Tests pass on any day (R-TIME-1): the suite again with the wall clock of every process a year
# ahead — the tests, ra-cli, the lab's servers and OpenSSL's verifiers alike (libfaketime, Debian's
# faketime). Monotonic clocks stay real, so timeouts and Qt's timers behave as usual. Not run twice
# (CI's 60 minutes): benchmarks, the checks that read no clock, the GUI tests (their workspaces
# run on fixed clocks and call the same services the integration tests run a year ahead) and the
# kill -9 test (it checks where a crash leaves issuance, not dates).
if [ "${RA_SKIP_CLOCK_AHEAD:-0}" != "1" ]; then
    FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "+365d" \
        ctest --preset ci --exclude-regex "Bench|Fuzz|Package|FormatCheck|TranslationsComplete|TestGui|TestIssuanceCrash"
fi

if [ "${RA_SKIP_ASAN:-0}" != "1" ]; then
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan
fi
