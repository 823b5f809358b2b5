// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// A supervisor's approval (UI.md, R-APR-2): the certificate exactly as it will be issued, then the
// password and a fresh one-time code. The approval is a statement over that content signed with
// the supervisor's own key; the service and, later, the signing module check it.
class ApprovalDialog : public QDialog {
    Q_OBJECT

public:
    ApprovalDialog(app::Workspace& workspace, const domain::User& supervisor, const domain::Application& application,
                   QWidget* parent = nullptr);
    ~ApprovalDialog() override;

    // Signs in again with what is typed and approves, as the Approve button does.
    void attempt();
    // Asks for a reason and sends the application back to its officer, as the Send back button does.
    void sendBack();

private:
    QWidget* buildContent(const domain::Application& application);

    app::Workspace& m_workspace;
    domain::User m_supervisor;
    qint64 m_applicationId;
    QString m_contentDigest; // what this dialog shows; the approval must cover exactly this
    QLineEdit* m_password = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace ra::ui
