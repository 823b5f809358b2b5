// SPDX-License-Identifier: Apache-2.0
#include "tests/support/LabFixture.h"

#include "app/SettingsService.h"
#include "tests/support/LabPort.h"

namespace ra::test {

LabFixture::LabFixture(app::Workspace& workspace) {
    app::SettingsService settings(workspace);
    if (qEnvironmentVariableIsEmpty("RA_PERSPECTIVE")) {
        qputenv("RA_PERSPECTIVE", RA_PERSPECTIVE_PATH);
    }
    const QString webAddress = freeLoopbackWebAddress();
    m_dns = std::make_unique<app::DnsLab>(m_directory.path(), freeLoopbackPort(), webAddress);
    if (auto started = m_dns->start(); !started) {
        m_problem = started.error().userMessage + QLatin1Char(' ') + started.error().detail;
        return;
    }
    m_web = std::make_unique<app::WebLab>(m_directory.path(), webAddress);
    if (auto started = m_web->start(QDateTime::currentDateTimeUtc()); !started) {
        m_problem = started.error().userMessage + QLatin1Char(' ') + started.error().detail;
        return;
    }
    m_mail = std::make_unique<app::MailLab>(m_directory.path(), webAddress);
    if (auto started = m_mail->start(); !started || !settings.changeForLab(m_mail->settingValues())) {
        m_problem = started ? QStringLiteral("mail settings") : started.error().userMessage;
        return;
    }
    m_registry = std::make_unique<app::RegistryLab>(m_directory.path(), webAddress);
    if (auto started = m_registry->start(); !started || !settings.changeForLab(m_registry->settingValues())) {
        m_problem = started ? QStringLiteral("registry settings") : started.error().userMessage;
        return;
    }
    m_corporateNumbers = std::make_unique<app::CorporateNumberLab>(m_directory.path(), webAddress);
    if (auto installed = m_corporateNumbers->install(*m_web);
        !installed || !settings.changeForLab(m_corporateNumbers->settingValues())) {
        m_problem = installed ? QStringLiteral("corporate-number settings") : installed.error().userMessage;
        return;
    }
    m_agents = app::PerspectiveLab::defaultAgents(0, m_dns->lookupOptions());
    for (app::PerspectiveAgentSpec& agent : m_agents) {
        agent.port = freeLoopbackPort();
    }
    m_perspectives = std::make_unique<app::PerspectiveLab>(m_directory.path(), workspace.directory());
    if (auto started = m_perspectives->start(m_agents, QDateTime::currentDateTimeUtc()); !started) {
        m_problem = started.error().userMessage + QLatin1Char(' ') + started.error().detail;
    } else if (auto registered =
                   settings.changeForLab(app::PerspectiveEnrollment::agentSettings(m_agents, m_dns->lookupOptions()));
               !registered) {
        m_problem = registered.error().userMessage;
    }
}

LabFixture::~LabFixture() {
    if (m_perspectives) {
        (void)m_perspectives->stop();
    }
    if (m_registry) {
        (void)m_registry->stop();
    }
    if (m_mail) {
        (void)m_mail->stop();
    }
    if (m_web) {
        (void)m_web->stop();
    }
    if (m_dns) {
        (void)m_dns->stop();
    }
}

} // namespace ra::test
