// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/mpic/MpicRound.h"
#include "domain/Error.h"

namespace ra::app {

// A perspective agent to enroll: who it is, where it listens and which resolver it asks.
struct PerspectiveAgentSpec {
    QString name;
    QString region;
    domain::Rir rir = domain::Rir::Apnic;
    int port = 0;               // on 127.0.0.1
    ObserverOptions lookups;    // where the agent's own resolver asks, and its trust anchor
    int simulatedLatencyMs = 0; // the lab's stand-in for the distance to the site
};

// The workspace's side of the perspectives' mutual TLS (R-MPIC-1): its own authority in
// DIR/perspectives/, the workstation's client certificate, and one server certificate and
// configuration per enrolled agent. Agents trust only this authority and so does the workstation.
class PerspectiveEnrollment {
public:
    explicit PerspectiveEnrollment(QString workspaceDirectory);

    // Creates the authority and the workstation's certificate unless they exist.
    [[nodiscard]] domain::Status ensureAuthority(const QDateTime& now);
    // Issues the agent's certificate and writes AGENT.ini, AGENT.pem, AGENT.key and authority.pem
    // into `directory`; returns the INI file's path for `ra-perspective --config`.
    [[nodiscard]] domain::Result<QString> enroll(const PerspectiveAgentSpec& agent, const QString& directory,
                                                 const QDateTime& now) const;
    // The settings that make the workstation ask exactly these agents ([perspectives]) and do its
    // own primary lookups with `primary` ([dns]), for SettingsService::changeForLab.
    [[nodiscard]] static QList<std::pair<QString, QString>> agentSettings(const QList<PerspectiveAgentSpec>& agents,
                                                                          const ObserverOptions& primary);
    // The same as settings for this process only, the recorded settings untouched: for a lab that is gone
    // when the process ends (the demo set-up's, a benchmark's).
    [[nodiscard]] MpicSettings settingsFor(const QList<PerspectiveAgentSpec>& agents,
                                           const ObserverOptions& primary) const;

    [[nodiscard]] MutualTlsFiles workstationFiles() const;

private:
    [[nodiscard]] QString path(const QString& name) const;
    QString m_workspaceDirectory;
};

} // namespace ra::app
