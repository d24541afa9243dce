#!/usr/bin/env bash
# Debian packages the tests need, installed only when missing (with everything present it
# exits at once, without apt-get):
# - chromium, driven by Playwright (Playwright's own browser download is not used);
# - nginx: the proxy tests run deploy/nginx's config in front of two dashboards, as the
#   current user in a temporary folder (its system service is not used);
# - PostgreSQL 15 with PostGIS 3, for the PostGIS store backend: the tests start a
#   throw-away cluster of their own (potensi/testing/postgres.py; no system server is used).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
{ [ -x /usr/lib/postgresql/15/bin/initdb ] && [ -f /usr/share/postgresql/15/extension/postgis.control ]; } ||
  missing+=(postgresql-15 postgresql-15-postgis-3)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "${missing[*]} belum terpasang dan perintah ini bukan root: jalankan 'apt-get install ${missing[*]}' sebagai root." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# policy-rc.d: Debian starts a package's service on install; nginx's would take port 80 and
# PostgreSQL's a system cluster on a CI runner or developer machine that only needs the binaries
if [ ! -e /usr/sbin/policy-rc.d ] && [ "$(id -u)" = "0" ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
/usr/bin/chromium --version
/usr/sbin/nginx -v
/usr/lib/postgresql/15/bin/postgres --version
