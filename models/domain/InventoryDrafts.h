// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// What the inventory editors hold before a save: one record per level of the fleet
// (provider -> site -> cluster / row -> rack -> node) and the pools. An empty id is a new record.
namespace gpudesk {

struct ProviderDraft
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QString contact;
};

struct SiteDraft
{
    QString id;
    QString providerId;
    QString name;
    QString timeZone = QStringLiteral("Asia/Seoul"); // IANA name
    QString address;
};

struct ClusterDraft
{
    QString id;
    QString siteId;
    QString name;
    QString typeId;
};

struct RowDraft
{
    QString id;
    QString siteId;
    QString name;
    int ordinal = 1;
};

struct RackDraft
{
    QString id;
    QString clusterId;
    QString rowId;
    QString name;
    int ordinal = 1; // position within the row
    int units = 42;
};

struct NodeDraft
{
    QString id;
    QString rackId;
    QString hostname;
    int rackUnit = 1; // lowest unit the server occupies
    int heightUnits = 4;
    QString typeId;
    int accelerators = 8;
    QString poolId; // empty: in no pool
    QString serial;
    QStringList gpuUuids; // in GPU index order; empty until known
};

struct PoolDraft
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    PoolKind kind = PoolKind::OpenCall;
    QString typeId; // empty: any type
    int capacityNodes = 0;
};

// What node rules need beyond the fleet snapshot.
struct NodeContext
{
    QSet<QString> retiredHostnames;   // lower-case hostnames of retired nodes
    QHash<QString, QString> gpuOwner; // upper-case GPU UUID -> node id holding it
};

} // namespace gpudesk
