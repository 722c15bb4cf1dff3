// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gpudesk {

class Store;

// A program's teams (each a project holding nodes): the teams it has, with Remove (Delete) after
// a confirmation with a reason, and the projects that could join, picked and named to add one.
// Every change is checked by the program's rules and written through ProgramSetupRepository;
// what stops a change is said in the dialog.
class ProgramTeamsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramTeamsDialog)

public:
    // Asks for the reason to remove a team; empty: cancelled.
    using AskReason = std::function<QString(QWidget *, const QString &team)>;

    ProgramTeamsDialog(Store &store, const QString &programId, QWidget *parent = nullptr);

    void setAskReason(AskReason ask) { m_askReason = std::move(ask); }
    QTableWidget *teamsTable() const { return m_teams; }
    QTableWidget *candidatesTable() const { return m_candidates; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *messageLabel() const { return m_message; }

    void addTeam();
    void removeTeam();
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    Store &m_store;
    QString m_programId;
    AskReason m_askReason;
    QLabel *m_limits = nullptr;
    QTableWidget *m_teams = nullptr;
    QTableWidget *m_candidates = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace gpudesk
