-- MariaDB: the words a word search looks for in each property (reference, title, description, city), folded
-- as the search folds them (core/words), rewritten by the repository on every save; `logis migrate` indexes
-- the properties saved before. They replace the FULLTEXT index: InnoDB's full-text search finds every match
-- of a word before it can sort, count or stop, so "ascenseur" among 1,000,000 listings took 0.9 s and 24 s
-- at 16 connections, where these rows let a search walk its sort order and stop at the page (bench/RESULTS.md).
CREATE TABLE property_words (
  property_id BIGINT NOT NULL,
  word VARBINARY(64) NOT NULL,
  agency_id BIGINT NOT NULL,
  PRIMARY KEY (property_id, word),
  KEY property_words_word (agency_id, word, property_id),
  FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE
) @TABLE@;
DROP INDEX properties_text ON properties;
