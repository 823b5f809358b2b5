// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/User.h"

#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class SummaryPage;
}

namespace ra::ui {

// The Summary step (issue 11 item 9): every checklist item of every step, grouped by step, with
// its status, the rule it cites, who decided it and the evidence in its note; how many mandatory
// items have passed; and submission, enabled only when Workflow allows it, with the unmet items
// named otherwise. The page decides nothing: the window runs the submission through the service.
class SummaryPage : public QWidget {
    Q_OBJECT

public:
    SummaryPage(const domain::Application& application, const domain::User& user, QWidget* parent = nullptr);
    ~SummaryPage() override;

signals:
    void submitRequested();
    // A check was selected: the window shows its rule.
    void checkSelected(const QString& code);

private:
    void fillChecks();
    void fillSubmission();

    std::unique_ptr<Ui::SummaryPage> m_ui;
    domain::Application m_application;
    domain::User m_user;
};

} // namespace ra::ui
