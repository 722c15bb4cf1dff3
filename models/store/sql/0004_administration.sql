-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step of the administration work (issue 8): the audit viewer's filters and what a
-- reviewer's profile keeps after a panel closes.

-- The audit viewer filters by time, user and action over a trail that only grows.
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_user ON audit_log(user_id, seq);
CREATE INDEX audit_log_action ON audit_log(action, seq);

-- On a reviewer's own profile: the calls whose applications and documents were removed after
-- the panel closed, and what was removed. Local only, never synced: it is this computer's record.
CREATE TABLE retention_purges (
  call_id TEXT PRIMARY KEY,
  call_code TEXT NOT NULL,
  panel_closed_at INTEGER NOT NULL,
  purged_at INTEGER NOT NULL,
  applications_removed INTEGER NOT NULL DEFAULT 0,
  applications_kept INTEGER NOT NULL DEFAULT 0,  -- reduced to the receipt number beside a submitted review
  documents_removed INTEGER NOT NULL DEFAULT 0,
  drafts_removed INTEGER NOT NULL DEFAULT 0,
  reviews_kept INTEGER NOT NULL DEFAULT 0
);
