// SPDX-License-Identifier: Apache-2.0
// The network side of ra-cli: CAA checks (R-CAA-1..3) and the lab's DNS server.
#include "app/cli/Cli.h"
#include "app/dns/UnboundCaaResolver.h"
#include "app/lab/DnsLab.h"
#include "domain/Caa.h"

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
    UnboundCaaResolver resolver({m_parser.value(m_resolverOption), {}, 2});
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
