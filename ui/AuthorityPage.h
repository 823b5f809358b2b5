// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Callback.h"
#include "domain/User.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AuthorityPage;
}

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// The Authority step (R-ORG-5, CP 3.2.5): the representative as the application states them,
// a form recording a call-back to a number or address taken from an approved Reliable Data
// Source, and the call-backs recorded so far. The rules (not the applicant's own contact, an
// approved source, a plausible time) are AuthorityService's; this page only says what it refused.
class AuthorityPage : public QWidget {
    Q_OBJECT

public:
    AuthorityPage(app::Workspace& workspace, const domain::User& user, const domain::Application& application,
                  QWidget* parent = nullptr);
    ~AuthorityPage() override;

    // What the button runs, with the form's values (also for tests and keyboard users). Returns
    // the refusal's message, empty when recorded.
    QString record();

signals:
    // A call-back was stored: the application window reloads its checklist.
    void callbackRecorded();

private:
    [[nodiscard]] domain::Callback fromForm() const;
    void fillSources();
    void fillHistory();

    std::unique_ptr<Ui::AuthorityPage> m_ui;
    app::Workspace& m_workspace;
    domain::User m_user;
    domain::Application m_application;
};

} // namespace ra::ui
