-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1. Every synced table carries: id (client UUID), version (server-assigned, 0 = never
-- synced), updated_at (UTC epoch ms), updated_by (user id), deleted (tombstone). Which tables are
-- synced is declared once, in SyncedTables.cpp; capture triggers are generated from it.
-- Times are UTC epoch milliseconds; dates without time (a call's window) are ISO 'YYYY-MM-DD'.
-- Money is integer KRW; rates are basis points (500 = 5%).

CREATE TABLE accelerator_types (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  code TEXT NOT NULL UNIQUE,                 -- 'B200', 'H200', later 'H100', NPUs
  name TEXT NOT NULL,
  vendor TEXT NOT NULL DEFAULT '',
  gpus_per_node INTEGER NOT NULL CHECK (gpus_per_node > 0),
  memory_gib INTEGER NOT NULL DEFAULT 0,
  market_price_per_gpu_hour INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE fields (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  code TEXT NOT NULL UNIQUE,
  parent_id TEXT REFERENCES fields(id),
  name_ko TEXT NOT NULL,
  name_en TEXT NOT NULL
);

CREATE TABLE organizations (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  org_type TEXT NOT NULL,                   -- university, research_institute, sme, startup, ...
  youth_founded INTEGER NOT NULL DEFAULT 0,
  business_number TEXT NOT NULL DEFAULT '', -- 사업자등록번호 NNN-NN-NNNNN
  region TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organizations_name ON organizations(name);

CREATE TABLE users (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,                       -- administrator, program_officer, reviewer, manager
  disabled INTEGER NOT NULL DEFAULT 0
);

-- Secrets of local accounts never leave the profile: not synced.
CREATE TABLE local_credentials (
  user_id TEXT PRIMARY KEY REFERENCES users(id),
  password_hash TEXT NOT NULL               -- algorithm$parameters$salt$hash
);

CREATE TABLE providers (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sites (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  provider_id TEXT NOT NULL REFERENCES providers(id),
  name TEXT NOT NULL,
  time_zone TEXT NOT NULL DEFAULT 'Asia/Seoul',  -- IANA name; nvidia-smi stamps local time
  address TEXT NOT NULL DEFAULT ''
);

CREATE TABLE clusters (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  site_id TEXT NOT NULL REFERENCES sites(id),
  name TEXT NOT NULL,
  accelerator_type_id TEXT NOT NULL REFERENCES accelerator_types(id)
);

CREATE TABLE rack_rows (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  site_id TEXT NOT NULL REFERENCES sites(id),
  name TEXT NOT NULL,
  ordinal INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE racks (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  cluster_id TEXT NOT NULL REFERENCES clusters(id),
  row_id TEXT NOT NULL REFERENCES rack_rows(id),
  name TEXT NOT NULL,
  ordinal INTEGER NOT NULL DEFAULT 0,       -- position within the row
  units INTEGER NOT NULL DEFAULT 42
);
CREATE INDEX racks_cluster ON racks(cluster_id);

CREATE TABLE pools (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,                       -- open_call, national, provider_own, maintenance
  accelerator_type_id TEXT REFERENCES accelerator_types(id),
  capacity_nodes INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE nodes (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  rack_id TEXT NOT NULL REFERENCES racks(id),
  hostname TEXT NOT NULL UNIQUE,
  rack_unit INTEGER NOT NULL,               -- lowest rack unit the server occupies
  height_units INTEGER NOT NULL DEFAULT 4,
  accelerator_type_id TEXT NOT NULL REFERENCES accelerator_types(id),
  accelerator_count INTEGER NOT NULL DEFAULT 8,
  state TEXT NOT NULL DEFAULT 'free',       -- free, allocated, maintenance, failed, reserved
  state_reason TEXT NOT NULL DEFAULT '',
  pool_id TEXT REFERENCES pools(id),
  serial TEXT NOT NULL DEFAULT ''
);
CREATE INDEX nodes_rack ON nodes(rack_id, rack_unit);
CREATE INDEX nodes_pool ON nodes(pool_id);

CREATE TABLE node_gpus (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  node_id TEXT NOT NULL REFERENCES nodes(id),
  gpu_index INTEGER NOT NULL,
  uuid TEXT NOT NULL UNIQUE,                -- GPU-xxxxxxxx-...: how telemetry names a GPU
  pci_bus_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX node_gpus_node ON node_gpus(node_id, gpu_index);

CREATE TABLE call_types (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  code TEXT NOT NULL UNIQUE,                -- open_call, national_project, annual_evaluation
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  stages TEXT NOT NULL DEFAULT '[]'         -- JSON array of stage keys, in order
);

CREATE TABLE calls (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  call_type_id TEXT NOT NULL REFERENCES call_types(id),
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_en TEXT NOT NULL DEFAULT '',
  opens_on TEXT NOT NULL,                   -- first day, inclusive (YYYY-MM-DD, Asia/Seoul)
  closes_on TEXT NOT NULL,                  -- last day, inclusive
  review_deadline TEXT NOT NULL DEFAULT '',
  allocation_from TEXT NOT NULL DEFAULT '',
  max_months INTEGER NOT NULL DEFAULT 12,
  reviewers_per_application INTEGER NOT NULL DEFAULT 3,
  waitlist_length INTEGER NOT NULL DEFAULT 0,
  youth_discount_percent INTEGER NOT NULL DEFAULT 50,
  idle_threshold_percent INTEGER NOT NULL DEFAULT 30,
  idle_days INTEGER NOT NULL DEFAULT 14,
  vat_percent INTEGER NOT NULL DEFAULT 10,
  pledge_text TEXT NOT NULL DEFAULT '',
  stage TEXT NOT NULL DEFAULT 'open',
  panel_closed_at INTEGER
);

-- Per accelerator type: the per-project cap, the price, and the pool the call draws on.
CREATE TABLE call_accelerators (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  call_id TEXT NOT NULL REFERENCES calls(id),
  accelerator_type_id TEXT NOT NULL REFERENCES accelerator_types(id),
  max_nodes INTEGER NOT NULL,
  price_per_gpu_hour INTEGER NOT NULL,      -- market price, KRW
  pool_id TEXT REFERENCES pools(id),
  UNIQUE (call_id, accelerator_type_id)
);

CREATE TABLE call_share_rates (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  call_id TEXT NOT NULL REFERENCES calls(id),
  org_type TEXT NOT NULL,
  eligible INTEGER NOT NULL DEFAULT 1,
  share_basis_points INTEGER NOT NULL DEFAULT 0,
  UNIQUE (call_id, org_type)
);

CREATE TABLE rubric_criteria (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  call_id TEXT NOT NULL REFERENCES calls(id),
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  weight INTEGER NOT NULL,                  -- percent; a call's weights sum to 100
  min_score INTEGER NOT NULL DEFAULT 0,
  max_score INTEGER NOT NULL DEFAULT 10,
  guidance TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rubric_criteria_call ON rubric_criteria(call_id, ordinal);

CREATE TABLE applications (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  call_id TEXT NOT NULL REFERENCES calls(id),
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  code TEXT NOT NULL UNIQUE,                -- the platform's receipt number
  title TEXT NOT NULL,
  title_en TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  pi_name TEXT NOT NULL,
  pi_email TEXT NOT NULL DEFAULT '',
  pi_phone TEXT NOT NULL DEFAULT '',
  field_id TEXT REFERENCES fields(id),
  accelerator_type_id TEXT NOT NULL REFERENCES accelerator_types(id),
  requested_gpus INTEGER NOT NULL,
  requested_nodes INTEGER NOT NULL,         -- ceil(gpus / gpus_per_node), kept for sorting
  months INTEGER NOT NULL,
  desired_start TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD
  slurm_account TEXT NOT NULL DEFAULT '',
  submitted_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'submitted',
  status_changed_at INTEGER NOT NULL DEFAULT 0,
  screening_note TEXT NOT NULL DEFAULT '',
  granted_nodes INTEGER,                    -- set at selection; may be less than requested
  source TEXT NOT NULL DEFAULT ''           -- where it came from: platform export file, demo
);
CREATE INDEX applications_call_status ON applications(call_id, status);
CREATE INDEX applications_org ON applications(organization_id);
CREATE INDEX applications_submitted ON applications(submitted_at);

-- People named in an application besides the PI: the conflict-of-interest check reads them.
CREATE TABLE application_people (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL REFERENCES applications(id),
  name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT 'member'
);
CREATE INDEX application_people_app ON application_people(application_id);

CREATE TABLE application_status_history (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL REFERENCES applications(id),
  from_status TEXT NOT NULL DEFAULT '',
  to_status TEXT NOT NULL,
  changed_at INTEGER NOT NULL,
  changed_by TEXT NOT NULL,                 -- display name of the user, as recorded then
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX application_status_history_app ON application_status_history(application_id, changed_at);

CREATE TABLE documents (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL REFERENCES applications(id),
  kind TEXT NOT NULL DEFAULT 'other',       -- proposal, budget, pledge, other
  file_name TEXT NOT NULL,
  mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
  size_bytes INTEGER NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL DEFAULT '',
  content BLOB                              -- kept locally so reviewers read offline
);
CREATE INDEX documents_app ON documents(application_id);

CREATE TABLE reviewers (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  user_id TEXT REFERENCES users(id),
  name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  organization_id TEXT REFERENCES organizations(id),
  affiliation TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT ''
);

CREATE TABLE reviewer_fields (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  reviewer_id TEXT NOT NULL REFERENCES reviewers(id),
  field_id TEXT NOT NULL REFERENCES fields(id),
  UNIQUE (reviewer_id, field_id)
);

-- Organisations a reviewer declared a conflict with (collaboration, former employer, ...).
CREATE TABLE reviewer_conflicts (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  reviewer_id TEXT NOT NULL REFERENCES reviewers(id),
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviewer_conflicts_reviewer ON reviewer_conflicts(reviewer_id);

CREATE TABLE panel_members (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  call_id TEXT NOT NULL REFERENCES calls(id),
  reviewer_id TEXT NOT NULL REFERENCES reviewers(id),
  UNIQUE (call_id, reviewer_id)
);

CREATE TABLE pledges (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  call_id TEXT NOT NULL REFERENCES calls(id),
  reviewer_id TEXT NOT NULL REFERENCES reviewers(id),
  accepted_at INTEGER NOT NULL,
  pledge_text_sha256 TEXT NOT NULL DEFAULT '',
  UNIQUE (call_id, reviewer_id)
);

CREATE TABLE review_assignments (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL REFERENCES applications(id),
  reviewer_id TEXT NOT NULL REFERENCES reviewers(id),
  status TEXT NOT NULL DEFAULT 'assigned',  -- assigned, accepted, declined, conflict
  assigned_at INTEGER NOT NULL,
  responded_at INTEGER,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_assignments_app ON review_assignments(application_id);
CREATE INDEX review_assignments_reviewer ON review_assignments(reviewer_id);

CREATE TABLE reviews (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  assignment_id TEXT NOT NULL REFERENCES review_assignments(id),
  application_id TEXT NOT NULL REFERENCES applications(id),
  reviewer_id TEXT NOT NULL REFERENCES reviewers(id),
  status TEXT NOT NULL DEFAULT 'draft',     -- draft, submitted, reopened
  scores TEXT NOT NULL DEFAULT '{}',        -- JSON {criterion_id: score}
  total REAL,                               -- weighted rubric total, 0-100
  comment TEXT NOT NULL DEFAULT '',
  submitted_at INTEGER,
  reopen_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_app ON reviews(application_id);
CREATE INDEX reviews_reviewer ON reviews(reviewer_id);

-- A project's grant: N nodes of one type for a window; allocations are its per-node rows.
CREATE TABLE grants (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL REFERENCES applications(id),
  accelerator_type_id TEXT NOT NULL REFERENCES accelerator_types(id),
  pool_id TEXT REFERENCES pools(id),
  nodes INTEGER NOT NULL,
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,                 -- exclusive
  status TEXT NOT NULL DEFAULT 'planned'    -- planned, active, completed, released
);
CREATE INDEX grants_app ON grants(application_id);

CREATE TABLE allocations (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  grant_id TEXT NOT NULL REFERENCES grants(id),
  node_id TEXT NOT NULL REFERENCES nodes(id),
  starts_at INTEGER NOT NULL,               -- [starts_at, ends_at): windows touching at an edge
  ends_at INTEGER NOT NULL,                 -- do not overlap
  CHECK (ends_at > starts_at)
);
CREATE INDEX allocations_node ON allocations(node_id, starts_at);
CREATE INDEX allocations_grant ON allocations(grant_id);

CREATE TABLE performance_checks (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL REFERENCES applications(id),
  opened_at INTEGER NOT NULL,
  outcome TEXT NOT NULL DEFAULT 'open',     -- open, warning, reduction, reclaim, cleared
  reason TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE statements (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL REFERENCES applications(id),
  month TEXT NOT NULL,                      -- YYYY-MM
  gpu_hours INTEGER NOT NULL,
  amount INTEGER NOT NULL,                  -- KRW before VAT
  vat INTEGER NOT NULL,
  issued_at INTEGER NOT NULL,
  UNIQUE (application_id, month)
);

-- Telemetry is local or pulled read-only from the server: never captured in the outbox.
CREATE TABLE usage_samples (
  node_id TEXT NOT NULL,
  gpu_index INTEGER NOT NULL,
  ts INTEGER NOT NULL,                      -- UTC ms
  gpu_util REAL,                            -- 0-100
  engine_active REAL,                       -- 0-1
  fb_used_mib REAL,
  power_w REAL,
  PRIMARY KEY (node_id, gpu_index, ts)
) WITHOUT ROWID;

CREATE TABLE usage_rollups (
  tier TEXT NOT NULL,                       -- 5m, 1h, 1d
  scope TEXT NOT NULL,                      -- gpu, node, project
  scope_id TEXT NOT NULL,
  bucket INTEGER NOT NULL,                  -- bucket start, UTC ms
  metric TEXT NOT NULL,
  n INTEGER NOT NULL,
  min REAL, max REAL, sum REAL,
  busy_seconds REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (tier, scope, scope_id, metric, bucket)
) WITHOUT ROWID;

-- Local audit trail: append-only (a trigger refuses updates and deletes).
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Change capture. One row per captured write; what a three-way merge needs.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  mutation_id TEXT NOT NULL UNIQUE,
  tx_id INTEGER NOT NULL,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  op TEXT NOT NULL,                         -- insert, update, delete (tombstone)
  base_version INTEGER NOT NULL,
  changes TEXT NOT NULL,                    -- JSON {column: [old, new]}
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_row ON outbox(table_name, row_id);

-- A single row steering the capture triggers inside the current transaction:
-- capture = 0 while applying pulled changes or writing generated data.
CREATE TABLE sync_control (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  capture INTEGER NOT NULL DEFAULT 1,
  tx_id INTEGER NOT NULL DEFAULT 0,
  user_id TEXT NOT NULL DEFAULT ''
);
INSERT INTO sync_control (id, capture, tx_id) VALUES (1, 1, 0);

CREATE TABLE sync_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Search over titles, organisations and investigators (trigram: Korean and English alike).
CREATE VIRTUAL TABLE application_search USING fts5(
  title, title_en, org, pi, code, tokenize = 'trigram');

CREATE TRIGGER applications_search_ai AFTER INSERT ON applications
BEGIN
  INSERT INTO application_search (rowid, title, title_en, org, pi, code)
  VALUES (NEW.rowid, NEW.title, NEW.title_en,
          (SELECT name || ' ' || name_en FROM organizations WHERE id = NEW.organization_id),
          NEW.pi_name, NEW.code);
END;
CREATE TRIGGER applications_search_au AFTER UPDATE OF title, title_en, pi_name, code, organization_id ON applications
BEGIN
  DELETE FROM application_search WHERE rowid = OLD.rowid;
  INSERT INTO application_search (rowid, title, title_en, org, pi, code)
  VALUES (NEW.rowid, NEW.title, NEW.title_en,
          (SELECT name || ' ' || name_en FROM organizations WHERE id = NEW.organization_id),
          NEW.pi_name, NEW.code);
END;
CREATE TRIGGER organizations_search_au AFTER UPDATE OF name, name_en ON organizations
BEGIN
  UPDATE application_search SET org = NEW.name || ' ' || NEW.name_en
  WHERE rowid IN (SELECT rowid FROM applications WHERE organization_id = NEW.id);
END;
CREATE TRIGGER applications_search_ad AFTER DELETE ON applications
BEGIN
  DELETE FROM application_search WHERE rowid = OLD.rowid;
END;
