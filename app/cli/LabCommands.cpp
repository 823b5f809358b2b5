// SPDX-License-Identifier: Apache-2.0
// The network side of ra-cli: CAA checks (R-CAA-1..3), domain validation (R-DCV-1..4) and the
// lab's DNS server.
#include "app/CaaService.h"
#include "app/DcvService.h"
#include "app/EmailValidation.h"
#include "app/SettingsService.h"
#include "app/cli/Cli.h"
#include "app/dns/UnboundResolver.h"
#include "app/lab/CorporateNumberLab.h"
#include "app/lab/DnsLab.h"
#include "app/lab/MailLab.h"
#include "app/lab/PerspectiveLab.h"
#include "app/lab/RegistryLab.h"
#include "app/lab/WebLab.h"
#include "domain/Caa.h"
#include "domain/Dcv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

#include <functional>

namespace ra::app {

namespace {
// The reports of the latest round (stored at `at`), for --json and for people.
QJsonArray observationsJson(const QList<StoredObservation>& all, const QDateTime& at) {
    QJsonArray json;
    for (const StoredObservation& observation : roundAt(all, at)) {
        QJsonObject report = observation.report.toJson();
        report.insert(QStringLiteral("outcome"), observation.outcome);
        json.append(report);
    }
    return json;
}

QString observationsText(const QList<StoredObservation>& all, const QDateTime& at) {
    QString text;
    for (const StoredObservation& observation : roundAt(all, at)) {
        const PerspectiveReport& report = observation.report;
        text += QStringLiteral("\n  %1 %2 %3: %4 (%5 ms)")
                    .arg(report.perspective.leftJustified(13), report.rir.leftJustified(8),
                         observation.outcome.leftJustified(12), report.observedText())
                    .arg(report.elapsedMs);
    }
    return text;
}
} // namespace

int Cli::caa(const QStringList& args) {
    if (args.size() != 3 || args.at(1) != QLatin1String("check")) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli caa check FQDN [--resolver ADDR@PORT] [--issuer DOMAIN] | caa check FQDN "
                      "--application ID --as OFFICER"));
    }
    if (m_parser.isSet(m_applicationOption)) {
        return caaEvidence(args.at(2));
    }
    // --resolver: a recursive resolver to forward to; else the workspace's own lookups ([dns]).
    // --issuer, else the workspace's issuer domain ([caa]) or its default.
    const bool inWorkspace = workspaceExists();
    if (inWorkspace && !openWorkspace()) {
        return Failure; // a refusal (say, --at on a production workspace) is never a licence to go on without it
    }
    ObserverOptions lookups{m_parser.value(m_resolverOption), configuredTrustAnchor({}), {}};
    if (!m_parser.isSet(m_resolverOption) && inWorkspace) {
        lookups = m_workspace->mpicSettings().primary;
    }
    UnboundResolver resolver(resolverOptions(lookups));
    const QString issuer = m_parser.isSet(m_issuerOption) ? m_parser.value(m_issuerOption)
                           : inWorkspace                  ? m_workspace->settings().caaIssuerDomain
                                                          : WorkspaceSettings{}.caaIssuerDomain;
    const QDateTime at = m_parser.isSet(m_atOption) ? QDateTime::fromString(m_parser.value(m_atOption), Qt::ISODate)
                                                    : QDateTime::currentDateTimeUtc();
    const domain::CaaCheck check = domain::Caa::check(resolver, args.at(2), issuer, at);
    QJsonArray records;
    QString recordText;
    for (const domain::CaaRecord& record : check.relevantRecords) {
        records.append(QJsonObject{{QStringLiteral("flags"), record.flags},
                                   {QStringLiteral("tag"), record.tag},
                                   {QStringLiteral("value"), QString::fromLatin1(record.value)}});
        recordText +=
            QStringLiteral("\n  %1 %2 \"%3\"").arg(record.flags).arg(record.tag, QString::fromLatin1(record.value));
    }
    const QJsonObject json{{QStringLiteral("verdict"), domain::caaVerdictId(check.verdict)},
                           {QStringLiteral("fqdn"), check.fqdn},
                           {QStringLiteral("issuer"), issuer},
                           {QStringLiteral("relevant_name"), check.relevantName},
                           {QStringLiteral("records"), records},
                           {QStringLiteral("queried"), QJsonArray::fromStringList(check.queried)},
                           {QStringLiteral("reason"), check.reason},
                           {QStringLiteral("dnssec"), domain::dnssecStatusId(check.dnssec)},
                           {QStringLiteral("ttl"), check.ttl},
                           {QStringLiteral("checked_at"), check.checkedAt.toString(Qt::ISODate)},
                           {QStringLiteral("valid_until"), check.validUntil().toString(Qt::ISODate)}};
    print(
        json,
        QStringLiteral("%1: %2 — %3%4").arg(check.fqdn, domain::caaVerdictId(check.verdict), check.reason, recordText));
    return check.verdict == domain::CaaVerdict::Allow ? Ok : ProblemsFound;
}

