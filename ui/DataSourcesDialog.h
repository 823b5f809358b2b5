// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ReliableDataSource.h"
#include "domain/User.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DataSourcesDialog;
}

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// The registry of Reliable Data Sources (R-ORG-4, CP 3.2.2.7): every source with its evaluation
// and who approved or withdrew it. An administrator evaluates a new source against the five
// criteria and approves it, or withdraws one; sources are never deleted, evidence keeps citing
// them. The rules (who may, what an evaluation needs) are OrganizationService's.
class DataSourcesDialog : public QDialog {
    Q_OBJECT

public:
    DataSourcesDialog(app::Workspace& workspace, const domain::User& administrator, QWidget* parent = nullptr);
    ~DataSourcesDialog() override;

    // What the buttons run (also for tests and keyboard users).
    void approve();
    void withdrawSelected();

private:
    void reload();
    void showSelected();
    [[nodiscard]] domain::ReliableDataSource evaluation() const;

    std::unique_ptr<Ui::DataSourcesDialog> m_ui;
    app::Workspace& m_workspace;
    domain::User m_administrator;
    QList<domain::ReliableDataSource> m_sources;
};

} // namespace ra::ui
