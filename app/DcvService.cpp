// SPDX-License-Identifier: Apache-2.0
#include "app/DcvService.h"

#include "app/ApplicationService.h"
#include "app/EmailValidation.h"
#include "app/OrganizationService.h"
#include "app/Workspace.h"
#include "crypto/Base32.h"
#include "crypto/Digest.h"
#include "crypto/JwkThumbprint.h"
#include "crypto/Random.h"
#include "domain/AuditEntry.h"
#include "domain/DomainChecks.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ra::app {

using domain::DcvAttempt;
using domain::fail;
namespace event = domain::audit_event;

namespace {
constexpr int kRandomBytes = 20; // 160 bits from the CSPRNG (R-DCV-1: at least 112)
static_assert(kRandomBytes * 8 >= domain::RandomValue::kMinimumBits);
constexpr int kObservedChars = 1000; // what the attempt keeps of a web page; the observations keep it all

QString iso(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

domain::RandomValue DcvService::newRandomValue(const QDateTime& now) {
    return {QString::fromLatin1(crypto::base32Encode(crypto::randomBytes(kRandomBytes))).toLower(), now};
}

domain::Status DcvService::mayValidate(const domain::User& actor, const domain::Application& application) {
    if (actor.disabled || !actor.can(domain::Permission::ReviewApplication) || application.validatorId != actor.id ||
        application.state != domain::ApplicationState::InReview) {
        return fail(QStringLiteral("dcv.not-allowed"),
                    QCoreApplication::translate("DcvService",
                                                "Only the officer validating this application, while it is in review, "
                                                "validates its domains."));
    }
    return {};
}

domain::Result<QString> DcvService::requestedName(const domain::Application& application, const QString& fqdn) {
    const QString name = fqdn.toLower();
    if (!application.fqdns.contains(name)) {
        return fail(QStringLiteral("dcv.not-requested"),
                    QCoreApplication::translate("DcvService", "%1 is not one of the names this application requests.")
                        .arg(name));
    }
    return name;
}

domain::Result<QHash<QString, ValidationInUse>> DcvService::validationsInUse(qint64 applicationId) {
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    // R-DOC-2, BR 4.2.1: another application lends its validation only when it is the same
    // Applicant as the registry identifies it — the corporate number of the verified organization
    // the subject is built from, never a name typed in a package — and was not rejected.
    OrganizationService organizations(m_workspace);
    const auto verifiedNumber = [&](qint64 id) {
        const std::optional<domain::Evidence> subject = organizations.subjectEvidence(id);
        return subject ? subject->corporateNumber : QString();
    };
    const QString corporateNumber = verifiedNumber(applicationId);
    QHash<qint64, std::optional<QString>> lenders; // each other application judged once: its reference if it lends
    QHash<QString, ValidationInUse> inUse;
    const QStringList names = application->fqdns;
    for (const QString& fqdn : names) {
        const auto passed = m_workspace.dcvAttempts().passedFor(fqdn);
        if (!passed) {
            return std::unexpected(passed.error());
        }
        for (const DcvAttempt& attempt : *passed) {
            const QDateTime usableUntil = domain::DomainChecks::validationUsableUntil(attempt.checkedAt, now);
            if (usableUntil <= now) {
                continue;
            }
            ValidationInUse candidate{attempt, application->externalReference, false, usableUntil,
                                      attempt.checkedAt.daysTo(now)};
            if (attempt.applicationId != applicationId) {
                if (corporateNumber.isEmpty()) {
                    continue;
                }
                if (!lenders.contains(attempt.applicationId)) {
                    const auto other = m_workspace.applications().byId(attempt.applicationId);
                    const bool lends = other && other->state != domain::ApplicationState::Rejected &&
                                       verifiedNumber(other->id) == corporateNumber;
                    lenders.insert(attempt.applicationId,
                                   lends ? std::optional(other->externalReference) : std::nullopt);
                }
                const std::optional<QString>& lender = lenders.value(attempt.applicationId);
                if (!lender) {
                    continue;
                }
                candidate.reused = true;
                candidate.applicationReference = *lender;
            }
            if (!inUse.contains(fqdn) || inUse.value(fqdn).attempt.checkedAt <= attempt.checkedAt) {
                inUse.insert(fqdn, candidate);
            }
        }
    }
    return inUse;
}

domain::Result<bool> DcvService::updateChecklist(qint64 applicationId) {
    const auto application = m_workspace.applications().byId(applicationId);
    const auto inUse = validationsInUse(applicationId);
    const auto caaChecks = m_workspace.validationEvidence().caaChecks(applicationId);
    if (!application || !inUse || !caaChecks) {
        return std::unexpected(!application ? application.error() : !inUse ? inUse.error() : caaChecks.error());
    }
    const QHash<QString, CaaEvidence> latestCaa = latestCaaChecks(*caaChecks);
    QList<domain::NameEvidence> names;
    for (const QString& fqdn : application->fqdns) {
        domain::NameEvidence name;
        name.fqdn = fqdn;
        if (const auto validation = inUse->constFind(fqdn); validation != inUse->cend()) {
            name.dcvPassed = true;
            name.dcvValidatedAt = validation->attempt.checkedAt;
        }
        if (const auto check = latestCaa.constFind(fqdn); check != latestCaa.cend()) {
            name.caaChecked = true;
            name.caaVerdict = check->verdict;
            name.caaCorroborated = check->corroborated;
            name.caaValidUntil = check->validUntil;
        }
        names.append(name);
    }
    const domain::DomainCheckDecision decision = domain::DomainChecks::decide(names, m_workspace.clock().nowUtc());
    ApplicationService service(m_workspace);
    bool changed = false;
    for (const auto& [code, status, note] :
         {std::tuple{QStringLiteral("dcv.validated"), decision.dcv, decision.dcvNote},
          std::tuple{QStringLiteral("caa.checked"), decision.caa, decision.caaNote},
          std::tuple{QStringLiteral("mpic.corroborated"), decision.mpic, decision.mpicNote}}) {
        const domain::ChecklistItem* item = application->item(code);
        if (item && item->status == status && item->note == note) {
            continue;
        }
        if (auto recorded =
                service.recordAutomaticCheck(QStringLiteral("ra-workstation"), applicationId, code, status, note);
            !recorded) {
            return std::unexpected(recorded.error());
        }
        changed = true;
    }
    return changed;
}

domain::Result<QList<DcvAttempt>> DcvService::attempts(qint64 applicationId) {
    return m_workspace.dcvAttempts().forApplication(applicationId);
}

domain::Status DcvService::store(DcvAttempt& attempt, const QString& actor, const QString& eventType,
                                 const QJsonObject& details, const MpicRoundResult* round,
                                 QList<domain::DcvEmail>* emails) {
    return m_workspace.database().transaction([&]() -> domain::Status {
        if (auto saved = m_workspace.dcvAttempts().save(attempt); !saved) {
            return saved;
        }
        if (emails) {
            for (domain::DcvEmail& email : *emails) {
                email.attemptId = attempt.id;
                if (auto saved = m_workspace.dcvAttempts().saveEmail(email); !saved) {
                    return saved;
                }
            }
        }
        if (round) {
            if (auto saved = m_workspace.validationEvidence().addRound(attempt.id, 0, *round, attempt.checkedAt);
                !saved) {
                return saved;
            }
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
    const auto requested = requestedName(*application, fqdn);
    if (!requested) {
        return std::unexpected(requested.error());
    }
    const QString& name = *requested;
    const bool overHttp = domain::dcvMethodIsOverHttp(method);
    if (overHttp) {
        if (auto checked = domain::Dcv::checkHttpMethodName(name, authorizationDomain, label); !checked) {
            return std::unexpected(checked.error());
        }
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
    attempt.random = newRandomValue(m_workspace.clock().nowUtc());
    attempt.createdBy = actor.username;
    QList<domain::DcvEmail> emails;
    if (domain::dcvMethodIsEmail(method)) {
        if (!label.isEmpty()) {
            return fail(QStringLiteral("dcv.label"),
                        QCoreApplication::translate("DcvService", "The email methods take no prefix label."));
        }
        // R-DCV-1: a random value of its own for every email; the attempt shows the first. Methods
        // 4 and 5 find their addresses in DNS at the first check, corroborated by the perspectives.
        const QStringList addresses =
            method == domain::DcvMethod::ConstructedEmail ? domain::Dcv::constructedAddresses(adn) : QStringList();
        for (const QString& address : addresses) {
            domain::DcvEmail email;
            email.address = address;
            email.random = emails.isEmpty() ? attempt.random : newRandomValue(attempt.random.createdAt);
            emails << email;
        }
    }
    const auto challenged = challenge(attempt); // method 7: refuses a CSR key that cannot be an account key
    if (!challenged) {
        return std::unexpected(challenged.error());
    }
    // An email method has nothing to publish: its values go only into the messages (R-DCV-2).
    QJsonObject details = domain::dcvMethodIsEmail(method) ? QJsonObject() : challengeJson(*challenged);
    details.insert(QStringLiteral("authorization_domain"), adn);
    const QJsonObject shownValue = randomValueJson(attempt);
    for (auto it = shownValue.begin(); it != shownValue.end(); ++it) {
        details.insert(it.key(), it.value());
    }
    if (!emails.isEmpty()) {
        details.insert(QStringLiteral("emails"), EmailValidation::toJson(emails));
    }
    if (auto stored = store(attempt, actor.username, event::DcvStarted, details, nullptr, &emails); !stored) {
        return std::unexpected(stored.error());
    }
    return attempt;
}

domain::Result<ValidationRound> DcvService::prepareCheck(const domain::User& actor, qint64 attemptId) {
    auto attempt = m_workspace.dcvAttempts().byId(attemptId);
    if (!attempt) {
        return std::unexpected(attempt.error());
    }
    const auto application = m_workspace.applications().byId(attempt->applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (auto allowed = mayValidate(actor, *application); !allowed) {
        return std::unexpected(allowed.error());
    }
    if (attempt->status == DcvAttempt::Status::Passed || attempt->status == DcvAttempt::Status::Expired) {
        return fail(QStringLiteral("dcv.decided"),
                    QCoreApplication::translate("DcvService", "Attempt %1 is decided (%2); start a new attempt to "
                                                              "validate %3 again.")
                        .arg(attempt->id)
                        .arg(domain::dcvStatusId(attempt->status), attempt->fqdn));
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    const auto challenged = challenge(*attempt);
    if (!challenged) {
        return std::unexpected(challenged.error());
    }
    const bool overHttp = domain::dcvMethodIsOverHttp(attempt->method);
    const QString name = overHttp ? attempt->fqdn : challenged->dnsName;
    if (attempt->random.expiredAt(now)) {
        attempt->status = DcvAttempt::Status::Expired; // R-DCV-1: valid 30 days from creation
        attempt->checkedAt = now;
        attempt->observed.clear();
        if (auto stored = store(*attempt, actor.username, event::DcvChecked, {{QStringLiteral("name"), name}});
            !stored) {
            return std::unexpected(stored.error());
        }
        return fail(QStringLiteral("dcv.expired"),
                    QCoreApplication::translate("DcvService", "The random value expired on %1; start a new attempt.")
                        .arg(iso(attempt->random.expiresAt())));
    }
    ValidationRound round;
    round.applicationId = attempt->applicationId;
    round.fqdn = attempt->fqdn;
    round.attempt = *attempt;
    round.challenge = *challenged;
    round.task.attemptId = attempt->id;
    round.task.kind = overHttp ? PerspectiveTask::Kind::Http : PerspectiveTask::Kind::Txt;
    round.task.name = name;
    round.task.urls = challenged->urls;
    round.settings = m_workspace.mpicSettings();
    round.day = now.date();
    round.now = now;
    if (domain::dcvMethodIsEmail(attempt->method)) {
        const auto emails = m_workspace.dcvAttempts().emails(attempt->id);
        if (!emails) {
            return std::unexpected(emails.error());
        }
        round.emails = *emails;
        round.mail = m_workspace.mailSettings();
        round.registry = m_workspace.registrySettings();
        round.task.name = attempt->authorizationDomain;
        // Methods 4 and 5: where the perspectives look for the contact (BR 3.2.2.4.13, 3.2.2.4.14).
        if (attempt->method == domain::DcvMethod::CaaContactEmail) {
            round.task.kind = PerspectiveTask::Kind::Caa;
            round.task.issuerDomain = m_workspace.settings().caaIssuerDomain;
        } else if (attempt->method == domain::DcvMethod::TxtContactEmail) {
            round.task.name = domain::Dcv::txtContactName(attempt->authorizationDomain);
        }
    }
    return round;
}

DcvRoundResult DcvService::observe(const ValidationRound& round, const MpicRound::Progress& progress) {
    if (domain::dcvMethodIsEmail(round.attempt.method)) {
        return EmailValidation::observe(round, progress);
    }
    const domain::DcvMethod method = round.attempt.method;
    const QString content = round.challenge.content;
    // R-MPIC-1: a perspective corroborates only when it sees the same random value (key authorization).
    return {MpicRound::run(
                round.settings, round.task,
                [method, content](const PerspectiveReport& report, const PerspectiveReport& /*primary*/) {
                    return report.answered && domain::Dcv::observationMatches(method, report.values, content);
                },
                round.day, progress),
            {},
            true,
            {}};
}

domain::Result<DcvAttempt> DcvService::recordCheck(const domain::User& actor, const ValidationRound& round,
                                                   const DcvRoundResult& outcome) {
    // The attempt may have been decided elsewhere while the round ran: check again.
    auto prepared = prepareCheck(actor, round.attempt.id);
    if (!prepared) {
        return std::unexpected(prepared.error());
    }
    const MpicRoundResult& result = outcome.mpic;
    DcvAttempt attempt = prepared->attempt;
    attempt.checkedAt = m_workspace.clock().nowUtc();
    const PerspectiveReport& primary = result.primary;
    QJsonObject details{{QStringLiteral("name"), round.task.name}, {QStringLiteral("mpic"), result.toJson()}};
    QList<domain::DcvEmail> emails = outcome.emails;
    if (domain::dcvMethodIsEmail(attempt.method)) {
        const bool replied = std::any_of(emails.cbegin(), emails.cend(), [](const domain::DcvEmail& email) {
            return email.status == domain::DcvEmail::Status::Replied;
        });
        // Until a reply comes back the attempt waits; the random values expire with it (R-DCV-1).
        // Contacts not found or not corroborated fail the check; the next one looks again.
        attempt.status = replied                  ? DcvAttempt::Status::Passed
                         : !outcome.contactsFound ? DcvAttempt::Status::Failed
                                                  : DcvAttempt::Status::Pending;
        attempt.observed =
            outcome.contactsFound
                ? EmailValidation::summary(emails).join(QStringLiteral(" | ")).left(kObservedChars)
                : QStringLiteral("no corroborated contact: ") + primary.observedText().left(kObservedChars);
        details.insert(QStringLiteral("emails"), EmailValidation::toJson(emails));
        if (!outcome.repliesNotCounted.isEmpty()) {
            details.insert(QStringLiteral("replies_not_counted"),
                           QJsonArray::fromStringList(outcome.repliesNotCounted));
        }
    } else {
        const bool primarySees = primary.answered && domain::Dcv::observationMatches(attempt.method, primary.values,
                                                                                     round.challenge.content);
        attempt.observed = primary.answered ? primary.values.join(QStringLiteral(" | ")).left(kObservedChars)
                                            : QStringLiteral("lookup failed: ") + primary.detail;
        attempt.status =
            primarySees && result.decision.corroborated ? DcvAttempt::Status::Passed : DcvAttempt::Status::Failed;
    }
    attempt.corroboration = result.decision.reason;
    if (auto stored = store(attempt, actor.username, event::DcvChecked, details, &result, &emails); !stored) {
        return std::unexpected(stored.error());
    }
    // Only the validating officer of an application in review gets here (mayValidate).
    if (auto updated = updateChecklist(attempt.applicationId); !updated) {
        return std::unexpected(updated.error());
    }
    return attempt;
}

domain::Result<DcvAttempt> DcvService::check(const domain::User& actor, qint64 attemptId,
                                             const MpicRound::Progress& progress) {
    const auto round = prepareCheck(actor, attemptId);
    if (!round) {
        return std::unexpected(round.error());
    }
    return recordCheck(actor, *round, observe(*round, progress));
}

domain::Result<domain::DcvChallenge> DcvService::challenge(const DcvAttempt& attempt) {
    QString thumbprint;
    if (attempt.method == domain::DcvMethod::AcmeHttp01) {
        const auto application = m_workspace.applications().byId(attempt.applicationId);
        if (!application) {
            return std::unexpected(application.error());
        }
        auto computed = crypto::jwkThumbprint(application->csr.publicKeyDer);
        if (!computed) {
            return std::unexpected(computed.error());
        }
        thumbprint = *computed;
    }
    return domain::Dcv::challenge(attempt, thumbprint);
}

QJsonObject DcvService::randomValueJson(const DcvAttempt& attempt) {
    // The email methods' values are secrets between the RA and the mailbox (R-DCV-2): a value
    // anyone at the RA could read could be written into a forged reply. Only the hash is shown.
    return domain::dcvMethodIsEmail(attempt.method)
               ? QJsonObject{{QStringLiteral("random_value_sha256"), crypto::sha256Hex(attempt.random.value.toUtf8())},
                             {QStringLiteral("expires_at"), iso(attempt.random.expiresAt())}}
               : QJsonObject{{QStringLiteral("random_value"), attempt.random.value},
                             {QStringLiteral("expires_at"), iso(attempt.random.expiresAt())}};
}

QString DcvService::applicantInstructions(const DcvAttempt& attempt, const domain::DcvChallenge& challenge) {
    const QString until = iso(attempt.random.expiresAt());
    switch (attempt.method) {
    case domain::DcvMethod::WebsiteChange:
        return QCoreApplication::translate("DcvService",
                                           "The applicant places a file at %1 (or the same path over https) that "
                                           "contains %2, before %3.")
            .arg(challenge.urls.value(0).toString(), challenge.content, until);
    case domain::DcvMethod::ConstructedEmail:
        return QCoreApplication::translate("DcvService",
                                           "An email with its own random value goes to each of %1; the applicant "
                                           "replies to one of them from that address, writing its value in the reply, "
                                           "before %2.")
            .arg(domain::Dcv::constructedAddresses(attempt.authorizationDomain).join(QStringLiteral(", ")), until);
    case domain::DcvMethod::ContactEmail:
        return QCoreApplication::translate("DcvService",
                                           "An email with its own random value goes to each Domain Contact of %1 "
                                           "the registry names (RDAP, else WHOIS); the applicant replies to one of "
                                           "them from that address, writing its value in the reply, before %2.")
            .arg(attempt.authorizationDomain, until);
    case domain::DcvMethod::CaaContactEmail:
        return QCoreApplication::translate("DcvService",
                                           "An email with its own random value goes to each contactemail address of "
                                           "the CAA records of %1 that the perspectives confirm; the applicant "
                                           "replies to one of them from that address, writing its value in the reply, "
                                           "before %2.")
            .arg(attempt.authorizationDomain, until);
    case domain::DcvMethod::TxtContactEmail:
        return QCoreApplication::translate("DcvService",
                                           "An email with its own random value goes to each address in the TXT "
                                           "records at %1 that the perspectives confirm; the applicant replies to "
                                           "one of them from that address, writing its value in the reply, before %2.")
            .arg(domain::Dcv::txtContactName(attempt.authorizationDomain), until);
    case domain::DcvMethod::AcmeHttp01:
        return QCoreApplication::translate("DcvService", "The applicant serves %1 over http on port 80 with exactly "
                                                         "this body: %2, before %3.")
            .arg(challenge.urls.value(0).toString(), challenge.content, until);
    default:
        return QCoreApplication::translate("DcvService",
                                           "The applicant publishes a TXT record at %1 whose text is %2, before %3.")
            .arg(challenge.dnsName, challenge.content, until);
    }
}

QJsonObject DcvService::challengeJson(const domain::DcvChallenge& challenge) {
    QJsonObject json{{QStringLiteral("content"), challenge.content}};
    if (challenge.urls.isEmpty()) {
        json.insert(QStringLiteral("publish_at"), challenge.dnsName);
    } else {
        json.insert(QStringLiteral("urls"), QJsonArray::fromStringList(QUrl::toStringList(challenge.urls)));
    }
    return json;
}

domain::Result<QList<domain::DcvEmail>> DcvService::emails(qint64 attemptId) {
    return m_workspace.dcvAttempts().emails(attemptId);
}

domain::Result<QList<StoredObservation>> DcvService::observations(qint64 attemptId) {
    return m_workspace.validationEvidence().forAttempt(attemptId);
}

} // namespace ra::app
