// SPDX-License-Identifier: Apache-2.0
#include "app/SubscriberNotifier.h"

#include "app/CaSetupService.h"
#include "app/CertificatePreviewService.h"
#include "app/Workspace.h"
#include "app/mail/Mail.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <QUuid>

namespace ra::app {

domain::Status SubscriberNotifier::notify(const CertificateRecord& certificate, const QString& actor) {
    const auto application = m_workspace.applications().byId(certificate.applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (certificate.certificate.isEmpty()) {
        return domain::fail(
            QStringLiteral("notify.not-issued"),
            QCoreApplication::translate("SubscriberNotifier", "Certificate %1 is not issued: there is nothing to send.")
                .arg(certificate.serial));
    }
    const MailSettings settings = m_workspace.mailSettings();
    const QString to = application->representative.email;
    const CertificatePreviewReport described = CertificatePreviewService::describe(certificate.certificate);
    // The message is in English and Japanese: the subscriber's language is not recorded.
    OutgoingMail mail;
    mail.to = to;
    mail.subject = QStringLiteral("Certificate issued / 証明書を発行しました: %1 (%2)")
                       .arg(application->fqdns.value(0), application->externalReference);
    mail.body = QStringLiteral("%1 様\n\n"
                               "The server certificate you applied for (%2) has been issued.\n"
                               "お申し込みのサーバー証明書（%2）を発行しました。\n\n"
                               "Serial / シリアル番号: %3\n"
                               "Subject / サブジェクト: %4\n"
                               "Names / ドメイン名: %5\n"
                               "Valid / 有効期間: %6 – %7 (UTC)\n\n"
                               "%8\n")
                    .arg(application->representative.name, application->externalReference, certificate.serial,
                         described.subject, application->fqdns.join(QStringLiteral(", ")),
                         certificate.notBefore.toString(Qt::ISODate), certificate.notAfter.toString(Qt::ISODate),
                         CaSetupService::toPem(certificate.certificate, "CERTIFICATE"));
    mail.messageId = QStringLiteral("<%1@ra-workstation>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    domain::Result<QString> sent =
        settings.relayHost.isEmpty()
            ? domain::fail(QStringLiteral("mail.no-relay"),
                           QCoreApplication::translate("SubscriberNotifier",
                                                       "No mail relay is configured (ra-cli settings set mail/relay)."))
            : sendMail(settings, mail, m_workspace.clock().nowUtc());
    QJsonObject details{{QStringLiteral("serial"), certificate.serial},
                        {QStringLiteral("to"), to},
                        {QStringLiteral("message_id"), mail.messageId}};
    if (sent) {
        details.insert(QStringLiteral("relay_answer"), sent->left(200));
    } else {
        details.insert(QStringLiteral("code"), sent.error().code);
        details.insert(QStringLiteral("detail"), sent.error().detail.left(300));
    }
    if (auto logged = m_workspace.record(
            actor, sent ? domain::audit_event::SubscriberNotified : domain::audit_event::SubscriberNotificationFailed,
            details, certificate.applicationId);
        !logged) {
        return logged;
    }
    if (!sent) {
        return std::unexpected(sent.error());
    }
    return {};
}

} // namespace ra::app
