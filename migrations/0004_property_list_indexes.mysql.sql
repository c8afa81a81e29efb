-- MariaDB: indexes for the property list at 1,000,000 listings (bench/RESULTS.md has the plans and figures).
-- The two sort indexes name `id` right after the sort column, so that they walk ORDER BY <column>, id, and
-- then carry the common filters (and the coordinates that replace the SPATIAL index for geo filters), so
-- that a page reads the index alone. properties_kind and properties_place answer the capped counts of
-- filtered and geographic searches from the index alone; the city indexes gain archived_at for the same
-- reason, and a city sorted by date gets its own.
ALTER TABLE properties
  DROP INDEX properties_recent,
  DROP INDEX properties_price,
  DROP INDEX properties_city,
  ADD INDEX properties_recent (agency_id, archived_at, created_at, id, transaction_type, property_type, status,
                               list_price_cents, rooms, living_area_m2, lat, lon),
  ADD INDEX properties_price (agency_id, archived_at, list_price_cents, id, transaction_type, property_type,
                              status, rooms, living_area_m2, lat, lon),
  ADD INDEX properties_kind (agency_id, archived_at, transaction_type, property_type, list_price_cents, rooms,
                             status),
  ADD INDEX properties_place (agency_id, archived_at, lat, lon, list_price_cents, transaction_type,
                              property_type),
  ADD INDEX properties_city (agency_id, city_key, archived_at, list_price_cents),
  ADD INDEX properties_city_recent (agency_id, city_key, archived_at, created_at),
  ALGORITHM = INPLACE, LOCK = NONE;
