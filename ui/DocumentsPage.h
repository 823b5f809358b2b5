// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/DocumentInspection.h"
#include "domain/User.h"

#include <QWidget>

#include <memory>

class QCheckBox;

namespace Ui {
class DocumentsPage;
}

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// The Documents step (R-DOC-1): every version of every document with its inspection, a preview
// shown only after the stored bytes are checked against their SHA-256, the officer's inspection
// checklist, and replacement by a new version. The rules are DocumentService's.
class DocumentsPage : public QWidget {
    Q_OBJECT

public:
    DocumentsPage(app::Workspace& workspace, const domain::User& user, const domain::Application& application,
                  QWidget* parent = nullptr);
    ~DocumentsPage() override;

    // What the buttons run, on the selected document (also for tests and keyboard users). Each
    // returns the refusal's message, empty when recorded.
    QString inspectSelected();
    QString replaceSelected();

signals:
    // An inspection or a new version was stored: the application window reloads its checklist.
    void documentsChanged();

private:
    void fillDocuments();
    void fillInspections();
    void showDocument(int row);
    [[nodiscard]] qint64 selectedDocumentId() const;
    void say(const QString& problem, const QString& success);

    std::unique_ptr<Ui::DocumentsPage> m_ui;
    app::Workspace& m_workspace;
    domain::User m_user;
    domain::Application m_application;
    QList<domain::DocumentInspection> m_inspections;
    QList<QCheckBox*> m_checks;
};

} // namespace ra::ui
