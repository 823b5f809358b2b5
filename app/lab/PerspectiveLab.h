// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/mpic/PerspectiveEnrollment.h"

namespace ra::app {

// The lab's remote perspectives (DESIGN.md "The lab"): ra-perspective agents on loopback, each
// enrolled by the workspace with its own certificate, region, RIR and resolver, started as
// processes owned by the lab directory so `lab start` and `lab stop` can be separate commands.
class PerspectiveLab {
public:
    static constexpr int kDefaultFirstPort = 47001;

    PerspectiveLab(QString directory, QString workspaceDirectory);

    // Six agents across five RIRs (R-MPIC-2), ports from `firstPort`, all looking up with
    // `lookups`, each answering after a delay like its site's distance.
    [[nodiscard]] static QList<PerspectiveAgentSpec> defaultAgents(int firstPort, const ObserverOptions& lookups);
    // ra-perspective: $RA_PERSPECTIVE, next to the running program, the build tree, then PATH.
    [[nodiscard]] static QString program();

    // Enrolls and starts every agent and waits until each accepts connections; the workstation
    // asks them once PerspectiveEnrollment registers them. Refuses clearly when agents run already
    // or a port is taken; starts none then.
    [[nodiscard]] domain::Status start(const QList<PerspectiveAgentSpec>& agents, const QDateTime& now);
    // Stops every agent of this lab and waits until the processes are gone.
    [[nodiscard]] domain::Status stop();
    // The names of the agents whose processes run.
    [[nodiscard]] QStringList running() const;

private:
    [[nodiscard]] QString path(const QString& name) const;
    [[nodiscard]] QList<std::pair<QString, qint64>> processes() const;

    QString m_directory;
    QString m_workspaceDirectory;
};

} // namespace ra::app
