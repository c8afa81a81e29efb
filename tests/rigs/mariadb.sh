#!/usr/bin/env bash
# A private MariaDB for the tests: its own datadir, socket and port under DIR, on 127.0.0.1 only.
#   tests/rigs/mariadb.sh start DIR   starts it and prints the admin URL (mysql://logis:...@127.0.0.1:PORT/)
#   tests/rigs/mariadb.sh stop DIR    stops it
#   tests/rigs/mariadb.sh resume DIR  starts it again on the same data and port (after stop)
# The `logis` user may create databases: each test suite makes its own and drops it.
# bench/ sizes the instance for its data; the tests keep the defaults:
#   LOGIS_MARIADB_BUFFER_POOL  InnoDB buffer pool (default 256M)
#   LOGIS_MARIADB_OPTIONS      further mariadbd options, space-separated (default none)
set -euo pipefail

action=${1:?start or stop}
dir=$(realpath -m "${2:?a directory for the instance}")
password=logis-test-password

stop() {
  if [[ -S "$dir/mysqld.sock" ]]; then
    mariadb-admin --no-defaults --socket="$dir/mysqld.sock" --user=root shutdown 2>/dev/null || true
  fi
  if [[ -f "$dir/mysqld.pid" ]]; then
    local pid; pid=$(cat "$dir/mysqld.pid")
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

run_server() {  # run_server PORT
  local user; user=$(id -un)
  local extra; read -r -a extra <<<"${LOGIS_MARIADB_OPTIONS:-}"
  mariadbd --no-defaults --datadir="$dir/data" --socket="$dir/mysqld.sock" --port="$1" \
    --bind-address=127.0.0.1 --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" --user="$user" \
    --skip-log-bin --innodb-buffer-pool-size="${LOGIS_MARIADB_BUFFER_POOL:-256M}" \
    --innodb-flush-log-at-trx-commit=2 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    "${extra[@]}" >/dev/null 2>&1 &
  for _ in $(seq 100); do
    mariadb-admin --no-defaults --socket="$dir/mysqld.sock" --user=root ping >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "MariaDB did not answer; see $dir/error.log" >&2
  return 1
}

start() {
  stop
  rm -rf "$dir" && mkdir -p "$dir"
  mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" --auth-root-authentication-method=socket \
    --skip-test-db >"$dir/install.log" 2>&1
  local port; port=$(free_port)
  run_server "$port"
  mariadb --no-defaults --socket="$dir/mysqld.sock" --user=root <<SQL
CREATE USER 'logis'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO 'logis'@'127.0.0.1';
SQL
  echo "$port" >"$dir/port"
  echo "mysql://logis:$password@127.0.0.1:$port/"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  resume) run_server "$(cat "$dir/port")" ;;
  *) echo "usage: $0 start|stop|resume DIR" >&2; exit 2 ;;
esac
