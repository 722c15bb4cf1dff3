-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema: the national-project track and the programs with an annual evaluation (issue 9).
-- Demands and yearly team results are applications of a call of their type (docs/tracks.md says
-- why); these tables hold only what an application row has no column for.

-- Every stage a call went through, with who, when and why (a step back needs a reason).
CREATE TABLE call_stage_history (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  call_id TEXT NOT NULL REFERENCES calls(id),
  from_stage TEXT NOT NULL DEFAULT '',
  to_stage TEXT NOT NULL,
  changed_at INTEGER NOT NULL,
  changed_by TEXT NOT NULL,                 -- display name of the user, as recorded then
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX call_stage_history_call ON call_stage_history(call_id, changed_at);

-- A ministry's demand in a demand survey (수요조사): the ministry's own order of urgency.
CREATE TABLE demand_details (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL UNIQUE REFERENCES applications(id),
  priority INTEGER NOT NULL DEFAULT 1       -- 1 = the ministry's most urgent demand
);

-- A decision taken outside the capacity cut: the ministers' meeting on a demand (심의·의결), or a
-- program's decision on a team's share for the next year. The granted nodes and the status live
-- on the application; this keeps the period, the date and reference and what the rule proposed.
CREATE TABLE track_decisions (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL UNIQUE REFERENCES applications(id),
  decided_on TEXT NOT NULL,                 -- YYYY-MM-DD: the meeting's date, or the decision's
  reference TEXT NOT NULL DEFAULT '',       -- the meeting's decision reference, or the round
  starts_on TEXT NOT NULL DEFAULT '',       -- approved period: first day (YYYY-MM-DD)
  months INTEGER NOT NULL DEFAULT 0,        -- and its length
  proposed_nodes INTEGER,                   -- what was asked for or what the share rule proposed
  score REAL                                -- the review score the decision rests on
);

-- A multi-year program with a competitive annual evaluation (연차평가), e.g. World Best LLM. The
-- share rule is its data: next year's capacity, the score floor, a minimum and a maximum per team.
CREATE TABLE programs (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  accelerator_type_id TEXT NOT NULL REFERENCES accelerator_types(id),
  pool_id TEXT REFERENCES pools(id),
  max_teams INTEGER NOT NULL DEFAULT 5,
  max_years INTEGER NOT NULL DEFAULT 3,
  starts_on TEXT NOT NULL,                  -- first day of year 1 (YYYY-MM-DD, Asia/Seoul)
  capacity_nodes INTEGER NOT NULL,
  floor_score REAL NOT NULL DEFAULT 0,
  min_nodes INTEGER NOT NULL DEFAULT 0,
  max_nodes INTEGER NOT NULL DEFAULT 0      -- 0: no maximum
);

CREATE TABLE program_teams (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  program_id TEXT NOT NULL REFERENCES programs(id),
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  ordinal INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX program_teams_program ON program_teams(program_id, ordinal);

-- A program's round: the call of one year. Year 1's call selected the teams; the call of year N
-- (N > 1) evaluates the results of year N-1 and decides the shares of year N.
CREATE TABLE program_rounds (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  program_id TEXT NOT NULL REFERENCES programs(id),
  call_id TEXT NOT NULL UNIQUE REFERENCES calls(id),
  year INTEGER NOT NULL,
  UNIQUE (program_id, year)
);

-- A team's application in a round: the one that holds the team's nodes in that year.
CREATE TABLE program_entries (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  team_id TEXT NOT NULL REFERENCES program_teams(id),
  application_id TEXT NOT NULL UNIQUE REFERENCES applications(id),
  year INTEGER NOT NULL,
  UNIQUE (team_id, year)
);
