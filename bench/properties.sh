#!/usr/bin/env bash
# Load test of the property list against MariaDB holding 1,000,000 listings; figures go to bench/RESULTS.md.
#   bench/properties.sh [--properties N] [--duration 25s] [--scenarios list,city,...] [--keep] [--no-migrate]
# A private MariaDB lives in bench/.run/mariadb (tests/rigs/mariadb.sh, buffer pool BENCH_BUFFER_POOL,
# default 4G) and is kept between runs: the data is seeded once, and reruns only migrate, warm up and
# measure. Each scenario: the load average, 10 s of warm-up, then wrk (16 connections, 2 threads) with
# bench/wrk/properties.lua, the RSS of `logis serve` near the end of the run, 10 s on one connection, and
# the EXPLAIN and ANALYZE of the exact SQL the server ran for one request (from MariaDB's general log).
# Everything lands in bench/.run/<date>/; servers are stopped on exit unless --keep. --no-migrate: the
# schema is already current (`logis migrate` would first finish any data step stopped part-way, such as
# moving the owners of the million listings to contacts, about 40 minutes).
# Needs a Release build (cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOGIS_TESTS=OFF &&
# ninja -C build) and scripts/install-deps --bench.
set -euo pipefail
cd "$(dirname "$0")/.."

properties=1000000
duration=25s
scenarios=list,list_deep,city,text_common,text_rare,radius,viewport,polygon
keep=false
migrate=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --properties) properties=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --no-migrate) migrate=false; shift ;;
    *) echo "usage: $0 [--properties N] [--duration 25s] [--scenarios a,b] [--keep] [--no-migrate]" >&2; exit 2 ;;
  esac
done

logis=build/logis
grep -q 'CMAKE_BUILD_TYPE:STRING=Release' build/CMakeCache.txt 2>/dev/null || {
  echo "bench needs a Release build in build/ (see the top of $0)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: scripts/install-deps --bench" >&2; exit 2; }

run=bench/.run
rig=$run/mariadb
out=$run/$(date -u +%Y%m%dT%H%M%SZ)
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

if [[ -f "$rig/port" && -d "$rig/data" ]]; then
  tests/rigs/mariadb.sh resume "$rig"
  admin_url="mysql://logis:logis-test-password@127.0.0.1:$(cat "$rig/port")/"
else
  admin_url=$(tests/rigs/mariadb.sh start "$rig")
fi
export LOGIS_DATABASE_URL="${admin_url}logis_bench" LOGIS_SECRET_KEY_FILE="$run/secret.key" \
  LOGIS_MEDIA_DIR="$run/media" LOGIS_WEB_DIR="$run/web"

