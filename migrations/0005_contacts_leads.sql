-- Contacts (the people), leads (their enquiries), the interaction log, follow-up tasks, in-app
-- notifications and the audit trail of personal-data requests. Times are milliseconds since the epoch.

CREATE TABLE contacts (
  id @PK@,
  agency_id BIGINT NOT NULL,
  civility VARCHAR(8) NULL,
  first_name VARCHAR(100) NULL,
  last_name VARCHAR(100) NULL,
  -- The primary email (lowercased) and phone (E.164), copies of the first row of each kind in
  -- contact_channels, kept for lists and search.
  email VARCHAR(254) NULL,
  phone VARCHAR(20) NULL,
  street VARCHAR(200) NULL,
  postal_code VARCHAR(10) NULL,
  city VARCHAR(100) NULL,
  country VARCHAR(2) NOT NULL DEFAULT 'FR',
  preferred_language VARCHAR(5) NOT NULL DEFAULT 'fr',
  roles_mask INTEGER NOT NULL DEFAULT 0,
  notes TEXT NULL,
  agent_id BIGINT NULL,
  consent_email INTEGER NOT NULL DEFAULT 0,
  consent_sms INTEGER NOT NULL DEFAULT 0,
  -- The last contact the person initiated (CNIL: prospects are kept 3 years after it).
  last_inbound_at BIGINT NULL,
  merged_into_id BIGINT NULL,
  erased_at BIGINT NULL,
  created_by BIGINT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id),
  FOREIGN KEY (agent_id) REFERENCES users (id)
) @TABLE@;
CREATE INDEX contacts_recent ON contacts (agency_id, merged_into_id, created_at, id);
CREATE INDEX contacts_name ON contacts (agency_id, last_name, first_name);
CREATE INDEX contacts_agent ON contacts (agency_id, agent_id);
CREATE INDEX contacts_retention ON contacts (agency_id, last_inbound_at);

-- Every email and phone of a contact (kind 'email' lowercased, 'phone' in E.164); position 0 is primary.
CREATE TABLE contact_channels (
  id @PK@,
  agency_id BIGINT NOT NULL,
  contact_id BIGINT NOT NULL,
  kind VARCHAR(8) NOT NULL,
  value VARCHAR(254) NOT NULL,
  label VARCHAR(40) NULL,
  position INTEGER NOT NULL,
  FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX contact_channels_value ON contact_channels (agency_id, kind, value);
CREATE INDEX contact_channels_contact ON contact_channels (contact_id, kind, position);

-- Consent per channel ('email', 'sms'): every grant and withdrawal, with its proof (CPCE L34-5).
CREATE TABLE consents (
  id @PK@,
  agency_id BIGINT NOT NULL,
  contact_id BIGINT NOT NULL,
  channel VARCHAR(8) NOT NULL,
  granted INTEGER NOT NULL,
  at BIGINT NOT NULL,
  source VARCHAR(100) NOT NULL,
  wording TEXT NOT NULL,
  ip VARCHAR(45) NULL,
  recorded_by BIGINT NULL,
  FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX consents_contact ON consents (contact_id, channel, at);

-- The owners of a property (replaces properties.owner_name/phone/email).
CREATE TABLE property_owners (
  agency_id BIGINT NOT NULL,
  property_id BIGINT NOT NULL,
  contact_id BIGINT NOT NULL,
  PRIMARY KEY (property_id, contact_id),
  FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE,
  FOREIGN KEY (contact_id) REFERENCES contacts (id)
) @TABLE@;
CREATE INDEX property_owners_contact ON property_owners (contact_id);

-- Who did what with personal data: exports, erasures, merges.
CREATE TABLE audit_log (
  id @PK@,
  agency_id BIGINT NOT NULL,
  user_id BIGINT NULL,
  action VARCHAR(40) NOT NULL,
  object_type VARCHAR(20) NOT NULL,
  object_id BIGINT NOT NULL,
  at BIGINT NOT NULL,
  details TEXT NULL
) @TABLE@;
CREATE INDEX audit_log_object ON audit_log (agency_id, object_type, object_id, at);

-- Where leads come from; the list is the agency's own (defaults created with the agency's first use).
CREATE TABLE lead_sources (
  id @PK@,
  agency_id BIGINT NOT NULL,
  code VARCHAR(32) NOT NULL,
  label VARCHAR(100) NOT NULL,
  position INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
) @TABLE@;
CREATE UNIQUE INDEX lead_sources_code ON lead_sources (agency_id, code);

CREATE TABLE leads (
  id @PK@,
  agency_id BIGINT NOT NULL,
  contact_id BIGINT NOT NULL,
  source VARCHAR(32) NOT NULL,
  status VARCHAR(12) NOT NULL,
  lost_reason VARCHAR(200) NULL,
  property_id BIGINT NULL,
  assigned_to BIGINT NULL,
  priority VARCHAR(8) NOT NULL DEFAULT 'normal',
  next_action_at BIGINT NULL,
  message TEXT NULL,
  created_by BIGINT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  status_changed_at BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id),
  FOREIGN KEY (contact_id) REFERENCES contacts (id),
  FOREIGN KEY (property_id) REFERENCES properties (id),
  FOREIGN KEY (assigned_to) REFERENCES users (id)
) @TABLE@;
CREATE INDEX leads_status ON leads (agency_id, status, created_at, id);
CREATE INDEX leads_assigned ON leads (agency_id, assigned_to, status, created_at, id);
CREATE INDEX leads_source ON leads (agency_id, source, created_at);
CREATE INDEX leads_next_action ON leads (agency_id, next_action_at);
CREATE INDEX leads_contact ON leads (contact_id);
CREATE INDEX leads_property ON leads (property_id);

