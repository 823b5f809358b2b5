// SPDX-License-Identifier: Apache-2.0
#include "app/DcvService.h"

#include "app/Workspace.h"
#include "crypto/Base32.h"
#include "crypto/Random.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>

namespace ra::app {

using domain::DcvAttempt;
using domain::fail;
namespace event = domain::audit_event;

namespace {
constexpr int kRandomBytes = 20; // 160 bits from the CSPRNG (R-DCV-1: at least 112)
static_assert(kRandomBytes * 8 >= domain::RandomValue::kMinimumBits);

QString iso(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// R-DCV-4 and the workflow: only the validating officer of an application in review validates.
domain::Status mayValidate(const domain::User& actor, const domain::Application& application) {
    if (actor.disabled || !actor.can(domain::Permission::ReviewApplication) || application.validatorId != actor.id ||
        application.state != domain::ApplicationState::InReview) {
        return fail(QStringLiteral("dcv.not-allowed"),
                    QCoreApplication::translate("DcvService",
                                                "Only the officer validating this application, while it is in review, "
                                                "validates its domains."));
    }
    return {};
}
} // namespace

domain::Result<QList<DcvAttempt>> DcvService::attempts(qint64 applicationId) {
    return m_workspace.dcvAttempts().forApplication(applicationId);
}

domain::Status DcvService::store(DcvAttempt& attempt, const QString& actor, const QString& eventType,
                                 const QJsonObject& details) {
    return m_workspace.database().transaction([&]() -> domain::Status {
        if (auto saved = m_workspace.dcvAttempts().save(attempt); !saved) {
            return saved;
        }
        QJsonObject all = details;
        all.insert(QStringLiteral("attempt"), attempt.id);
        all.insert(QStringLiteral("fqdn"), attempt.fqdn);
        all.insert(QStringLiteral("method"), domain::dcvMethodId(attempt.method));
        all.insert(QStringLiteral("citation"), domain::dcvMethodCitation(attempt.method));
        all.insert(QStringLiteral("status"), domain::dcvStatusId(attempt.status));
        return m_workspace.audit().appendEvent(actor, eventType, all, attempt.applicationId);
    });
}

domain::Result<DcvAttempt> DcvService::start(const domain::User& actor, qint64 applicationId, const QString& fqdn,
                                             domain::DcvMethod method, const QString& authorizationDomain,
                                             const QString& label) {
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (auto allowed = mayValidate(actor, *application); !allowed) {
        return std::unexpected(allowed.error());
    }
    const QString name = fqdn.toLower();
    if (!application->fqdns.contains(name)) {
        return fail(QStringLiteral("dcv.not-requested"),
                    QCoreApplication::translate("DcvService", "%1 is not one of the names this application requests.")
                        .arg(name));
    }
    if (method != domain::DcvMethod::DnsChange) {
        return fail(QStringLiteral("dcv.method-not-built"),
                    QCoreApplication::translate("DcvService", "Only the DNS change method (%1) can be used so far.")
                        .arg(domain::dcvMethodCitation(domain::DcvMethod::DnsChange)));
    }
    const QString adn = authorizationDomain.isEmpty() ? name : authorizationDomain.toLower();
    if (auto checked = domain::Dcv::checkAuthorizationDomain(name, adn, label, m_workspace.publicSuffixList());
        !checked) {
        return std::unexpected(checked.error());
    }
    DcvAttempt attempt;
    attempt.applicationId = applicationId;
    attempt.fqdn = name;
    attempt.authorizationDomain = adn;
    attempt.label = label;
    attempt.method = method;
    attempt.random = {QString::fromLatin1(crypto::base32Encode(crypto::randomBytes(kRandomBytes))).toLower(),
                      m_workspace.clock().nowUtc()};
    attempt.createdBy = actor.username;
    if (auto stored = store(attempt, actor.username, event::DcvStarted,
                            {{QStringLiteral("authorization_domain"), adn},
                             {QStringLiteral("publish_at"), domain::Dcv::dnsChangeName(adn, label)},
                             {QStringLiteral("random_value"), attempt.random.value},
                             {QStringLiteral("expires_at"), iso(attempt.random.expiresAt())}});
        !stored) {
        return std::unexpected(stored.error());
    }
    return attempt;
}

domain::Result<DcvAttempt> DcvService::check(const domain::User& actor, qint64 attemptId,
                                             domain::ITxtResolver& resolver) {
    auto attempt = m_workspace.dcvAttempts().byId(attemptId);
    if (!attempt) {
        return attempt;
    }
    const auto application = m_workspace.applications().byId(attempt->applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (auto allowed = mayValidate(actor, *application); !allowed) {
        return std::unexpected(allowed.error());
    }
    if (attempt->status == DcvAttempt::Status::Passed || attempt->status == DcvAttempt::Status::Expired) {
        return attempt; // decided: a new attempt needs a new random value
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    attempt->checkedAt = now;
    const QString name = domain::Dcv::dnsChangeName(attempt->authorizationDomain, attempt->label);
    if (attempt->random.expiredAt(now)) {
        attempt->status = DcvAttempt::Status::Expired; // R-DCV-1: valid 30 days from creation
        attempt->observed.clear();
        if (auto stored = store(*attempt, actor.username, event::DcvChecked, {{QStringLiteral("name"), name}});
            !stored) {
            return std::unexpected(stored.error());
        }
        return fail(QStringLiteral("dcv.expired"),
                    QCoreApplication::translate("DcvService", "The random value expired on %1; start a new attempt.")
                        .arg(iso(attempt->random.expiresAt())));
    }
    const domain::TxtLookup lookup = resolver.lookupTxt(name);
    attempt->observed =
        lookup.answered ? lookup.texts.join(QStringLiteral(" | ")) : QStringLiteral("lookup failed: ") + lookup.detail;
    attempt->status = lookup.answered && domain::Dcv::dnsChangeMatches(lookup.texts, attempt->random)
                          ? DcvAttempt::Status::Passed
                          : DcvAttempt::Status::Failed;
    if (auto stored = store(*attempt, actor.username, event::DcvChecked,
                            {{QStringLiteral("name"), name},
                             {QStringLiteral("perspective"), QStringLiteral("primary")},
                             {QStringLiteral("observed"), attempt->observed}});
        !stored) {
        return std::unexpected(stored.error());
    }
    return attempt;
}

} // namespace ra::app
