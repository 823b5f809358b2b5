#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages the RA Workstation needs to build, test and run. Run as root;
# installs only what is missing, so a second run costs a second.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config dpkg-dev file
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-pdf-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6 libgl-dev
    libssl-dev openssl libp11-dev libp11-kit-dev softhsm2 opensc
    libsqlite3-dev libunbound-dev libpsl-dev libicu-dev publicsuffix dns-root-data knot nginx python3-aiosmtpd
    faketime poppler-utils xvfb xauth xfonts-base fonts-dejavu-core fonts-noto-cjk clang-format clang-tidy
)

missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run this script as root (or: sudo $0)" >&2
    exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# The servers among these (nginx, knot) are programs the lab runs on its own addresses: their
# packages must not start system services, which would take ports 80 or 53 from the lab.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
