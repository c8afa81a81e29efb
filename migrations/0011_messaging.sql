-- Messaging: the background job queue, mail accounts, emails out and in, templates, and SMS.

-- Work done outside a request: sends, mailbox polls, reminders. A worker claims a due job (MariaDB:
-- SELECT ... FOR UPDATE SKIP LOCKED; SQLite: its single writer), sets locked_by and lock_expires_at, runs
-- it, then marks it done or schedules a retry (exponential backoff with jitter); after max_attempts it is
-- dead until an admin retries it. idempotency_key is unique: queueing the same work twice answers the
-- existing job.
CREATE TABLE jobs (
  id @PK@,
  agency_id BIGINT NULL,
  kind VARCHAR(40) NOT NULL,
  payload TEXT NOT NULL,
  idempotency_key VARCHAR(160) NOT NULL,
  -- queued (waiting for due_at), running, done, failed (waiting for a retry), dead, cancelled
  status VARCHAR(10) NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL,
  due_at BIGINT NOT NULL,
  locked_by VARCHAR(100) NULL,
  lock_expires_at BIGINT NULL,
  last_error TEXT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  finished_at BIGINT NULL
) @TABLE@;
CREATE UNIQUE INDEX jobs_idempotency ON jobs (idempotency_key);
CREATE INDEX jobs_due ON jobs (status, due_at, id);
CREATE INDEX jobs_agency ON jobs (agency_id, status, id);

-- Outgoing (smtp) and incoming (imap) servers of an agency, or of one agent when user_id is set.
-- password_sealed: the password sealed with the server key (crypto::SecretBox); never answered by the API.
CREATE TABLE mail_accounts (
  id @PK@,
  agency_id BIGINT NOT NULL,
  user_id BIGINT NULL,
  kind VARCHAR(4) NOT NULL,
  host VARCHAR(253) NOT NULL,
  port INTEGER NOT NULL,
  security VARCHAR(8) NOT NULL,
  username VARCHAR(254) NULL,
  password_sealed TEXT NULL,
  from_name VARCHAR(100) NULL,
  from_email VARCHAR(254) NULL,
  -- imap only: the folder polled, what the poll may change, and where it stopped.
  folder VARCHAR(200) NOT NULL DEFAULT 'INBOX',
  mark_seen INTEGER NOT NULL DEFAULT 0,
  delete_after_fetch INTEGER NOT NULL DEFAULT 0,
  create_leads INTEGER NOT NULL DEFAULT 0,
  uid_validity BIGINT NULL,
  last_uid BIGINT NULL,
  last_polled_at BIGINT NULL,
  last_error TEXT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id),
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX mail_accounts_agency ON mail_accounts (agency_id, kind, user_id);

-- Every email sent from or received into Logis. thread_id is the id of the first message of its
-- conversation (itself for a new one). Outgoing states: queued, sending, sent, failed (server_answer
-- holds the server's reply); incoming: received. An incoming message is stored once per mailbox position
-- (account_id, imap_uid_validity, imap_uid).
CREATE TABLE email_messages (
  id @PK@,
  agency_id BIGINT NOT NULL,
  direction VARCHAR(3) NOT NULL,
  account_id BIGINT NULL,
  contact_id BIGINT NULL,
  lead_id BIGINT NULL,
  property_id BIGINT NULL,
  user_id BIGINT NULL,
  template_id BIGINT NULL,
  thread_id BIGINT NULL,
  message_id_header VARCHAR(255) NOT NULL,
  in_reply_to VARCHAR(255) NULL,
  references_header TEXT NULL,
  from_name VARCHAR(200) NULL,
  from_email VARCHAR(254) NOT NULL,
  to_emails TEXT NOT NULL,
  cc_emails TEXT NULL,
  reply_to VARCHAR(254) NULL,
  subject VARCHAR(500) NOT NULL,
  body_text @LONGTEXT@ NULL,
  body_html @LONGTEXT@ NULL,
  state VARCHAR(8) NOT NULL,
  server_answer TEXT NULL,
  imap_uid_validity BIGINT NULL,
  imap_uid BIGINT NULL,
  interaction_id BIGINT NULL,
  read_at BIGINT NULL,
  sent_at BIGINT NULL,
  received_at BIGINT NULL,
  created_at BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id),
  FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL
) @TABLE@;
CREATE INDEX email_messages_message_id ON email_messages (agency_id, message_id_header);
CREATE INDEX email_messages_contact ON email_messages (agency_id, contact_id, created_at, id);
CREATE INDEX email_messages_thread ON email_messages (agency_id, thread_id, id);
CREATE UNIQUE INDEX email_messages_mailbox ON email_messages (account_id, imap_uid_validity, imap_uid);

