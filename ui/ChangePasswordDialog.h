// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/User.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// The signed-in user's own password (R-ROLE-4), given the current one. AuthService checks it,
// counts a wrong one towards the lockout and seals a supervisor's approval key again.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT

public:
    ChangePasswordDialog(app::Workspace& workspace, const domain::User& user, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    app::Workspace& m_workspace;
    domain::User m_user;
};

} // namespace ra::ui
