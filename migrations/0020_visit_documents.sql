-- The timeline entries of a visit report, one per visitor (a contact of the visit), so an updated report
-- rewrites its entries instead of adding new ones.
CREATE TABLE visit_report_entries (
  visit_id BIGINT NOT NULL,
  contact_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  interaction_id BIGINT NOT NULL,
  PRIMARY KEY (visit_id, contact_id),
  FOREIGN KEY (visit_id) REFERENCES visits (id) ON DELETE CASCADE
) @TABLE@;
