// SPDX-License-Identifier: Apache-2.0
#include "ui/WorkstationShell.h"

#include "app/Workspace.h"
#include "translations/Translations.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

namespace ra::ui {

struct ShellUser {
    domain::User user;
};

WorkstationShell::WorkstationShell(app::Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace) {}

WorkstationShell::~WorkstationShell() = default;

bool WorkstationShell::signIn() {
    LoginDialog login(m_workspace, LoginDialog::Mode::Login);
    if (login.exec() != QDialog::Accepted || !login.user()) {
        return false;
    }
    showMainWindow(ShellUser{*login.user()});
    return true;
}

void WorkstationShell::showMainWindow(const ShellUser& shellUser) {
    m_mainWindow = std::make_unique<MainWindow>(m_workspace, shellUser.user);
    connect(m_mainWindow.get(), &MainWindow::logoutRequested, this, &WorkstationShell::logout, Qt::QueuedConnection);
    connect(m_mainWindow.get(), &MainWindow::languageChangeRequested, this, &WorkstationShell::switchLanguage,
            Qt::QueuedConnection);
    m_mainWindow->show();
}

void WorkstationShell::logout() {
    m_mainWindow.reset();
    if (!signIn()) {
        QApplication::quit();
    }
}

void WorkstationShell::switchLanguage(const QString& language) {
    if (!m_mainWindow) {
        return;
    }
    const domain::User user = m_mainWindow->user();
    translations::install(*QCoreApplication::instance(), language);
    QSettings().setValue(QStringLiteral("ui/language"), language);
    // Rebuilt rather than retranslated in place: every string is set again from tr().
    m_mainWindow.reset();
    showMainWindow(ShellUser{user});
}

} // namespace ra::ui
