// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SigningModule.h"
#include "domain/User.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QComboBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ra::app {
class Workspace;
}

namespace ra::ui {

class ApplicationQueueModel;
class ApplicationWindow;
class AuditBrowser;
class IdleLock;

// The main window (UI.md): role-aware views on the left, the queue or the audit log in the
// middle, and the workstation's state in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(app::Workspace& workspace, const domain::User& user, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Imports one package folder as the Import action and a drop do; returns the new id or 0.
    qint64 importPackage(const QString& path);
    ApplicationWindow* openApplication(qint64 applicationId);
    void lockSession();
    // R-HSM-2: the ceremony dialog; the key stays active until deactivated or the window closes.
    void activateCaKey();
    // Issues an approved application's certificate, asking two custodians to activate the key first
    // when it is not active.
    void issueCertificate(qint64 applicationId);
    void deactivateCaKey();
    [[nodiscard]] bool isCaKeyActive() const { return m_signingModule && m_signingModule->isActive(); }
    [[nodiscard]] bool isLocked() const { return m_locked; }
    void setIdleTimeout(int milliseconds);
    [[nodiscard]] ApplicationQueueModel* queueModel() const { return m_queueModel; }
    [[nodiscard]] AuditBrowser* auditBrowser() const { return m_auditBrowser; }
    [[nodiscard]] QStringList viewNames() const;
    void showView(const QString& name);
    [[nodiscard]] QList<QAction*> changingActions() const; // actions that change data
    [[nodiscard]] const domain::User& user() const { return m_user; }

signals:
    void logoutRequested();
    void languageChangeRequested(const QString& language);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildViews();
    void buildStatusBar();
    void viewChanged(int row);
    void applyQueueFilter();
    void openSelected();
    void chooseAndImport();
    void refresh();
    void tick();
    void checkpointAuditLog();
    // Asks every configured perspective for its health on a worker thread (R-MPIC-1): the status
    // bar says how many answer, the tooltip which do not.
    void probePerspectives();

    app::Workspace& m_workspace;
    domain::User m_user;
    QListWidget* m_views = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_queueView = nullptr;
    ApplicationQueueModel* m_queueModel = nullptr;
    AuditBrowser* m_auditBrowser = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QComboBox* m_officerFilter = nullptr;
    QComboBox* m_ageFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_queueTitle = nullptr;
    QLabel* m_clockLabel = nullptr;
    QLabel* m_perspectivesLabel = nullptr;
    bool m_probing = false;
    QLabel* m_hsmLabel = nullptr;
    QAction* m_deactivateAction = nullptr;
    std::unique_ptr<crypto::SigningModule> m_signingModule; // while two custodians keep the CA key active
    QStringList m_custodians;
    QTimer* m_searchDelay = nullptr;
    QTimer* m_checkpointTimer = nullptr; // signs an audit checkpoint hourly while the CA key is active
    QAction* m_importAction = nullptr;
    IdleLock* m_idleLock = nullptr;
    bool m_locked = false;
    QHash<qint64, QPointer<ApplicationWindow>> m_openWindows;
};

} // namespace ra::ui
