-- Visits and other appointments, the agents' availability, reminders, reports, bons de visite and the
-- agents' private calendar feeds. Instants are UTC milliseconds; the agency's time_zone (agencies) is the
-- zone they are planned and shown in.

-- kind: visit, estimation, signing, inventory (état des lieux), other. status: planned, confirmed, done,
-- cancelled, no_show. A visit is of a property; other kinds may have none. lead_id: the lead it serves
-- (its timeline). ical_uid is stable for the visit's life; sequence grows with each change an invitee
-- sees (iCalendar SEQUENCE). conflict_override_by: the manager who booked it over a conflict.
CREATE TABLE visits (
  id @PK@,
  agency_id BIGINT NOT NULL,
  kind VARCHAR(10) NOT NULL,
  property_id BIGINT NULL,
  lead_id BIGINT NULL,
  agent_id BIGINT NOT NULL,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  status VARCHAR(10) NOT NULL,
  place VARCHAR(300) NULL,
  notes TEXT NULL,
  ical_uid VARCHAR(100) NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0,
  conflict_override_by BIGINT NULL,
  created_by BIGINT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  cancelled_at BIGINT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id),
  FOREIGN KEY (property_id) REFERENCES properties (id),
  FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE SET NULL,
  FOREIGN KEY (agent_id) REFERENCES users (id)
) @TABLE@;
CREATE UNIQUE INDEX visits_ical_uid ON visits (ical_uid);
CREATE INDEX visits_agency_start ON visits (agency_id, starts_at, id);
CREATE INDEX visits_property ON visits (agency_id, property_id, starts_at);
CREATE INDEX visits_lead ON visits (agency_id, lead_id, starts_at);

-- Every agent at an appointment, the agent in charge included: conflicts are checked for each of them.
CREATE TABLE visit_agents (
  visit_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  PRIMARY KEY (visit_id, user_id),
  FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE CASCADE,
  FOREIGN KEY (user_id) REFERENCES users (id)
) @TABLE@;
CREATE INDEX visit_agents_user ON visit_agents (agency_id, user_id, visit_id);

-- The visitors (or the parties of a signing, an estimation's owner...).
CREATE TABLE visit_contacts (
  visit_id BIGINT NOT NULL,
  contact_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  PRIMARY KEY (visit_id, contact_id),
  FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE CASCADE,
  FOREIGN KEY (contact_id) REFERENCES contacts (id)
) @TABLE@;
CREATE INDEX visit_contacts_contact ON visit_contacts (agency_id, contact_id, visit_id);

-- An agent's working hours: ranges of local minutes (0-1440) per ISO weekday (1 = Monday ... 7 = Sunday),
-- several a day (morning, afternoon). An agent without any row is not restricted.
CREATE TABLE agent_working_hours (
  id @PK@,
  agency_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  weekday INTEGER NOT NULL,
  starts_minute INTEGER NOT NULL,
  ends_minute INTEGER NOT NULL,
  FOREIGN KEY (user_id) REFERENCES users (id)
) @TABLE@;
CREATE INDEX agent_working_hours_user ON agent_working_hours (agency_id, user_id, weekday);

-- Leave, training, a personal appointment: no visit may be booked over it.
CREATE TABLE agent_unavailabilities (
  id @PK@,
  agency_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  reason VARCHAR(200) NULL,
  created_by BIGINT NULL,
  created_at BIGINT NOT NULL,
  FOREIGN KEY (user_id) REFERENCES users (id)
) @TABLE@;
CREATE INDEX agent_unavailabilities_user ON agent_unavailabilities (agency_id, user_id, starts_at);

-- An agency's reminders: offsets in minutes before the start (comma-separated, default 24 h and 2 h), by
-- email and/or SMS, to the visitors and/or the agents.
CREATE TABLE visit_settings (
  agency_id BIGINT NOT NULL PRIMARY KEY,
  reminder_offsets VARCHAR(100) NOT NULL DEFAULT '1440,120',
  remind_by_email INTEGER NOT NULL DEFAULT 1,
  remind_by_sms INTEGER NOT NULL DEFAULT 1,
  remind_contacts INTEGER NOT NULL DEFAULT 1,
  remind_agents INTEGER NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id)
) @TABLE@;

-- One reminder of one visit at one offset through one channel to one person (recipient_kind contact or
-- user). Each is a 'visit.remind' job; a moved visit cancels its scheduled reminders and schedules new
-- ones (visit_sequence says for which version of the visit). state: scheduled, sent, skipped (no address
-- or phone, opted out), cancelled.
CREATE TABLE visit_reminders (
  id @PK@,
  agency_id BIGINT NOT NULL,
  visit_id BIGINT NOT NULL,
  visit_sequence INTEGER NOT NULL,
  offset_minutes INTEGER NOT NULL,
  channel VARCHAR(5) NOT NULL,
  recipient_kind VARCHAR(7) NOT NULL,
  recipient_id BIGINT NOT NULL,
  due_at BIGINT NOT NULL,
  state VARCHAR(9) NOT NULL,
  job_id BIGINT NULL,
  email_id BIGINT NULL,
  sms_id BIGINT NULL,
  detail VARCHAR(300) NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX visit_reminders_visit ON visit_reminders (agency_id, visit_id, state);

-- After a visit: the agent's report. interest_level 1 (none) to 5 (ready to offer); price_opinion:
-- too_high, high, fair, low. follow_up_task_id: the task created with it; interaction_id: its timeline entry.
CREATE TABLE visit_reports (
  visit_id BIGINT NOT NULL PRIMARY KEY,
  agency_id BIGINT NOT NULL,
  comment TEXT NOT NULL,
  interest_level INTEGER NULL,
  objections TEXT NULL,
  price_opinion VARCHAR(8) NULL,
  follow_up_task_id BIGINT NULL,
  interaction_id BIGINT NULL,
  created_by BIGINT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE CASCADE
) @TABLE@;

-- The bon de visite, signed: the PDF (with the drawn signature) or the scan of the paper one
-- (signed_via: drawn or uploaded), kept in the media storage.
CREATE TABLE visit_vouchers (
  visit_id BIGINT NOT NULL PRIMARY KEY,
  agency_id BIGINT NOT NULL,
  signed_via VARCHAR(8) NOT NULL,
  signer_name VARCHAR(200) NULL,
  storage_key VARCHAR(255) NOT NULL,
  content_type VARCHAR(127) NOT NULL,
  size_bytes BIGINT NOT NULL,
  signed_at BIGINT NOT NULL,
  created_by BIGINT NULL,
  FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE CASCADE
) @TABLE@;

-- A user's private iCalendar feed: the SHA-256 of the secret in its URL (regenerating replaces it).
CREATE TABLE calendar_feeds (
  user_id BIGINT NOT NULL PRIMARY KEY,
  agency_id BIGINT NOT NULL,
  token_hash CHAR(64) NOT NULL,
  created_at BIGINT NOT NULL,
  FOREIGN KEY (user_id) REFERENCES users (id)
) @TABLE@;
CREATE UNIQUE INDEX calendar_feeds_token ON calendar_feeds (token_hash);
