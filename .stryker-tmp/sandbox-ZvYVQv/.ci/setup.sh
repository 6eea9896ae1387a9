#!/usr/bin/env bash
# Everything a fresh machine needs: the npm packages from the lock file and, for the
# browser tests and the sandbox preview, Debian's Chromium (browsers cannot be downloaded).
set -euo pipefail
cd "$(dirname "$0")/.."
# The lock file is complete (every platform's optional binaries listed), so `npm ci`
# installs exactly what is committed and leaves `git status` clean.
npm ci --no-audit --no-fund --loglevel=error
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install chromium fonts-liberation'." >&2
  fi
fi
