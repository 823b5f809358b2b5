#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a C++ file does not follow .clang-format.
set -euo pipefail
cd "${1:?source directory}"
bad=$(git ls-files '*.cpp' '*.h' 2>/dev/null | while read -r file; do
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || echo "$file"
done)
if [ -n "$bad" ]; then
    echo "FAIL: not clang-formatted (run: clang-format -i FILE):"
    echo "$bad"
    exit 1
fi
echo "all C++ files follow .clang-format"
