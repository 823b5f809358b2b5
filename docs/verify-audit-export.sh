#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Verifies an RA Workstation audit export (docs/audit-export-format.md) with the CA's public audit
# key, using only bash, sed, base64, sha256sum and openssl: no part of the workstation is trusted.
#   docs/verify-audit-export.sh EXPORT.jsonl AUDIT-KEY.pem
# Exit 0: the chain is whole and every checkpoint verifies; 1: it is not (the reason is printed).
set -euo pipefail
export LC_ALL=C
if [ $# -ne 2 ]; then
    echo "usage: $0 EXPORT.jsonl AUDIT-KEY.pem" >&2
    exit 2
fi
export_file=$1
audit_key=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAILED: $*"
    exit 1
}
# The value of one field of a compact JSON line: a string without quotes, or a number.
field() {
    sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\)\"\{0,1\}[,}].*/\1/p" <<<"$2"
}

declare -A hash_at
expected_seq=1
previous=""
head_seq=""
checkpoint_count=0
last_checkpoint=0
while IFS= read -r line; do
    case "$line" in
    *'"checkpoint_seq":'*)
        # The signed statement and its signature; the statement's own lines are what counts.
        field statement "$line" | base64 -d >"$work/statement"
        field signature "$line" | base64 -d >"$work/signature"
        openssl dgst -sha256 -verify "$audit_key" -signature "$work/signature" "$work/statement" >/dev/null 2>&1 ||
            fail "a checkpoint is not signed by the audit key: $(tr '\n' ' ' <"$work/statement")"
        seq=$(sed -n 's/^seq=//p' "$work/statement")
        head=$(sed -n 's/^head_sha256=//p' "$work/statement")
        cp "$work/statement" "$work/checkpoint-$seq"
        echo "$head" >"$work/checkpoint-$seq.head"
        checkpoint_count=$((checkpoint_count + 1))
        [ "$seq" -gt "$last_checkpoint" ] && last_checkpoint=$seq
        continue
        ;;
    *'"head_seq":'*)
        head_seq=$(field head_seq "$line")
        head_hash=$(field head_hash "$line")
        continue
        ;;
    esac
    # Free text (actor, details, ...) is dropped first, so that no text can pose as a field; what
    # was hashed is in "canonical" anyway.
    line=$(sed -E 's/"(actor|certificate_serial|details_json|event|time|workstation)":"([^"\\]|\\.)*",?//g' <<<"$line")
    seq=$(field seq "$line")
    [ "$seq" = "$expected_seq" ] || fail "entry $expected_seq is missing (found $seq)"
    [ "$(field prev_hash "$line")" = "$previous" ] || fail "entry $seq does not follow from entry $((seq - 1))"
    # entry_hash = SHA-256(previous entry_hash as hex text || canonical bytes)
    computed=$({
        printf '%s' "$previous"
        field canonical "$line" | base64 -d
    } | sha256sum | cut -d' ' -f1)
    entry_hash=$(field entry_hash "$line")
    [ "$computed" = "$entry_hash" ] || fail "entry $seq was altered: its bytes do not give its hash"
    if [ -f "$work/checkpoint-$seq.head" ] && [ "$(cat "$work/checkpoint-$seq.head")" != "$entry_hash" ]; then
        fail "entry $seq is not the entry the HSM signed: the log was rewritten"
    fi
    hash_at[$seq]=$entry_hash
    previous=$entry_hash
    expected_seq=$((seq + 1))
done <"$export_file"

last=$((expected_seq - 1))
[ -n "$head_seq" ] || fail "the export has no head line: it was cut short"
[ "$head_seq" = "$last" ] && [ "$head_hash" = "$previous" ] || fail "the head ($head_seq) is not the last entry ($last)"
[ "$last_checkpoint" -le "$last" ] || fail "the log ends at entry $last but the HSM signed a checkpoint of entry $last_checkpoint"
echo "OK: $last entries chained; $checkpoint_count checkpoint(s) signed by the audit key verify; the last covers entry $last_checkpoint; $((last - last_checkpoint)) later entries are not covered by a checkpoint"