// The CAA check as evidence for an application: primary and remote perspectives, stored, audited.
int Cli::caaEvidence(const QString& fqdn) {
    if (!openWorkspace()) {
        return Failure;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    CaaService service(*m_workspace);
    const auto checked = service.check(*actor, m_parser.value(m_applicationOption).toLongLong(), fqdn);
    if (!checked) {
        return fail(checked.error());
    }
    const auto observations = service.observations(checked->id);
    QJsonObject json{{QStringLiteral("caa_check"), checked->id},
                     {QStringLiteral("verdict"), domain::caaVerdictId(checked->verdict)},
                     {QStringLiteral("fqdn"), checked->fqdn},
                     {QStringLiteral("issuer"), checked->issuerDomain},
                     {QStringLiteral("relevant_name"), checked->relevantName},
                     {QStringLiteral("records"), QJsonArray::fromStringList(checked->records)},
                     {QStringLiteral("reason"), checked->reason},
                     {QStringLiteral("dnssec"), domain::dnssecStatusId(checked->dnssec)},
                     {QStringLiteral("corroborated"), checked->corroborated},
                     {QStringLiteral("corroboration"), checked->corroboration},
                     {QStringLiteral("checked_at"), checked->checkedAt.toString(Qt::ISODate)},
                     {QStringLiteral("valid_until"), checked->validUntil.toString(Qt::ISODate)}};
    QString text = QCoreApplication::translate("ra-cli", "%1: %2 — %3\n%4 Valid until %5.")
                       .arg(checked->fqdn, domain::caaVerdictId(checked->verdict), checked->reason,
                            checked->corroboration, checked->validUntil.toString(Qt::ISODate));
    if (observations) {
        json.insert(QStringLiteral("perspectives"), observationsJson(*observations, checked->checkedAt));
        text += observationsText(*observations, checked->checkedAt);
    }
    print(json, text);
    return checked->permitsIssuanceAt(checked->checkedAt) ? Ok : ProblemsFound;
}

int Cli::dcv(const QStringList& args) {
    const QString sub = args.value(1);
    bool idOk = false;
    const qint64 id = args.value(2).toLongLong(&idOk);
    if (!idOk ||
        !((sub == QLatin1String("start") && args.size() == 4) || (sub == QLatin1String("check") && args.size() == 3) ||
          (sub == QLatin1String("status") && args.size() == 3))) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli dcv start APPLICATION FQDN [--method "
                      "dns-change|website-change|acme-http-01|constructed-email] "
                      "[--adn ADN] [--label _LABEL] "
                      "--as OFFICER | dcv check ATTEMPT --as OFFICER | dcv status APPLICATION --as USER"));
    }
    const auto method = domain::dcvMethodFromId(m_parser.isSet(m_methodOption) ? m_parser.value(m_methodOption)
                                                                               : QStringLiteral("dns-change"));
    if (!method) {
        return usage(
            QCoreApplication::translate("ra-cli", "Unknown validation method: %1").arg(m_parser.value(m_methodOption)));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    DcvService service(*m_workspace);
    const auto toJson = [&service](const domain::DcvAttempt& attempt) {
        QJsonObject json{{QStringLiteral("attempt"), attempt.id},
                         {QStringLiteral("application"), attempt.applicationId},
                         {QStringLiteral("fqdn"), attempt.fqdn},
                         {QStringLiteral("method"), domain::dcvMethodId(attempt.method)},
                         {QStringLiteral("citation"), domain::dcvMethodCitation(attempt.method)},
                         {QStringLiteral("status"), domain::dcvStatusId(attempt.status)},
                         {QStringLiteral("observed"), attempt.observed}};
        const QJsonObject shownValue = DcvService::randomValueJson(attempt);
        for (auto it = shownValue.begin(); it != shownValue.end(); ++it) {
            json.insert(it.key(), it.value());
        }
        if (const auto emails = service.emails(attempt.id); emails && !emails->isEmpty()) {
            json.insert(QStringLiteral("emails"), EmailValidation::toJson(*emails));
        }
        if (const auto challenge = service.challenge(attempt); challenge && !domain::dcvMethodIsEmail(attempt.method)) {
            const QJsonObject where = DcvService::challengeJson(*challenge);
            for (auto it = where.begin(); it != where.end(); ++it) {
                json.insert(it.key(), it.value());
            }
        }
        return json;
    };
    const auto actor = sub == QLatin1String("status")
                           ? reader(domain::Permission::ViewApplications, QStringLiteral("dcv status"), id)
                           : authenticate(true);
    if (!actor) {
        return Failure;
    }
    if (sub == QLatin1String("status")) {
        const auto attempts = service.attempts(id);
        if (!attempts) {
            return fail(attempts.error());
        }
        QJsonArray json;
        QString text;
        for (const domain::DcvAttempt& attempt : *attempts) {
            json.append(toJson(attempt));
            text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(attempt.id)
                        .arg(attempt.fqdn, domain::dcvMethodId(attempt.method), domain::dcvStatusId(attempt.status));
        }
        print(json, text.trimmed());
        return Ok;
    }
    if (sub == QLatin1String("start")) {
        const auto started =
            service.start(*actor, id, args.at(3), *method, m_parser.value(m_adnOption), m_parser.value(m_labelOption));
        if (!started) {
            return fail(started.error());
        }
        // The email methods' messages go out at once: a first check sends them.
        const auto sent = domain::dcvMethodIsEmail(*method) ? service.check(*actor, started->id) : started;
        if (!sent) {
            return fail(sent.error());
        }
        const auto challenge = service.challenge(*started);
        print(toJson(*sent), QCoreApplication::translate("ra-cli", "Attempt %1: %2 Then run ra-cli dcv check %1.")
                                 .arg(started->id)
                                 .arg(challenge ? DcvService::applicantInstructions(*started, *challenge)
                                                : challenge.error().userMessage));
        return Ok;
    }
    const auto checked = service.check(*actor, id);
    if (!checked) {
        return fail(checked.error());
    }
    const auto observations = service.observations(checked->id);
    QJsonObject json = toJson(*checked);
    json.insert(QStringLiteral("corroboration"), checked->corroboration);
    QString text =
        QCoreApplication::translate("ra-cli", "Attempt %1 for %2: %3 (primary saw: %4).\n%5")
            .arg(checked->id)
            .arg(checked->fqdn, domain::dcvStatusId(checked->status), checked->observed, checked->corroboration);
    if (observations) {
        json.insert(QStringLiteral("perspectives"), observationsJson(*observations, checked->checkedAt));
        text += observationsText(*observations, checked->checkedAt);
    }
    print(json, text);
    return checked->status == domain::DcvAttempt::Status::Passed ? Ok : ProblemsFound;
}

