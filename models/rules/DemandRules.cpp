// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemandRules.h"

#include "Screening.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemandRules)
};

using F = DemandField;

F fieldOf(ScreeningCode code)
{
    switch (code) {
    case ScreeningCode::TypeNotOffered:
        return F::Type;
    case ScreeningCode::NoRequest:
    case ScreeningCode::NotWholeNodes:
    case ScreeningCode::OverNodeCap:
        return F::Nodes;
    case ScreeningCode::NoMonths:
    case ScreeningCode::TooLong:
        return F::Months;
    case ScreeningCode::OrgTypeIneligible:
        return F::Ministry;
    case ScreeningCode::BeforeWindow:
    case ScreeningCode::AfterWindow:
        break;
    }
    return F::Start;
}

} // namespace

QString demandFieldKey(DemandField f)
{
    static const char16_t *const keys[kDemandFieldCount] = {
        u"ministry", u"project",  u"purpose",      u"accelerator_type", u"nodes",        u"start",
        u"months",   u"priority", u"contact_name", u"contact_email",    u"contact_phone"};
    return QString::fromUtf16(keys[int(f)]);
}

QString demandFieldLabel(DemandField f)
{
    switch (f) {
    case F::Ministry:
        return Text::tr("Ministry");
    case F::Project:
        return Text::tr("Project");
    case F::Purpose:
        return Text::tr("Purpose");
    case F::Type:
        return Text::tr("Accelerator type");
    case F::Nodes:
        return Text::tr("Nodes");
    case F::Start:
        return Text::tr("Start");
    case F::Months:
        return Text::tr("Months");
    case F::Priority:
        return Text::tr("Priority");
    case F::ContactName:
        return Text::tr("Contact");
    case F::ContactEmail:
        return Text::tr("Contact e-mail");
    case F::ContactPhone:
        return Text::tr("Contact telephone");
    }
    return {};
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression re(
        u"\\A[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\\z"_s);
    return text.size() <= 254 && re.match(text).hasMatch();
}

bool isTelephoneNumber(const QString &text)
{
    static const QRegularExpression re(u"\\A\\+?[0-9() -]{7,30}\\z"_s);
    return re.match(text).hasMatch();
}

QList<DemandProblem> checkDemand(const DemandFacts &d, const CallRules &rules)
{
    QList<DemandProblem> out;
    auto required = [&](F field, const QString &value, int maxLength) {
        if (value.trimmed().isEmpty())
            out.append({field, Text::tr("%1 is required.").arg(demandFieldLabel(field))});
        else if (value.size() > maxLength)
            out.append({field, Text::tr("%1 is too long: %2 characters, at most %3.")
                                   .arg(demandFieldLabel(field))
                                   .arg(value.size())
                                   .arg(maxLength)});
    };
    required(F::Ministry, d.ministry, 200);
    required(F::Project, d.project, 500);
    if (d.purpose.size() > 20000)
        out.append({F::Purpose, Text::tr("The purpose is too long: %1 characters, at most 20000.")
                                    .arg(d.purpose.size())});

    // The round's own screening, so that a demand that gets in also passes it later. Demands are
    // counted in nodes: the GPUs are the nodes' GPUs, whole by construction.
    const CallAccelerator *type = rules.accelerator(d.typeCode);
    ApplicationFacts facts;
    facts.acceleratorType = d.typeCode;
    facts.requestedGpus = d.nodes * (type && type->gpusPerNode > 0 ? type->gpusPerNode : 1);
    facts.months = d.months;
    facts.orgType = OrganizationType::PublicAgency;
    for (const ScreeningFailure &f : screen(facts, rules).failures)
        out.append({fieldOf(f.code), f.message});

    if (!d.start.isValid())
        out.append({F::Start, Text::tr("The start must be a date (YYYY-MM-DD, e.g. 2026-04-01).")});
    if (d.priority < 1)
        out.append({F::Priority, Text::tr("The priority must be 1 (most urgent) or more.")});
    required(F::ContactName, d.contactName, 100);
    if (d.contactEmail.trimmed().isEmpty())
        out.append(
            {F::ContactEmail, Text::tr("%1 is required.").arg(demandFieldLabel(F::ContactEmail))});
    else if (!isEmailAddress(d.contactEmail.trimmed()))
        out.append(
            {F::ContactEmail, Text::tr("'%1' is not a valid e-mail address.").arg(d.contactEmail)});
    if (!d.contactPhone.trimmed().isEmpty() && !isTelephoneNumber(d.contactPhone.trimmed()))
        out.append(
            {F::ContactPhone, Text::tr("'%1' is not a telephone number: use digits, spaces, '-', "
                                       "parentheses and an optional leading '+'.")
                                  .arg(d.contactPhone)});
    return out;
}

} // namespace gpudesk
