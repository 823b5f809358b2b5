// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/Workspace.h"
#include "crypto/SecureBytes.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace ra::test {

// A throwaway workspace on a fixed clock, with users whose passwords and TOTP secrets the test
// knows. Each code() moves the clock on by one TOTP step, since a code is accepted only once.
class TestWorkspace {
public:
    TestWorkspace();
    ~TestWorkspace();

    [[nodiscard]] app::Workspace& workspace() { return *m_workspace; }
    [[nodiscard]] domain::FixedClock& clock() { return m_clock; }
    [[nodiscard]] QString directory() const { return m_directory.path(); }

    // Adds a user (bootstrapping an administrator first when there is none) and returns it.
    domain::User addUser(const QString& username, domain::Role role, bool keyCustodian = false);
    [[nodiscard]] static QString password(const QString& username) { return username + QStringLiteral("-password-1"); }
    [[nodiscard]] static crypto::SecureBytes secret(const QString& text);
    // The current TOTP code of a user, after moving the clock past the last step used.
    [[nodiscard]] QString code(const QString& username);
    [[nodiscard]] QString totpSecret(const QString& username) const { return m_totpSecrets.value(username); }

    // Copies a demo package (by folder name, e.g. "sample-kk") to a fresh folder the test may change.
    [[nodiscard]] QString copyDemoPackage(const QString& name);
    // Rewrites one package's manifest.
    static void writeManifest(const QString& packageDirectory, const QByteArray& json);
    [[nodiscard]] static QByteArray readManifest(const QString& packageDirectory);

    [[nodiscard]] qint64 count(const QString& sql);

private:
    QTemporaryDir m_directory;
    QTemporaryDir m_scratch;
    domain::FixedClock m_clock;
    std::unique_ptr<app::Workspace> m_workspace;
    std::optional<domain::User> m_administrator;
    std::optional<domain::User> m_confirmer; // the second administrator, who confirms grants
    QHash<QString, QString> m_totpSecrets;
    int m_packages = 0;
};

} // namespace ra::test
