// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialog.h"

#include "domain/TimeFormat.h"
#include "store/Store.h"
#include "sync/SyncValues.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toVariant().toString();
}

// The cell as the value to write: the server's or yours when it shows one of them unchanged,
// otherwise the text (a number where the column holds numbers).
QJsonValue valueOf(const QString &text, const SyncConflict::Field &f)
{
    if (text == shown(f.server))
        return f.server;
    if (text == shown(f.mine))
        return f.mine;
    if (text.isEmpty() && (f.server.isNull() || f.mine.isNull()))
        return QJsonValue::Null;
    if (f.server.isDouble() || f.mine.isDouble()) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (ok)
            return d;
    }
    return text;
}

QTableWidgetItem *cell(const QString &text, bool editable)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Sync conflicts"));
    resize(980, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("You and someone else changed the same fields while apart. The server kept theirs; "
           "choose for each field what it should be, or edit the result to merge both."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(u"conflictList"_s);
    m_fields = new QTableWidget(0, 5, splitter);
    m_fields->setObjectName(u"conflictFields"_s);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("On the server"),
                                         tr("Yours"), tr("Result")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    splitter->addWidget(m_list);
    splitter->addWidget(m_fields);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    auto *mine = buttons->addButton(tr("Take &mine"), QDialogButtonBox::ActionRole);
    mine->setObjectName(u"takeMine"_s);
    auto *servers = buttons->addButton(tr("Take the &server's"), QDialogButtonBox::ActionRole);
    servers->setObjectName(u"takeServers"_s);
    auto *resolveButton = buttons->addButton(tr("&Resolve"), QDialogButtonBox::AcceptRole);
    resolveButton->setObjectName(u"resolveConflict"_s);
    buttons->addButton(QDialogButtonBox::Close);
    connect(mine, &QPushButton::clicked, this, &ConflictDialog::takeMine);
    connect(servers, &QPushButton::clicked, this, &ConflictDialog::takeServers);
    connect(resolveButton, &QPushButton::clicked, this, [this] { resolve(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { showConflict(row); });
    reload();
}

void ConflictDialog::reload()
{
    m_conflicts = SyncRecords(m_store).openConflicts();
    m_list->clear();
    for (const SyncConflict &c : std::as_const(m_conflicts))
        m_list->addItem(u"%1\n%2"_s.arg(c.what, formatDateTime(c.detectedAt)));
    if (m_conflicts.isEmpty()) {
        m_fields->setRowCount(0);
        m_message->setText(tr("No conflicts are waiting."));
        return;
    }
    m_list->setCurrentRow(0);
}

void ConflictDialog::showConflict(int row)
{
    m_fields->setRowCount(0);
    if (row < 0 || row >= m_conflicts.size())
        return;
    const SyncConflict &c = m_conflicts.at(row);
    m_fields->setRowCount(int(c.fields.size()));
    for (int i = 0; i < c.fields.size(); ++i) {
        const SyncConflict::Field &f = c.fields.at(i);
        m_fields->setItem(i, FieldColumn, cell(f.column, false));
        m_fields->setItem(i, BaseColumn, cell(shown(f.base), false));
        m_fields->setItem(i, ServerColumn, cell(shown(f.server), false));
        m_fields->setItem(i, MineColumn, cell(shown(f.mine), false));
        m_fields->setItem(i, ResultColumn, cell(shown(f.server), true));
    }
    m_message->clear();
}

void ConflictDialog::takeMine()
{
    for (int i = 0; i < m_fields->rowCount(); ++i)
        m_fields->item(i, ResultColumn)->setText(m_fields->item(i, MineColumn)->text());
}

void ConflictDialog::takeServers()
{
    for (int i = 0; i < m_fields->rowCount(); ++i)
        m_fields->item(i, ResultColumn)->setText(m_fields->item(i, ServerColumn)->text());
}

bool ConflictDialog::resolve()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return false;
    const SyncConflict &c = m_conflicts.at(row);
    QJsonObject mine;
    for (int i = 0; i < c.fields.size(); ++i) {
        const QJsonValue v = valueOf(m_fields->item(i, ResultColumn)->text(), c.fields.at(i));
        if (!syncvalue::same(v, c.fields.at(i).server))
            mine.insert(c.fields.at(i).column, v);
    }
    QString error;
    if (!SyncRecords(m_store).resolveConflict(c.id, mine, &error)) {
        m_message->setText(tr("The conflict could not be resolved: %1").arg(error));
        return false;
    }
    reload();
    if (!m_conflicts.isEmpty())
        m_message->setText(mine.isEmpty() ? tr("Resolved: the server's values stay.")
                                          : tr("Resolved: your values go out at the next sync."));
    return true;
}

} // namespace gpudesk
