// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeListImporter.h"

#include "data/Csv.h"
#include "rules/InventoryValidation.h"
#include "store/FleetRepository.h"
#include "store/NodeRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NodeListImporter)
};

enum Column
{
    Hostname,
    Rack,
    Position,
    Type,
    Accelerators,
    GpuUuids,
    Height,
    Serial,
    ColumnCount
};
constexpr int kRequired = Height; // the first optional column

// Header spellings people write, folded: lower case, without spaces, underscores or hyphens.
int columnOf(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.remove(u' ').remove(u'_').remove(u'-');
    static const QHash<QString, int> names = {
        {u"hostname"_s, Hostname},      {u"host"_s, Hostname},       {u"호스트명"_s, Hostname},
        {u"rack"_s, Rack},              {u"랙"_s, Rack},             {u"position"_s, Position},
        {u"rackunit"_s, Position},      {u"unit"_s, Position},       {u"위치"_s, Position},
        {u"type"_s, Type},              {u"acceleratortype"_s, Type}, {u"종류"_s, Type},
        {u"가속기종류"_s, Type},        {u"accelerators"_s, Accelerators},
        {u"gpus"_s, Accelerators},      {u"가속기"_s, Accelerators}, {u"가속기수"_s, Accelerators},
        {u"gpuuuids"_s, GpuUuids},      {u"uuids"_s, GpuUuids},      {u"gpuuuid"_s, GpuUuids},
        {u"height"_s, Height},          {u"heightunits"_s, Height},  {u"높이"_s, Height},
        {u"serial"_s, Serial},          {u"serialnumber"_s, Serial}, {u"시리얼"_s, Serial},
    };
    return names.value(h, -1);
}

bool readInt(const QString &text, int *out)
{
    bool ok = false;
    *out = text.trimmed().toInt(&ok);
    return ok;
}

// Racks by the names a node list may use: "R001" where only one site of the provider has it,
// "site/R001" always. Lower-case keys; an ambiguous bare name maps to -2.
QHash<QString, int> rackNames(const FleetSnapshot &fleet, int provider)
{
    QHash<QString, int> out;
    if (provider < 0)
        return out;
    for (int site : fleet.providers[provider].sites) {
        for (int row : fleet.sites[site].rows) {
            for (int rack : fleet.rows[row].racks) {
                const QString name = fleet.racks[rack].name.toLower();
                out.insert(fleet.sites[site].name.toLower() + u'/' + name, rack);
                out.insert(name, out.contains(name) ? -2 : rack);
            }
        }
    }
    return out;
}

} // namespace

int NodeListPreview::invalidRows() const
{
    int n = 0;
    for (const NodeListRow &r : rows)
        n += r.issues.isEmpty() ? 0 : 1;
    return n;
}

QStringList NodeListImporter::columnNames()
{
    return {u"hostname"_s, u"rack"_s,   u"position"_s, u"type"_s,
            u"accelerators"_s, u"gpu_uuids"_s, u"height"_s, u"serial"_s};
}

NodeListPreview NodeListImporter::previewFile(const QString &path, const QString &providerId,
                                              const QString &poolId) const
{
    NodeListPreview p;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        p.fatal = Text::tr("%1 cannot be read: %2. Check that it exists and that you may read it.")
                      .arg(QFileInfo(path).fileName(), f.errorString());
        return p;
    }
    if (f.size() > kMaxFileBytes) {
        p.fatal = Text::tr("%1 is larger than %2 MB; a node list is far smaller. Is it the right "
                           "file?")
                      .arg(QFileInfo(path).fileName())
                      .arg(kMaxFileBytes / (1024 * 1024));
        return p;
    }
    return preview(f.readAll(), providerId, poolId);
}

