#!/usr/bin/env bash
# A private mail rig for the tests, on 127.0.0.1 ports of its own: aiosmtpd (Mailbox handler) writes every
# message it accepts into DIR/Maildir, and Dovecot serves that Maildir over IMAP (one user).
#   tests/rigs/mail.sh start DIR        starts both and prints, one per line, KEY=VALUE:
#       LOGIS_TEST_SMTP_PORT      plain SMTP, no authentication (aiosmtpd)
#       LOGIS_TEST_SMTP_STARTTLS_PORT  SMTP that requires STARTTLS (certificate DIR/cert.pem)
#       LOGIS_TEST_SMTPS_PORT     SMTP with implicit TLS (certificate DIR/cert.pem)
#       LOGIS_TEST_IMAP_PORT      IMAP, no TLS (ssl=no on this listener; STARTTLS offered)
#       LOGIS_TEST_IMAPS_PORT     IMAP with implicit TLS (self-signed certificate DIR/cert.pem)
#       LOGIS_TEST_IMAP_USER, LOGIS_TEST_IMAP_PASSWORD
#       LOGIS_TEST_MAILDIR        the Maildir (new messages land in its new/ folder)
#       LOGIS_TEST_MAIL_CERT      the certificate to trust for the TLS listener
#     so that `eval "$(tests/rigs/mail.sh start DIR)"` sets them (export them yourself).
#   tests/rigs/mail.sh stop DIR         stops both
#   tests/rigs/mail.sh smtp-stop DIR    stops only the plain SMTP server (a "server down" fault)
#   tests/rigs/mail.sh smtp-resume DIR  starts it again on the same port and Maildir
# As root (the CI), the servers run as the system user `vmail` (created when missing); otherwise as the
# current user.
set -euo pipefail

action=${1:?start, stop, smtp-stop or smtp-resume}
dir=$(realpath -m "${2:?a directory for the rig}")
imap_user=logis
imap_password=logis-mail-password

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_port() {  # wait_port PORT WHAT LOG
  for _ in $(seq 100); do
    /usr/bin/python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), 0.2).close()" \
      2>/dev/null && return 0
    sleep 0.1
  done
  echo "$2 did not answer on port $1; see $3" >&2
  return 1
}

mail_user() {
  if [[ $(id -u) -eq 0 ]]; then
    id vmail >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin vmail
    echo vmail
  else
    id -un
  fi
}

exec_as_mail_user() {  # run in the background (&): the subshell becomes the server, so $! is its pid
  if [[ $(id -u) -eq 0 ]]; then exec setpriv --reuid=vmail --regid=vmail --clear-groups -- "$@"; fi
  exec "$@"
}

stop_pid_file() {  # stop_pid_file FILE
  if [[ -f "$1" ]]; then
    local pid; pid=$(cat "$1")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$1"
  fi
}

smtp_stop() { stop_pid_file "$dir/smtp.pid"; }

aiosmtpd_start() {  # aiosmtpd_start NAME PORT [TLS OPTIONS...]: one aiosmtpd writing the Maildir
  local name=$1 port=$2; shift 2
  exec_as_mail_user /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$port" "$@" -c aiosmtpd.handlers.Mailbox \
    "$dir/Maildir" >>"$dir/$name.log" 2>&1 </dev/null &
  echo $! >"$dir/$name.pid"
  wait_port "$port" aiosmtpd "$dir/$name.log"
}

smtp_start() { aiosmtpd_start smtp "$(cat "$dir/smtp.port")"; }

stop() {
  for server in smtp smtp-starttls smtps; do stop_pid_file "$dir/$server.pid"; done
  if [[ -f "$dir/dovecot.conf" ]]; then
    dovecot -c "$dir/dovecot.conf" stop 2>/dev/null || true
    for _ in $(seq 50); do [[ -e "$dir/run/master.pid" ]] || break; sleep 0.1; done
  fi
}

start() {
  stop
  rm -rf "$dir" && mkdir -p "$dir"/{run,state,Maildir/cur,Maildir/new,Maildir/tmp}
  local user; user=$(mail_user)
  local uid gid; uid=$(id -u "$user"); gid=$(id -g "$user")
  chmod 755 "$dir"
  chown -R "$uid:$gid" "$dir/Maildir" "$dir/state"
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$dir/key.pem" -out "$dir/cert.pem" >/dev/null 2>&1
  chown "$uid:$gid" "$dir/key.pem"  # aiosmtpd reads it as the mail user
  echo "$imap_user:{PLAIN}$imap_password::::::" >"$dir/passwd"
  local smtp_port imap_port imaps_port starttls_port smtps_port taken=" "
  for name in smtp_port imap_port imaps_port starttls_port smtps_port; do
    local port; port=$(free_port)
    while [[ $taken == *" $port "* ]]; do port=$(free_port); done
    taken+="$port "; printf -v "$name" %s "$port"
  done
  echo "$smtp_port" >"$dir/smtp.port"
  local login_user=dovenull internal_user=dovecot
  if [[ $(id -u) -ne 0 ]]; then login_user=$user; internal_user=$user; fi
  cat >"$dir/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $dir/run
state_dir = $dir/state
instance_name = logis-mail-$imap_port
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
default_login_user = $login_user
default_internal_user = $internal_user
first_valid_uid = $uid
last_valid_uid = 0
disable_plaintext_auth = no
auth_mechanisms = plain login
ssl = yes
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
mail_location = maildir:$dir/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/passwd
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/Maildir
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps_port
    ssl = yes
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
CONF
  dovecot -c "$dir/dovecot.conf" >>"$dir/dovecot.log" 2>&1 </dev/null || { echo "Dovecot did not start; see $dir/dovecot.log" >&2; exit 1; }
  wait_port "$imap_port" Dovecot "$dir/dovecot.log"
  wait_port "$imaps_port" Dovecot "$dir/dovecot.log"
  smtp_start
  aiosmtpd_start smtp-starttls "$starttls_port" --tlscert "$dir/cert.pem" --tlskey "$dir/key.pem"
  aiosmtpd_start smtps "$smtps_port" --smtpscert "$dir/cert.pem" --smtpskey "$dir/key.pem"
  cat <<VARS
LOGIS_TEST_SMTP_PORT=$smtp_port
LOGIS_TEST_SMTP_STARTTLS_PORT=$starttls_port
LOGIS_TEST_SMTPS_PORT=$smtps_port
LOGIS_TEST_IMAP_PORT=$imap_port
LOGIS_TEST_IMAPS_PORT=$imaps_port
LOGIS_TEST_IMAP_USER=$imap_user
LOGIS_TEST_IMAP_PASSWORD=$imap_password
LOGIS_TEST_MAILDIR=$dir/Maildir
LOGIS_TEST_MAIL_CERT=$dir/cert.pem
VARS
}

case "$action" in
  start) start ;;
  stop) stop ;;
  smtp-stop) smtp_stop ;;
  smtp-resume) smtp_start ;;
  *) echo "usage: $0 start|stop|smtp-stop|smtp-resume DIR" >&2; exit 2 ;;
esac
