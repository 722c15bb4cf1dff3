// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "store/ApplicationRepository.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace gpudesk {

class ApplicationDetailPanel;
class ApplicationTableModel;
class FilterBar;
class Store;

// The Applications area: search and filters, the SQL-windowed table, the detail panel, and the
// screening actions, all driven through models/ (rules, repositories, item model).
class ApplicationBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationBrowser)

public:
    // Questions the browser asks the user. Tests replace them; the defaults show dialogs.
    struct Prompts
    {
        std::function<bool(QWidget *parent, const QString &title, const QString &text,
                           const QString &details)>
            confirm;
        std::function<std::optional<std::pair<ApplicationStatus, QString>>(
            QWidget *parent, ApplicationStatus from, int count)>
            askTransition;
        std::function<QString(QWidget *parent)> askExportPath;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    };

    explicit ApplicationBrowser(Store &store, QWidget *parent = nullptr);
    ~ApplicationBrowser() override;

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }

    FilterBar *filterBar() const { return m_filterBar; }
    QTableView *table() const { return m_table; }
    ApplicationTableModel *model() const { return m_model.get(); }
    ApplicationDetailPanel *detailPanel() const { return m_detail; }
    QList<QAction *> areaActions() const;
    // Read-only (managers): no screening and no status changes, only reading and export.
    void setReadOnly(bool readOnly);

    QStringList selectedIds() const;
    void focusSearch();
    void copySelection();
    void refresh();
    void setDetailVisible(bool visible);
    bool isDetailVisible() const;

    // Screening: submitted or screening applications are checked against their call's rules;
    // those that pass go to review, the others are rejected with the failures as the reason.
    void screenSelected();
    void startScreeningSelected();
    void changeStatusOfSelected();
    // Writes exactly the rows and columns on screen, in their order, to a CSV file.
    bool exportView(const QString &path, QString *error);
    void exportViewInteractive();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void onFilterChanged();
    void onCurrentChanged();
    void onStoreChanged(const QSet<QString> &tables);
    void updateActions();
    void updateCount();
    void reselect(const QString &id);
    QList<std::pair<QString, ApplicationStatus>> selectedStatuses() const;

    Store &m_store;
    ApplicationRepository m_repository;
    std::unique_ptr<ApplicationTableModel> m_model;
    Prompts m_prompts;
    bool m_readOnly = false;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    ApplicationDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_startScreening = nullptr;
    QAction *m_screen = nullptr;
    QAction *m_changeStatus = nullptr;
    QAction *m_export = nullptr;
    int m_total = 0;
};

} // namespace gpudesk
