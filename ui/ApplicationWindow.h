// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/User.h"
#include "domain/Workflow.h"

#include <QMainWindow>

class QGroupBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QHBoxLayout;
class QPushButton;

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// One application under review (UI.md): the steps on the left with their status in icon and word,
// the page of the chosen step in the middle, the rule of the selected checklist item on the right,
// and the application's audit timeline at the bottom. The rule, the evidence and the decision are
// on screen together.
class ApplicationWindow : public QMainWindow {
    Q_OBJECT

public:
    ApplicationWindow(app::Workspace& workspace, const domain::User& user, qint64 applicationId,
                      QWidget* parent = nullptr);
    ~ApplicationWindow() override;

    [[nodiscard]] qint64 applicationId() const { return m_applicationId; }
    [[nodiscard]] const domain::Application& application() const { return m_application; }
    void reload();
    // Runs a workflow action as its button does (reasons come from Prompts).
    void perform(domain::WorkflowAction action);
    // R-IN-4: the validator records the additional verification a high-risk match asks for —
    // what was verified and whether it confirmed the application (two questions, then the service).
    void recordAdditionalVerification();
    void approve();
    void saveCertificate();
    void saveDossier();
    void showStep(domain::ReviewStep step);
    [[nodiscard]] QStringList actionButtonTexts() const;

signals:
    void applicationChanged(qint64 applicationId);
    // The application is approved and someone asked to issue its certificate (the main window runs
    // the custodians' ceremony and the signing module).
    void issueRequested(qint64 applicationId);

private:
    void build();
    void fillSteps();
    void fillActions();
    void fillTimeline();
    QWidget* buildPage(domain::ReviewStep step);
    QWidget* buildApplicantPage();
    QWidget* buildOrganizationPage();
    QWidget* buildDocumentsPage();
    QWidget* buildAuthorityPage();
    QWidget* buildDomainsPage();
    QWidget* buildSummaryPage();
    QTreeWidget* checklistTree(const QList<domain::ChecklistDefinition>& definitions);
    QGroupBox* checkResultsBox();
    QGroupBox* previewBox();
    void showRule(const QString& code);

    app::Workspace& m_workspace;
    domain::User m_user;
    qint64 m_applicationId;
    domain::Application m_application;
    QListWidget* m_steps = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTextBrowser* m_rule = nullptr;
    QListWidget* m_timeline = nullptr;
    QHBoxLayout* m_actionsLayout = nullptr;
    QLabel* m_stateLabel = nullptr;
    QList<QPushButton*> m_actionButtons;
    QLabel* m_certificateLabel = nullptr; // once the certificate is issued
};

} // namespace ra::ui
