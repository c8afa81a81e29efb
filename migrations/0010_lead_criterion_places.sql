-- The places of lead criteria, indexed, so that a property's matches (and the alerts of every property
-- save) read only the criteria whose place may hold it instead of every criterion of the agency
-- (lead_criteria keeps places as comma-separated text: ~1 s per property at 2,000,000 leads,
-- bench/RESULTS.md, "Leads"). One row per city, postal code prefix, and bounding box of a radius or a
-- polygon (kind 'area'; two boxes across the antimeridian), or one 'anywhere' row for a criterion that asks
-- for no place. Written with the criteria (CriterionPlaces, src/leads); rows of existing criteria are filled
-- by `logis migrate` after this migration (CriterionPlaces::fillMissing).
CREATE TABLE lead_criterion_places (
  id @PK@,
  agency_id BIGINT NOT NULL,
  criterion_id BIGINT NOT NULL,
  lead_id BIGINT NOT NULL,
  kind VARCHAR(8) NOT NULL,
  city_key VARCHAR(100) NULL,
  postal_prefix VARCHAR(5) NULL,
  min_lat DOUBLE NULL,
  max_lat DOUBLE NULL,
  min_lon DOUBLE NULL,
  max_lon DOUBLE NULL,
  FOREIGN KEY (criterion_id) REFERENCES lead_criteria (id) ON DELETE CASCADE
) @TABLE@;
CREATE INDEX lead_criterion_places_criterion ON lead_criterion_places (criterion_id);
CREATE INDEX lead_criterion_places_city ON lead_criterion_places (agency_id, kind, city_key, criterion_id);
CREATE INDEX lead_criterion_places_postal ON lead_criterion_places (agency_id, kind, postal_prefix, criterion_id);
CREATE INDEX lead_criterion_places_area ON lead_criterion_places (agency_id, kind, min_lat, max_lat, min_lon,
                                                                  max_lon, criterion_id);
