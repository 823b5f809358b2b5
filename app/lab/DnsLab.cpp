// SPDX-License-Identifier: Apache-2.0
#include "app/lab/DnsLab.h"

#include "app/lab/LabProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QThread>
#include <QUdpSocket>

namespace ra::app {

using domain::fail;

namespace {
QString tool(const char* name) {
    return labprocess::systemTool(QString::fromLatin1(name));
}
} // namespace

DnsLab::DnsLab(QString directory, int port, QString webAddress)
    : m_directory(std::move(directory))
    , m_port(port)
    , m_webAddress(std::move(webAddress)) {}

QString DnsLab::path(const QString& name) const {
    return QDir(m_directory).filePath(name);
}

bool DnsLab::portFree(int port) {
    QUdpSocket udp;
    QTcpServer tcp;
    return udp.bind(QHostAddress::LocalHost, quint16(port)) && tcp.listen(QHostAddress::LocalHost, quint16(port));
}

QStringList DnsLab::zones() {
    return {QStringLiteral("test"), QStringLiteral("jp"), QStringLiteral("net"), QStringLiteral("insecure.test"),
            QStringLiteral("bogus.test")};
}

ObserverOptions DnsLab::lookupOptions() const {
    // The lab's top-level zones; the others are delegated from them and reached by referral.
    QStringList topLevel;
    for (const QString& zone : zones()) {
        if (!zone.contains(QLatin1Char('.'))) {
            topLevel << zone;
        }
    }
    // The lab's sites are on loopback addresses: its agents and the demo's primary may reach them.
    return {resolverAddress(), trustAnchorFile(), topLevel, true};
}

QStringList DnsLab::signedZones() {
    return {QStringLiteral("test"), QStringLiteral("bogus.test")};
}

QString DnsLab::trustAnchorFile() const {
    return path(QStringLiteral("trust-anchor.ds"));
}

QString DnsLab::resolverAddress() const {
    return QStringLiteral("127.0.0.1@%1").arg(m_port);
}

qint64 DnsLab::pid() const {
    return labprocess::readPidFile(path(QStringLiteral("knot.pid")));
}

bool DnsLab::running() const {
    return labprocess::alive(pid());
}

domain::Status DnsLab::knotc(const QStringList& arguments, QString* output) const {
    const QString program = tool("knotc");
    if (program.isEmpty()) {
        return fail(QStringLiteral("lab.no-knot"),
                    QCoreApplication::translate("DnsLab", "Knot DNS is not installed (Debian package knot)."));
    }
    QProcess process;
    process.start(program, QStringList{QStringLiteral("-c"), path(QStringLiteral("knot.conf"))} + arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(QStringLiteral("lab.knotc"),
                    QCoreApplication::translate("DnsLab", "The lab's DNS server refused a command."),
                    arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                        QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput()));
    }
    if (output) {
        *output = QString::fromLocal8Bit(process.readAllStandardOutput());
    }
    return {};
}

