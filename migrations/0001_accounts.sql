-- Agencies, their people, sessions, API tokens and login throttling.
CREATE TABLE agencies (
  id @PK@,
  name VARCHAR(200) NOT NULL,
  time_zone VARCHAR(64) NOT NULL DEFAULT 'Europe/Paris',
  created_at BIGINT NOT NULL
) @TABLE@;
CREATE UNIQUE INDEX agencies_name ON agencies (name);

CREATE TABLE users (
  id @PK@,
  agency_id BIGINT NOT NULL,
  email VARCHAR(254) NOT NULL,
  name VARCHAR(200) NOT NULL,
  role VARCHAR(16) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  locale VARCHAR(5) NOT NULL DEFAULT 'fr',
  must_change_password INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  last_login_at BIGINT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id)
) @TABLE@;
CREATE UNIQUE INDEX users_email ON users (email);
CREATE INDEX users_agency ON users (agency_id, id);

CREATE TABLE sessions (
  id @PK@,
  token_hash CHAR(64) NOT NULL,
  user_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  csrf_token VARCHAR(64) NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  ip VARCHAR(45) NOT NULL,
  user_agent VARCHAR(255) NOT NULL,
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  FOREIGN KEY (agency_id) REFERENCES agencies (id)
) @TABLE@;
CREATE UNIQUE INDEX sessions_token ON sessions (token_hash);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id @PK@,
  agency_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  role VARCHAR(16) NOT NULL,
  token_hash CHAR(64) NOT NULL,
  created_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT NULL,
  revoked_at BIGINT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id),
  FOREIGN KEY (created_by) REFERENCES users (id)
) @TABLE@;
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX api_tokens_agency ON api_tokens (agency_id, id);

-- One row per throttled subject: 'account:<email>' or 'ip:<address>'.
CREATE TABLE login_attempts (
  subject VARCHAR(320) NOT NULL PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure_at BIGINT NOT NULL,
  locked_until BIGINT NOT NULL
) @TABLE@;
