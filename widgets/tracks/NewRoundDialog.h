// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/RoundCreation.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPushButton;

namespace gpudesk {

// The dates (and, for a national-project round, the code and titles) of a track's next round;
// everything else comes from the round it is made from.
class NewRoundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRoundDialog)

public:
    enum class Kind
    {
        Survey,    // a national-project round: code, titles, survey window, deadlines
        Evaluation // a program's yearly round: results due and the review deadline
    };
    NewRoundDialog(Kind kind, const NewRound &defaults, QWidget *parent = nullptr);

    NewRound round() const;
    QPushButton *okButton() const { return m_ok; }

private:
    void check();

    Kind m_kind;
    NewRound m_defaults;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QDateEdit *m_opens = nullptr;
    QDateEdit *m_closes = nullptr;
    QDateEdit *m_deadline = nullptr;
    QDateEdit *m_allocation = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace gpudesk
