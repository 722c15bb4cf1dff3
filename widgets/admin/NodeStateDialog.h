// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gpudesk {

// Takes nodes out of service (maintenance, failed, reserved) with the reason operators and
// officers will read, or puts them back; says first which projects' allocations the nodes hold.
class NodeStateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeStateDialog)

public:
    NodeStateDialog(const QStringList &hostnames, const QStringList &effects,
                    QWidget *parent = nullptr);

    void setState(NodeState state);
    NodeState state() const;
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    void update();

    QButtonGroup *m_states = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_effects = nullptr;
    QStringList m_effectLines;
    QPushButton *m_ok = nullptr;
};

} // namespace gpudesk
