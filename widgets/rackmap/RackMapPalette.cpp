// SPDX-License-Identifier: GPL-3.0-or-later
#include "RackMapPalette.h"

#include "common/Theme.h"

#include <algorithm>
#include <cmath>

namespace gpudesk::RackMapPalette {
namespace {
// Okabe & Ito (2008), with black swapped for a grey that reads on both palettes.
constexpr QRgb kOkabeIto[8] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                               0x0072B2, 0xD55E00, 0xCC79A7, 0x999999};
// Patterns a project may wear; the states keep BDiag, DiagCross and Hor for themselves.
constexpr Qt::BrushStyle kProjectPatterns[4] = {Qt::NoBrush, Qt::FDiagPattern, Qt::VerPattern,
                                                Qt::Dense6Pattern};
} // namespace

QColor categorical(int index, bool dark)
{
    QColor c = QColor::fromRgb(kOkabeIto[((index % 8) + 8) % 8]);
    return dark ? c.darker(115) : c;
}

quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

Fill projectFill(const QString &applicationId, bool dark)
{
    const quint32 h = stableHash(applicationId);
    // Grey (index 7) is kept for "not in a project"; projects use the seven colours.
    return {categorical(int(h % 7), dark), kProjectPatterns[(h / 7) % 4]};
}

Fill poolFill(int pool, bool dark)
{
    if (pool < 0)
        return {rackEmpty(dark), Qt::Dense7Pattern};
    // The blue family first: the commonest pools are the calls' own.
    static constexpr int order[7] = {4, 1, 2, 0, 6, 5, 3};
    return {categorical(order[pool % 7], dark), kProjectPatterns[(pool / 7) % 4]};
}

Fill stateFill(NodeState state, bool dark)
{
    switch (state) {
    case NodeState::Free:
        return {rackEmpty(dark), Qt::NoBrush};
    case NodeState::Allocated:
        return {categorical(4, dark), Qt::NoBrush};
    case NodeState::Maintenance:
        return {categorical(0, dark), Qt::BDiagPattern};
    case NodeState::Failed:
        return {categorical(5, dark), Qt::DiagCrossPattern};
    case NodeState::Reserved:
        return {categorical(6, dark), Qt::HorPattern};
    }
    return {rackEmpty(dark), Qt::NoBrush};
}

Fill utilisationFill(double share, bool dark)
{
    if (std::isnan(share))
        return {rackEmpty(dark), Qt::Dense7Pattern};
    // A single-hue ramp (light to dark blue): order reads without telling hues apart.
    const double s = std::clamp(share, 0.0, 1.0);
    const QColor lo = dark ? QColor(0x2a, 0x3a, 0x4a) : QColor(0xde, 0xeb, 0xf7);
    const QColor hi = dark ? QColor(0x9e, 0xca, 0xe1) : QColor(0x08, 0x45, 0x94);
    auto mix = [s](int a, int b) { return int(std::lround(a + (b - a) * s)); };
    return {QColor(mix(lo.red(), hi.red()), mix(lo.green(), hi.green()), mix(lo.blue(), hi.blue())),
            Qt::NoBrush};
}

QColor patternInk(const QColor &fill)
{
    return fill.lightness() > 140 ? QColor(0, 0, 0, 120) : QColor(255, 255, 255, 140);
}

QColor background(bool dark)
{
    return dark ? QColor(0x1f, 0x21, 0x23) : QColor(0xf4, 0xf5, 0xf7);
}

QColor siteBlock(bool dark)
{
    return dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xff, 0xff, 0xff);
}

QColor rackEmpty(bool dark)
{
    return dark ? QColor(0x3c, 0x3f, 0x43) : QColor(0xe3, 0xe6, 0xea);
}

QColor frame(bool dark)
{
    return dark ? QColor(0x5a, 0x5e, 0x63) : QColor(0xa8, 0xad, 0xb4);
}

QColor text(bool dark)
{
    return dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x20, 0x22, 0x25);
}

QColor selection(bool dark)
{
    // Black or white rather than the accent: the accent is a blue, and so is "allocated".
    return dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00);
}

QColor focus()
{
    return Theme::accent();
}

} // namespace gpudesk::RackMapPalette
