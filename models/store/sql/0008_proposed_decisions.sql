-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8 (issue 9): the officer's proposed decision per demand, put on the agenda of the
-- ministers' meeting before it sits. Kept apart from track_decisions, which records what the
-- meeting decided: the proposal stays as it was whatever the meeting does.
CREATE TABLE proposed_decisions (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL UNIQUE REFERENCES applications(id),
  outcome TEXT NOT NULL,                    -- approve, defer, reject
  nodes INTEGER NOT NULL DEFAULT 0,         -- proposed nodes (approve)
  starts_on TEXT NOT NULL DEFAULT '',       -- proposed period: first day (YYYY-MM-DD), approve
  months INTEGER NOT NULL DEFAULT 0,        -- and its length
  reason TEXT NOT NULL,                     -- why, from the pre-review
  proposed_at INTEGER NOT NULL DEFAULT 0,   -- UTC ms
  proposed_by TEXT NOT NULL DEFAULT ''      -- the officer's name
);
