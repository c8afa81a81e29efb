#!/usr/bin/env bash
# A 200 MB photo upload, sent by curl as a browser sends a form: a clear 413 at once, nothing stored, and
# the server still answers. (The API tests cannot send it: their client writes the whole body before
# reading the answer, and the server closes the connection past 64 MB of a refused body.)
set -uo pipefail
source "$(dirname "$0")/cli_support.sh"
logis=$(realpath "${1:?path to the logis binary}")
work=$(mktemp -d)
trap 'kill -TERM "${server:-}" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
export LOGIS_DATABASE_URL="sqlite:$work/logis.db" LOGIS_SECRET_KEY_FILE="$work/secret.key" \
  LOGIS_MEDIA_DIR="$work/media" LOGIS_WEB_DIR="$work/web"
export LSAN_OPTIONS="suppressions=$(dirname "$0")/../unit/lsan_suppressions.txt"

"$logis" migrate >/dev/null && "$logis" seed-demo >/dev/null || { echo "not ok - the demo database"; exit 1; }
port=$(free_port)
base="http://127.0.0.1:$port"
LOGIS_LISTEN="127.0.0.1:$port" "$logis" serve >"$work/serve.out" 2>"$work/serve.log" &
server=$!
await_server "$base"

json() { /usr/bin/python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }
csrf=$(curl -s -c "$work/cookies" -H 'Content-Type: application/json' \
  -d '{"email": "admin@demo.logis.test", "password": "demo-logis-2026"}' "$base/api/v1/auth/login" | json '["csrf_token"]')
property=$(curl -s -b "$work/cookies" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d '{"transaction": "sale", "type": "house", "title": "Maison aux grandes photos"}' "$base/api/v1/properties" |
  json '["id"]')
truncate -s 200M "$work/photo.jpg"
before=$(find "$work/media" -type f 2>/dev/null | wc -l)

upload() {  # upload [CURL OPTIONS...]: prints the status, the answer in $work/answer
  curl -s -o "$work/answer" -w '%{http_code}' --max-time 30 -b "$work/cookies" -H "X-CSRF-Token: $csrf" "$@" \
    -F "file=@$work/photo.jpg;type=image/jpeg" "$base/api/v1/properties/$property/photos"
}
check "a 200 MB upload is refused with 413" test "$(upload)" = 413
check "... saying what is too large" grep -q '"code":"body_too_large","message":"L.envoi dépasse la taille permise de 21 Mo' "$work/answer"
check "... also without Expect: 100-continue (the whole body sent at once)" test "$(upload -H 'Expect:')" = 413
check "nothing is stored" test "$(curl -s -b "$work/cookies" "$base/api/v1/properties/$property/photos")" = '{"items":[]}'
check "... and no file is written" test "$(find "$work/media" -type f 2>/dev/null | wc -l)" = "$before"
check "the server still answers" curl -fs "$base/healthz" -o /dev/null

exit $((failures > 0))
