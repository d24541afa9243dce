#!/usr/bin/env bash
# Debian packages the tests need: chromium (driven by Playwright; Playwright's own
# browser download is not used). Installs only what is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "chromium belum terpasang dan perintah ini bukan root: jalankan 'apt-get install chromium' sebagai root." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
