// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InventoryValidation)
};

constexpr int kMaxRackUnits = 60;
constexpr int kMaxNodeHeight = 10;

void add(ValidationIssues *out, const QString &field, const QString &message)
{
    out->append({field, message});
}

bool isCode(const QString &s)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{0,31}$"_s);
    return pattern.match(s).hasMatch();
}

void requireName(const QString &name, const QString &what, ValidationIssues *out)
{
    if (name.trimmed().isEmpty())
        add(out, u"name"_s, Text::tr("Give the %1 a name.").arg(what));
    else if (name.trimmed().size() > 80)
        add(out, u"name"_s, Text::tr("The name is longer than 80 characters; shorten it."));
}

int siteIndex(const FleetSnapshot &f, const QString &id)
{
    for (int i = 0; i < f.sites.size(); ++i) {
        if (f.sites[i].id == id)
            return i;
    }
    return -1;
}

int clusterIndex(const FleetSnapshot &f, const QString &id)
{
    for (int i = 0; i < f.clusters.size(); ++i) {
        if (f.clusters[i].id == id)
            return i;
    }
    return -1;
}

int rowIndex(const FleetSnapshot &f, const QString &id)
{
    for (int i = 0; i < f.rows.size(); ++i) {
        if (f.rows[i].id == id)
            return i;
    }
    return -1;
}

QString typeCode(const FleetSnapshot &f, int type)
{
    return type >= 0 && type < f.types.size() ? f.types[type].code : QString();
}

} // namespace

