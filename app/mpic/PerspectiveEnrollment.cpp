// SPDX-License-Identifier: Apache-2.0
#include "app/mpic/PerspectiveEnrollment.h"

#include "app/OwnerOnlyFiles.h"

#include "crypto/TlsAuthority.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace ra::app {

using domain::fail;

namespace {
constexpr int kAuthorityDays = 3650;
constexpr int kCertificateDays = 825;

// Keys and certificates alike are their owner's from the first byte (issue 12 item 8): the
// agents run as the same user, and a key is never readable between writing and a chmod.
domain::Status writeFile(const QString& path, const QByteArray& data) {
    const OwnerOnlyFiles ownerOnly;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        return fail(QStringLiteral("perspective.write"),
                    QCoreApplication::translate("PerspectiveEnrollment", "%1 cannot be written.").arg(path));
    }
    return {};
}

domain::Status writeCredentials(const QString& stem, const crypto::TlsCredentials& credentials) {
    if (auto written = writeFile(stem + QStringLiteral(".pem"), credentials.certificatePem); !written) {
        return written;
    }
    return writeFile(stem + QStringLiteral(".key"), credentials.privateKeyPem);
}
} // namespace

PerspectiveEnrollment::PerspectiveEnrollment(QString workspaceDirectory)
    : m_workspaceDirectory(std::move(workspaceDirectory)) {}

QString PerspectiveEnrollment::path(const QString& name) const {
    return QDir(m_workspaceDirectory).filePath(QStringLiteral("perspectives/") + name);
}

MutualTlsFiles PerspectiveEnrollment::workstationFiles() const {
    return {path(QStringLiteral("workstation.pem")), path(QStringLiteral("workstation.key")),
            path(QStringLiteral("authority.pem"))};
}

domain::Status PerspectiveEnrollment::ensureAuthority(const QDateTime& now) {
    if (QFile::exists(path(QStringLiteral("authority.key"))) &&
        QFile::exists(path(QStringLiteral("workstation.key")))) {
        return {};
    }
    {
        const OwnerOnlyFiles ownerOnly;
        QDir().mkpath(path({}));
    }
    const auto authority =
        crypto::TlsAuthority::create(QStringLiteral("RA Workstation perspective authority"), now, kAuthorityDays);
    if (!authority) {
        return std::unexpected(authority.error());
    }
    const auto workstation =
        authority->issue(QStringLiteral("ra-workstation"), crypto::TlsAuthority::Role::Client, now, kCertificateDays);
    if (!workstation) {
        return std::unexpected(workstation.error());
    }
    if (auto written = writeCredentials(path(QStringLiteral("authority")), authority->credentials()); !written) {
        return written;
    }
    return writeCredentials(path(QStringLiteral("workstation")), *workstation);
}

domain::Result<QString> PerspectiveEnrollment::enroll(const PerspectiveAgentSpec& agent, const QString& directory,
                                                      const QDateTime& now) const {
    const auto authority = crypto::TlsAuthority::load(
        {readFileBytes(path(QStringLiteral("authority.pem"))), readFileBytes(path(QStringLiteral("authority.key")))});
    if (!authority) {
        return std::unexpected(authority.error());
    }
    const auto credentials = authority->issue(agent.name, crypto::TlsAuthority::Role::Server, now, kCertificateDays);
    if (!credentials) {
        return std::unexpected(credentials.error());
    }
    QDir().mkpath(directory);
    const QDir dir(directory);
    if (auto written = writeCredentials(dir.filePath(agent.name), *credentials); !written) {
        return std::unexpected(written.error());
    }
    // The agent gets the authority's certificate, never its key.
    if (auto written =
            writeFile(dir.filePath(QStringLiteral("authority.pem")), authority->credentials().certificatePem);
        !written) {
        return std::unexpected(written.error());
    }
    const QString ini = dir.filePath(agent.name + QStringLiteral(".ini"));
    QFile::remove(ini);
    QSettings config(ini, QSettings::IniFormat);
    config.setValue(QStringLiteral("perspective/name"), agent.name);
    config.setValue(QStringLiteral("perspective/region"), agent.region);
    config.setValue(QStringLiteral("perspective/rir"), domain::rirId(agent.rir));
    config.setValue(QStringLiteral("perspective/listen"), QStringLiteral("127.0.0.1:%1").arg(agent.port));
    config.setValue(QStringLiteral("perspective/certificate"), agent.name + QStringLiteral(".pem"));
    config.setValue(QStringLiteral("perspective/key"), agent.name + QStringLiteral(".key"));
    config.setValue(QStringLiteral("perspective/ca_certificate"), QStringLiteral("authority.pem"));
    config.setValue(QStringLiteral("perspective/resolver"), agent.lookups.forwarder);
    config.setValue(QStringLiteral("perspective/trust_anchor"), agent.lookups.trustAnchorFile);
    config.setValue(QStringLiteral("perspective/stub_zones"), agent.lookups.stubZones.join(QLatin1Char(',')));
    config.setValue(QStringLiteral("perspective/allow_loopback_targets"), agent.lookups.allowLoopbackTargets);
    config.setValue(QStringLiteral("perspective/simulated_latency_ms"), agent.simulatedLatencyMs);
    config.sync();
    if (config.status() != QSettings::NoError) {
        return fail(QStringLiteral("perspective.write"),
                    QCoreApplication::translate("PerspectiveEnrollment", "%1 cannot be written.").arg(ini));
    }
    return ini;
}

QList<std::pair<QString, QString>> PerspectiveEnrollment::agentSettings(const QList<PerspectiveAgentSpec>& agents,
                                                                        const ObserverOptions& primary) {
    QList<std::pair<QString, QString>> values{
        {QStringLiteral("dns/resolver"), primary.forwarder},
        {QStringLiteral("dns/trust_anchor"), primary.trustAnchorFile},
        {QStringLiteral("dns/stub_zones"), primary.stubZones.join(QLatin1Char(','))}};
    QStringList names;
    for (const PerspectiveAgentSpec& agent : agents) {
        names << agent.name;
        const QString prefix = QStringLiteral("perspectives/") + agent.name + QLatin1Char('/');
        values.append({prefix + QStringLiteral("url"), QStringLiteral("https://127.0.0.1:%1").arg(agent.port)});
        values.append({prefix + QStringLiteral("region"), agent.region});
        values.append({prefix + QStringLiteral("rir"), domain::rirId(agent.rir)});
    }
    values.append({QStringLiteral("perspectives/names"), names.join(QLatin1Char(','))});
    values.append({QStringLiteral("perspectives/certificate"), QStringLiteral("perspectives/workstation.pem")});
    values.append({QStringLiteral("perspectives/key"), QStringLiteral("perspectives/workstation.key")});
    values.append({QStringLiteral("perspectives/ca_certificate"), QStringLiteral("perspectives/authority.pem")});
    return values;
}

MpicSettings PerspectiveEnrollment::settingsFor(const QList<PerspectiveAgentSpec>& agents,
                                                const ObserverOptions& primary) const {
    MpicSettings settings;
    settings.primary = primary;
    settings.tls = workstationFiles();
    for (const PerspectiveAgentSpec& agent : agents) {
        settings.perspectives.append(
            {agent.name, agent.region, agent.rir, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(agent.port))});
    }
    return settings;
}

} // namespace ra::app
