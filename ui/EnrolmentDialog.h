// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/User.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class EnrolmentDialog;
}

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// First sign-in (R-ROLE-4): the holder of a new or reset account gives the enrolment code, then
// chooses their own password and sets up their own authenticator, proved by a code from it.
// AuthService checks the code (failures count towards the lockout) and enrols; this dialog only
// shows the steps.
class EnrolmentDialog : public QDialog {
    Q_OBJECT

public:
    explicit EnrolmentDialog(app::Workspace& workspace, QWidget* parent = nullptr);
    ~EnrolmentDialog() override;

    // The enrolled user, once the dialog was accepted.
    [[nodiscard]] const std::optional<domain::User>& enrolled() const { return m_enrolled; }
    // Continue on the first step, Enrol on the second; public so tests can drive it like the button.
    void proceed();
    // Closing, whichever way, leaves no secret in the window.
    void done(int result) override;

private:
    void checkCode();
    void enrol();
    void showProblem(const QString& message);

    std::unique_ptr<Ui::EnrolmentDialog> m_ui;
    app::Workspace& m_workspace;
    std::optional<domain::User> m_holder; // whose code was accepted
    crypto::SecureBytes m_totpSecret;
    std::optional<domain::User> m_enrolled;
};

} // namespace ra::ui
