// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetPlan.h"

// Private to DataGenerator.cpp: the demo's other tracks (DOMAIN.md, "Other tracks").
//
// A national-project round, 2026-NP1, in its pre-review: twelve demands from eight ministries
// (648 nodes asked of the national pool's 765, where the program already holds 250), three
// reviewers each, all but two fully reviewed. And the World Best LLM program (five teams at most,
// three years, next year's shares by the rule: capacity 250 nodes, floor 60, 20 to 80 nodes per
// team): year 1 (WBL-2025, closed) gave five teams 50 nodes each from 2025-08-01 for a year, and
// year 2's round (WBL-2026) is in its evaluation with every team's results scored.
namespace gpudesk::gen {

struct TrackWriters;

class TrackGenerator
{
public:
    TrackGenerator(Context &ctx, Dataset &data) : m_ctx(ctx), m_d(data) {}

    // Books the program's year-1 nodes in the planned fleet; call before the fleet is written.
    void plan();
    // Writes both tracks; callTypeIds are the open call's, the national project's and the annual
    // evaluation's, in that order.
    bool write(const QStringList &callTypeIds, const QStringList &fieldIds);

    int demands() const;
    int teams() const;
    int reviews() const { return m_reviews; } // written by write()

private:
    bool writeNational(TrackWriters &w, const QString &callTypeId);
    bool writeProgram(TrackWriters &w, const QString &callTypeId, const QStringList &fieldIds);
    QString nextId(const QString &table) { return m_ctx.ids(table, 900000 + m_counter[table]++); }

    Context &m_ctx;
    Dataset &m_d;
    QList<QList<int>> m_teamNodes; // per team, the fleet nodes of year 1
    QHash<QString, int> m_counter;
    int m_reviews = 0;
};

} // namespace gpudesk::gen