int Cli::lab(const QStringList& args) {
    const QString sub = args.value(1);
    const bool setRecord = sub == QLatin1String("set-record") && args.size() >= 4;
    const bool publish = sub == QLatin1String("publish") && args.size() == 4;
    const bool reply = sub == QLatin1String("reply") && args.size() == 3;
    if (!setRecord && !publish && !reply &&
        (args.size() != 2 ||
         !QStringList{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("status")}.contains(sub))) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli lab start|stop|status [--lab-dir DIR] [--port PORT] [--perspective-port PORT] "
                      "[--web-address ADDRESS] | lab set-record NAME TYPE [RDATA ...] | lab publish URL CONTENT | "
                      "lab reply ADDRESS"));
    }
    // The perspectives' certificates come from the workspace and it is told where they listen.
    const QString workspace = workspaceDirectory();
    QString directory = m_parser.value(m_labDirOption);
    if (directory.isEmpty()) {
        directory = qEnvironmentVariable("RA_LAB_DIR", QDir(workspace).filePath(QStringLiteral("lab")));
    }
    directory = QDir(directory).absolutePath();
    // The ports a lab was started with are kept in its folder, so status and stop need no options.
    QSettings labIni(QDir(directory).filePath(QStringLiteral("lab.ini")), QSettings::IniFormat);
    const int port = m_parser.isSet(m_portOption)
                         ? m_parser.value(m_portOption).toInt()
                         : labIni.value(QStringLiteral("dns_port"), DnsLab::kDefaultPort).toInt();
    const int firstPerspectivePort = m_parser.isSet(m_perspectivePortOption)
                                         ? m_parser.value(m_perspectivePortOption).toInt()
                                         : PerspectiveLab::kDefaultFirstPort;
    const QString webAddress =
        m_parser.isSet(m_webAddressOption)
            ? m_parser.value(m_webAddressOption)
            : labIni.value(QStringLiteral("web_address"), QString::fromLatin1(WebLab::kDefaultAddress)).toString();
    DnsLab dns(directory, port, webAddress);
    WebLab web(directory, webAddress);
    MailLab mail(directory, webAddress);
    RegistryLab registry(directory, webAddress);
    const CorporateNumberLab corporateNumbers(directory, webAddress);
    PerspectiveLab perspectives(directory, QDir(workspace).absolutePath());
    if (setRecord) {
        // The applicant's side in the demo: publish (or, without RDATA, remove) a record.
        if (auto set = dns.setRecords(args.at(2), args.at(3).toUpper(), args.mid(4)); !set) {
            return fail(set.error());
        }
        print(QJsonObject{{QStringLiteral("name"), args.at(2)},
                          {QStringLiteral("type"), args.at(3).toUpper()},
                          {QStringLiteral("rdata"), QJsonArray::fromStringList(args.mid(4))}},
              QCoreApplication::translate("ra-cli", "%1 %2 now: %3")
                  .arg(args.at(2), args.at(3).toUpper(), args.mid(4).join(QStringLiteral(" | "))));
        return Ok;
    }
    if (publish) {
        // The applicant's side in the demo: a file on the web server (DCV methods 6 and 7).
        if (auto published = web.publish(QUrl(args.at(2)), args.at(3).toUtf8()); !published) {
            return fail(published.error());
        }
        print(QJsonObject{{QStringLiteral("url"), args.at(2)}, {QStringLiteral("content"), args.at(3)}},
              QCoreApplication::translate("ra-cli", "%1 now serves: %2").arg(args.at(2), args.at(3)));
        return Ok;
    }
    if (reply) {
        // The applicant's side in the demo: answer the newest validation email (methods 1, 2, 4, 5).
        if (auto replied = mail.reply(args.at(2)); !replied) {
            return fail(replied.error());
        }
        print(QJsonObject{{QStringLiteral("replied_as"), args.at(2)}},
              QCoreApplication::translate("ra-cli", "%1 replied to the newest message it received.").arg(args.at(2)));
        return Ok;
    }
    if (sub == QLatin1String("start")) {
        if (!workspaceExists()) {
            return fail(
                domain::Error{QStringLiteral("lab.no-workspace"),
                              QCoreApplication::translate("ra-cli", "There is no workspace at %1; the lab enrolls its "
                                                                    "perspectives there (ra-cli workspace init).")
                                  .arg(workspace),
                              {}});
        }
        // The lab re-points the workspace's resolver, trust anchor, perspectives and mail at
        // itself: only a demo workspace may have one (issue 12).
        if (!openWorkspace()) {
            return Failure;
        }
        if (m_workspace->purpose() != WorkspacePurpose::Demo) {
            const domain::Error refused{
                QStringLiteral("lab.not-demo"),
                QCoreApplication::translate("ra-cli", "%1 is not a demo workspace: a lab would replace its resolver, "
                                                      "perspectives and mail relay. Only a workspace made with "
                                                      "`workspace init --demo` has a lab.")
                    .arg(workspace),
                {}};
            (void)m_workspace->record(QStringLiteral("system"), domain::audit_event::ActionRefused,
                                      {{QStringLiteral("code"), refused.code}, {QStringLiteral("command"), sub}});
            return fail(refused);
        }
        QDir().mkpath(directory);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        struct Server {
            std::function<domain::Status()> start;
            std::function<domain::Status()> stop;
        };
        // Mail and registry tell the workspace where they are; one that cannot is stopped again.
        SettingsService settings(*m_workspace);
        const auto startAndRegister = [&settings](auto& server) -> domain::Status {
            if (auto started = server.start(); !started) {
                return started;
            }
            auto registered = settings.changeForLab(server.settingValues());
            if (!registered) {
                (void)server.stop();
            }
            return registered;
        };
        const QList<Server> servers{
            {[&] { return dns.start(); }, [&] { return dns.stop(); }},
            {[&] { return web.start(now); }, [&] { return web.stop(); }},
            {[&] { return startAndRegister(mail); }, [&] { return mail.stop(); }},
            {[&] { return startAndRegister(registry); }, [&] { return registry.stop(); }},
            // The corporate-number API is files and routes of the web server: nothing to stop.
            {[&]() -> domain::Status {
                 if (auto installed = corporateNumbers.install(web); !installed) {
                     return installed;
                 }
                 return settings.changeForLab(corporateNumbers.settingValues());
             },
             [] { return domain::Status(); }},
            {[&]() -> domain::Status {
                 const auto agents = PerspectiveLab::defaultAgents(firstPerspectivePort, dns.lookupOptions());
                 if (auto started = perspectives.start(agents, now); !started) {
                     return started;
                 }
                 return settings.changeForLab(PerspectiveEnrollment::agentSettings(agents, dns.lookupOptions()));
             },
             [&] { return perspectives.stop(); }},
        };
        for (qsizetype i = 0; i < servers.size(); ++i) {
            if (auto started = servers.at(i).start(); !started) {
                // Nothing half-started stays behind: those started before it are stopped again (a
                // server that fails stops itself; one that runs already is not this start's to stop).
                for (qsizetype j = i - 1; j >= 0; --j) {
                    (void)servers.at(j).stop();
                }
                return fail(started.error());
            }
        }
        labIni.setValue(QStringLiteral("dns_port"), port);
        labIni.setValue(QStringLiteral("web_address"), webAddress);
        labIni.sync();
    } else if (sub == QLatin1String("stop")) {
        const domain::Status agents = perspectives.stop();
        const domain::Status webServer = web.stop();
        const domain::Status mailServers = mail.stop();
        const domain::Status whois = registry.stop();
        const domain::Status server = dns.stop();
        for (const domain::Status& stopped : {agents, webServer, mailServers, whois, server}) {
            if (!stopped) {
                return fail(stopped.error());
            }
        }
    }
    const bool running = dns.running();
    const bool webRunning = web.running();
    const bool mailRunning = mail.running();
    const bool whoisRunning = registry.running();
    const QStringList agents = perspectives.running();
    print(
        QJsonObject{{QStringLiteral("dns"), running ? QStringLiteral("running") : QStringLiteral("stopped")},
                    {QStringLiteral("resolver"), dns.resolverAddress()},
                    {QStringLiteral("web"), webRunning ? QStringLiteral("running") : QStringLiteral("stopped")},
                    {QStringLiteral("web_address"), webAddress},
                    {QStringLiteral("mail"), mailRunning ? QStringLiteral("running") : QStringLiteral("stopped")},
                    {QStringLiteral("whois"), whoisRunning ? QStringLiteral("running") : QStringLiteral("stopped")},
                    {QStringLiteral("perspectives"), QJsonArray::fromStringList(agents)},
                    {QStringLiteral("directory"), directory}},
        (running ? QCoreApplication::translate("ra-cli", "Lab DNS (Knot) runs; resolver %1.").arg(dns.resolverAddress())
                 : QCoreApplication::translate("ra-cli", "Lab DNS is stopped.")) +
            QLatin1Char('\n') +
            (webRunning ? QCoreApplication::translate("ra-cli", "Lab web server (nginx) runs on %1, ports 80 and 443.")
                              .arg(webAddress)
                        : QCoreApplication::translate("ra-cli", "Lab web server is stopped.")) +
            QLatin1Char('\n') +
            (mailRunning ? QCoreApplication::translate("ra-cli", "Lab mail (aiosmtpd) runs on %1, ports %2 and %3.")
                               .arg(webAddress)
                               .arg(MailLab::kApplicantsPort)
                               .arg(MailLab::kRaPort)
                         : QCoreApplication::translate("ra-cli", "Lab mail is stopped.")) +
            QLatin1Char('\n') +
            (whoisRunning ? QCoreApplication::translate("ra-cli", "Lab WHOIS runs on %1, port 43; RDAP on https://%2/.")
                                .arg(webAddress, QLatin1String(RegistryLab::kRdapHost))
                          : QCoreApplication::translate("ra-cli", "Lab WHOIS is stopped.")) +
            QLatin1Char('\n') +
            (agents.isEmpty() ? QCoreApplication::translate("ra-cli", "No perspective runs.")
                              : QCoreApplication::translate("ra-cli", "Perspectives running: %1.")
                                    .arg(agents.join(QStringLiteral(", ")))));
    return Ok;
}

} // namespace ra::app
