#!/usr/bin/env bash
# The `logis` command as an operator uses it: help, configuration errors, migrate, createuser, seed-demo,
# seed-bench, serve and a graceful stop on SIGTERM.
set -uo pipefail
source "$(dirname "$0")/cli_support.sh"
logis=$(realpath "${1:?path to the logis binary}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export LOGIS_DATABASE_URL="sqlite:$work/var/logis.db" LOGIS_SECRET_KEY_FILE="$work/var/secret.key" \
  LOGIS_MEDIA_DIR="$work/var/media" LOGIS_WEB_DIR="$work/web"
exit_code() { "$@" >"$work/out" 2>&1; echo $?; }

check "--help lists the commands" bash -c "'$logis' --help | grep -q createuser"
check "no command is a usage error (2)" test "$(exit_code "$logis")" = 2
check "serve --help shows its usage" bash -c "'$logis' serve --help | grep -q 'logis serve'"
check "createuser --help names --password-stdin" bash -c "'$logis' createuser --help | grep -q -- --password-stdin"
check "a wrong LOGIS_LISTEN exits 2" test "$(LOGIS_LISTEN=nowhere exit_code "$logis" serve)" = 2
check "... naming the variable" grep -q "LOGIS_LISTEN" "$work/out"
check "a wrong LOGIS_DATABASE_URL exits 2" test "$(LOGIS_DATABASE_URL=postgres://x exit_code "$logis" migrate)" = 2
check "... naming the variable" grep -q "LOGIS_DATABASE_URL" "$work/out"
check "serve refuses an unmigrated database" test "$(exit_code "$logis" serve)" = 2
check "... and says what to run" grep -q "logis migrate" "$work/out"
check "migrate applies the migrations" bash -c "'$logis' migrate | grep -q 'Applied 0001_accounts'"
check "migrate twice changes nothing" bash -c "'$logis' migrate | grep -q 'up to date'"
check "the secret key is created 0600" test "$(stat -c %a "$work/var/secret.key")" = 600
check "createuser reads the password from stdin" \
  bash -c "echo 'une phrase de passe solide' | '$logis' createuser --email Chef@Agence.fr --role admin --agency 'Agence Test' --password-stdin | grep -q 'chef@agence.fr'"
check "createuser refuses the same email (2)" \
  test "$(echo 'une autre phrase solide' | exit_code "$logis" createuser --email chef@agence.fr --role agent --agency 'Agence Test' --password-stdin)" = 2
check "createuser refuses a weak password (2)" \
  test "$(echo 'motdepasse123' | exit_code "$logis" createuser --email b@agence.fr --role agent --agency X --password-stdin)" = 2
check "... saying why" grep -q "too common" "$work/out"
check "createuser refuses an unknown role (2)" \
  test "$(echo 'une phrase de passe solide' | exit_code "$logis" createuser --email c@agence.fr --role boss --agency X --password-stdin)" = 2
check "seed-demo prints the demo logins" bash -c "'$logis' seed-demo | grep -q 'admin@demo.logis.test'"
check "seed-demo twice creates nothing more" bash -c "'$logis' seed-demo >/dev/null && test \$(sqlite3 '$work/var/logis.db' 'SELECT COUNT(*) FROM users') = 6"

check "seed-bench refuses a database that has agencies (1)" test "$(exit_code "$logis" seed-bench --properties 10)" = 1
check "seed-bench needs --properties (2)" test "$(exit_code "$logis" seed-bench)" = 2
seed_bench() {  # seed_bench NAME: a fresh database with 300 listings of seed 7
  LOGIS_DATABASE_URL="sqlite:$work/$1.db" "$logis" migrate >/dev/null &&
    LOGIS_DATABASE_URL="sqlite:$work/$1.db" "$logis" seed-bench --properties 300 --seed 7
}
count() { sqlite3 "$work/$1.db" "SELECT COUNT(*) FROM $2"; }
seed_bench bench1 >"$work/seed.out" 2>&1
check "seed-bench loads a fresh database and prints its rate" grep -q 'rows/s' "$work/seed.out"
check "... 300 listings" test "$(count bench1 properties)" = 300
words_indexed() { count "$1" "(SELECT DISTINCT property_id FROM property_words)"; }
check "... with their words and places indexed" test "$(words_indexed bench1)/$(count bench1 property_geo)" = 300/300
sqlite3 "$work/bench1.db" "DELETE FROM property_words WHERE property_id > 100"
check "migrate indexes the words of properties that have none" bash -c \
  "LOGIS_DATABASE_URL='sqlite:$work/bench1.db' '$logis' migrate | grep -q 'Words of 200 properties indexed'"
check "... all of them" test "$(words_indexed bench1)" = 300
check "... with photo rows" test "$(count bench1 property_photos)" -gt 300
check "... and the bench admin" test "$(sqlite3 "$work/bench1.db" "SELECT role FROM users WHERE email = 'bench@logis.test'")" = admin
seed_bench bench2 >/dev/null
check "the same seed gives the same listings" \
  test "$(sqlite3 "$work/bench1.db" 'SELECT * FROM properties ORDER BY id' | md5sum)" = "$(sqlite3 "$work/bench2.db" 'SELECT * FROM properties ORDER BY id' | md5sum)"

port=$(free_port)
LOGIS_LISTEN="127.0.0.1:$port" "$logis" serve >"$work/serve.out" 2>"$work/serve.log" &
server=$!
await_server "http://127.0.0.1:$port"
check "serve answers /healthz" bash -c "curl -fs http://127.0.0.1:$port/healthz | grep -q ok"
check "serve prints its URL" grep -q "http://127.0.0.1:$port" "$work/serve.out"
kill -TERM "$server"
wait "$server"
check "SIGTERM stops the server cleanly (exit 0)" test $? = 0
check "... after logging the stop" grep -q '"event":"server.stopped"' "$work/serve.log"

echo "cli: $failures failure(s)"
exit $((failures > 0))
