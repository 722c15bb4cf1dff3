// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCall.h"

#include "domain/DisplayLanguage.h"
#include "store/CallRepository.h"
#include "store/CallStageRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gpudesk {

bool loadReportCall(Store &store, const QString &callId, ReportCall *out, QString *error)
{
    const CallRepository calls(store.db());
    const QList<CallSummary> all = calls.calls();
    QStringList codes;
    for (const CallSummary &c : all) {
        codes << c.code;
        if (c.id != callId && c.code != callId)
            continue;
        out->id = c.id;
        out->code = c.code;
        out->title = DisplayLanguage::isEnglish() && !c.titleEn.isEmpty() ? c.titleEn : c.title;
        if (const auto rules = calls.rules(c.id)) {
            out->opens = rules->opens;
            out->closes = rules->closes;
        }
        return true;
    }
    *error = codes.isEmpty()
                 ? QCoreApplication::translate("Reports",
                                               "This profile has no calls yet: import or create "
                                               "a call before asking for its report.")
                 : QCoreApplication::translate("Reports",
                                               "There is no call %1 in this profile. Choose one "
                                               "of its calls: %2.")
                       .arg(callId, codes.join(u", "_s));
    return false;
}

QList<CallSummary> reportCalls(Store &store, std::optional<StageActivity> activity)
{
    if (!activity)
        return CallRepository(store.db()).calls();
    QList<CallSummary> out;
    for (const CallStageState &c : CallStageRepository(store).callsWhoseTypeAllows(*activity))
        out.append({c.callId, c.code, c.title, c.titleEn});
    return out;
}

} // namespace gpudesk
