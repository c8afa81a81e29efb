#!/usr/bin/env bash
# Load test of leads at scale against the MariaDB of bench/properties.sh (1,000,000 listings) once prospects
# are seeded into it; figures go to bench/RESULTS.md ("Leads").
#   bench/leads.sh [--rig DIR] [--duration 20s] [--scenarios matching,...] [--keep] [--no-migrate]
#                  [--contacts N --leads N --interactions N]   (seed that many more prospects first)
# Scenarios (wrk, 16 connections, 2 threads, bench/wrk/leads.lua, 10 s of warm-up, then 10 s on one
# connection): matching (GET /api/v1/leads/{id}/matches against every listing), property_matches (GET
# /api/v1/properties/{id}/matches against every lead), lead_list (GET /api/v1/leads, 20 a page, filters
# drawn as people combine them), lead_search (the same with a name or a phone), kanban (the board: 100
# leads and the column counts, for the agency, a source or an agent) and timeline (GET
# /api/v1/leads/{id}/interactions). The statements one request of
# each scenario ran, with their EXPLAIN and ANALYZE (from MariaDB's general log), land in
# bench/.run/leads-<date>/ with everything else; the servers are stopped on exit unless --keep.
# --no-migrate: the schema is already current (`logis migrate` would first finish moving the owners of
# the million listings to contacts, about 40 minutes, if it was stopped part-way).
# Needs a Release build (cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOGIS_TESTS=OFF &&
# ninja -C build logis) and scripts/install-deps --bench.
set -euo pipefail
cd "$(dirname "$0")/.."

rig=bench/.run/mariadb
duration=20s
scenarios=matching,property_matches,lead_list,lead_search,kanban,timeline
keep=false
migrate=true
contacts=0 leads=0 interactions=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rig) rig=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --no-migrate) migrate=false; shift ;;
    --contacts) contacts=$2; shift 2 ;;
    --leads) leads=$2; shift 2 ;;
    --interactions) interactions=$2; shift 2 ;;
    *) echo "usage: $0 [--rig DIR] [--duration 20s] [--scenarios a,b] [--keep] [--no-migrate] [--contacts N --leads N --interactions N]" >&2
       exit 2 ;;
  esac
done

logis=build/logis
grep -q 'CMAKE_BUILD_TYPE:STRING=Release' build/CMakeCache.txt 2>/dev/null || {
  echo "bench needs a Release build in build/ (see the top of $0)" >&2; exit 2; }
[[ -f "$rig/port" && -d "$rig/data" ]] || { echo "no bench MariaDB in $rig: run bench/properties.sh first" >&2; exit 2; }

run=$(dirname "$rig")
out=bench/.run/leads-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
export LOGIS_MARIADB_BUFFER_POOL=${BENCH_BUFFER_POOL:-4G}
export LOGIS_MARIADB_OPTIONS="--innodb-log-file-size=1G --max-connections=300"
source bench/plan.sh
sql() { mariadb --no-defaults --socket="$rig/mysqld.sock" --user=root --batch "$@"; }

server=""
cleanup() {
  [[ -n "$server" ]] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
  if [[ $keep == false ]]; then tests/rigs/mariadb.sh stop "$rig"; fi
}
trap cleanup EXIT

if ! mariadb-admin --no-defaults --socket="$rig/mysqld.sock" --user=root ping >/dev/null 2>&1; then
  tests/rigs/mariadb.sh resume "$rig"
fi
admin_url="mysql://logis:logis-test-password@127.0.0.1:$(cat "$rig/port")/"
export LOGIS_DATABASE_URL="${admin_url}logis_bench" LOGIS_SECRET_KEY_FILE="$run/secret.key" \
  LOGIS_MEDIA_DIR="$run/media" LOGIS_WEB_DIR="$run/web"
if [[ $migrate == true ]]; then $logis migrate | tee "$out/migrate.txt"; fi

if [[ $contacts -gt 0 ]]; then
  echo "load: $(uptime)" | tee "$out/seed.txt"
  /usr/bin/time -f "%e s elapsed, %M KB max RSS (seeder)" $logis seed-bench --contacts "$contacts" --leads "$leads" \
    --interactions "$interactions" --seed "$(date +%s)" 2>&1 | tee -a "$out/seed.txt"
  sql logis_bench -e "ANALYZE TABLE contacts, leads, lead_criteria, interactions, lead_sources" >/dev/null
fi

agency=$(sql -N logis_bench -e "SELECT agency_id FROM users WHERE email = 'bench@logis.test'")
read -r lead_min lead_max <<<"$(sql -N logis_bench -e "SELECT MIN(id), MAX(id) FROM leads WHERE agency_id = $agency")"
read -r property_min property_max <<<"$(sql -N logis_bench -e \
  "SELECT MIN(id), MAX(id) FROM properties WHERE agency_id = $agency")"
export BENCH_LEAD_MIN=$lead_min BENCH_LEAD_MAX=$lead_max BENCH_PROPERTY_MIN=$property_min BENCH_PROPERTY_MAX=$property_max
export BENCH_AGENTS=$(sql -N logis_bench -e "SELECT GROUP_CONCAT(id) FROM users WHERE agency_id = $agency AND role = 'agent'")

