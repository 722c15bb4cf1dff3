// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include "Profiles.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gpudesk::Console {
namespace {

// The translation context lupdate and the runtime agree on, shared with the verbs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QCommandLineOption profileOption()
{
    return QCommandLineOption({u"p"_s, u"profile"_s},
                              Text::tr("The profile database (default: the demo profile)."),
                              Text::tr("path"), Profiles::demoProfilePath());
}

std::unique_ptr<Store> openProfile(const QString &path, bool create)
{
    OpenOutcome outcome;
    OpenOptions options;
    options.create = create;
    auto store = Store::open(path, options, &outcome);
    if (!store) {
        err() << Text::tr("Cannot open %1: %2").arg(path, outcome.message) << Qt::endl;
        if (!outcome.detail.isEmpty())
            err() << outcome.detail << Qt::endl;
    }
    return store;
}

std::optional<qint64> readTime(const QString &text, bool dayEnd)
{
    // A day exactly: QDateTime's ISO reading would take one for its local midnight.
    const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (day.isValid())
        return startOfDay(dayEnd ? day.addDays(1) : day);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), displayTimeZone());
    return t.toMSecsSinceEpoch();
}

} // namespace gpudesk::Console
