-- Templates: the agency's details its signatures show, the agent's phone, and the mark that an agency's
-- default templates exist (inserted once, in the transaction that creates them, so two first lists at
-- the same time create them once).
ALTER TABLE agencies ADD COLUMN address VARCHAR(300) NULL;
ALTER TABLE agencies ADD COLUMN phone VARCHAR(20) NULL;
ALTER TABLE agencies ADD COLUMN website VARCHAR(300) NULL;
ALTER TABLE users ADD COLUMN phone VARCHAR(20) NULL;

CREATE TABLE message_template_defaults (
  agency_id BIGINT NOT NULL PRIMARY KEY,
  created_at BIGINT NOT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id)
) @TABLE@;
