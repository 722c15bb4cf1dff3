// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewerProfileDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

QComboBox *organizationCombo(const QString &name, const QList<QPair<QString, QString>> &orgs,
                             const QString &none, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setEditable(true);
    c->setInsertPolicy(QComboBox::NoInsert);
    c->addItem(none, QString());
    for (const auto &o : orgs)
        c->addItem(o.second, o.first);
    c->completer()->setFilterMode(Qt::MatchContains);
    c->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    c->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return c;
}

} // namespace

ReviewerProfileDialog::ReviewerProfileDialog(const QString &userName,
                                             const ReviewerProfile &profile,
                                             const QList<QPair<QString, QString>> &organizations,
                                             const QList<QPair<QString, QString>> &fields,
                                             QWidget *parent)
    : QDialog(parent), m_original(profile)
{
    setObjectName(u"reviewerProfileDialog"_s);
    setWindowTitle(tr("Reviewer profile of %1").arg(userName));
    for (const auto &o : organizations)
        m_orgNames.insert(o.first, o.second);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_organization = organizationCombo(u"reviewerOrganization"_s, organizations,
                                       tr("(not in this profile)"), this);
    m_organization->setCurrentIndex(qMax(0, m_organization->findData(profile.organizationId)));
    m_affiliation = new QLineEdit(profile.affiliation, this);
    m_affiliation->setObjectName(u"reviewerAffiliation"_s);
    m_affiliation->setPlaceholderText(tr("e.g. Department of Computer Science, Hanbit University"));
    m_title = new QLineEdit(profile.title, this);
    m_title->setObjectName(u"reviewerTitle"_s);
    form->addRow(tr("&Organisation:"), m_organization);
    form->addRow(tr("&Affiliation:"), m_affiliation);
    form->addRow(tr("&Title:"), m_title);
    layout->addLayout(form);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Fields of expertise:"), this));
    m_fields = new QListWidget(this);
    m_fields->setObjectName(u"reviewerFields"_s);
    m_fields->setMinimumWidth(230);
    for (const auto &f : fields) {
        auto *item = new QListWidgetItem(f.second, m_fields);
        item->setData(IdRole, f.first);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(profile.fieldIds.contains(f.first) ? Qt::Checked : Qt::Unchecked);
    }
    left->addWidget(m_fields, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Declared conflicts of interest (never assigned their "
                                   "applications):"),
                                this));
    m_conflicts = new QTableWidget(0, 2, this);
    m_conflicts->setObjectName(u"reviewerConflicts"_s);
    m_conflicts->setHorizontalHeaderLabels({tr("Organisation"), tr("Note")});
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->setColumnWidth(0, 220);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    right->addWidget(m_conflicts, 1);
    auto *addRow = new QHBoxLayout;
    m_conflictOrg = organizationCombo(u"conflictOrganization"_s, organizations,
                                      tr("Choose an organisation"), this);
    m_conflictNote = new QLineEdit(this);
    m_conflictNote->setObjectName(u"conflictNote"_s);
    m_conflictNote->setPlaceholderText(tr("why, e.g. joint research 2024"));
    auto *add = new QPushButton(tr("A&dd"), this);
    add->setObjectName(u"conflictAdd"_s);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"conflictRemove"_s);
    m_conflictNote->setMinimumWidth(160);
    addRow->addWidget(m_conflictOrg, 3);
    addRow->addWidget(m_conflictNote, 2);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    right->addLayout(addRow);
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    layout->addLayout(columns, 1);
    for (const ReviewerConflictEntry &c : profile.conflicts) {
        addConflict(c.organizationId, c.note);
        m_conflicts->item(m_conflicts->rowCount() - 1, 0)->setData(Qt::UserRole + 2, c.id);
    }
    connect(add, &QPushButton::clicked, this, [this] {
        addConflict(m_conflictOrg->currentData().toString(), m_conflictNote->text());
        m_conflictNote->clear();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_conflicts->currentRow() >= 0)
            m_conflicts->removeRow(m_conflicts->currentRow());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"reviewerSave"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 540);
}

void ReviewerProfileDialog::addConflict(const QString &organizationId, const QString &note)
{
    if (organizationId.isEmpty())
        return;
    for (int r = 0; r < m_conflicts->rowCount(); ++r) {
        if (m_conflicts->item(r, 0)->data(IdRole).toString() == organizationId)
            return;
    }
    const int r = m_conflicts->rowCount();
    m_conflicts->insertRow(r);
    auto *org = new QTableWidgetItem(m_orgNames.value(organizationId, organizationId));
    org->setData(IdRole, organizationId);
    org->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_conflicts->setItem(r, 0, org);
    m_conflicts->setItem(r, 1, new QTableWidgetItem(note.trimmed()));
}

ReviewerProfile ReviewerProfileDialog::profile() const
{
    ReviewerProfile p = m_original;
    p.organizationId = m_organization->currentData().toString();
    p.affiliation = m_affiliation->text().trimmed();
    p.title = m_title->text().trimmed();
    p.fieldIds.clear();
    for (int i = 0; i < m_fields->count(); ++i) {
        if (m_fields->item(i)->checkState() == Qt::Checked)
            p.fieldIds << m_fields->item(i)->data(IdRole).toString();
    }
    p.conflicts.clear();
    for (int r = 0; r < m_conflicts->rowCount(); ++r) {
        const QTableWidgetItem *org = m_conflicts->item(r, 0);
        p.conflicts.append({org->data(Qt::UserRole + 2).toString(), org->data(IdRole).toString(),
                            org->text(), m_conflicts->item(r, 1)->text()});
    }
    return p;
}

} // namespace gpudesk