# Every page of the data in the buffer pool (as bench/properties.sh does).
{
  for table in contacts leads lead_criteria interactions properties; do
    for index in $(sql -N -e "SELECT DISTINCT index_name FROM information_schema.statistics
        WHERE table_schema = 'logis_bench' AND table_name = '$table' AND index_type = 'BTREE'" | tr '\n' ' '); do
      sql -N logis_bench -e "SELECT COUNT(*) FROM $table FORCE INDEX ($index)"
    done
  done
} >/dev/null
sql -e "SELECT table_name, table_rows, ROUND(data_length / 1048576) AS data_mib,
  ROUND(index_length / 1048576) AS index_mib FROM information_schema.tables
  WHERE table_schema = 'logis_bench' ORDER BY data_length DESC LIMIT 10" | column -t >"$out/tables.txt"
sql -N logis_bench -e "SELECT 'contacts', COUNT(*) FROM contacts UNION ALL SELECT 'leads', COUNT(*) FROM leads
  UNION ALL SELECT 'lead_criteria', COUNT(*) FROM lead_criteria UNION ALL SELECT 'interactions', COUNT(*)
  FROM interactions UNION ALL SELECT 'properties', COUNT(*) FROM properties" >"$out/counts.txt"
cat "$out/counts.txt"

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
LOGIS_LISTEN="127.0.0.1:$port" $logis serve >"$out/serve.out" 2>"$out/serve.log" &
server=$!
for _ in $(seq 100); do curl -fs "$base/readyz" >/dev/null && break; sleep 0.1; done
curl -fs -c "$out/cookies" -H 'Content-Type: application/json' \
  -d '{"email": "bench@logis.test", "password": "bench-logis-2026"}' "$base/api/v1/auth/login" >/dev/null
cookie=$(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {print $6 "=" $7}' "$out/cookies")
[[ -n "$cookie" ]] || { echo "login failed" >&2; exit 1; }
has_route() { [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$1") == 200 ]]; }

explain_request() {
  local path=$1 name=$2
  # The requests wrk left in flight finish first, or their statements would be logged with this one's.
  while [[ $(sql -N -e "SELECT COUNT(*) FROM information_schema.processlist
      WHERE command = 'Execute' OR (command = 'Query' AND info NOT LIKE '%processlist%')") != 0 ]]; do sleep 0.2; done
  sql -e "SET GLOBAL log_output = 'TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log = 1"
  curl -fs -H "Cookie: $cookie" "$base$path" -o "$out/$name.json"
  sql -e "SET GLOBAL general_log = 0"
  {
    echo "GET $path"
    echo "total: $(jq -r '"\(.total) (exact: \(.total_exact | tostring))"' "$out/$name.json")"
    sql -N -r -e "SELECT argument FROM mysql.general_log WHERE command_type = 'Execute'
      AND (argument LIKE 'SELECT%' OR argument LIKE 'SET STATEMENT%') AND argument NOT LIKE '%FROM sessions%' AND argument NOT LIKE '%FROM users%'
      ORDER BY event_time" |
      while IFS= read -r statement; do
        echo; echo "$statement" | cut -c1-3000; echo
        plan EXPLAIN "$statement"
        echo
        plan ANALYZE "$statement" | grep -v '^\s*$' | cut -c1-400
      done
  } >"$out/explain-$name.txt" 2>&1
}

echo "| scenario | p50 ms | p95 ms | p99 ms | req/s | non-2xx | load (1 min) | 1 connection: p50 / p95 ms |" |
  tee "$out/table.md"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |" | tee -a "$out/table.md"
IFS=, read -r -a wanted <<<"$scenarios"
for scenario in "${wanted[@]}"; do
  export BENCH_SCENARIO=$scenario
  path=$(BENCH_PRINT=1 wrk -t1 -c1 -d1s -s bench/wrk/leads.lua -H "Cookie: $cookie" "$base" | head -1)
  if ! has_route "$path"; then
    echo "$path answers $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")" >&2
    exit 1
  fi
  wrk -t2 -c16 -d10s --timeout 30s -s bench/wrk/leads.lua -H "Cookie: $cookie" "$base" >/dev/null
  wrk -t2 -c16 -d"$duration" --timeout 30s --latency -s bench/wrk/leads.lua -H "Cookie: $cookie" "$base" \
    >"$out/wrk-$scenario.txt"
  load=$(cut -d' ' -f1 /proc/loadavg)
  line=$(grep '^{' "$out/wrk-$scenario.txt")
  echo "$line" >>"$out/results.jsonl"
  single=$(wrk -t1 -c1 -d10s --timeout 30s -s bench/wrk/leads.lua -H "Cookie: $cookie" "$base" | grep '^{' |
    jq -r '"\(.p50_ms) / \(.p95_ms)"')
  echo "$line" | jq -r --arg load "$load" --arg single "$single" \
    '"| \(.scenario) | \(.p50_ms) | \(.p95_ms) | \(.p99_ms) | \(.rps) | \(.non_2xx) | \($load) | \($single) |"' |
    tee -a "$out/table.md"
  explain_request "$path" "$scenario"
done
echo "Results in $out"
