// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/CorporateRecord.h"
#include "domain/User.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OrganizationPage;
}

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// The Organization step (UI.md "Organization page, with a registry look-up"): the officer types the
// corporate number (or finds it by the registered name), the registry is asked on a worker thread, and the page shows
// the registry's record next to the application's claims field by field, the evidence with its age and expiry
// (R-DOC-2), and the subject values the certificate will carry (R-CSR-5). What it shows is read
// back from the stored evidence, so a reload shows the same.
class OrganizationPage : public QWidget {
    Q_OBJECT

public:
    OrganizationPage(app::Workspace& workspace, const domain::User& user, const domain::Application& application,
                     QWidget* parent = nullptr);
    ~OrganizationPage() override;

    // What the buttons run (also for tests and keyboard users).
    void lookUp(const QString& corporateNumber);
    // Lists the registry's corporations with this name; choosing one fills the number to look up.
    void searchByName(const QString& name);
    [[nodiscard]] bool running() const { return m_running; }
    // Records the earlier registry answer offered for the typed number (R-DOC-2).
    void reuseOffered();
    // Opens the dialog for evidence the officer enters (R-ORG-1..3); window-modal, not blocking.
    void recordOtherEvidence();

signals:
    // Evidence was stored (or a refusal audited): the application window reloads its checklist.
    void evidenceRecorded();
    void lookupFinished(const QString& problem);
    void searchFinished(const QString& problem);

private:
    void fill();
    void fillComparison();
    void fillEvidence();
    void setRunning(bool running);
    void updateReuseOffer();
    void showSearchResults(const QList<domain::CorporateRecord>& records);

    std::unique_ptr<Ui::OrganizationPage> m_ui;
    app::Workspace& m_workspace;
    domain::User m_user;
    domain::Application m_application;
    bool m_running = false;
    bool m_mayRecord = false;
};

} // namespace ra::ui
