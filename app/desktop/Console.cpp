// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include "Profiles.h"
#include "store/Store.h"

#include <QCoreApplication>

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

} // namespace gpudesk::Console
