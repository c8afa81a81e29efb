-- Properties proposed to a lead and the client's answer; alerts queued for leads when a property becomes
-- available or its price drops (sent by the messaging part; until then they stay pending).
CREATE TABLE proposals (
  id @PK@,
  agency_id BIGINT NOT NULL,
  lead_id BIGINT NOT NULL,
  property_id BIGINT NOT NULL,
  channel VARCHAR(12) NULL,
  note TEXT NULL,
  answer VARCHAR(16) NULL,
  answered_at BIGINT NULL,
  created_by BIGINT NULL,
  created_at BIGINT NOT NULL,
  FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE,
  FOREIGN KEY (property_id) REFERENCES properties (id)
) @TABLE@;
CREATE INDEX proposals_lead ON proposals (agency_id, lead_id, created_at, id);
-- The refusals a lead's matches leave out, and a property's proposals.
CREATE INDEX proposals_property ON proposals (property_id, lead_id, answer);

CREATE TABLE property_alerts (
  id @PK@,
  agency_id BIGINT NOT NULL,
  property_id BIGINT NOT NULL,
  lead_id BIGINT NOT NULL,
  contact_id BIGINT NOT NULL,
  reason VARCHAR(12) NOT NULL,
  score INTEGER NOT NULL,
  status VARCHAR(8) NOT NULL,
  created_at BIGINT NOT NULL,
  sent_at BIGINT NULL,
  FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE,
  FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX property_alerts_status ON property_alerts (agency_id, status, created_at, id);
CREATE INDEX property_alerts_lead ON property_alerts (lead_id, property_id);
