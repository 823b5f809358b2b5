#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The demo command (README.md): installs what is missing, builds, creates a demo workspace
# (SQLite, SoftHSM2 token with the demo CA's keys, demo users, sample applications, one of them
# approved and ready to issue) unless it exists, starts the lab (DNS, web, mail and perspectives)
# unless it runs, prints the demo credentials and starts the workstation on it.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh
cmake --preset release
cmake --build --preset release

workspace=${RA_WORKSPACE:-$HOME/ra-demo-workspace}
cli=build/release/app/cli/ra-cli
if [ ! -f "$workspace/workspace.ini" ]; then
    "$cli" workspace init "$workspace" --demo
fi
# The lab: Knot DNS with the demo domains, nginx, two SMTP servers, a WHOIS server and six
# perspective agents, all on loopback.
if ! RA_LANGUAGE=en "$cli" --workspace "$workspace" lab status | grep -q "Perspectives running"; then
    "$cli" --workspace "$workspace" lab start
fi

cat <<TEXT

Demo workspace: $workspace
Users, roles, passwords, TOTP secrets and PIN shares ($workspace/demo-credentials.json):
$(cat "$workspace/demo-credentials.json")

Add a secret to any authenticator app, or print the current code with:
  $cli totp code --secret <totp_secret>
Auditors (ito) sign in with the password alone.
Application APP-2026-1042 is approved: sign in as a Key Custodian (tanaka, sato, yamada), open it
and press "Issue certificate…" — two custodians enter their password, code and PIN share.

Domain validation: the lab runs (stop it with: $cli --workspace $workspace lab stop). Open an
application in review as its validating officer, page "Domains", press "Start validation…",
choose a method, then act as the applicant would:
  DNS change:      $cli --workspace $workspace lab set-record _ra-validation.NAME TXT '"VALUE"'
  website/ACME:    $cli --workspace $workspace lab publish URL CONTENT   (both shown on the page)
  email:           $cli --workspace $workspace lab reply admin@DOMAIN   (or the contact mailed)
and press "Check the validation" to watch the six perspectives answer; "Check CAA" likewise.

TEXT

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): run this on a desktop session, or start" >&2
    echo "  build/release/app/gui/ra-workstation --workspace $workspace" >&2
    echo "from one. The workspace is ready." >&2
    exit 1
fi
exec build/release/app/gui/ra-workstation --workspace "$workspace"
