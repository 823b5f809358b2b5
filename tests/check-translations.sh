#!/usr/bin/env bash
# Fails when lupdate would change a .ts file (a string was added or changed without refreshing
# the translations) or when Japanese has unfinished entries (STYLE.md, as qTox guards its files).
set -euo pipefail
src=${1:?source directory}
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src"/translations/*.ts "$tmp"/
(cd "$src" && "$LUPDATE" -I . -silent -no-obsolete -locations none domain crypto app ui \
    -ts "$tmp"/ra_workstation_en.ts "$tmp"/ra_workstation_ja.ts)
status=0
for ts in "$src"/translations/*.ts; do
    if ! diff -q "$ts" "$tmp/$(basename "$ts")" >/dev/null; then
        echo "FAIL: $(basename "$ts") is stale; run translations/update.sh and translate the new entries"
        diff "$ts" "$tmp/$(basename "$ts")" | head -20
        status=1
    fi
done
unfinished=$(grep -c 'type="unfinished"' "$src/translations/ra_workstation_ja.ts" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "FAIL: ra_workstation_ja.ts has $unfinished unfinished entries"
    status=1
fi
[ $status -eq 0 ] && echo "translations up to date; Japanese complete"
exit $status
