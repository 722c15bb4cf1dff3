// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screening.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace gpudesk {

namespace {

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString offeredTypes(const CallRules &call)
{
    QStringList codes;
    for (const auto &a : call.accelerators)
        codes << a.typeCode;
    if (codes.isEmpty())
        //: Stands for the list of accelerator types a call offers when it offers none
        return QCoreApplication::translate("Screening", "none");
    return QLocale().createSeparatedList(codes);
}

// The checks on the request's size only make sense once the type is known and the request is
// positive; otherwise they would repeat the same problem under other names. The type code is
// data, so it is always the last .arg(): a "%1" inside it is never read as a placeholder.
void screenSize(const ApplicationFacts &app, const CallAccelerator &type,
                QList<ScreeningFailure> &out)
{
    const int perNode = type.gpusPerNode;
    if (app.requestedGpus % perNode != 0) {
        out.append(
            {ScreeningCode::NotWholeNodes,
             QCoreApplication::translate(
                 "Screening",
                 "Requested %Ln GPU(s) of %2 are not a whole number of nodes of %L1 GPUs each",
                 nullptr, app.requestedGpus)
                 .arg(perNode)
                 .arg(type.typeCode)});
    }

    const int nodes = nodesFor(app.requestedGpus, perNode);
    if (nodes > type.maxNodes) {
        // 64-bit because a cap is data typed in by an administrator, not a checked figure.
        const qint64 capGpus = qint64(type.maxNodes) * perNode;
        out.append({ScreeningCode::OverNodeCap,
                    QCoreApplication::translate("Screening",
                                                "Requested %Ln GPU(s) (%L1 nodes) of %4 exceed the "
                                                "cap of %L2 GPUs (%L3 nodes)",
                                                nullptr, app.requestedGpus)
                        .arg(nodes)
                        .arg(capGpus)
                        .arg(type.maxNodes)
                        .arg(type.typeCode)});
    }
}

} // namespace

bool ScreeningResult::passed() const
{
    return failures.isEmpty();
}

bool ScreeningResult::has(ScreeningCode code) const
{
    for (const auto &f : failures) {
        if (f.code == code)
            return true;
    }
    return false;
}

QString ScreeningResult::reasonText() const
{
    QStringList messages;
    messages.reserve(failures.size());
    for (const auto &f : failures)
        messages << f.message;
    return messages.join(u"; ");
}

int nodesFor(int gpus, int gpusPerNode)
{
    if (gpus <= 0 || gpusPerNode <= 0)
        return 0;
    // Not (gpus + gpusPerNode - 1) / gpusPerNode: that overflows near INT_MAX.
    return gpus / gpusPerNode + (gpus % gpusPerNode != 0 ? 1 : 0);
}

ScreeningResult screen(const ApplicationFacts &app, const CallRules &call)
{
    ScreeningResult result;
    auto &out = result.failures;

    const CallAccelerator *type = call.accelerator(app.acceleratorType);
    if (!type) {
        out.append(
            {ScreeningCode::TypeNotOffered,
             QCoreApplication::translate(
                 "Screening", "Accelerator type \"%1\" is not offered in this call (offered: %2)")
                 .arg(app.acceleratorType, offeredTypes(call))});
    } else if (type->gpusPerNode <= 0) {
        // A type without a node size cannot be allocated, so the call does not really offer it.
        out.append(
            {ScreeningCode::TypeNotOffered,
             QCoreApplication::translate(
                 "Screening", "Accelerator type \"%1\" has no node size in this call's rules")
                 .arg(app.acceleratorType)});
    }

    if (app.requestedGpus <= 0) {
        out.append({ScreeningCode::NoRequest,
                    QCoreApplication::translate("Screening",
                                                "Requested %Ln GPU(s): at least one node is needed",
                                                nullptr, app.requestedGpus)});
    } else if (type && type->gpusPerNode > 0) {
        screenSize(app, *type, out);
    }

    if (app.months <= 0) {
        out.append({ScreeningCode::NoMonths,
                    QCoreApplication::translate(
                        "Screening", "Requested %Ln month(s) of use: at least one month is needed",
                        nullptr, app.months)});
    } else if (app.months > call.maxMonths) {
        out.append({ScreeningCode::TooLong,
                    QCoreApplication::translate(
                        "Screening",
                        "Requested %Ln month(s) of use exceed the call's maximum of %L1 months",
                        nullptr, app.months)
                        .arg(call.maxMonths)});
    }

    const CallShareRate *rate = call.shareRate(app.orgType);
    if (!rate || !rate->eligible) {
        out.append({ScreeningCode::OrgTypeIneligible,
                    QCoreApplication::translate(
                        "Screening", "Organisation type \"%1\" is not eligible in this call")
                        .arg(orgTypeLabel(app.orgType))});
    }

    // Without a date on either side the window cannot be judged, and guessing would be worse.
    if (app.submittedOn.isValid()) {
        if (call.opens.isValid() && app.submittedOn < call.opens) {
            out.append({ScreeningCode::BeforeWindow,
                        QCoreApplication::translate("Screening",
                                                    "Submitted on %1, before the call opened on %2")
                            .arg(isoDate(app.submittedOn), isoDate(call.opens))});
        }
        if (call.closes.isValid() && app.submittedOn > call.closes) {
            out.append({ScreeningCode::AfterWindow,
                        QCoreApplication::translate("Screening",
                                                    "Submitted on %1, after the call closed on %2")
                            .arg(isoDate(app.submittedOn), isoDate(call.closes))});
        }
    }

    return result;
}

} // namespace gpudesk
