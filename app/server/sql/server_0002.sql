-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sync (docs/sync.md). The change feed: one entry per synced row, replaced with a new seq each
-- time the row is written, so a pull pages through the rows changed after a cursor in commit
-- order. A row's version on the wire is its seq. The triggers that feed it are made from
-- SyncedTables in C++ (SyncFeed.cpp), like the desktop's capture triggers.
CREATE TABLE sync_feed (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  UNIQUE (table_name, row_id)
);
CREATE INDEX sync_feed_table ON sync_feed(table_name, seq);

-- Who this database is: a desktop that sees another id starts its pull again from the beginning.
INSERT OR IGNORE INTO server_meta (key, value) VALUES ('server_id', lower(hex(randomblob(16))));

