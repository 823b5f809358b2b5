// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/DcvService.h"
#include "domain/Application.h"
#include "domain/User.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// The Domains step (UI.md): one row per requested name with its validation, random value, expiry
// and CAA; the officer starts a validation, runs the DNS check or the CAA check, and watches the
// primary and every remote perspective answer in the grid. The network round runs on a worker
// thread, so the window never waits for it; the evidence is stored when it ends.
class DomainsPage : public QWidget {
    Q_OBJECT

public:
    DomainsPage(app::Workspace& workspace, const domain::User& user, const domain::Application& application,
                QWidget* parent = nullptr);
    ~DomainsPage() override;

    // For tests and keyboard users: the actions the buttons run.
    void startValidation(const QString& fqdn, domain::DcvMethod method, const QString& authorizationDomain,
                         const QString& label);
    void runDnsCheck();
    void runCaaCheck();
    [[nodiscard]] bool running() const { return m_running; }

signals:
    // Evidence was stored: the application window reloads the checklist.
    void evidenceRecorded();
    void roundFinished();

private:
    void fillNames();
    void showSelected();
    void showObservations(const QList<app::StoredObservation>& observations, const QString& decision);
    void setRunning(bool running);
    void showReport(const app::PerspectiveReport& report);
    void startRound(const app::ValidationRound& round, bool caa);
    void finishRound(const app::ValidationRound& round, bool caa, const app::DcvRoundResult& result);
    [[nodiscard]] QString selectedName() const;
    [[nodiscard]] std::optional<domain::DcvAttempt> latestAttempt(const QString& fqdn) const;
    // The random value as the table shows it: an email method's never.
    [[nodiscard]] static QString shownValue(const domain::DcvAttempt& attempt);
    [[nodiscard]] std::optional<app::CaaEvidence> latestCaa(const QString& fqdn) const;
    void askForValidation();

    app::Workspace& m_workspace;
    domain::User m_user;
    domain::Application m_application;
    QList<domain::DcvAttempt> m_attempts;
    QHash<QString, app::CaaEvidence> m_latestCaa; // by name
    QHash<QString, app::ValidationInUse> m_inUse; // R-DOC-2: what each name relies on now
    QTableWidget* m_names = nullptr;
    QTableWidget* m_perspectives = nullptr;
    QLabel* m_instructions = nullptr;
    QLabel* m_caa = nullptr;
    QLabel* m_decision = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_dnsCheck = nullptr;
    QPushButton* m_caaCheck = nullptr;
    bool m_running = false;
    bool m_mayValidate = false;
};

} // namespace ra::ui
