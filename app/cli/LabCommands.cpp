// SPDX-License-Identifier: Apache-2.0
// The network side of ra-cli: CAA checks (R-CAA-1..3), domain validation (R-DCV-1..4) and the
// lab's DNS server.
#include "app/DcvService.h"
#include "app/cli/Cli.h"
#include "app/dns/UnboundResolver.h"
#include "app/lab/DnsLab.h"
#include "domain/Caa.h"
#include "domain/Dcv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace ra::app {

namespace {
QString dnssecId(domain::DnssecStatus status) {
    switch (status) {
    case domain::DnssecStatus::Secure:
        return QStringLiteral("secure");
    case domain::DnssecStatus::Insecure:
        return QStringLiteral("insecure");
    case domain::DnssecStatus::Bogus:
        return QStringLiteral("bogus");
    case domain::DnssecStatus::Indeterminate:
        return QStringLiteral("indeterminate");
    }
    return {};
}
} // namespace

int Cli::caa(const QStringList& args) {
    if (args.size() != 3 || args.at(1) != QLatin1String("check")) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli caa check FQDN [--resolver ADDR@PORT] [--issuer DOMAIN]"));
    }
    UnboundResolver resolver({m_parser.value(m_resolverOption), {}, 2});
    const QString issuer =
        m_parser.isSet(m_issuerOption) ? m_parser.value(m_issuerOption) : QStringLiteral("secomtrust.net");
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
                           {QStringLiteral("dnssec"), dnssecId(check.dnssec)},
                           {QStringLiteral("ttl"), check.ttl},
                           {QStringLiteral("checked_at"), check.checkedAt.toString(Qt::ISODate)},
                           {QStringLiteral("valid_until"), check.validUntil().toString(Qt::ISODate)}};
    print(
        json,
        QStringLiteral("%1: %2 — %3%4").arg(check.fqdn, domain::caaVerdictId(check.verdict), check.reason, recordText));
    return check.verdict == domain::CaaVerdict::Allow ? Ok : ProblemsFound;
}

int Cli::dcv(const QStringList& args) {
    const QString sub = args.value(1);
    bool idOk = false;
    const qint64 id = args.value(2).toLongLong(&idOk);
    if (!idOk ||
        !((sub == QLatin1String("start") && args.size() == 4) || (sub == QLatin1String("check") && args.size() == 3) ||
          (sub == QLatin1String("status") && args.size() == 3))) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli dcv start APPLICATION FQDN [--method dns-change] [--adn ADN] [--label _LABEL] "
                      "--as OFFICER | dcv check ATTEMPT [--resolver ADDR@PORT] --as OFFICER | dcv status APPLICATION"));
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
    const auto toJson = [](const domain::DcvAttempt& attempt) {
        return QJsonObject{
            {QStringLiteral("attempt"), attempt.id},
            {QStringLiteral("application"), attempt.applicationId},
            {QStringLiteral("fqdn"), attempt.fqdn},
            {QStringLiteral("method"), domain::dcvMethodId(attempt.method)},
            {QStringLiteral("citation"), domain::dcvMethodCitation(attempt.method)},
            {QStringLiteral("publish_at"), domain::Dcv::dnsChangeName(attempt.authorizationDomain, attempt.label)},
            {QStringLiteral("random_value"), attempt.random.value},
            {QStringLiteral("expires_at"), attempt.random.expiresAt().toString(Qt::ISODate)},
            {QStringLiteral("status"), domain::dcvStatusId(attempt.status)},
            {QStringLiteral("observed"), attempt.observed}};
    };
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
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    if (sub == QLatin1String("start")) {
        const auto started =
            service.start(*actor, id, args.at(3), *method, m_parser.value(m_adnOption), m_parser.value(m_labelOption));
        if (!started) {
            return fail(started.error());
        }
        print(toJson(*started),
              QCoreApplication::translate("ra-cli", "Attempt %1: the applicant publishes a TXT record at %2 with the "
                                                    "text %3 (valid until %4), then run ra-cli dcv check %1.")
                  .arg(started->id)
                  .arg(domain::Dcv::dnsChangeName(started->authorizationDomain, started->label), started->random.value,
                       started->random.expiresAt().toString(Qt::ISODate)));
        return Ok;
    }
    UnboundResolver resolver({m_parser.value(m_resolverOption), {}, 2});
    const auto checked = service.check(*actor, id, resolver);
    if (!checked) {
        return fail(checked.error());
    }
    print(toJson(*checked), QCoreApplication::translate("ra-cli", "Attempt %1 for %2: %3 (seen: %4).")
                                .arg(checked->id)
                                .arg(checked->fqdn, domain::dcvStatusId(checked->status), checked->observed));
    return checked->status == domain::DcvAttempt::Status::Passed ? Ok : ProblemsFound;
}

int Cli::lab(const QStringList& args) {
    const QString sub = args.value(1);
    if (args.size() != 2 ||
        !QStringList{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("status")}.contains(sub)) {
        return usage(
            QCoreApplication::translate("ra-cli", "Usage: ra-cli lab start|stop|status [--lab-dir DIR] [--port PORT]"));
    }
    QString directory = m_parser.value(m_labDirOption);
    if (directory.isEmpty()) {
        directory = qEnvironmentVariable("RA_LAB_DIR", QDir::home().filePath(QStringLiteral("ra-lab")));
    }
    QDir().mkpath(directory);
    const int port = m_parser.isSet(m_portOption) ? m_parser.value(m_portOption).toInt() : DnsLab::kDefaultPort;
    DnsLab dns(QDir(directory).absolutePath(), port);
    if (sub == QLatin1String("start")) {
        if (auto started = dns.start(); !started) {
            return fail(started.error());
        }
    } else if (sub == QLatin1String("stop")) {
        if (auto stopped = dns.stop(); !stopped) {
            return fail(stopped.error());
        }
    }
    const bool running = dns.running();
    print(QJsonObject{{QStringLiteral("dns"), running ? QStringLiteral("running") : QStringLiteral("stopped")},
                      {QStringLiteral("resolver"), dns.resolverAddress()},
                      {QStringLiteral("directory"), directory}},
          running
              ? QCoreApplication::translate("ra-cli", "Lab DNS (Knot) runs; resolver %1.").arg(dns.resolverAddress())
              : QCoreApplication::translate("ra-cli", "Lab DNS is stopped."));
    return Ok;
}

} // namespace ra::app
