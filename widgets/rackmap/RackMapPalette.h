// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QString>

// Colours of the rack map. Categories come from the Okabe-Ito palette, which stays distinct for
// the common colour-vision deficiencies; each category also carries a fill pattern, so two
// projects or two states never differ by colour alone. Stable: a project's look depends only on
// its application id, never on load order or on the process (qHash is seeded per process).
namespace gpudesk::RackMapPalette {

struct Fill
{
    QColor colour;
    Qt::BrushStyle pattern = Qt::NoBrush; // drawn over the colour in a contrasting ink
    bool operator==(const Fill &o) const { return colour == o.colour && pattern == o.pattern; }
};

QColor categorical(int index, bool dark); // one of 8
quint32 stableHash(const QString &text);  // FNV-1a over UTF-16
Fill projectFill(const QString &applicationId, bool dark);
Fill poolFill(int pool, bool dark); // -1: in no pool
Fill stateFill(NodeState state, bool dark);
Fill utilisationFill(double share, bool dark); // 0..1; NaN: no data
QColor patternInk(const QColor &fill);         // black or white, whichever reads on the fill

QColor background(bool dark);
QColor siteBlock(bool dark);
QColor rackEmpty(bool dark); // a free node, the empty part of a rack
QColor frame(bool dark);
QColor text(bool dark);
QColor selection(bool dark);
QColor focus(); // the keyboard's node

} // namespace gpudesk::RackMapPalette
