-- MariaDB: a SPATIAL index on a POINT (lon lat) per located property, and a FULLTEXT index.
CREATE TABLE property_geo (
  id BIGINT NOT NULL PRIMARY KEY,
  location POINT NOT NULL,
  SPATIAL INDEX property_geo_location (location),
  FOREIGN KEY (id) REFERENCES properties (id) ON DELETE CASCADE
) @TABLE@;
CREATE FULLTEXT INDEX properties_text ON properties (reference, title, description, city);
