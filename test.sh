#!/usr/bin/env bash
# Runs the whole test suite: unit tests (Surefire) and integration tests (Failsafe) on
# Payara Micro, Payara Server, the embedded MariaDB and headless Chromium.
# Installs Chromium, its driver and poppler-utils from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing ${missing[*]} for the browser and PDF tests"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "The tests need ${missing[*]}: install them (Debian: apt-get install ${missing[*]}) and run again." >&2
        exit 1
    fi
fi

exec mvn -B verify "$@"
