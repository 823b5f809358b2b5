// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SigningModule.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace ra::app {
class Workspace;
}

namespace ra::ui {

// The CA key activation ceremony (UI.md, R-HSM-2): one panel per Key Custodian, side by side.
// Nothing typed is echoed or kept: every field is cleared after each attempt.
class CaActivationDialog : public QDialog {
    Q_OBJECT

public:
    explicit CaActivationDialog(app::Workspace& workspace, QWidget* parent = nullptr);
    ~CaActivationDialog() override;

    // Runs the ceremony with what is typed, as the Activate button does.
    void attempt();
    // The signing module on the activated token, once the dialog was accepted.
    [[nodiscard]] std::unique_ptr<crypto::SigningModule> takeModule() { return std::move(m_module); }
    [[nodiscard]] QStringList custodians() const { return m_custodians; }

private:
    struct Panel {
        QLineEdit* user = nullptr;
        QLineEdit* password = nullptr;
        QLineEdit* code = nullptr;
        QLineEdit* share = nullptr;
    };
    QWidget* buildPanel(Panel& panel, int number);
    void clearSecrets();

    app::Workspace& m_workspace;
    Panel m_panels[2];
    QLabel* m_resultLabel = nullptr;
    std::unique_ptr<crypto::SigningModule> m_module;
    QStringList m_custodians;
};

} // namespace ra::ui