-- A buyer's or tenant's search: each has its own id, never derived from its content.
-- Lists (property_types, cities, postal_codes) are comma-separated codes; polygon is "lat,lon;lat,lon;...".
CREATE TABLE lead_criteria (
  id @PK@,
  agency_id BIGINT NOT NULL,
  lead_id BIGINT NOT NULL,
  transaction_type VARCHAR(8) NULL,
  property_types VARCHAR(200) NULL,
  budget_min_cents BIGINT NULL,
  budget_max_cents BIGINT NULL,
  living_area_min_m2 DOUBLE NULL,
  rooms_min INTEGER NULL,
  bedrooms_min INTEGER NULL,
  cities TEXT NULL,
  postal_codes TEXT NULL,
  near_lat DOUBLE NULL,
  near_lon DOUBLE NULL,
  radius_km DOUBLE NULL,
  polygon TEXT NULL,
  features_mask BIGINT NOT NULL DEFAULT 0,
  dpe_max_rank INTEGER NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX lead_criteria_lead ON lead_criteria (lead_id);
CREATE INDEX lead_criteria_budget ON lead_criteria (agency_id, transaction_type, budget_max_cents);

-- The timeline: calls, emails, SMS, visits, meetings, notes, status changes, proposals.
-- meta holds what a type needs beyond the summary (JSON: a status change's from/to, a proposal's answer).
CREATE TABLE interactions (
  id @PK@,
  agency_id BIGINT NOT NULL,
  contact_id BIGINT NOT NULL,
  lead_id BIGINT NULL,
  property_id BIGINT NULL,
  type VARCHAR(16) NOT NULL,
  direction VARCHAR(3) NULL,
  occurred_at BIGINT NOT NULL,
  summary VARCHAR(300) NOT NULL,
  body TEXT NULL,
  meta TEXT NULL,
  user_id BIGINT NULL,
  created_at BIGINT NOT NULL,
  FOREIGN KEY (contact_id) REFERENCES contacts (id),
  FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE SET NULL
) @TABLE@;
CREATE INDEX interactions_lead ON interactions (agency_id, lead_id, occurred_at, id);
CREATE INDEX interactions_contact ON interactions (agency_id, contact_id, occurred_at, id);

CREATE TABLE tasks (
  id @PK@,
  agency_id BIGINT NOT NULL,
  lead_id BIGINT NULL,
  contact_id BIGINT NULL,
  assigned_to BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  due_at BIGINT NOT NULL,
  done_at BIGINT NULL,
  created_by BIGINT NULL,
  created_at BIGINT NOT NULL,
  FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE,
  FOREIGN KEY (assigned_to) REFERENCES users (id)
) @TABLE@;
CREATE INDEX tasks_assigned ON tasks (agency_id, assigned_to, done_at, due_at);
CREATE INDEX tasks_lead ON tasks (lead_id, due_at);

-- In-app notifications (a lead assigned to you, ...).
CREATE TABLE notifications (
  id @PK@,
  agency_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  kind VARCHAR(32) NOT NULL,
  object_type VARCHAR(20) NULL,
  object_id BIGINT NULL,
  text VARCHAR(300) NOT NULL,
  created_at BIGINT NOT NULL,
  read_at BIGINT NULL,
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX notifications_user ON notifications (user_id, read_at, id);

-- Per-agency settings of the lead pipeline and of the public capture endpoint.
CREATE TABLE lead_settings (
  agency_id BIGINT NOT NULL PRIMARY KEY,
  agents_see_own_leads_only INTEGER NOT NULL DEFAULT 0,
  public_key VARCHAR(64) NOT NULL,
  allowed_origins TEXT NULL,
  assignment_mode VARCHAR(16) NOT NULL DEFAULT 'manual',
  assignment_by VARCHAR(8) NOT NULL DEFAULT 'none',
  FOREIGN KEY (agency_id) REFERENCES agencies (id)
) @TABLE@;
CREATE UNIQUE INDEX lead_settings_public_key ON lead_settings (public_key);