bool isValidHostname(const QString &hostname)
{
    static const QRegularExpression label(u"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    if (hostname.isEmpty() || hostname.size() > 253)
        return false;
    const QStringList labels = hostname.split(u'.');
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

bool isValidGpuUuid(const QString &uuid)
{
    static const QRegularExpression pattern(
        u"^GPU-[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"_s);
    return pattern.match(uuid).hasMatch();
}

QStringList splitGpuUuids(const QString &text)
{
    static const QRegularExpression separators(u"[;,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

ValidationIssues validateProvider(const ProviderDraft &p, const FleetSnapshot &fleet)
{
    ValidationIssues out;
    const QString code = p.code.trimmed();
    if (!isCode(code))
        add(&out, u"code"_s,
            Text::tr("The provider code must be 1-32 lower-case letters, digits, dots, hyphens or "
                     "underscores, such as \"naver\"."));
    for (const FleetProvider &o : fleet.providers) {
        if (o.id != p.id && o.code.compare(code, Qt::CaseInsensitive) == 0)
            add(&out, u"code"_s, Text::tr("Provider %1 already has this code.").arg(o.name));
    }
    requireName(p.name, Text::tr("provider"), &out);
    return out;
}

ValidationIssues validateSite(const SiteDraft &s, const FleetSnapshot &fleet)
{
    ValidationIssues out;
    int provider = -1;
    for (int i = 0; i < fleet.providers.size(); ++i) {
        if (fleet.providers[i].id == s.providerId)
            provider = i;
    }
    if (provider < 0)
        add(&out, u"provider"_s, Text::tr("Choose the provider that runs the site."));
    requireName(s.name, Text::tr("site"), &out);
    if (provider >= 0) {
        for (int i : fleet.providers[provider].sites) {
            if (fleet.sites[i].id != s.id &&
                fleet.sites[i].name.compare(s.name.trimmed(), Qt::CaseInsensitive) == 0)
                add(&out, u"name"_s,
                    Text::tr("The provider already has a site named %1.").arg(fleet.sites[i].name));
        }
    }
    if (s.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(s.timeZone.toUtf8()))
        add(&out, u"timeZone"_s,
            Text::tr("\"%1\" is not a time zone this computer knows; choose one such as "
                     "Asia/Seoul. Telemetry stamped in local time is read in it.")
                .arg(s.timeZone));
    return out;
}

ValidationIssues validateCluster(const ClusterDraft &c, const FleetSnapshot &fleet)
{
    ValidationIssues out;
    const int site = siteIndex(fleet, c.siteId);
    if (site < 0)
        add(&out, u"site"_s, Text::tr("Choose the site the cluster stands in."));
    requireName(c.name, Text::tr("cluster"), &out);
    const int type = fleet.typeById.value(c.typeId, -1);
    if (type < 0)
        add(&out, u"type"_s, Text::tr("Choose the accelerator type of the cluster's nodes."));
    const int self = clusterIndex(fleet, c.id);
    if (site >= 0) {
        for (int i : fleet.sites[site].clusters) {
            if (i != self && fleet.clusters[i].name.compare(c.name.trimmed(), Qt::CaseInsensitive) == 0)
                add(&out, u"name"_s,
                    Text::tr("The site already has a cluster named %1.").arg(fleet.clusters[i].name));
        }
    }
    if (self >= 0 && type >= 0 && fleet.clusters[self].type != type) {
        for (int rack : fleet.clusters[self].racks) {
            if (!fleet.racks[rack].nodes.isEmpty()) {
                add(&out, u"type"_s,
                    Text::tr("The cluster holds %1 nodes; its type can change only while it is "
                             "empty.")
                        .arg(typeCode(fleet, fleet.clusters[self].type)));
                break;
            }
        }
    }
    if (self >= 0 && site >= 0 && fleet.clusters[self].site != site)
        add(&out, u"site"_s, Text::tr("A cluster stays in its site; add a new cluster instead."));
    return out;
}

ValidationIssues validateRow(const RowDraft &r, const FleetSnapshot &fleet)
{
    ValidationIssues out;
    const int site = siteIndex(fleet, r.siteId);
    if (site < 0)
        add(&out, u"site"_s, Text::tr("Choose the site of the row."));
    requireName(r.name, Text::tr("row"), &out);
    if (r.ordinal < 1)
        add(&out, u"ordinal"_s, Text::tr("Rows are numbered from 1."));
    const int self = rowIndex(fleet, r.id);
    if (site >= 0) {
        for (int i : fleet.sites[site].rows) {
            if (i != self && fleet.rows[i].name.compare(r.name.trimmed(), Qt::CaseInsensitive) == 0)
                add(&out, u"name"_s,
                    Text::tr("The site already has a row named %1.").arg(fleet.rows[i].name));
        }
    }
    if (self >= 0 && site >= 0 && fleet.rows[self].site != site)
        add(&out, u"site"_s, Text::tr("A row stays in its site; add a new row instead."));
    return out;
}

ValidationIssues validateRack(const RackDraft &r, const FleetSnapshot &fleet)
{
    ValidationIssues out;
    const int cluster = clusterIndex(fleet, r.clusterId);
    const int row = rowIndex(fleet, r.rowId);
    if (cluster < 0)
        add(&out, u"cluster"_s, Text::tr("Choose the cluster the rack belongs to."));
    if (row < 0)
        add(&out, u"row"_s, Text::tr("Choose the row the rack stands in."));
    if (cluster >= 0 && row >= 0 && fleet.clusters[cluster].site != fleet.rows[row].site)
        add(&out, u"row"_s, Text::tr("The row is in another site than the cluster; choose a row "
                                     "of the cluster's site."));
    requireName(r.name, Text::tr("rack"), &out);
    if (r.ordinal < 1)
        add(&out, u"ordinal"_s, Text::tr("Positions in a row are numbered from 1."));
    if (r.units < 1 || r.units > kMaxRackUnits)
        add(&out, u"units"_s,
            Text::tr("A rack has 1 to %1 units (42 is usual); it is %2.").arg(kMaxRackUnits).arg(r.units));
    const int self = fleet.rackById.value(r.id, -1);
    // Rack names are what operators and node lists use: unique within the site.
    const int site = cluster >= 0 ? fleet.clusters[cluster].site : (row >= 0 ? fleet.rows[row].site : -1);
    for (int i = 0; i < fleet.racks.size() && site >= 0; ++i) {
        const FleetRack &o = fleet.racks[i];
        const int oSite = o.row >= 0 ? fleet.rows[o.row].site : -1;
        if (i != self && oSite == site && o.name.compare(r.name.trimmed(), Qt::CaseInsensitive) == 0)
            add(&out, u"name"_s, Text::tr("The site already has a rack named %1.").arg(o.name));
        if (i != self && row >= 0 && o.row == row && o.ordinal == r.ordinal)
            add(&out, u"ordinal"_s,
                Text::tr("Rack %1 already stands at position %2 of this row.").arg(o.name).arg(r.ordinal));
    }
    if (self >= 0) {
        for (int n : fleet.racks[self].nodes) {
            const FleetNode &node = fleet.nodes[n];
            if (node.rackUnit + node.heightUnits - 1 > r.units) {
                add(&out, u"units"_s,
                    Text::tr("%1 sits up to unit %2; the rack needs at least that many units.")
                        .arg(node.hostname)
                        .arg(node.rackUnit + node.heightUnits - 1));
                break;
            }
        }
        if (cluster >= 0 && fleet.racks[self].cluster != cluster && !fleet.racks[self].nodes.isEmpty() &&
            fleet.clusters[cluster].type != fleet.clusters[fleet.racks[self].cluster].type)
            add(&out, u"cluster"_s,
                Text::tr("The rack holds %1 nodes and cannot join a %2 cluster.")
                    .arg(typeCode(fleet, fleet.clusters[fleet.racks[self].cluster].type),
                         typeCode(fleet, fleet.clusters[cluster].type)));
    }
    return out;
}

ValidationIssues validateNode(const NodeDraft &n, const FleetSnapshot &fleet,
                              const NodeContext &context)
{
    ValidationIssues out;
    const QString host = n.hostname.trimmed();
    const int self = fleet.nodeById.value(n.id, -1);
    if (!isValidHostname(host)) {
        add(&out, u"hostname"_s,
            host.isEmpty() ? Text::tr("Give the node its host name.")
                           : Text::tr("\"%1\" is not a valid host name: letters, digits and "
                                      "hyphens, in dot-separated parts.")
                                 .arg(host));
    } else {
        const int other = fleet.nodeByHostname.value(host.toLower(), -1);
        if (other >= 0 && other != self)
            add(&out, u"hostname"_s, Text::tr("%1 is already in the fleet.").arg(host));
        else if (context.retiredHostnames.contains(host.toLower()))
            add(&out, u"hostname"_s,
                Text::tr("%1 was the name of a retired node; host names stay with the records of "
                         "their node. Choose another name.")
                    .arg(host));
    }
    const int rack = fleet.rackById.value(n.rackId, -1);
    if (rack < 0)
        add(&out, u"rack"_s, Text::tr("Choose the rack the node is mounted in."));
    const int type = fleet.typeById.value(n.typeId, -1);
    if (type < 0)
        add(&out, u"type"_s, Text::tr("Choose the node's accelerator type."));
    if (n.heightUnits < 1 || n.heightUnits > kMaxNodeHeight)
        add(&out, u"heightUnits"_s,
            Text::tr("A server is 1 to %1 units high; it is %2.").arg(kMaxNodeHeight).arg(n.heightUnits));
    if (rack >= 0) {
        const FleetRack &r = fleet.racks[rack];
        const int top = n.rackUnit + n.heightUnits - 1;
        if (n.rackUnit < 1 || top > r.units)
            add(&out, u"rackUnit"_s,
                Text::tr("Units %1-%2 do not fit rack %3 (units 1-%4).")
                    .arg(n.rackUnit)
                    .arg(top)
                    .arg(r.name)
                    .arg(r.units));
        for (int other : r.nodes) {
            const FleetNode &o = fleet.nodes[other];
            if (other == self)
                continue;
            const int oTop = o.rackUnit + o.heightUnits - 1;
            if (n.rackUnit <= oTop && o.rackUnit <= top) {
                add(&out, u"rackUnit"_s,
                    Text::tr("Units %1-%2 of rack %3 are taken by %4 (units %5-%6).")
                        .arg(n.rackUnit)
                        .arg(top)
                        .arg(r.name, o.hostname)
                        .arg(o.rackUnit)
                        .arg(oTop));
                break;
            }
        }
        if (type >= 0 && r.cluster >= 0 && fleet.clusters[r.cluster].type != type)
            add(&out, u"type"_s,
                Text::tr("Rack %1 belongs to a %2 cluster; a %3 node cannot go there.")
                    .arg(r.name, typeCode(fleet, fleet.clusters[r.cluster].type),
                         typeCode(fleet, type)));
    }
    if (type >= 0 && n.accelerators != fleet.types[type].gpusPerNode)
        add(&out, u"accelerators"_s,
            Text::tr("A %1 node holds %2 accelerators; %3 were given.")
                .arg(typeCode(fleet, type))
                .arg(fleet.types[type].gpusPerNode)
                .arg(n.accelerators));
    if (!n.poolId.isEmpty()) {
        const int pool = fleet.poolById.value(n.poolId, -1);
        if (pool < 0)
            add(&out, u"pool"_s, Text::tr("The pool no longer exists; choose another."));
        else if (type >= 0 && fleet.pools[pool].type >= 0 && fleet.pools[pool].type != type)
            add(&out, u"pool"_s,
                Text::tr("Pool %1 holds %2 nodes, not %3.")
                    .arg(fleet.pools[pool].code, typeCode(fleet, fleet.pools[pool].type),
                         typeCode(fleet, type)));
    }
    if (!n.gpuUuids.isEmpty() && n.gpuUuids.size() != n.accelerators)
        add(&out, u"gpuUuids"_s,
            Text::tr("%1 GPU UUIDs for %2 accelerators; list one per accelerator (or none until "
                     "they are known).")
                .arg(n.gpuUuids.size())
                .arg(n.accelerators));
    QSet<QString> seen;
    for (const QString &uuid : n.gpuUuids) {
        const QString key = uuid.toUpper();
        if (!isValidGpuUuid(uuid)) {
            add(&out, u"gpuUuids"_s,
                Text::tr("\"%1\" is not a GPU UUID (GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).").arg(uuid));
        } else if (seen.contains(key)) {
            add(&out, u"gpuUuids"_s, Text::tr("%1 is listed twice.").arg(uuid));
        } else {
            const QString owner = context.gpuOwner.value(key);
            if (!owner.isEmpty() && owner != n.id) {
                const int o = fleet.nodeById.value(owner, -1);
                add(&out, u"gpuUuids"_s,
                    o >= 0 ? Text::tr("%1 belongs to %2.").arg(uuid, fleet.nodes[o].hostname)
                           : Text::tr("%1 belongs to another node.").arg(uuid));
            }
        }
        seen.insert(key);
    }
    return out;
}

QList<ValidationIssues> validateNodeBatch(const QList<NodeDraft> &nodes, FleetSnapshot fleet,
                                          NodeContext context)
{
    QList<ValidationIssues> out;
    out.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        NodeDraft n = nodes[i];
        if (n.id.isEmpty())
            n.id = u"new:%1"_s.arg(i); // the snapshot's own key for a node not saved yet
        const ValidationIssues issues = validateNode(n, fleet, context);
        out.append(issues);
        if (!issues.isEmpty())
            continue;
        // Later rows see this one, as they will once the batch is written.
        FleetNode node;
        node.id = n.id;
        node.hostname = n.hostname.trimmed();
        node.rack = fleet.rackById.value(n.rackId, -1);
        node.rackUnit = n.rackUnit;
        node.heightUnits = n.heightUnits;
        node.type = fleet.typeById.value(n.typeId, -1);
        node.gpus = n.accelerators;
        node.pool = n.poolId.isEmpty() ? -1 : fleet.poolById.value(n.poolId, -1);
        const int index = int(fleet.nodes.size());
        fleet.nodes.append(node);
        fleet.racks[node.rack].nodes.append(index);
        fleet.nodeById.insert(node.id, index);
        fleet.nodeByHostname.insert(node.hostname.toLower(), index);
        for (const QString &uuid : std::as_const(n.gpuUuids))
            context.gpuOwner.insert(uuid.toUpper(), n.id);
    }
    return out;
}

ValidationIssues validatePool(const PoolDraft &p, const FleetSnapshot &fleet, int callsUsing)
{
    ValidationIssues out;
    const QString code = p.code.trimmed();
    if (!isCode(code))
        add(&out, u"code"_s,
            Text::tr("The pool code must be 1-32 lower-case letters, digits, dots, hyphens or "
                     "underscores, such as \"open-b200\"."));
    const int self = fleet.poolById.value(p.id, -1);
    for (int i = 0; i < fleet.pools.size(); ++i) {
        if (i != self && fleet.pools[i].code.compare(code, Qt::CaseInsensitive) == 0)
            add(&out, u"code"_s, Text::tr("Pool %1 already has this code.").arg(fleet.pools[i].name));
    }
    requireName(p.name, Text::tr("pool"), &out);
    if (p.capacityNodes < 0)
        add(&out, u"capacity"_s, Text::tr("The capacity cannot be negative."));
    const int type = p.typeId.isEmpty() ? -1 : fleet.typeById.value(p.typeId, -2);
    if (type == -2)
        add(&out, u"type"_s, Text::tr("The accelerator type no longer exists; choose another."));
    if (self >= 0 && type >= 0) {
        for (const FleetNode &n : fleet.nodes) {
            if (n.pool == self && n.type != type) {
                add(&out, u"type"_s,
                    Text::tr("The pool holds %1 nodes such as %2; move them out before it takes "
                             "only %3.")
                        .arg(typeCode(fleet, n.type), n.hostname, typeCode(fleet, type)));
                break;
            }
        }
    }
    if (self >= 0 && callsUsing > 0 && fleet.pools[self].type != type)
        add(&out, u"type"_s,
            Text::tr("%n call(s) draw on this pool; its type cannot change under them.", nullptr,
                     callsUsing));
    return out;
}

QStringList retireProviderProblems(const FleetSnapshot &fleet, int provider)
{
    const int sites = int(fleet.providers.value(provider).sites.size());
    if (sites > 0)
        return {Text::tr("The provider still has %n site(s); retire them first.", nullptr, sites)};
    return {};
}

QStringList retireSiteProblems(const FleetSnapshot &fleet, int site)
{
    QStringList out;
    const FleetSite s = fleet.sites.value(site);
    if (!s.clusters.isEmpty())
        out << Text::tr("The site still has %n cluster(s); retire them first.", nullptr,
                        int(s.clusters.size()));
    if (!s.rows.isEmpty())
        out << Text::tr("The site still has %n row(s); retire them first.", nullptr,
                        int(s.rows.size()));
    return out;
}

QStringList retireClusterProblems(const FleetSnapshot &fleet, int cluster)
{
    const int racks = int(fleet.clusters.value(cluster).racks.size());
    if (racks > 0)
        return {Text::tr("The cluster still has %n rack(s); retire them first.", nullptr, racks)};
    return {};
}

QStringList retireRowProblems(const FleetSnapshot &fleet, int row)
{
    const int racks = int(fleet.rows.value(row).racks.size());
    if (racks > 0)
        return {Text::tr("The row still has %n rack(s); retire or move them first.", nullptr, racks)};
    return {};
}

QStringList retireRackProblems(const FleetSnapshot &fleet, int rack)
{
    const int nodes = int(fleet.racks.value(rack).nodes.size());
    if (nodes > 0)
        return {Text::tr("The rack still holds %n node(s); retire or move them first.", nullptr,
                         nodes)};
    return {};
}

QStringList retirePoolProblems(const FleetSnapshot &fleet, int pool, int callsUsing)
{
    QStringList out;
    int nodes = 0;
    for (const FleetNode &n : fleet.nodes)
        nodes += n.pool == pool ? 1 : 0;
    if (nodes > 0)
        out << Text::tr("The pool still holds %n node(s); move them to another pool first.",
                        nullptr, nodes);
    if (callsUsing > 0)
        out << Text::tr("%n call(s) draw on the pool; point them at another pool first.", nullptr,
                        callsUsing);
    return out;
}

} // namespace gpudesk
