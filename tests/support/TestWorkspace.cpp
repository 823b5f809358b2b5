// SPDX-License-Identifier: Apache-2.0
#include "tests/support/TestWorkspace.h"

#include "app/DemoWorkspace.h"
#include "crypto/Base32.h"
#include "crypto/Totp.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace ra::test {

TestWorkspace::TestWorkspace()
    : m_clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)) {
    auto created = app::Workspace::create(m_directory.path(), m_clock);
    if (!created) {
        qFatal("cannot create test workspace: %s", qPrintable(created.error().detail));
    }
    m_workspace = std::move(*created);
}

TestWorkspace::~TestWorkspace() = default;

crypto::SecureBytes TestWorkspace::secret(const QString& text) {
    QByteArray bytes = text.toUtf8();
    return crypto::SecureBytes::takeFrom(bytes);
}

domain::User TestWorkspace::addUser(const QString& username, domain::Role role, bool keyCustodian) {
    if (!m_administrator && role != domain::Role::Administrator) {
        addUser(QStringLiteral("root-admin"), domain::Role::Administrator);
    }
    auto added = app::DemoWorkspace::addEnrolledUser(*m_workspace, m_administrator, m_confirmer, username, username,
                                                     role, keyCustodian, secret(password(username)));
    if (!added) {
        qFatal("cannot add user %s: %s", qPrintable(username), qPrintable(added.error().userMessage));
    }
    m_totpSecrets.insert(username, added->totpSecretBase32);
    if (role == domain::Role::Administrator && !m_administrator) {
        m_administrator = added->user;
        // The set-up's second administrator, who confirms the grants the first one makes.
        m_confirmer = addUser(QStringLiteral("second-admin"), domain::Role::Administrator);
    }
    return added->user;
}

QString TestWorkspace::code(const QString& username) {
    m_clock.advanceSeconds(30);
    QByteArray raw = *crypto::base32Decode(m_totpSecrets.value(username).toLatin1());
    return crypto::Totp::code(crypto::SecureBytes::takeFrom(raw), m_clock.nowUtc().toSecsSinceEpoch());
}

QString TestWorkspace::copyDemoPackage(const QString& name) {
    const QString target = QDir(m_scratch.path()).filePath(QStringLiteral("pkg%1").arg(++m_packages));
    QDir().mkpath(target);
    const QStringList extracted = app::DemoWorkspace::extractSamplePackages(target);
    for (const QString& path : extracted) {
        if (QFileInfo(path).fileName() == name) {
            return path;
        }
    }
    qFatal("no demo package %s", qPrintable(name));
    return {};
}

void TestWorkspace::writeManifest(const QString& packageDirectory, const QByteArray& json) {
    QFile file(QDir(packageDirectory).filePath(QStringLiteral("application.json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
}

QByteArray TestWorkspace::readManifest(const QString& packageDirectory) {
    QFile file(QDir(packageDirectory).filePath(QStringLiteral("application.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

qint64 TestWorkspace::count(const QString& sql) {
    QSqlQuery query(m_workspace->database().connection());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace ra::test
