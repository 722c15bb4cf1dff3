// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

namespace gpudesk {

class Store;

// Demo: the 2025 fleet and the first open call, about 400 applications in every status, a
// national-project round in its pre-review and the World Best LLM program in its second year.
// Scale: the 2028 fleet (6,500 nodes) and 20,000 applications over ten calls.
enum class DatasetKind
{
    Demo,
    Scale
};

// What was generated, for the command line and the progress dialog.
struct GenerateReport
{
    int nodes = 0;
    int racks = 0;
    int applications = 0;
    int reviewers = 0;
    int reviews = 0;
    int organizations = 0;
    int allocations = 0;
    int demands = 0; // of the national-project round (demo)
    int teams = 0;   // of the World Best LLM program (demo)
};

// Figures of a scale dataset. generateDataset(Scale) uses the defaults (the 2028 target); tests
// pass smaller figures to run the same code in seconds. The fleet is always the full 2028 fleet.
struct ScaleShape
{
    int applications = 20000;
    int organizations = 6000;
    int reviewers = 1500;
    int reviews = 100000; // exact, when the applications leave room for it (about 5 each)
};

using GenerateProgress = std::function<void(int percent, const QString &step)>;

// Fills an empty profile. Deterministic: the same kind and seed give identical rows, ids
// included. Writes in one transaction, never captured for sync. Returns false with *error set
// (and nothing written) when the profile already has applications or nodes, or a write fails.
// progress(percent 0-100, translated step name) may be empty.
bool generateDataset(Store &store, DatasetKind kind, quint32 seed, GenerateReport *report,
                     QString *error, const GenerateProgress &progress = {});

// The scale dataset with other figures than the 2028 target.
bool generateScaleDataset(Store &store, const ScaleShape &shape, quint32 seed,
                          GenerateReport *report, QString *error,
                          const GenerateProgress &progress = {});

} // namespace gpudesk
