-- Leads: the rules and the state of automatic assignment, and the public capture's rate-limit counters.

-- A source code or a city (lowercased) mapped to the pool of agents its leads go to
-- (lead_settings.assignment_by says which kind applies).
CREATE TABLE lead_assignment_rules (
  id @PK@,
  agency_id BIGINT NOT NULL,
  kind VARCHAR(8) NOT NULL,
  match_key VARCHAR(100) NOT NULL,
  user_id BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id),
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX lead_assignment_rules_key ON lead_assignment_rules (agency_id, kind, match_key);

-- Round robin: the agent who received the pool's last lead; the next goes to the following agent by id.
-- One row per pool ('all', 'source:seloger', 'city:lyon'), locked while a lead is assigned, so concurrent
-- captures on several servers take turns.
CREATE TABLE lead_assignment_turns (
  agency_id BIGINT NOT NULL,
  pool_key VARCHAR(120) NOT NULL,
  last_user_id BIGINT NULL,
  PRIMARY KEY (agency_id, pool_key)
) @TABLE@;

-- Public capture: requests counted per agency, IP and fixed window (start in ms since the epoch).
CREATE TABLE lead_capture_hits (
  agency_id BIGINT NOT NULL,
  ip VARCHAR(45) NOT NULL,
  window_start BIGINT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (agency_id, ip, window_start)
) @TABLE@;
CREATE INDEX lead_capture_hits_window ON lead_capture_hits (window_start);

-- The lead list without a status filter, newest first: 0005's indexes start (agency_id, status) or
-- (agency_id, assigned_to), so this order would otherwise sort every lead of the agency.
CREATE INDEX leads_recent ON leads (agency_id, created_at, id);
-- One agent's leads of every status, newest first ("mine"): leads_assigned has the status in between.
CREATE INDEX leads_assignee_recent ON leads (agency_id, assigned_to, created_at, id);
