-- SQLite: the same words as on MariaDB (see 0021_property_words.mysql.sql), in place of FTS5, so that both
-- databases fold and match words alike.
CREATE TABLE property_words (
  property_id INTEGER NOT NULL REFERENCES properties (id) ON DELETE CASCADE,
  word TEXT NOT NULL,
  agency_id INTEGER NOT NULL,
  PRIMARY KEY (property_id, word)
) WITHOUT ROWID;
CREATE INDEX property_words_word ON property_words (agency_id, word, property_id);
DROP TABLE property_text;
