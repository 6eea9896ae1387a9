#!/usr/bin/env bash
# Everything a fresh machine needs: the npm packages from the lock file and, for the
# browser tests and the sandbox preview, Debian's Chromium (browsers cannot be downloaded).
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm ci` when the lock is complete; the registry reachable here omits some optional
# platform binaries (unrs-resolver's), which `npm ci` counts as a mismatch: then
# `npm install`, which installs the locked versions all the same.
npm ci --no-audit --no-fund --loglevel=error 2>/dev/null ||
  npm install --no-audit --no-fund --loglevel=error
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install chromium fonts-liberation'." >&2
  fi
fi
