// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/User.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// Sign-in (password + TOTP, R-ROLE-3) and, in unlock mode, re-authentication after an idle lock
// (R-ROLE-4). Every attempt goes through AuthService, which audits it.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Login, Unlock };

    LoginDialog(app::Workspace& workspace, Mode mode, const std::optional<domain::User>& lockedUser = std::nullopt,
                QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The user who signed in, once the dialog was accepted.
    [[nodiscard]] const std::optional<domain::User>& user() const { return m_user; }
    // In unlock mode the user may choose to log out instead.
    [[nodiscard]] bool logoutRequested() const { return m_logoutRequested; }

    // Tries to sign in with what is typed; public so tests can drive it like the button does.
    void attempt();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void languageChosen(int index);
    void firstSignIn();

    app::Workspace& m_workspace;
    Mode m_mode;
    std::optional<domain::User> m_user;
    std::optional<domain::User> m_lockedUser;
    bool m_logoutRequested = false;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_codeEdit = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_enrolButton = nullptr; // first sign-in with an enrolment code (login mode only)
};

} // namespace ra::ui
