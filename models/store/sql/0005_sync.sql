-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5 (issue 6): the desktop side of sync (docs/sync.md). None of these is synced.

-- A mutation once sent never changes again (a repeated push must be the same push), so the
-- outbox remembers what went out; coalescing touches only what never did.
ALTER TABLE outbox ADD COLUMN sent_at INTEGER NOT NULL DEFAULT 0;  -- 0: never sent
CREATE INDEX outbox_tx ON outbox(tx_id, seq);

-- Same-field edits the server could not merge: both sides per field, for the user to resolve.
CREATE TABLE sync_conflicts (
  id TEXT PRIMARY KEY,
  mutation_id TEXT NOT NULL UNIQUE,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  detected_at INTEGER NOT NULL,
  server_version INTEGER NOT NULL,
  fields TEXT NOT NULL,                     -- JSON {column: {base, server, client}}
  resolved_at INTEGER NOT NULL DEFAULT 0    -- 0: open
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, detected_at);

-- Changes the server refused, rolled back here and listed with the reason.
CREATE TABLE sync_rejections (
  id TEXT PRIMARY KEY,
  mutation_id TEXT NOT NULL UNIQUE,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  op TEXT NOT NULL,
  rejected_at INTEGER NOT NULL,
  code TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  changes TEXT NOT NULL DEFAULT '{}',       -- what was refused, as the outbox held it
  dismissed_at INTEGER NOT NULL DEFAULT 0   -- 0: still listed
);
CREATE INDEX sync_rejections_open ON sync_rejections(dismissed_at, rejected_at);
