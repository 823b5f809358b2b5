// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/Workspace.h"
#include "app/lab/CorporateNumberLab.h"
#include "app/lab/DnsLab.h"
#include "app/lab/MailLab.h"
#include "app/lab/PerspectiveLab.h"
#include "app/lab/RegistryLab.h"
#include "app/lab/WebLab.h"

#include <QTemporaryDir>

#include <memory>

namespace ra::test {

// The lab for one workspace, as `ra-cli lab start` makes it but on free random ports: Knot DNS
// with the lab zones, nginx on ports 80 and 443, two aiosmtpd servers, the WHOIS server and the corporate-number API on
// a loopback address of its own, and six ra-perspective agents, all registered in the workspace. Stopped, with every
// process, when the fixture goes.
class LabFixture {
public:
    // The agents' TLS certificates are issued at the real time (TLS checks them against it),
    // whatever clock the workspace runs on. Registered as `lab start` does, through
    // SettingsService::changeForLab: `workspace` must be a demo.
    explicit LabFixture(app::Workspace& workspace);
    ~LabFixture();
    LabFixture(const LabFixture&) = delete;
    LabFixture& operator=(const LabFixture&) = delete;

    [[nodiscard]] bool ready() const { return m_problem.isEmpty(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] app::DnsLab& dns() { return *m_dns; }
    [[nodiscard]] app::WebLab& web() { return *m_web; }
    [[nodiscard]] app::MailLab& mail() { return *m_mail; }
    [[nodiscard]] app::RegistryLab& registry() { return *m_registry; }
    [[nodiscard]] app::CorporateNumberLab& corporateNumbers() { return *m_corporateNumbers; }
    [[nodiscard]] const QList<app::PerspectiveAgentSpec>& agents() const { return m_agents; }
    // Where the lab keeps its files: perspectives/AGENT.pem is each agent's certificate.
    [[nodiscard]] QString directory() const { return m_directory.path(); }

private:
    QTemporaryDir m_directory;
    std::unique_ptr<app::DnsLab> m_dns;
    std::unique_ptr<app::WebLab> m_web;
    std::unique_ptr<app::MailLab> m_mail;
    std::unique_ptr<app::RegistryLab> m_registry;
    std::unique_ptr<app::CorporateNumberLab> m_corporateNumbers;
    std::unique_ptr<app::PerspectiveLab> m_perspectives;
    QList<app::PerspectiveAgentSpec> m_agents;
    QString m_problem;
};

} // namespace ra::test
