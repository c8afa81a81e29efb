-- Properties (biens), their change history and photos.
CREATE TABLE properties (
  id @PK@,
  agency_id BIGINT NOT NULL,
  reference VARCHAR(32) NOT NULL,
  transaction_type VARCHAR(8) NOT NULL,
  property_type VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  title VARCHAR(200) NOT NULL,
  description TEXT NULL,
  price_cents BIGINT NULL,
  fees_cents BIGINT NULL,
  fees_paid_by VARCHAR(8) NULL,
  rent_cents BIGINT NULL,
  charges_cents BIGINT NULL,
  charges_method VARCHAR(12) NULL,
  deposit_cents BIGINT NULL,
  rent_fees_cents BIGINT NULL,
  list_price_cents BIGINT NULL,
  street VARCHAR(200) NULL,
  postal_code VARCHAR(10) NULL,
  city VARCHAR(100) NULL,
  city_key VARCHAR(100) NULL,
  country VARCHAR(2) NOT NULL,
  lat DOUBLE NULL,
  lon DOUBLE NULL,
  show_exact_address INTEGER NOT NULL,
  living_area_m2 DOUBLE NULL,
  land_area_m2 DOUBLE NULL,
  price_per_m2 DOUBLE NULL,
  rooms INTEGER NULL,
  bedrooms INTEGER NULL,
  bathrooms INTEGER NULL,
  floor INTEGER NULL,
  floors_total INTEGER NULL,
  year_built INTEGER NULL,
  features_mask BIGINT NOT NULL,
  dpe_status VARCHAR(16) NULL,
  dpe_class VARCHAR(1) NULL,
  dpe_rank INTEGER NULL,
  dpe_kwh INTEGER NULL,
  ges_class VARCHAR(1) NULL,
  ges_kg INTEGER NULL,
  energy_cost_min_cents BIGINT NULL,
  energy_cost_max_cents BIGINT NULL,
  energy_cost_year INTEGER NULL,
  dpe_date VARCHAR(10) NULL,
  copro INTEGER NOT NULL,
  copro_lots INTEGER NULL,
  copro_charges_cents BIGINT NULL,
  copro_procedure INTEGER NOT NULL,
  mandate_type VARCHAR(16) NULL,
  mandate_number VARCHAR(50) NULL,
  mandate_start VARCHAR(10) NULL,
  mandate_end VARCHAR(10) NULL,
  owner_name VARCHAR(200) NULL,
  owner_phone VARCHAR(40) NULL,
  owner_email VARCHAR(254) NULL,
  agent_id BIGINT NULL,
  created_by BIGINT NULL,
  updated_by BIGINT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  archived_at BIGINT NULL,
  FOREIGN KEY (agency_id) REFERENCES agencies (id),
  FOREIGN KEY (agent_id) REFERENCES users (id)
) @TABLE@;
CREATE UNIQUE INDEX properties_reference ON properties (agency_id, reference);
CREATE INDEX properties_recent ON properties (agency_id, archived_at, created_at);
CREATE INDEX properties_price ON properties (agency_id, archived_at, list_price_cents);
CREATE INDEX properties_city ON properties (agency_id, city_key, list_price_cents);
CREATE INDEX properties_postal_code ON properties (agency_id, postal_code);
CREATE INDEX properties_agent ON properties (agency_id, agent_id);

CREATE TABLE property_history (
  id @PK@,
  agency_id BIGINT NOT NULL,
  property_id BIGINT NOT NULL,
  user_id BIGINT NULL,
  at BIGINT NOT NULL,
  field VARCHAR(64) NOT NULL,
  old_value TEXT NULL,
  new_value TEXT NULL,
  FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX property_history_property ON property_history (property_id, id);

CREATE TABLE property_photos (
  id @PK@,
  agency_id BIGINT NOT NULL,
  property_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  is_cover INTEGER NOT NULL,
  caption VARCHAR(300) NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  content_type VARCHAR(32) NOT NULL,
  original_key VARCHAR(200) NOT NULL,
  thumb_key VARCHAR(200) NOT NULL,
  medium_key VARCHAR(200) NOT NULL,
  large_key VARCHAR(200) NOT NULL,
  created_at BIGINT NOT NULL,
  FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX property_photos_property ON property_photos (property_id, position);

-- Per-agency counters, for references such as V-2026-00042.
CREATE TABLE agency_counters (
  agency_id BIGINT NOT NULL,
  name VARCHAR(32) NOT NULL,
  value BIGINT NOT NULL,
  PRIMARY KEY (agency_id, name)
) @TABLE@;
