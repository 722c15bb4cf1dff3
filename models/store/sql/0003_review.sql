-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: what the expert review adds (issue 3).

-- A decision the officer made against the ranking (another decision, or fewer nodes than asked),
-- as opposed to one that followed the capacity cut. The reason is in the status history.
ALTER TABLE applications ADD COLUMN decided_by_override INTEGER NOT NULL DEFAULT 0;

-- One review per assignment.
CREATE UNIQUE INDEX reviews_assignment ON reviews(assignment_id);
-- The reviewers of a call's panel, and a reviewer's calls.
CREATE INDEX panel_members_reviewer ON panel_members(reviewer_id);
-- Who an application names: conflict-of-interest checks match reviewers by e-mail.
CREATE INDEX application_people_email ON application_people(lower(email));
