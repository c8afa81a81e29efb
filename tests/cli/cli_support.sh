# Sourced by the CLI tests: checks reported one per line ("ok - ..." / "not ok - ..."), a free port, and a
# server awaited until it answers.
failures=0
check() {  # check DESCRIPTION COMMAND...
  local description=$1; shift
  if "$@"; then echo "ok - $description"; else echo "not ok - $description"; failures=$((failures + 1)); fi
}
free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
await_server() {  # await_server BASE_URL: until /healthz answers, 10 s at most
  for _ in $(seq 100); do curl -fs "$1/healthz" >/dev/null && return 0; sleep 0.1; done
  return 1
}
