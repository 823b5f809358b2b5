// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <memory>

namespace ra::app {
class Workspace;
}

namespace ra::ui {

class MainWindow;

// The session cycle of the GUI: sign in, work, log out (or lock), sign in again; and rebuilding
// the main window when the user switches language.
class WorkstationShell : public QObject {
    Q_OBJECT

public:
    explicit WorkstationShell(app::Workspace& workspace, QObject* parent = nullptr);
    ~WorkstationShell() override;

    // Shows the sign-in dialog; returns false when the user quits instead.
    bool signIn();
    [[nodiscard]] MainWindow* mainWindow() const { return m_mainWindow.get(); }

private:
    void logout();
    void switchLanguage(const QString& language);
    void showMainWindow(const struct ShellUser& user);

    app::Workspace& m_workspace;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace ra::ui
