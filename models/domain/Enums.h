// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

// The closed vocabularies of DOMAIN.md. Each enum has a stable database key (English, never
// translated) and a translated label for the UI.
namespace gpudesk {

enum class ApplicationStatus {
    Submitted,
    Screening,
    UnderReview,
    Selected,
    Waitlisted,
    Rejected,
    Allocated,
    Active,
    Completed,
    Withdrawn,
    Reclaimed,
};

enum class OrganizationType {
    University,
    ResearchInstitute,
    Sme,
    Startup,
    LargeEnterprise,
    PublicAgency,
};

enum class NodeState { Free, Allocated, Maintenance, Failed, Reserved };

enum class PoolKind { OpenCall, National, ProviderOwn, Maintenance };

enum class Role { Administrator, ProgramOfficer, Reviewer, Manager };

QString statusKey(ApplicationStatus s);
std::optional<ApplicationStatus> statusFromKey(const QString &key);
QString statusLabel(ApplicationStatus s);
inline constexpr int kApplicationStatusCount = 11;

QString orgTypeKey(OrganizationType t);
std::optional<OrganizationType> orgTypeFromKey(const QString &key);
QString orgTypeLabel(OrganizationType t);
inline constexpr int kOrganizationTypeCount = 6;

QString nodeStateKey(NodeState s);
std::optional<NodeState> nodeStateFromKey(const QString &key);

QString poolKindKey(PoolKind k);
std::optional<PoolKind> poolKindFromKey(const QString &key);

QString roleKey(Role r);
std::optional<Role> roleFromKey(const QString &key);
QString roleLabel(Role r);

} // namespace gpudesk
