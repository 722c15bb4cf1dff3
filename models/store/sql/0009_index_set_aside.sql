-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9 (issue 6): a large pull (a new desktop's first sync) writes hundreds of thousands of
-- rows keyed by random ids. Keeping every secondary index up to date row by row costs more than
-- building it once from the loaded rows, so the sync engine sets the non-unique indexes of the
-- tables it writes aside for the pull and builds them again at its end (IndexSetAside). Each
-- index set aside is recorded here in the transaction that drops it; opening the profile puts
-- back whatever a crash left recorded. Not synced.
CREATE TABLE index_set_aside (
  name TEXT PRIMARY KEY,   -- the index's name in sqlite_master
  sql TEXT NOT NULL        -- its CREATE INDEX statement, as sqlite_master held it
);
