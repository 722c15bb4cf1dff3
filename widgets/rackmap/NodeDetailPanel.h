// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace gpudesk {

struct FleetSnapshot;
struct FleetBookings;

// The side panel for the map's current node: where it sits, what it is, its state at the date
// and who holds it now and next.
class NodeDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeDetailPanel)

public:
    explicit NodeDetailPanel(QWidget *parent = nullptr);

    void setData(const FleetSnapshot *fleet, const FleetBookings *bookings);
    void setNode(int node); // -1: nothing to show
    int node() const { return m_node; }
    void setDate(qint64 ms);
    // Re-reads the bookings (after a write) for the node shown.
    void refresh();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &name);

    const FleetSnapshot *m_fleet = nullptr;
    const FleetBookings *m_bookings = nullptr;
    int m_node = -1;
    qint64 m_date = 0;
    QLabel *m_empty;
    QWidget *m_body;
    QLabel *m_hostname;
    QLabel *m_position;
    QLabel *m_type;
    QLabel *m_state;
    QLabel *m_pool;
    QLabel *m_current;
    QLabel *m_next;
};

} // namespace gpudesk
