// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Who may review which application, and the automatic assignment of a call's panel
// (issue 3): no conflict of interest, N reviewers per application, balanced load, matching
// fields, in that order. Pure: the repository interns organisations, e-mails and fields into
// small integers so the planner works on flat arrays only.
namespace gpudesk {

// A panel reviewer as the planner sees it. Organisations, e-mails and fields are indexes the
// loader handed out; -1 means none.
struct AssignmentReviewer
{
    int org = -1;
    QList<int> conflictOrgs; // organisations the reviewer declared a conflict with
    int email = -1;          // lower-case e-mail, interned
    QList<int> fields;
    int load = 0; // active assignments in the call, all applications counted
};

// An application waiting for reviewers. Reviewer lists hold indexes into the reviewers.
struct AssignmentApplication
{
    int org = -1;
    int field = -1;
    QList<int> namedEmails; // the PI and the people of the application, interned like reviewers'
    QList<int> active;      // reviewers assigned (or accepted) now
    QList<int> declined;    // reviewers who declined: never again
    QList<int> conflicts;   // reviewers who declared a conflict for it: never again
};

struct AssignmentInput
{
    QList<AssignmentReviewer> reviewers;
    QList<AssignmentApplication> applications;
    int perApplication = 3;
};

// Why a reviewer may not be given an application; None when they may.
enum class Exclusion
{
    None,
    SameOrganisation,
    DeclaredOrganisation, // the reviewer declared a conflict with the application's organisation
    NamedInApplication,
    Declined,
    DeclaredConflict, // the reviewer declared a conflict for this application
    AlreadyAssigned,
};

// The first reason that applies, in the order of the enum.
Exclusion exclusionOf(const AssignmentInput &input, int application, int reviewer);
// A translated label; `orgName` fills in the organisation of DeclaredOrganisation.
QString exclusionLabel(Exclusion e, const QString &orgName = {});
// True for the reasons that are conflicts of interest (as opposed to a reviewer's answer or an
// assignment that already exists).
bool isConflictOfInterest(Exclusion e);

struct PlannedAssignment
{
    int application = 0;
    int reviewer = 0;
    bool fieldMatch = false;
};

// An application that could not get its N reviewers: too few eligible reviewers in the panel.
struct AssignmentShortfall
{
    int application = 0;
    int missing = 0;  // reviewers still needed after the plan
    int eligible = 0; // eligible reviewers not yet on it, all of whom the plan used
};

struct AssignmentPlan
{
    QList<PlannedAssignment> assignments;
    QList<AssignmentShortfall> shortfalls;
    QList<int> loads; // per reviewer, existing plus planned
    int minLoad = 0;
    int maxLoad = 0;
    int fieldMatches = 0;
    bool balanced = true; // max - min <= 1 (false only when conflicts made it impossible)
};

// Fills every application of the input up to perApplication. Only the planned assignments may
// move while balancing; existing ones stay where they are.
AssignmentPlan planAssignments(const AssignmentInput &input);

} // namespace gpudesk
