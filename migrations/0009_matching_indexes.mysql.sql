-- MariaDB: indexes for matching a lead against 1,000,000 listings (bench/RESULTS.md, "Leads"). Each starts
-- with what a criterion fixes (transaction, type), then the place it asks for (a latitude band, a city, a
-- postal code prefix) as the range, and carries the other filters (price, area, rooms, status) and the
-- creation date, so that the candidates' ids, and the newest of them, come from the index alone.
-- With the indexes of 0004 alone, the planner read 8,727 rows of houses for sale to find the 201 within
-- 6 km of Clermont-Ferrand (properties_kind), or walked the date index over 950,011 when asked for the
-- newest.
ALTER TABLE properties
  ADD INDEX properties_match_place (agency_id, transaction_type, property_type, archived_at, lat, lon,
                                    list_price_cents, living_area_m2, rooms, status, created_at),
  ADD INDEX properties_match_city (agency_id, transaction_type, property_type, city_key, archived_at,
                                   list_price_cents, living_area_m2, rooms, status, created_at),
  ADD INDEX properties_match_postal_code (agency_id, transaction_type, property_type, postal_code, archived_at,
                                          list_price_cents, living_area_m2, rooms, status, created_at),
  ALGORITHM = INPLACE, LOCK = NONE;
