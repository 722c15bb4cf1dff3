// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/ApplicationFilter.h"
#include "store/CallRepository.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace gpudesk {

class SearchLineEdit;

// Search box and filters above the application table: call, status, accelerator type,
// organisation type and a node range. Every change is reported at once: the query is fast
// enough that waiting would only make the list feel slow.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    FilterBar(const QList<CallSummary> &calls, const QList<AcceleratorTypeInfo> &types,
              QWidget *parent = nullptr);

    ApplicationFilter filter() const;
    void setFilter(const ApplicationFilter &filter);
    SearchLineEdit *searchEdit() const { return m_search; }
    void clear();

Q_SIGNALS:
    void filterChanged(const gpudesk::ApplicationFilter &filter);

private:
    void emitChanged();

    SearchLineEdit *m_search = nullptr;
    QComboBox *m_call = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_orgType = nullptr;
    QSpinBox *m_minNodes = nullptr;
    QSpinBox *m_maxNodes = nullptr;
    bool m_quiet = false;
};

} // namespace gpudesk