seeded=$(sql -N -e "SELECT COUNT(*) FROM logis_bench.properties p JOIN logis_bench.users u
  ON u.agency_id = p.agency_id AND u.email = 'bench@logis.test'" 2>/dev/null || echo 0)
if [[ "$seeded" != "$properties" ]]; then
  echo "Seeding $properties properties (found $seeded)..."
  sql -e "DROP DATABASE IF EXISTS logis_bench; CREATE DATABASE logis_bench"
  $logis migrate
  echo "load: $(uptime)" | tee "$out/seed.txt"
  /usr/bin/time -f "%e s elapsed, %M KB max RSS (seeder)" $logis seed-bench --properties "$properties" 2>&1 |
    tee -a "$out/seed.txt"
  sql logis_bench -e "ANALYZE TABLE properties, property_geo, property_photos, property_words, users" >/dev/null
fi
if [[ $migrate == true ]]; then $logis migrate | tee "$out/migrate.txt"; fi
# Every page of the data in the buffer pool, as on a server that has run for a while: after a restart the
# pool holds only what its dump kept, and a scenario would otherwise measure the disk.
{
  sql -N logis_bench -e "SELECT SUM(LENGTH(description)) FROM properties; SELECT SUM(width) FROM property_photos"
  for index in $(sql -N -e "SELECT DISTINCT index_name FROM information_schema.statistics
      WHERE table_schema = 'logis_bench' AND table_name IN ('properties', 'property_photos', 'property_geo', 'property_words')
      AND index_type = 'BTREE'" | tr '\n' ' '); do
    for table in properties property_photos property_geo property_words; do
      sql -N logis_bench -e "SELECT COUNT(*) FROM $table FORCE INDEX ($index)" 2>/dev/null || true
    done
  done
} >/dev/null
sql -N -e "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_data'" >"$out/buffer-pool.txt"
sql -e "SELECT table_name, table_rows, ROUND(data_length / 1048576) AS data_mib,
  ROUND(index_length / 1048576) AS index_mib FROM information_schema.tables
  WHERE table_schema = 'logis_bench' ORDER BY data_length DESC LIMIT 6" | column -t >"$out/tables.txt"
sql -N -e "SELECT @@innodb_buffer_pool_size / 1048576, @@version" >"$out/mariadb.txt"

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
LOGIS_LISTEN="127.0.0.1:$port" $logis serve >"$out/serve.out" 2>"$out/serve.log" &
server=$!
for _ in $(seq 100); do curl -fs "$base/readyz" >/dev/null && break; sleep 0.1; done
curl -fs -c "$out/cookies" -H 'Content-Type: application/json' \
  -d '{"email": "bench@logis.test", "password": "bench-logis-2026"}' "$base/api/v1/auth/login" >/dev/null
cookie=$(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {print $6 "=" $7}' "$out/cookies")
[[ -n "$cookie" ]] || { echo "login failed" >&2; exit 1; }

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
# CPU time in clock ticks: of the whole machine (busy), and of one process.
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
process_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
mariadb_pid=$(cat "$rig/mysqld.pid")

# One request of the scenario with MariaDB's general log on: the statements as executed, values bound.
explain() {  # explain SCENARIO
  local path
  path=$(lua_path "$1")
  sql -e "SET GLOBAL log_output = 'TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log = 1"
  curl -fs -H "Cookie: $cookie" "$base$path" -o "$out/$1.json"
  sql -e "SET GLOBAL general_log = 0"
  {
    echo "GET $path"
    echo "total: $(jq -r '"\(.total) (exact: \(.total_exact | tostring))"' "$out/$1.json")"
    sql -N -r -e "SELECT argument FROM mysql.general_log WHERE command_type = 'Execute'
      AND (argument LIKE 'SELECT%properties p%' OR argument LIKE 'SET STATEMENT%properties p%')
      ORDER BY event_time" |
      while IFS= read -r statement; do
        echo; echo "$statement"; echo
        plan EXPLAIN "$statement"
        echo
        plan ANALYZE "$statement" | grep -v '^\s*$' | cut -c1-400
      done
  } >"$out/explain-$1.txt" 2>&1
}

# A path the Lua script draws for a scenario (for EXPLAIN).
lua_path() {
  BENCH_SCENARIO=$1 BENCH_PRINT=1 wrk -t1 -c1 -d1s -s bench/wrk/properties.lua -H "Cookie: $cookie" "$base" |
    head -1
}

echo "| scenario | p50 ms | p95 ms | p99 ms | req/s | non-2xx | logis RSS MiB | CPU ms/req logis + MariaDB | others' CPU | load (1 min) | 1 connection: p50 / p95 ms |" |
  tee "$out/table.md"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |" | tee -a "$out/table.md"
IFS=, read -r -a wanted <<<"$scenarios"
for scenario in "${wanted[@]}"; do
  export BENCH_SCENARIO=$scenario
  wrk -t2 -c16 -d10s --timeout 30s -s bench/wrk/properties.lua -H "Cookie: $cookie" "$base" >/dev/null
  seconds=${duration%s}
  busy_before=$(busy_ticks) logis_before=$(process_ticks "$server") mariadb_before=$(process_ticks "$mariadb_pid")
  (sleep $((seconds - 3)); echo "$(rss_kib $server) $(rss_kib "$mariadb_pid")" >"$out/rss-$scenario") &
  sampler=$!
  /usr/bin/time -o "$out/wrk-cpu-$scenario" -f "%U %S" \
    wrk -t2 -c16 -d"$duration" --timeout 30s --latency -s bench/wrk/properties.lua -H "Cookie: $cookie" "$base" \
    >"$out/wrk-$scenario.txt"
  wait "$sampler"
  load=$(cut -d' ' -f1 /proc/loadavg)
  hz=$(getconf CLK_TCK)
  logis_ticks=$(($(process_ticks "$server") - logis_before))
  mariadb_ticks=$(($(process_ticks "$mariadb_pid") - mariadb_before))
  wrk_ticks=$(awk -v hz="$hz" '{printf "%d", ($1 + $2) * hz}' "$out/wrk-cpu-$scenario")
  others=$(awk -v busy="$(($(busy_ticks) - busy_before))" -v ours="$((logis_ticks + mariadb_ticks + wrk_ticks))" \
    -v hz="$hz" -v s="$seconds" -v n="$(nproc)" 'BEGIN {printf "%.0f %%", 100 * (busy - ours) / (hz * s * n)}')
  line=$(grep '^{' "$out/wrk-$scenario.txt")
  echo "$line" >>"$out/results.jsonl"
  read -r logis_rss mariadb_rss <"$out/rss-$scenario"
  # One connection: the time a request takes when it does not queue behind fifteen others.
  single=$(wrk -t1 -c1 -d10s --timeout 30s -s bench/wrk/properties.lua -H "Cookie: $cookie" "$base" | grep '^{' |
    jq -r '"\(.p50_ms) / \(.p95_ms)"')
  cpu=$(echo "$line" | jq -r --arg l "$logis_ticks" --arg m "$mariadb_ticks" --arg hz "$hz" \
    '"\(($l | tonumber) * 1000 / ($hz | tonumber) / .requests * 100 | round / 100) + \(($m | tonumber) * 1000 / ($hz | tonumber) / .requests * 100 | round / 100)"')
  echo "$line" | jq -r --arg rss "$((logis_rss / 1024))" --arg load "$load" --arg single "$single" \
    --arg cpu "$cpu" --arg others "$others" \
    '"| \(.scenario) | \(.p50_ms) | \(.p95_ms) | \(.p99_ms) | \(.rps) | \(.non_2xx) | \($rss) | \($cpu) | \($others) | \($load) | \($single) |"' |
    tee -a "$out/table.md"
  echo "mariadbd RSS during $scenario: $((mariadb_rss / 1024)) MiB" >>"$out/memory.txt"
  explain "$scenario"
done
echo "logis serve peak RSS: $(awk '/^VmHWM/ {print $2}' "/proc/$server/status") KiB" >>"$out/memory.txt"
echo "Results in $out"
