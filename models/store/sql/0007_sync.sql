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

-- A pulled page rebuilds what is derived from applications (the search index, the browse and
-- Korean-text tables of 0002) once for all the rows it brings, not once per row: FTS5 flushes its
-- pending terms at the end of every statement of a transaction that wrote to it, and the browse
-- rows come from a four-table view. While deferred_derived is 1 (only inside the sync engine's
-- own transaction) these triggers stand aside and the engine rebuilds the rows it touched
-- (RowWriter::finishDeferred). Deletions still go through the triggers.
ALTER TABLE sync_control ADD COLUMN deferred_derived INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER applications_search_ai;
DROP TRIGGER applications_search_au;
DROP TRIGGER organizations_search_au;
DROP TRIGGER application_browse_ai;
DROP TRIGGER application_browse_au;
DROP TRIGGER application_browse_org_au;
DROP TRIGGER application_browse_field_au;
DROP TRIGGER application_browse_type_au;
DROP TRIGGER application_browse_call_au;
CREATE TRIGGER applications_search_ai AFTER INSERT ON applications
WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0
BEGIN
  INSERT INTO application_search (rowid, title, title_en, org, pi, code)
  VALUES (NEW.rowid, NEW.title, NEW.title_en,
          (SELECT name || ' ' || name_en FROM organizations WHERE id = NEW.organization_id),
          NEW.pi_name, NEW.code);
END;
CREATE TRIGGER applications_search_au AFTER UPDATE OF title, title_en, pi_name, code, organization_id ON applications
WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0
BEGIN
  DELETE FROM application_search WHERE rowid = OLD.rowid;
  INSERT INTO application_search (rowid, title, title_en, org, pi, code)
  VALUES (NEW.rowid, NEW.title, NEW.title_en,
          (SELECT name || ' ' || name_en FROM organizations WHERE id = NEW.organization_id),
          NEW.pi_name, NEW.code);
END;
CREATE TRIGGER organizations_search_au AFTER UPDATE OF name, name_en ON organizations
WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0
BEGIN
  UPDATE application_search SET org = NEW.name || ' ' || NEW.name_en
  WHERE rowid IN (SELECT rowid FROM applications WHERE organization_id = NEW.id);
END;
CREATE TRIGGER application_browse_ai AFTER INSERT ON applications
WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0
BEGIN
  INSERT OR REPLACE INTO application_browse SELECT * FROM application_browse_source WHERE app_rowid = NEW.rowid;
  INSERT OR REPLACE INTO application_text_ko SELECT * FROM application_text_ko_source WHERE app_rowid = NEW.rowid;
END;
CREATE TRIGGER application_browse_au AFTER UPDATE ON applications
WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0
BEGIN
  DELETE FROM application_browse WHERE app_rowid = OLD.rowid;
  INSERT INTO application_browse SELECT * FROM application_browse_source WHERE app_rowid = NEW.rowid;
  DELETE FROM application_text_ko WHERE app_rowid = OLD.rowid;
  INSERT INTO application_text_ko SELECT * FROM application_text_ko_source WHERE app_rowid = NEW.rowid;
END;
CREATE TRIGGER application_browse_org_au AFTER UPDATE OF name, name_en, org_type, youth_founded, deleted ON organizations
WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0
BEGIN
  DELETE FROM application_browse WHERE app_rowid IN (SELECT rowid FROM applications WHERE organization_id = NEW.id);
  INSERT INTO application_browse SELECT s.* FROM application_browse_source s
  WHERE s.app_rowid IN (SELECT rowid FROM applications WHERE organization_id = NEW.id);
  DELETE FROM application_text_ko WHERE app_rowid IN (SELECT rowid FROM applications WHERE organization_id = NEW.id);
  INSERT INTO application_text_ko SELECT s.* FROM application_text_ko_source s
  WHERE s.app_rowid IN (SELECT rowid FROM applications WHERE organization_id = NEW.id);
END;
CREATE TRIGGER application_browse_field_au AFTER UPDATE OF name_ko, name_en ON fields
WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0
BEGIN
  UPDATE application_browse SET field_ko = NEW.name_ko, field_en = coalesce(nullif(NEW.name_en, ''), NEW.name_ko)
  WHERE app_rowid IN (SELECT rowid FROM applications WHERE field_id = NEW.id);
END;
CREATE TRIGGER application_browse_type_au AFTER UPDATE OF code ON accelerator_types
WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0
BEGIN
  UPDATE application_browse SET type_code = NEW.code WHERE type_id = NEW.id;
END;
CREATE TRIGGER application_browse_call_au AFTER UPDATE OF code ON calls
WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0
BEGIN
  UPDATE application_browse SET call_code = NEW.code WHERE call_id = NEW.id;
END;
