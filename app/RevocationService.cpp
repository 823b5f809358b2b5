// SPDX-License-Identifier: Apache-2.0
#include "app/RevocationService.h"

#include "app/CaActivationService.h"
#include "app/Workspace.h"
#include "crypto/Digest.h"
#include "domain/AuditEntry.h"
#include "domain/Revocation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace ra::app {

using domain::fail;
using State = CertificateRecord::State;
namespace event = domain::audit_event;

namespace {

// The serial's magnitude without leading zero bytes: "00ff" and "ff" are the same serial.
QByteArray serialBytes(const QString& hex) {
    QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    while (bytes.size() > 1 && bytes.front() == '\0') {
        bytes.remove(0, 1);
    }
    return bytes;
}

} // namespace

domain::Error RevocationService::signingFailed(const QStringList& custodians, const QString& what,
                                               const domain::Error& error) {
    (void)m_workspace.record(ceremonyActor(custodians),
                             error.code == QLatin1String("hsm.lost") ? event::HsmLost : event::SigningFailed,
                             {{QStringLiteral("what"), what},
                              {QStringLiteral("code"), error.code},
                              {QStringLiteral("detail"), error.detail}});
    return error;
}

domain::Result<CertificateRecord> RevocationService::revoke(const domain::User& actor, const QString& serial,
                                                            const QString& reasonId) {
    if (!actor.can(domain::Permission::RevokeCertificate)) {
        return fail(QStringLiteral("revoke.not-allowed"),
                    QCoreApplication::translate("RevocationService", "Only a supervisor may revoke a certificate."));
    }
    const auto reason = domain::revocationReasonFromId(reasonId);
    if (!reason) {
        return fail(QStringLiteral("revoke.reason"),
                    QCoreApplication::translate(
                        "RevocationService",
                        "\"%1\" is not a revocation reason of this CA; use one of: %2 (CP 7.2.2; certificateHold is "
                        "never used).")
                        .arg(reasonId, domain::revocationReasonIds().join(QStringLiteral(", "))));
    }
    auto found = m_workspace.certificates().bySerial(serial);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!found->has_value() || (*found)->state != State::Issued) {
        return fail(
            QStringLiteral("revoke.unknown-serial"),
            QCoreApplication::translate("RevocationService", "No issued certificate has serial %1.").arg(serial));
    }
    CertificateRecord record = **found;
    if (record.revoked()) {
        return fail(QStringLiteral("revoke.already-revoked"),
                    QCoreApplication::translate("RevocationService", "Certificate %1 was revoked already (%2).")
                        .arg(serial, record.revokedAt.toString(Qt::ISODate)));
    }
    record.revokedAt = m_workspace.clock().nowUtc();
    record.revocationReason = domain::crlReasonCode(*reason);
    record.revokedBy = actor.username;
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        if (auto saved = m_workspace.certificates().update(record); !saved) {
            return saved;
        }
        return m_workspace.audit().appendEvent(actor.username, event::CertificateRevoked,
                                               {{QStringLiteral("serial"), record.serial},
                                                {QStringLiteral("reason"), domain::revocationReasonId(*reason)}},
                                               record.applicationId);
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return record;
}

