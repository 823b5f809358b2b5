// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/HighRisk.h"
#include "domain/User.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HighRiskNamesDialog;
}

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// The high-risk name list (R-IN-4, CP 4.2.1): the names requested certificates are matched against,
// look-alikes included (ICU's confusable skeleton, shown beside each name), with the reason each is
// listed. An administrator adds a name with its reason or removes one after a question; a removal
// is kept in the store and the audit log. The rules (who may, what a name is) are HighRiskService's.
class HighRiskNamesDialog : public QDialog {
    Q_OBJECT

public:
    HighRiskNamesDialog(app::Workspace& workspace, const domain::User& administrator, QWidget* parent = nullptr);
    ~HighRiskNamesDialog() override;

    // What the buttons run (also for tests and keyboard users).
    void add();
    void removeSelected();

private:
    void reload();

    std::unique_ptr<Ui::HighRiskNamesDialog> m_ui;
    app::Workspace& m_workspace;
    domain::User m_administrator;
    QList<domain::HighRiskName> m_names;
};

} // namespace ra::ui
