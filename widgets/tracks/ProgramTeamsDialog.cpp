// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramTeamsDialog.h"

#include "review/ReasonDialog.h"
#include "store/ProgramRepository.h"
#include "store/ProgramSetupRepository.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    // The project's title takes the room; the other columns fit their contents.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    t->setTabKeyNavigation(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &id = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    return item;
}

QTableWidgetItem *number(int n)
{
    auto *item = cell(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString selectedId(const QTableWidget *t)
{
    const int row = t->currentRow();
    if (row < 0 || t->selectedItems().isEmpty())
        return {};
    return t->item(row, 0)->data(Qt::UserRole).toString();
}

} // namespace

ProgramTeamsDialog::ProgramTeamsDialog(Store &store, const QString &programId, QWidget *parent)
    : QDialog(parent), m_store(store), m_programId(programId)
{
    setObjectName(u"programTeamsDialog"_s);
    const auto p = ProgramRepository(store).program(programId);
    setWindowTitle(tr("Teams of %1").arg(p ? p->displayName() : programId));
    m_askReason = [](QWidget *parent, const QString &team) {
        ReasonDialog dialog(tr("Remove team"),
                            tr("Remove %1 from the program? Its project keeps its nodes on the "
                               "rack map; only its place in the program ends. Why?")
                                .arg(team),
                            tr("Remove team"), parent);
        return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
    };
    auto *layout = new QVBoxLayout(this);
    m_limits = new QLabel(this);
    m_limits->setWordWrap(true);
    layout->addWidget(m_limits);

    auto *teams = new QGroupBox(tr("Teams"), this);
    auto *teamsLayout = new QVBoxLayout(teams);
    m_teams = makeTable(teams, u"programTeamList"_s,
                        {tr("Team"), tr("Organisation"), tr("Project"), tr("Nodes held")});
    teamsLayout->addWidget(m_teams);
    m_remove = new QPushButton(tr("&Remove team…"), teams);
    m_remove->setObjectName(u"removeTeam"_s);
    m_remove->setAutoDefault(false);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addStretch(1);
    teamButtons->addWidget(m_remove);
    teamsLayout->addLayout(teamButtons);
    layout->addWidget(teams, 1);
    m_teams->installEventFilter(this); // Delete removes the selected team

    auto *add = new QGroupBox(tr("Add a team: projects holding nodes of the program's type"), this);
    auto *addLayout = new QVBoxLayout(add);
    m_candidates = makeTable(add, u"teamCandidates"_s,
                             {tr("Project"), tr("Organisation"), tr("Title"), tr("Nodes held")});
    addLayout->addWidget(m_candidates);
    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("Team &name:"), add);
    m_name = new QLineEdit(add);
    m_name->setObjectName(u"teamName"_s);
    nameLabel->setBuddy(m_name);
    m_add = new QPushButton(tr("&Add team"), add);
    m_add->setObjectName(u"addTeam"_s);
    m_add->setAutoDefault(false);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_add);
    addLayout->addLayout(nameRow);
    layout->addWidget(add, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"teamMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in the team's name adds the team; it must not close the dialog too.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addTeam(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeTeam(); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { addTeam(); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_teams, &QTableWidget::itemSelectionChanged, this, [this] { updateButtons(); });
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, [this] {
        // The organisation's name is the team's name until the officer writes another.
        const int row = m_candidates->currentRow();
        if (row >= 0 && m_candidates->item(row, 1))
            m_name->setText(m_candidates->item(row, 1)->text());
        updateButtons();
    });
    resize(720, 560);
    reload();
}

bool ProgramTeamsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_teams && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        removeTeam();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ProgramTeamsDialog::reload()
{
    ProgramSetupRepository repo(m_store);
    const TeamSlot slot = repo.slot(m_programId);
    QString limits = tr("%1 of at most %2 teams; each team is a project holding %3 nodes.")
                         .arg(slot.teamNames.size())
                         .arg(slot.maxTeams)
                         .arg(slot.typeCode);
    const QString frozen = teamRemovalProblem(slot);
    if (!frozen.isEmpty())
        limits += u' ' + frozen;
    m_limits->setText(limits);
    m_teams->setRowCount(0);
    for (const ProgramTeamRow &t : repo.teams(m_programId)) {
        const int row = m_teams->rowCount();
        m_teams->insertRow(row);
        m_teams->setItem(row, 0, cell(t.name, t.teamId));
        m_teams->setItem(row, 1, cell(t.orgName));
        m_teams->setItem(row, 2,
                         cell(t.code.isEmpty() ? QString() : tr("%1 %2").arg(t.code, t.title)));
        m_teams->setItem(row, 3, number(t.heldNodes));
    }
    m_candidates->setRowCount(0);
    for (const TeamChoice &c : repo.candidates(m_programId)) {
        const int row = m_candidates->rowCount();
        m_candidates->insertRow(row);
        m_candidates->setItem(row, 0, cell(c.candidate.code, c.candidate.applicationId));
        m_candidates->setItem(row, 1, cell(c.orgName));
        m_candidates->setItem(row, 2, cell(c.title));
        m_candidates->setItem(row, 3, number(c.candidate.heldNodes));
    }
    if (m_candidates->rowCount() == 0)
        m_message->setText(tr("No project holding %1 nodes is free to join: a team is an "
                              "allocated or active project with nodes on the rack map, in no "
                              "other program.")
                               .arg(slot.typeCode));
    updateButtons();
}

void ProgramTeamsDialog::updateButtons()
{
    const TeamSlot slot = ProgramSetupRepository(m_store).slot(m_programId);
    const bool open = teamRemovalProblem(slot).isEmpty();
    m_remove->setEnabled(open && !selectedId(m_teams).isEmpty());
    m_add->setEnabled(open && !selectedId(m_candidates).isEmpty() &&
                      !m_name->text().trimmed().isEmpty());
}

void ProgramTeamsDialog::addTeam()
{
    const QString app = selectedId(m_candidates);
    if (app.isEmpty()) {
        m_message->setText(tr("Choose a project in the list first."));
        return;
    }
    const QString code = m_candidates->item(m_candidates->currentRow(), 0)->text();
    const QString name = m_name->text().trimmed();
    QString error;
    if (!ProgramSetupRepository(m_store).addTeam(m_programId, app, name, &error)) {
        m_message->setText(tr("%1 was not added. %2").arg(code, error));
        return;
    }
    m_name->clear();
    reload();
    m_message->setText(tr("%1 (%2) is a team of the program now.").arg(name, code));
    Q_EMIT statusMessage(m_message->text());
}

void ProgramTeamsDialog::removeTeam()
{
    const QString team = selectedId(m_teams);
    if (team.isEmpty() || !m_remove->isEnabled())
        return;
    const QString name = m_teams->item(m_teams->currentRow(), 0)->text();
    const QString reason = m_askReason(this, name);
    if (reason.trimmed().isEmpty())
        return;
    QString error;
    if (!ProgramSetupRepository(m_store).removeTeam(m_programId, team, reason, &error)) {
        m_message->setText(tr("%1 was not removed. %2").arg(name, error));
        return;
    }
    reload();
    m_message->setText(tr("%1 left the program; its project keeps its nodes.").arg(name));
    Q_EMIT statusMessage(m_message->text());
}

} // namespace gpudesk
