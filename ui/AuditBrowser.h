// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/AuditLogService.h"
#include "domain/User.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ra::app {
class Workspace;
}

namespace ra::ui {

class AuditLogModel;

// The auditor's view of the log (R-AUD-2, R-AUD-3): filters, a lazy table, the entry with its
// chain hashes, chain verification off the GUI thread, and export. It changes nothing but the
// log itself, which records each verification and export.
class AuditBrowser : public QWidget {
    Q_OBJECT

public:
    AuditBrowser(app::Workspace& workspace, const domain::User& user, QWidget* parent = nullptr);
    ~AuditBrowser() override;

    void applyFilter();
    void startVerification();
    void exportLog();
    [[nodiscard]] AuditLogModel* model() const { return m_model; }
    [[nodiscard]] QString verificationText() const;
    [[nodiscard]] bool isVerifying() const { return m_watcher.isRunning(); }

signals:
    void verificationFinished(bool ok);

private:
    void showEntry();
    void verificationDone();

    app::Workspace& m_workspace;
    domain::User m_user;
    QByteArray m_auditPublicKey; // empty: no CA yet, or the HSM cannot be reached
    AuditLogModel* m_model = nullptr;
    QDateTimeEdit* m_fromEdit = nullptr;
    QDateTimeEdit* m_toEdit = nullptr;
    QComboBox* m_actorCombo = nullptr;
    QComboBox* m_eventCombo = nullptr;
    QSpinBox* m_applicationSpin = nullptr;
    QLineEdit* m_textEdit = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_chainLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QFutureWatcher<app::AuditVerification> m_watcher;
};

} // namespace ra::ui
