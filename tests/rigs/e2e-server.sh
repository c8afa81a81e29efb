#!/usr/bin/env bash
# The server the browser tests drive: a fresh SQLite database with the demo agency, serving web/dist on
# 127.0.0.1:${LOGIS_E2E_PORT:-8181}. Playwright starts it (tests/e2e/playwright.config.ts) and stops it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
logis=${LOGIS_BIN:-$repo/build/logis}
work=$(mktemp -d /tmp/logis-e2e.XXXXXX)
trap 'rm -rf "$work"' EXIT
export LOGIS_DATABASE_URL="sqlite:$work/logis.db" LOGIS_SECRET_KEY_FILE="$work/secret.key" \
  LOGIS_MEDIA_DIR="$work/media" LOGIS_WEB_DIR="$repo/web/dist" LOGIS_LISTEN="127.0.0.1:${LOGIS_E2E_PORT:-8181}"
"$logis" migrate >/dev/null
"$logis" seed-demo >/dev/null
"$logis" serve 2>"$work/server.log" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server; rm -rf "$work"' EXIT TERM INT
wait $server
