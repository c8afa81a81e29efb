-- SQLite: an R*Tree over coordinates (a point is a zero-size box) and an FTS5 index for full text.
CREATE VIRTUAL TABLE property_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
CREATE VIRTUAL TABLE property_text USING fts5(reference, title, description, city, tokenize = 'unicode61 remove_diacritics 2');
