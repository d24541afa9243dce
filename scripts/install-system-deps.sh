#!/usr/bin/env bash
# Debian packages the tests need, installed only when missing:
# - chromium, driven by Playwright (Playwright's own browser download is not used);
# - PostgreSQL 15 with PostGIS 3, for the PostGIS store backend: the tests start a
#   throw-away cluster of their own (potensi/testing/postgres.py); no server is enabled.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
{ [ -x /usr/lib/postgresql/15/bin/initdb ] && [ -f /usr/share/postgresql/15/extension/postgis.control ]; } ||
  missing+=(postgresql-15 postgresql-15-postgis-3)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Paket sistem belum terpasang (${missing[*]}) dan perintah ini bukan root: jalankan 'apt-get install ${missing[*]}' sebagai root." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# policy-rc.d keeps Debian from starting a system-wide PostgreSQL server (one already there is kept)
made_policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  made_policy=1
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
[ -z "$made_policy" ] || $SUDO rm -f /usr/sbin/policy-rc.d
[ -x /usr/bin/chromium ] && /usr/bin/chromium --version
/usr/lib/postgresql/15/bin/postgres --version