-- Attachments of sent and received emails; the bytes live in the file storage under storage_key.
CREATE TABLE email_attachments (
  id @PK@,
  agency_id BIGINT NOT NULL,
  email_id BIGINT NOT NULL,
  filename VARCHAR(255) NOT NULL,
  content_type VARCHAR(127) NOT NULL,
  size_bytes BIGINT NOT NULL,
  storage_key VARCHAR(255) NOT NULL,
  FOREIGN KEY (email_id) REFERENCES email_messages (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX email_attachments_email ON email_attachments (email_id);

-- Mustache templates for emails (subject and HTML body) and SMS (body). purpose: reply, follow_up,
-- visit_confirmation, visit_reminder, visit_report, new_property_alert, price_drop_alert, custom.
CREATE TABLE message_templates (
  id @PK@,
  agency_id BIGINT NOT NULL,
  channel VARCHAR(5) NOT NULL,
  purpose VARCHAR(24) NOT NULL,
  name VARCHAR(120) NOT NULL,
  subject VARCHAR(300) NULL,
  body TEXT NOT NULL,
  is_default INTEGER NOT NULL DEFAULT 0,
  archived_at BIGINT NULL,
  updated_by BIGINT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id)
) @TABLE@;
CREATE INDEX message_templates_agency ON message_templates (agency_id, channel, purpose, id);

-- The SMS provider of an agency ('console' logs instead of sending; 'twilio' speaks Twilio's REST API, or
-- any compatible one at api_base_url). auth_token_sealed is sealed with the server key.
CREATE TABLE sms_settings (
  agency_id BIGINT NOT NULL PRIMARY KEY,
  provider VARCHAR(12) NOT NULL DEFAULT 'console',
  api_base_url VARCHAR(300) NULL,
  account_sid VARCHAR(64) NULL,
  auth_token_sealed TEXT NULL,
  sender_name VARCHAR(11) NULL,
  webhook_secret VARCHAR(64) NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id)
) @TABLE@;

-- SMS sent and received. purpose: transactional (reminders, confirmations) or marketing (alerts,
-- follow-ups: never sent 22:00-08:00, on Sundays or public holidays; not_before holds the deferral).
-- Outgoing states: queued, deferred, sending, sent, delivered, failed; incoming: received.
CREATE TABLE sms_messages (
  id @PK@,
  agency_id BIGINT NOT NULL,
  direction VARCHAR(3) NOT NULL,
  contact_id BIGINT NULL,
  lead_id BIGINT NULL,
  user_id BIGINT NULL,
  template_id BIGINT NULL,
  phone VARCHAR(20) NOT NULL,
  body TEXT NOT NULL,
  purpose VARCHAR(13) NOT NULL,
  state VARCHAR(9) NOT NULL,
  not_before BIGINT NULL,
  provider_message_id VARCHAR(64) NULL,
  provider_status VARCHAR(32) NULL,
  error TEXT NULL,
  interaction_id BIGINT NULL,
  sent_at BIGINT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id),
  FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL
) @TABLE@;
CREATE INDEX sms_messages_contact ON sms_messages (agency_id, contact_id, created_at, id);
CREATE INDEX sms_messages_provider ON sms_messages (provider_message_id);

-- Numbers that answered STOP (with or without a contact): no marketing SMS to them until they opt in again.
CREATE TABLE sms_opt_outs (
  agency_id BIGINT NOT NULL,
  phone VARCHAR(20) NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (agency_id, phone)
) @TABLE@;
