// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RackMapPalette.h"
#include "RackMapView.h"

#include <QList>
#include <QWidget>

namespace gpudesk {

struct FleetSnapshot;

// The key under the rack map: what each fill means in the current colour mode (project, pool,
// node state or utilisation), with the same colour and pattern the map draws.
class RackMapLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackMapLegend)

public:
    struct Entry
    {
        RackMapPalette::Fill fill;
        QString label;
    };

    explicit RackMapLegend(QWidget *parent = nullptr);

    void showMode(RackMapView::ColourMode mode, const FleetSnapshot &fleet);
    const QList<Entry> &entries() const { return m_entries; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Lays the entries out in rows that fit the width; returns the height they need.
    int layoutEntries(int width, QList<QRect> *swatches, QList<QPoint> *labels) const;

    QList<Entry> m_entries;
};

} // namespace gpudesk
