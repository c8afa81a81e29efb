#!/usr/bin/env bash
# MariaDB restarts under a running server: while it is down the server answers 503 (and stays up);
# once it is back, the same session works again without restarting `logis serve`.
set -uo pipefail
source "$(dirname "$0")/cli_support.sh"
repo=$(cd "$(dirname "$0")/../.." && pwd)
logis=$(realpath "${1:?path to the logis binary}")
work=$(mktemp -d)
rig="$work/mariadb"
cleanup() { kill -TERM "${server:-0}" 2>/dev/null; wait "${server:-0}" 2>/dev/null; "$repo/tests/rigs/mariadb.sh" stop "$rig"; rm -rf "$work"; }
trap cleanup EXIT
status() { curl -s -o /dev/null -w '%{http_code}' -b "$work/cookies" "http://127.0.0.1:$port$1"; }

url=$("$repo/tests/rigs/mariadb.sh" start "$rig") || exit 1
port_db=$(cat "$rig/port")
mariadb --no-defaults -h 127.0.0.1 -P "$port_db" -u logis -plogis-test-password -e "CREATE DATABASE reconnect"
export LOGIS_DATABASE_URL="${url}reconnect" LOGIS_SECRET_KEY_FILE="$work/secret.key" LOGIS_MEDIA_DIR="$work/media" \
  LOGIS_WEB_DIR="$work/web"
port=$(free_port)
export LOGIS_LISTEN="127.0.0.1:$port"
"$logis" migrate >/dev/null && "$logis" seed-demo >/dev/null
"$logis" serve >/dev/null 2>"$work/serve.log" &
server=$!
await_server "http://127.0.0.1:$port"
curl -s -c "$work/cookies" -H 'Content-Type: application/json' \
  -d '{"email":"admin@demo.logis.test","password":"demo-logis-2026"}' "http://127.0.0.1:$port/api/v1/auth/login" >/dev/null

check "ready with MariaDB up" test "$(status /readyz)" = 200
"$repo/tests/rigs/mariadb.sh" stop "$rig"
check "not ready (503) with MariaDB down" test "$(status /readyz)" = 503
check "an API call answers 503, not 500" test "$(status /api/v1/auth/me)" = 503
check "the process stays up" test "$(status /healthz)" = 200
"$repo/tests/rigs/mariadb.sh" resume "$rig"
check "ready again once MariaDB is back" test "$(status /readyz)" = 200
check "the same session works again" test "$(status /api/v1/auth/me)" = 200
echo "reconnect: $failures failure(s)"
exit $((failures > 0))
