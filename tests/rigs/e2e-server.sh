#!/usr/bin/env bash
# The server the browser tests drive: a fresh SQLite database with the demo agency, serving web/dist on
# 127.0.0.1:${LOGIS_E2E_PORT:-8181}, with the fake BAN geocoder (tests/rigs/fake_ban.py) as its address
# search, a mail rig of its own (tests/rigs/mail.sh), and one background worker. Playwright starts it
# (tests/e2e/playwright.config.ts) and stops it.
# What the mail spec needs of the rig (its ports, Maildir and IMAP login) is written, KEY=VALUE a line, to
# /tmp/logis-e2e-mail-PORT.env (tests/e2e/mailRig.ts).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
logis=${LOGIS_BIN:-$repo/build/logis}
port=${LOGIS_E2E_PORT:-8181}
work=$(mktemp -d /tmp/logis-e2e.XXXXXX)
chmod 711 "$work"  # as root the mail servers run as `vmail`: they must get through to $work/mail
mail_env=/tmp/logis-e2e-mail-$port.env
stop() {
  kill -TERM "${server:-}" "${geocoder:-}" 2>/dev/null || true
  wait 2>/dev/null || true
  "$repo/tests/rigs/mail.sh" stop "$work/mail" || true
  rm -f "$mail_env"
  rm -rf "$work"
}
trap stop EXIT TERM INT

/usr/bin/python3 "$repo/tests/rigs/fake_ban.py" >"$work/geocoder.out" &
geocoder=$!
for _ in $(seq 50); do [[ -s "$work/geocoder.out" ]] && break; sleep 0.1; done
mail_vars=$("$repo/tests/rigs/mail.sh" start "$work/mail")
eval "$mail_vars"

export LOGIS_DATABASE_URL="sqlite:$work/logis.db" LOGIS_SECRET_KEY_FILE="$work/secret.key" \
  LOGIS_MEDIA_DIR="$work/media" LOGIS_WEB_DIR="$repo/web/dist" LOGIS_LISTEN="127.0.0.1:$port" \
  LOGIS_GEOCODER_URL="$(head -1 "$work/geocoder.out")"
"$logis" migrate >/dev/null
"$logis" seed-demo >/dev/null
# A sanitizer build (make test's) reports the known leaks of system libraries at exit, and fails if it finds others.
export LSAN_OPTIONS="suppressions=$repo/tests/unit/lsan_suppressions.txt"
echo "$mail_vars" >"$mail_env"
# The first agent sends through an outgoing account of his own, the rig's aiosmtpd (no password: plain SQL
# will do). The agency's account is a dead one, so the invitations other specs queue never reach the rig's
# Maildir; and the background jobs page needs a dead job: an email through that account (port 9 on loopback,
# where nothing listens), allowed a single attempt, fails for good when the worker runs it. The IMAP account,
# whose password the server encrypts, mail.spec.ts adds through the API.
/usr/bin/python3 - "$work/logis.db" "$LOGIS_TEST_SMTP_PORT" <<'PY'
import json, sqlite3, sys, time
now = int(time.time() * 1000)
with sqlite3.connect(sys.argv[1]) as db:
    agency, user, name = db.execute("SELECT agency_id, id, name FROM users "
                                    "WHERE email = 'agent1@demo.logis.test'").fetchone()
    db.execute("INSERT INTO mail_accounts (agency_id, user_id, kind, host, port, security, from_name, from_email, "
               "created_at, updated_at) VALUES (?, ?, 'smtp', '127.0.0.1', ?, 'none', ?, "
               "'agent1@demo.logis.test', ?, ?)", (agency, user, int(sys.argv[2]), name, now, now))
    account = db.execute("INSERT INTO mail_accounts (agency_id, kind, host, port, security, from_name, from_email, "
                         "created_at, updated_at) VALUES (?, 'smtp', '127.0.0.1', 9, 'none', 'Relances', "
                         "'relances@demo.logis.test', ?, ?)", (agency, now, now)).lastrowid
    email = db.execute("INSERT INTO email_messages (agency_id, direction, account_id, message_id_header, from_name, "
                       "from_email, to_emails, subject, body_text, state, created_at) VALUES (?, 'out', ?, "
                       "'<relance-e2e@demo.logis.test>', 'Relances', 'relances@demo.logis.test', ?, "
                       "'Relance', 'Bonjour', 'queued', ?)",
                       (agency, account, json.dumps(["client@example.fr"]), now)).lastrowid
    db.execute("INSERT INTO jobs (agency_id, kind, payload, idempotency_key, status, attempts, max_attempts, "
               "due_at, created_at, updated_at) VALUES (?, 'email.send', ?, ?, 'queued', 0, 1, ?, ?, ?)",
               (agency, json.dumps({"email_id": email}), 'email.send:%d' % email, now, now, now))
PY
"$logis" worker --once >/dev/null 2>>"$work/server.log"
"$logis" serve --with-worker 2>>"$work/server.log" &
server=$!
wait "$server"