domain::Result<CrlResult> RevocationService::generateCrl(crypto::SigningModule& module, const QStringList& custodians) {
    const auto last = m_workspace.certificates().lastCrlNumber();
    if (!last) {
        return std::unexpected(last.error());
    }
    crypto::CrlContent content;
    content.number = *last + 1;
    content.thisUpdate = m_workspace.clock().nowUtc();
    content.nextUpdate = content.thisUpdate.addDays(kCrlValidityDays);
    // CP 4.10.1 / table 7.2-1: entries stay until the certificate expires.
    const domain::Status listed = m_workspace.certificates().forEachIssued([&](const CertificateRecord& record) {
        if (record.revoked() && record.notAfter > content.thisUpdate) {
            content.entries.append({serialBytes(record.serial), record.revokedAt, record.revocationReason});
        }
        return true;
    });
    if (!listed) {
        return std::unexpected(listed.error());
    }
    const auto signature = module.signCrl(content);
    if (!signature) {
        return std::unexpected(signingFailed(custodians, QStringLiteral("crl"), signature.error()));
    }
    CrlResult result{content.number, content.thisUpdate, content.nextUpdate, int(content.entries.size()), *signature};
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        if (auto saved = m_workspace.certificates().saveCrl(result.number, result.thisUpdate, result.nextUpdate,
                                                            result.entries, result.der, result.thisUpdate);
            !saved) {
            return saved;
        }
        return m_workspace.audit().appendEvent(
            ceremonyActor(custodians), event::CrlGenerated,
            {{QStringLiteral("number"), QString::number(result.number)},
             {QStringLiteral("entries"), result.entries},
             {QStringLiteral("next_update"), result.nextUpdate.toString(Qt::ISODate)},
             {QStringLiteral("crl_sha256"), crypto::sha256Hex(result.der)},
             {QStringLiteral("custodians"), QJsonArray::fromStringList(custodians)}});
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return result;
}

domain::Result<QList<OcspResult>> RevocationService::signOcspResponses(crypto::SigningModule& module,
                                                                       const QStringList& custodians,
                                                                       const QStringList& otherSerials) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{1,40}$"));
    for (const QString& serial : otherSerials) {
        if (!hex.match(serial).hasMatch()) {
            return fail(
                QStringLiteral("ocsp.serial"),
                QCoreApplication::translate("RevocationService", "\"%1\" is not a serial number in hex.").arg(serial));
        }
    }
    const QDateTime thisUpdate = m_workspace.clock().nowUtc();
    QList<crypto::OcspContent> requests;
    QStringList issuedSerials;
    const domain::Status listed = m_workspace.certificates().forEachIssued([&](const CertificateRecord& record) {
        crypto::OcspContent content;
        content.serial = serialBytes(record.serial);
        content.status = record.revoked() ? crypto::OcspCertStatus::Revoked : crypto::OcspCertStatus::Good;
        content.issuedCertificateDer = record.certificate;
        content.revokedAt = record.revokedAt;
        content.reasonCode = record.revocationReason;
        requests << content;
        issuedSerials << record.serial;
        return true;
    });
    if (!listed) {
        return std::unexpected(listed.error());
    }
    for (const QString& serial : otherSerials) {
        const QString normalized = QString::fromLatin1(serialBytes(serial).toHex());
        if (!issuedSerials.contains(normalized)) {
            crypto::OcspContent content;
            content.serial = serialBytes(serial);
            content.status = crypto::OcspCertStatus::Unknown;
            requests << content;
        }
    }
    QList<OcspResult> results;
    QJsonObject counts;
    for (crypto::OcspContent& content : requests) {
        content.thisUpdate = thisUpdate;
        content.nextUpdate = thisUpdate.addSecs(qint64(kOcspValidityHours) * 3600);
        const auto response = module.signOcspResponse(content);
        if (!response) {
            return std::unexpected(signingFailed(custodians, QStringLiteral("ocsp"), response.error()));
        }
        const QString status = content.status == crypto::OcspCertStatus::Good      ? QStringLiteral("good")
                               : content.status == crypto::OcspCertStatus::Revoked ? QStringLiteral("revoked")
                                                                                   : QStringLiteral("unknown");
        counts.insert(status, counts.value(status).toInt() + 1);
        results.append({QString::fromLatin1(content.serial.toHex()), status, *response});
    }
    (void)m_workspace.record(
        ceremonyActor(custodians), event::OcspSigned,
        {{QStringLiteral("responses"), counts},
         {QStringLiteral("next_update"), thisUpdate.addSecs(qint64(kOcspValidityHours) * 3600).toString(Qt::ISODate)},
         {QStringLiteral("custodians"), QJsonArray::fromStringList(custodians)}});
    return results;
}

} // namespace ra::app