NodeListPreview NodeListImporter::preview(const QByteArray &csv, const QString &providerId,
                                          const QString &poolId) const
{
    NodeListPreview p;
    const QSqlDatabase db = m_worker.isValid() ? m_worker : m_store.db();
    FleetSnapshot fleet;
    QString error;
    if (!FleetRepository(m_store, db).loadFleet(&fleet, &error)) {
        p.fatal = error;
        return p;
    }
    int provider = -1;
    for (int i = 0; i < fleet.providers.size(); ++i) {
        if (fleet.providers[i].id == providerId)
            provider = i;
    }
    if (provider < 0) {
        p.fatal = Text::tr("Choose the provider whose node list this is.");
        return p;
    }
    CsvReader reader(csv);
    CsvRecord header;
    if (!reader.next(&header, &error)) {
        p.fatal = error.isEmpty() ? Text::tr("The file is empty: it has no header line.") : error;
        return p;
    }
    QList<int> columns(ColumnCount, -1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const int c = columnOf(header.fields[i]);
        if (c < 0) {
            p.fatal = Text::tr("Column \"%1\" is not one of the node list's columns (%2).")
                          .arg(header.fields[i], columnNames().join(u", "_s));
            return p;
        }
        if (columns[c] >= 0) {
            p.fatal = Text::tr("Column \"%1\" appears twice in the header.").arg(header.fields[i]);
            return p;
        }
        columns[c] = i;
    }
    QStringList missing;
    for (int c = 0; c < kRequired; ++c) {
        if (columns[c] < 0)
            missing << columnNames()[c];
    }
    if (!missing.isEmpty()) {
        p.fatal = Text::tr("The header lacks the column(s) %1; the first line must name %2.")
                      .arg(missing.join(u", "_s), columnNames().mid(0, kRequired).join(u", "_s));
        return p;
    }

    const QHash<QString, int> racks = rackNames(fleet, provider);
    QHash<QString, int> typeByCode;
    for (int t = 0; t < fleet.types.size(); ++t)
        typeByCode.insert(fleet.types[t].code.toLower(), t);
    QList<NodeDraft> drafts;
    QList<int> parsedRows; // index into p.rows of each draft
    CsvRecord rec;
    while (reader.next(&rec, &error)) {
        if (p.rows.size() >= kMaxRows) {
            p.fatal = Text::tr("The file has more than %1 rows; split it.").arg(kMaxRows);
            return p;
        }
        NodeListRow row;
        row.line = rec.line;
        auto cell = [&](int c) {
            return columns[c] >= 0 ? rec.fields.value(columns[c]).trimmed() : QString();
        };
        for (int c = 0; c < kRequired; ++c)
            row.cells << cell(c);
        auto issue = [&](const QString &field, const QString &message) {
            row.issues.append({field, message});
        };
        if (rec.fields.size() != header.fields.size())
            issue(QString(), Text::tr("The row has %1 cells; the header has %2.")
                                 .arg(rec.fields.size())
                                 .arg(header.fields.size()));
        NodeDraft &n = row.node;
        n.hostname = cell(Hostname);
        n.serial = cell(Serial);
        n.poolId = poolId;
        const QString rackName = cell(Rack);
        const int rack = racks.value(rackName.toLower(), -1);
        if (rackName.isEmpty())
            issue(u"rack"_s, Text::tr("Name the rack."));
        else if (rack == -2)
            issue(u"rack"_s, Text::tr("Rack %1 exists at more than one site of the provider; write "
                                      "it as site/rack.")
                                 .arg(rackName));
        else if (rack < 0)
            issue(u"rack"_s, Text::tr("The provider has no rack %1; add the rack first.").arg(rackName));
        else {
            n.rackId = fleet.racks[rack].id;
            const FleetRow &fr = fleet.rows.value(fleet.racks[rack].row);
            row.rackLabel = fleet.sites.value(fr.site).name + u" / "_s + fleet.racks[rack].name;
        }
        if (!readInt(cell(Position), &n.rackUnit))
            issue(u"rackUnit"_s, Text::tr("The position \"%1\" is not a rack unit number.").arg(cell(Position)));
        const QString height = cell(Height);
        if (!height.isEmpty() && !readInt(height, &n.heightUnits))
            issue(u"heightUnits"_s, Text::tr("The height \"%1\" is not a number of units.").arg(height));
        const int type = typeByCode.value(cell(Type).toLower(), -1);
        if (type < 0)
            issue(u"type"_s, Text::tr("\"%1\" is not an accelerator type of the fleet.").arg(cell(Type)));
        else
            n.typeId = fleet.types[type].id;
        if (!readInt(cell(Accelerators), &n.accelerators))
            issue(u"accelerators"_s,
                  Text::tr("The accelerator count \"%1\" is not a number.").arg(cell(Accelerators)));
        n.gpuUuids = splitGpuUuids(cell(GpuUuids));
        if (row.issues.isEmpty()) {
            drafts.append(n);
            parsedRows.append(int(p.rows.size()));
        }
        p.rows.append(row);
    }
    if (!error.isEmpty()) {
        p.fatal = error;
        return p;
    }
    if (p.rows.isEmpty()) {
        p.fatal = Text::tr("The file has a header but no nodes.");
        return p;
    }
    NodeRepository nodes(m_store);
    if (m_worker.isValid())
        nodes.setWorkerConnection(m_worker);
    const QList<ValidationIssues> judged = validateNodeBatch(drafts, fleet, nodes.context());
    for (int i = 0; i < judged.size(); ++i)
        p.rows[parsedRows[i]].issues << judged[i];
    return p;
}

bool NodeListImporter::commit(const NodeListPreview &preview, const QString &source,
                              QString *error, const std::function<bool(int, int)> &progress)
{
    if (!preview.canImport()) {
        if (error)
            *error = preview.fatal.isEmpty()
                         ? Text::tr("%n row(s) have errors; fix the file and preview it again. "
                                    "Nothing was added.",
                                    nullptr, preview.invalidRows())
                         : preview.fatal;
        return false;
    }
    QList<NodeDraft> nodes;
    for (const NodeListRow &r : preview.rows)
        nodes << r.node;
    NodeRepository repo(m_store);
    if (m_worker.isValid())
        repo.setWorkerConnection(m_worker);
    return repo.addNodes(nodes, source, error, progress);
}

} // namespace gpudesk