domain::Status DnsLab::start() {
    if (running()) {
        return fail(QStringLiteral("lab.running"),
                    QCoreApplication::translate("DnsLab", "The lab's DNS server runs already (PID %1).").arg(pid()));
    }
    const QString knotd = tool("knotd");
    if (knotd.isEmpty()) {
        return fail(QStringLiteral("lab.no-knot"),
                    QCoreApplication::translate("DnsLab", "Knot DNS is not installed (Debian package knot)."));
    }
    if (!portFree(m_port)) {
        return fail(QStringLiteral("lab.port-in-use"),
                    QCoreApplication::translate("DnsLab", "Port %1 on 127.0.0.1 is in use; choose another with --port.")
                        .arg(m_port));
    }
    QDir().mkpath(path(QStringLiteral("db")));
    for (const QString& name : zones()) {
        const QString zone = path(name + QStringLiteral(".zone"));
        if (!QFile::exists(zone) && !writeZone(name, zone)) {
            return fail(QStringLiteral("lab.write"),
                        QCoreApplication::translate("DnsLab", "The lab's zone cannot be written to %1.").arg(zone));
        }
        QFile::setPermissions(zone, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QString zoneList;
    for (const QString& name : zones()) {
        zoneList += QStringLiteral("  - domain: %1\n").arg(name);
        if (signedZones().contains(name)) {
            zoneList += QStringLiteral("    dnssec-signing: on\n    dnssec-policy: lab\n");
        }
    }
    QFile config(path(QStringLiteral("knot.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(QStringLiteral("lab.write"),
                    QCoreApplication::translate("DnsLab", "The lab's zone cannot be written to %1.").arg(m_directory));
    }
    config.write(QStringLiteral("server:\n    rundir: \"%1\"\n    listen: 127.0.0.1@%2\n"
                                "control:\n    listen: \"%3\"\n"
                                "database:\n    storage: \"%4\"\n"
                                // One ECDSA P-256 key per signed zone, kept in the lab's database.
                                "policy:\n  - id: lab\n    algorithm: ecdsap256sha256\n"
                                "    single-type-signing: on\n    nsec3: off\n"
                                "template:\n  - id: default\n    storage: \"%1\"\n    file: \"%s.zone\"\n"
                                "    zonefile-sync: -1\n    journal-content: changes\n"
                                "zone:\n%6"
                                "log:\n  - target: \"%5\"\n    any: info\n")
                     .arg(m_directory)
                     .arg(m_port)
                     .arg(path(QStringLiteral("knot.sock")), path(QStringLiteral("db")),
                          path(QStringLiteral("knot.log")), zoneList)
                     .toUtf8());
    config.close();
    QFile::remove(path(QStringLiteral("knot.pid")));
    QProcess daemon;
    daemon.start(knotd, {QStringLiteral("-c"), config.fileName(), QStringLiteral("-d")});
    if (!daemon.waitForFinished(30000) || daemon.exitCode() != 0) {
        return fail(QStringLiteral("lab.start"),
                    QCoreApplication::translate("DnsLab", "The lab's DNS server did not start; see %1.")
                        .arg(path(QStringLiteral("knot.log"))),
                    QString::fromLocal8Bit(daemon.readAllStandardError()));
    }
    for (int i = 0; i < 200; ++i) {
        if (running() && knotc({QStringLiteral("zone-status"), QStringLiteral("test")}) && writeTrustAnchor()) {
            return {};
        }
        QThread::msleep(50);
    }
    (void)stop();
    return fail(QStringLiteral("lab.start"),
                QCoreApplication::translate("DnsLab", "The lab's DNS server did not start; see %1.")
                    .arg(path(QStringLiteral("knot.log"))));
}

bool DnsLab::writeZone(const QString& name, const QString& fileName) const {
    QFile resource(QStringLiteral(":/lab/%1.zone").arg(name));
    QFile zone(fileName);
    if (!resource.open(QIODevice::ReadOnly) || !zone.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    const QByteArray text = resource.readAll().replace("LAB_WEB_ADDRESS", m_webAddress.toLatin1());
    return zone.write(text) == text.size();
}

bool DnsLab::writeTrustAnchor() const {
    // The signed lab zone's DS, once Knot has made its key: what resolvers use as trust anchor.
    QProcess keymgr;
    keymgr.start(tool("keymgr"), {QStringLiteral("-c"), path(QStringLiteral("knot.conf")), QStringLiteral("test."),
                                  QStringLiteral("ds")});
    if (!keymgr.waitForFinished(30000) || keymgr.exitCode() != 0) {
        return false;
    }
    for (const QByteArray& line : keymgr.readAllStandardOutput().split('\n')) {
        if (line.contains(" DS ") && line.contains(" 13 2 ")) { // ECDSA P-256, SHA-256 digest
            QFile anchor(trustAnchorFile());
            return anchor.open(QIODevice::WriteOnly | QIODevice::Truncate) && anchor.write(line + '\n') > 0;
        }
    }
    return false;
}

domain::Status DnsLab::stop() {
    if (!running()) {
        return {};
    }
    const qint64 process = pid();
    if (knotc({QStringLiteral("stop")}) ? labprocess::waitUntilGone(process, 10000) : labprocess::end(process, 10000)) {
        return {};
    }
    return fail(QStringLiteral("lab.stop"),
                QCoreApplication::translate("DnsLab", "The lab's DNS server (PID %1) did not stop.").arg(process));
}

domain::Status DnsLab::setRecords(const QString& name, const QString& type, const QStringList& rdata) {
    const QString owner = name.endsWith(QLatin1Char('.')) ? name : name + QLatin1Char('.');
    QString zone; // the longest zone name the owner is in: insecure.test before test
    for (const QString& candidate : zones()) {
        if ((owner.endsWith(QLatin1Char('.') + candidate + QLatin1Char('.')) ||
             owner == candidate + QLatin1Char('.')) &&
            candidate.size() > zone.size()) {
            zone = candidate;
        }
    }
    if (zone.isEmpty()) {
        return fail(QStringLiteral("lab.zone"),
                    QCoreApplication::translate("DnsLab", "The lab serves no zone for %1.").arg(name));
    }
    if (auto begun = knotc({QStringLiteral("zone-begin"), zone}); !begun) {
        return begun;
    }
    (void)knotc({QStringLiteral("zone-unset"), zone, owner, type}); // nothing to remove is fine
    for (const QString& data : rdata) {
        if (auto set = knotc({QStringLiteral("zone-set"), zone, owner, QStringLiteral("300"), type, data}); !set) {
            (void)knotc({QStringLiteral("zone-abort"), zone});
            return set;
        }
    }
    return knotc({QStringLiteral("zone-commit"), zone});
}

} // namespace ra::app
