// SPDX-License-Identifier: GPL-3.0-or-later
#include "RubricEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

RubricEditor::RubricEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"rubricEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"rubricTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Criterion"), tr("English name"), tr("Weight"),
                                        tr("Lowest score"), tr("Highest score"),
                                        tr("Guidance for reviewers")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Name, 160);
    m_table->setColumnWidth(NameEn, 160);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add criterion"), this);
    m_add->setObjectName(u"rubricAdd"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"rubricRemove"_s);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move do&wn"), this);
    m_sum = new QLabel(this);
    m_sum->setObjectName(u"rubricSum"_s);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_sum);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RubricEditor::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &RubricEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        updateSum();
        Q_EMIT changed();
    });
    updateSum();
}

void RubricEditor::appendRow(const RubricCriterion &c)
{
    const QSignalBlocker block(m_table);
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto *name = new QTableWidgetItem(c.name);
    name->setData(IdRole, c.id);
    m_table->setItem(r, Name, name);
    m_table->setItem(r, NameEn, new QTableWidgetItem(c.nameEn));
    m_table->setItem(r, Weight, numberItem(c.weight));
    m_table->setItem(r, Min, numberItem(c.minScore));
    m_table->setItem(r, Max, numberItem(c.maxScore));
    auto *guidance = new QTableWidgetItem(c.guidance);
    guidance->setToolTip(c.guidance);
    m_table->setItem(r, Guidance, guidance);
}

void RubricEditor::setRubric(const QList<RubricCriterion> &rubric)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
    }
    for (const RubricCriterion &c : rubric)
        appendRow(c);
    updateSum();
}

QList<RubricCriterion> RubricEditor::rubric() const
{
    QList<RubricCriterion> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto text = [&](int c) { return m_table->item(r, c) ? m_table->item(r, c)->text() : QString(); };
        auto number = [&](int c) {
            return m_table->item(r, c) ? m_table->item(r, c)->data(Qt::EditRole).toInt() : 0;
        };
        out.append({m_table->item(r, Name)->data(IdRole).toString(), r + 1, text(Name),
                    text(NameEn), number(Weight), number(Min), number(Max), text(Guidance)});
    }
    return out;
}

void RubricEditor::addCriterion()
{
    // The weight left to reach 100, so that a new rubric adds up as it grows.
    int sum = 0;
    for (const RubricCriterion &c : rubric())
        sum += c.weight;
    appendRow({{}, 0, {}, {}, qMax(0, 100 - sum), 0, 10, {}});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, Name);
    m_table->editItem(m_table->item(row, Name));
    updateSum();
    Q_EMIT changed();
}

void RubricEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateSum();
    Q_EMIT changed();
}

void RubricEditor::moveCurrent(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    QList<RubricCriterion> r = rubric();
    r.move(row, to);
    setRubric(r);
    m_table->setCurrentCell(to, Name);
    Q_EMIT changed();
}

void RubricEditor::updateSum()
{
    int sum = 0;
    for (const RubricCriterion &c : rubric())
        sum += c.weight;
    m_sum->setText(sum == 100 ? tr("Weights add up to 100.")
                              : tr("Weights add up to %1 of 100.").arg(sum));
    m_remove->setEnabled(m_table->rowCount() > 0);
    m_up->setEnabled(m_table->rowCount() > 1);
    m_down->setEnabled(m_table->rowCount() > 1);
}

} // namespace gpudesk
