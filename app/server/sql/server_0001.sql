-- SPDX-License-Identifier: GPL-3.0-or-later
-- Server-only tables, on top of the shared schema (models/store/sql). Their own numbering is kept
-- in server_meta('schema'), apart from PRAGMA user_version, which belongs to the shared steps.
-- None of these tables is synced: they never reach a desktop.

CREATE TABLE IF NOT EXISTS server_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Bearer sessions. The token itself is never stored: only its SHA-256 (hex).
CREATE TABLE server_sessions (
  token_hash TEXT PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER NOT NULL DEFAULT 0,    -- 0 = live
  client_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX server_sessions_user ON server_sessions(user_id, revoked_at);

-- Failed logins per account (lower-cased login) and per client address.
CREATE TABLE login_throttle (
  kind TEXT NOT NULL,                       -- account, address
  key TEXT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0,
  last_failure_at INTEGER NOT NULL DEFAULT 0,
  blocked_until INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- The hash-chained audit log: hash = SHA-256(prev_hash || canonical row). Append-only.
CREATE TABLE audit_chain (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL DEFAULT '',
  entity_id TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain
BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END;
CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END;

-- What each pushed mutation ended as, by its id: a repeated push is answered from here.
CREATE TABLE mutation_results (
  mutation_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  outcome TEXT NOT NULL,                    -- applied, conflict, rejected
  result TEXT NOT NULL DEFAULT '{}'         -- JSON: new version, conflict sides, reason code
);
CREATE INDEX mutation_results_user ON mutation_results(user_id, received_at);
