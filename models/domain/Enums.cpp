// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"

#include "KeyLookup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
const char16_t *const kStatusKeys[] = {u"submitted", u"screening", u"under_review", u"selected",
                                       u"waitlisted", u"rejected",  u"allocated",    u"active",
                                       u"completed", u"withdrawn", u"reclaimed"};
const char16_t *const kOrgKeys[] = {u"university", u"research_institute", u"sme",
                                    u"startup",    u"large_enterprise",   u"public_agency"};
const char16_t *const kNodeStateKeys[] = {u"free", u"allocated", u"maintenance", u"failed",
                                          u"reserved"};
const char16_t *const kPoolKeys[] = {u"open_call", u"national", u"provider_own", u"maintenance"};
const char16_t *const kRoleKeys[] = {u"administrator", u"program_officer", u"reviewer", u"manager"};
} // namespace

QString statusKey(ApplicationStatus s)
{
    return QString::fromUtf16(kStatusKeys[static_cast<int>(s)]);
}

std::optional<ApplicationStatus> statusFromKey(const QString &key)
{
    return enumFromKey<ApplicationStatus>(key, kStatusKeys);
}

QString statusLabel(ApplicationStatus s)
{
    switch (s) {
    case ApplicationStatus::Submitted:
        return QCoreApplication::translate("Status", "Submitted");
    case ApplicationStatus::Screening:
        return QCoreApplication::translate("Status", "Screening");
    case ApplicationStatus::UnderReview:
        return QCoreApplication::translate("Status", "Under review");
    case ApplicationStatus::Selected:
        return QCoreApplication::translate("Status", "Selected");
    case ApplicationStatus::Waitlisted:
        return QCoreApplication::translate("Status", "Waitlisted");
    case ApplicationStatus::Rejected:
        return QCoreApplication::translate("Status", "Rejected");
    case ApplicationStatus::Allocated:
        return QCoreApplication::translate("Status", "Allocated");
    case ApplicationStatus::Active:
        return QCoreApplication::translate("Status", "Active");
    case ApplicationStatus::Completed:
        return QCoreApplication::translate("Status", "Completed");
    case ApplicationStatus::Withdrawn:
        return QCoreApplication::translate("Status", "Withdrawn");
    case ApplicationStatus::Reclaimed:
        return QCoreApplication::translate("Status", "Reclaimed");
    }
    return {};
}

QString orgTypeKey(OrganizationType t)
{
    return QString::fromUtf16(kOrgKeys[static_cast<int>(t)]);
}

std::optional<OrganizationType> orgTypeFromKey(const QString &key)
{
    return enumFromKey<OrganizationType>(key, kOrgKeys);
}

QString orgTypeLabel(OrganizationType t)
{
    switch (t) {
    case OrganizationType::University:
        return QCoreApplication::translate("OrganizationType", "University");
    case OrganizationType::ResearchInstitute:
        return QCoreApplication::translate("OrganizationType", "Research institute");
    case OrganizationType::Sme:
        return QCoreApplication::translate("OrganizationType", "SME");
    case OrganizationType::Startup:
        return QCoreApplication::translate("OrganizationType", "Startup");
    case OrganizationType::LargeEnterprise:
        return QCoreApplication::translate("OrganizationType", "Large enterprise");
    case OrganizationType::PublicAgency:
        return QCoreApplication::translate("OrganizationType", "Public agency");
    }
    return {};
}

QString nodeStateKey(NodeState s)
{
    return QString::fromUtf16(kNodeStateKeys[static_cast<int>(s)]);
}

std::optional<NodeState> nodeStateFromKey(const QString &key)
{
    return enumFromKey<NodeState>(key, kNodeStateKeys);
}

QString poolKindKey(PoolKind k)
{
    return QString::fromUtf16(kPoolKeys[static_cast<int>(k)]);
}

std::optional<PoolKind> poolKindFromKey(const QString &key)
{
    return enumFromKey<PoolKind>(key, kPoolKeys);
}

QString roleKey(Role r)
{
    return QString::fromUtf16(kRoleKeys[static_cast<int>(r)]);
}

std::optional<Role> roleFromKey(const QString &key)
{
    return enumFromKey<Role>(key, kRoleKeys);
}

QString roleLabel(Role r)
{
    switch (r) {
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::ProgramOfficer:
        return QCoreApplication::translate("Role", "Program officer");
    case Role::Reviewer:
        return QCoreApplication::translate("Role", "Reviewer");
    case Role::Manager:
        return QCoreApplication::translate("Role", "Manager");
    }
    return {};
}

} // namespace gpudesk
