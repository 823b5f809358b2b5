// SPDX-License-Identifier: Apache-2.0
#include "app/lab/PerspectiveLab.h"

#include "app/lab/LabProcess.h"

#include "app/lab/DnsLab.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <csignal>

namespace ra::app {

using domain::fail;

PerspectiveLab::PerspectiveLab(QString directory, QString workspaceDirectory)
    : m_directory(std::move(directory))
    , m_workspaceDirectory(std::move(workspaceDirectory)) {}

QString PerspectiveLab::path(const QString& name) const {
    return QDir(m_directory).filePath(QStringLiteral("perspectives/") + name);
}

QList<PerspectiveAgentSpec> PerspectiveLab::defaultAgents(int firstPort, const ObserverOptions& lookups) {
    using domain::Rir;
    // Round trips from a workstation in Tokyo, roughly: the lab's stand-in for distance.
    const QList<std::tuple<QString, QString, Rir, int>> sites{
        {QStringLiteral("tokyo"), QStringLiteral("Tokyo, JP"), Rir::Apnic, 20},
        {QStringLiteral("sydney"), QStringLiteral("Sydney, AU"), Rir::Apnic, 60},
        {QStringLiteral("frankfurt"), QStringLiteral("Frankfurt, DE"), Rir::RipeNcc, 110},
        {QStringLiteral("virginia"), QStringLiteral("Virginia, US"), Rir::Arin, 80},
        {QStringLiteral("sao-paulo"), QStringLiteral("São Paulo, BR"), Rir::Lacnic, 130},
        {QStringLiteral("johannesburg"), QStringLiteral("Johannesburg, ZA"), Rir::Afrinic, 150},
    };
    QList<PerspectiveAgentSpec> agents;
    int port = firstPort;
    for (const auto& [name, region, rir, latency] : sites) {
        agents.append({name, region, rir, port++, lookups, latency});
    }
    return agents;
}

QString PerspectiveLab::program() {
    const QString configured = qEnvironmentVariable("RA_PERSPECTIVE");
    if (!configured.isEmpty()) {
        return configured;
    }
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {here.filePath(QStringLiteral("ra-perspective")),
                                     here.filePath(QStringLiteral("../perspective/ra-perspective")),
                                     here.filePath(QStringLiteral("../app/perspective/ra-perspective"))}) {
        if (QFileInfo(candidate).isExecutable()) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return QStandardPaths::findExecutable(QStringLiteral("ra-perspective"));
}

QList<std::pair<QString, qint64>> PerspectiveLab::processes() const {
    QList<std::pair<QString, qint64>> out;
    const QDir dir(path({}));
    for (const QString& pidFile : dir.entryList({QStringLiteral("*.pid")}, QDir::Files, QDir::Name)) {
        out.append({QFileInfo(pidFile).completeBaseName(), labprocess::readPidFile(dir.filePath(pidFile))});
    }
    return out;
}

QStringList PerspectiveLab::running() const {
    QStringList names;
    for (const auto& [name, pid] : processes()) {
        if (labprocess::alive(pid)) {
            names << name;
        }
    }
    return names;
}

domain::Status PerspectiveLab::start(const QList<PerspectiveAgentSpec>& agents, const QDateTime& now) {
    if (const QStringList names = running(); !names.isEmpty()) {
        return fail(QStringLiteral("lab.running"),
                    QCoreApplication::translate("PerspectiveLab", "The lab's perspectives run already (%1).")
                        .arg(names.join(QStringLiteral(", "))));
    }
    const QString agentProgram = program();
    if (agentProgram.isEmpty()) {
        return fail(QStringLiteral("lab.no-perspective"),
                    QCoreApplication::translate("PerspectiveLab", "ra-perspective is not installed or built."));
    }
    for (const PerspectiveAgentSpec& agent : agents) {
        if (!DnsLab::portFree(agent.port)) {
            return fail(QStringLiteral("lab.port-in-use"),
                        QCoreApplication::translate("PerspectiveLab",
                                                    "Port %1 on 127.0.0.1 (perspective %2) is in use; choose "
                                                    "others with --perspective-port.")
                            .arg(agent.port)
                            .arg(agent.name));
        }
    }
    PerspectiveEnrollment enrollment(m_workspaceDirectory);
    if (auto ready = enrollment.ensureAuthority(now); !ready) {
        return ready;
    }
    // Every agent is enrolled before any starts: enrolling writes the authority's certificate the
    // agents read at start-up.
    QStringList configs;
    for (const PerspectiveAgentSpec& agent : agents) {
        const auto config = enrollment.enroll(agent, path({}), now);
        if (!config) {
            return std::unexpected(config.error());
        }
        configs << *config;
    }
    for (qsizetype i = 0; i < agents.size(); ++i) {
        const PerspectiveAgentSpec& agent = agents.at(i);
        const QString& config = configs.at(i);
        if (labprocess::startDetached(agentProgram, {QStringLiteral("--config"), config},
                                      path(agent.name + QStringLiteral(".log")),
                                      path(agent.name + QStringLiteral(".pid"))) == 0) {
            (void)stop();
            return fail(QStringLiteral("lab.start"),
                        QCoreApplication::translate("PerspectiveLab", "Perspective %1 did not start.").arg(agent.name));
        }
    }
    for (const PerspectiveAgentSpec& agent : agents) {
        if (!labprocess::waitUntilAccepting(QStringLiteral("127.0.0.1"), agent.port, 5000)) {
            (void)stop();
            return fail(QStringLiteral("lab.start"),
                        QCoreApplication::translate("PerspectiveLab", "Perspective %1 did not start; see %2.")
                            .arg(agent.name, path(agent.name + QStringLiteral(".log"))));
        }
    }
    return {};
}

domain::Status PerspectiveLab::stop() {
    const auto all = processes();
    for (const auto& [name, pid] : all) {
        if (labprocess::alive(pid)) {
            ::kill(pid_t(pid), SIGTERM); // all at once, then wait for each
        }
    }
    for (const auto& [name, pid] : all) {
        if (!labprocess::end(pid)) {
            return fail(QStringLiteral("lab.stop"),
                        QCoreApplication::translate("PerspectiveLab", "Perspective %1 (PID %2) did not stop.")
                            .arg(name)
                            .arg(pid));
        }
        QFile::remove(path(name + QStringLiteral(".pid")));
    }
    return {};
}

} // namespace ra::app
