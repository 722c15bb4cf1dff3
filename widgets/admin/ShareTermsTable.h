// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallDefinition.h"

#include <QTableWidget>

class QCheckBox;
class QDoubleSpinBox;

namespace gpudesk {

// Per organisation type: may it apply, and the share of the market price it pays (DOMAIN.md:
// universities and institutes 0 %, SMEs and startups 5-10 %, as the call says).
class ShareTermsTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareTermsTable)

public:
    enum Column
    {
        Eligible,
        Share,
        ColumnCount
    };

    explicit ShareTermsTable(QWidget *parent = nullptr);

    void setTerms(const QList<CallShareTerm> &terms);
    QList<CallShareTerm> terms() const;

    QCheckBox *eligibleBox(OrganizationType t) const;
    QDoubleSpinBox *shareBox(OrganizationType t) const;

Q_SIGNALS:
    void changed();

private:
    QStringList m_ids;
};

} // namespace gpudesk
