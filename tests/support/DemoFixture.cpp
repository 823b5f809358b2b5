// SPDX-License-Identifier: Apache-2.0
#include "tests/support/DemoFixture.h"

#include "app/ApplicationService.h"
#include "app/AuthorityService.h"
#include "app/DemoWorkspace.h"
#include "app/DocumentService.h"
#include "app/OrganizationService.h"
#include "app/lab/CorporateNumberLab.h"
#include "crypto/Base32.h"
#include "crypto/Totp.h"
#include "domain/DocumentReview.h"
#include "domain/Workflow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ra::test {

DemoFixture::DemoFixture() {
    auto created = app::DemoWorkspace::create(m_directory.filePath(QStringLiteral("demo")), m_clock);
    if (!created) {
        m_problem = created.error().userMessage + QStringLiteral(" ") + created.error().detail;
        return;
    }
    m_workspace = std::move(*created);
    QFile credentials(
        QDir(m_workspace->directory()).filePath(QString::fromLatin1(app::DemoWorkspace::kCredentialsFile)));
    if (credentials.open(QIODevice::ReadOnly)) {
        for (const QJsonValue& entry :
             QJsonDocument::fromJson(credentials.readAll())[QStringLiteral("users")].toArray()) {
            m_users.insert(entry[QStringLiteral("user")].toString(), entry.toObject());
        }
    }
}

bool DemoFixture::startLab() {
    m_lab = std::make_unique<LabFixture>(*m_workspace);
    if (!m_lab->ready()) {
        m_problem = m_lab->problem();
        return false;
    }
    return true;
}

QString DemoFixture::field(const QString& user, const char* name) const {
    return m_users.value(user)[QString::fromLatin1(name)].toString();
}

crypto::SecureBytes DemoFixture::password(const QString& user) const {
    QByteArray bytes = field(user, "password").toUtf8();
    return crypto::SecureBytes::takeFrom(bytes);
}

QString DemoFixture::code(const QString& user) {
    m_clock.advanceSeconds(30); // a code is accepted once: every use is a new step
    QByteArray seed = *crypto::base32Decode(field(user, "totp_secret").toLatin1());
    return crypto::Totp::code(crypto::SecureBytes::takeFrom(seed), m_clock.nowUtc().toSecsSinceEpoch());
}

std::vector<app::CustodianSecrets> DemoFixture::shareRecipients(const QStringList& users) {
    // The next step, unused by anyone yet, and within the one-step window of the ceremony's
    // other codes, whichever are made first.
    const qint64 nextStep = m_clock.nowUtc().addSecs(30).toSecsSinceEpoch();
    std::vector<app::CustodianSecrets> recipients;
    for (const QString& user : users) {
        app::CustodianSecrets secrets;
        secrets.username = user;
        secrets.password = password(user);
        QByteArray seed = *crypto::base32Decode(field(user, "totp_secret").toLatin1());
        secrets.totpCode = crypto::Totp::code(crypto::SecureBytes::takeFrom(seed), nextStep);
        recipients.push_back(std::move(secrets));
    }
    return recipients;
}

app::CustodianSecrets DemoFixture::custodian(const QString& user, const QString& shareOverride) {
    app::CustodianSecrets secrets;
    secrets.username = user;
    secrets.password = password(user);
    secrets.totpCode = code(user);
    QByteArray share = (shareOverride.isEmpty() ? field(user, "pin_share") : shareOverride).toUtf8();
    secrets.pinShare = crypto::SecureBytes::takeFrom(share);
    return secrets;
}

domain::User DemoFixture::user(const QString& name) {
    return m_workspace->users().byUsername(name).value_or(domain::User{});
}

qint64 DemoFixture::applicationId(const QString& externalReference) {
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(QStringLiteral("SELECT id FROM applications WHERE external_reference = ?"));
    query.addBindValue(externalReference);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 DemoFixture::directorySourceId() {
    for (const domain::ReliableDataSource& source :
         app::OrganizationService(*m_workspace).sources().value_or(QList<domain::ReliableDataSource>{})) {
        if (source.citable() && source.kind == domain::ReliableDataSource::Kind::Other) {
            return source.id;
        }
    }
    return 0;
}

bool DemoFixture::recordRegistryEvidence(qint64 applicationId, const QString& corporateNumber) {
    const auto application = m_workspace->applications().byId(applicationId);
    if (!application) {
        return false;
    }
    domain::Evidence evidence;
    evidence.applicationId = applicationId;
    evidence.source = domain::EvidenceSource::GovernmentAgency;
    evidence.confirms = {true, true, true, false};
    evidence.verified.legalName = application->organization.legalName;
    evidence.verified.country = application->organization.country;
    evidence.corporateNumber = corporateNumber;
    evidence.reference = corporateNumber;
    evidence.obtainedAt = m_clock.nowUtc();
    evidence.recordedBy = QStringLiteral("tanaka");
    evidence.recordedAt = evidence.obtainedAt;
    return m_workspace->database()
        .transaction([&] { return m_workspace->organizationEvidence().add(evidence, {}); })
        .has_value();
}

QString DemoFixture::verifiedCorporateNumber(qint64 applicationId) {
    if (const auto subject = app::OrganizationService(*m_workspace).subjectEvidence(applicationId);
        subject && !subject->corporateNumber.isEmpty()) {
        return subject->corporateNumber;
    }
    const QString number = QStringLiteral("9%1").arg(applicationId, 12, 10, QLatin1Char('0'));
    return recordRegistryEvidence(applicationId, number) ? number : QString();
}

bool DemoFixture::prepareForApproval(qint64 applicationId, const QString& officer) {
    app::ApplicationService service(*m_workspace);
    const auto application = service.load(applicationId);
    if (!application) {
        return false;
    }
    const domain::User validator = user(officer);
    // R-ORG-1: the organization is looked up in the lab's registry; its evidence decides the org.*
    // items and the subject, so they are never ticked here.
    if (m_lab) {
        for (const domain::CorporateRecord& record : app::CorporateNumberLab::demoCorporations()) {
            if (record.name == application->organization.legalName &&
                !app::OrganizationService(*m_workspace)
                     .lookUpByNumber(validator, applicationId, record.corporateNumber)) {
                return false;
            }
        }
    }
    // R-DCV-2, R-CAA-1: with the lab started, each name is validated and its CAA checked for real,
    // since the signing module refuses a name without a passed validation (R-DOC-2).
    if (m_lab && !app::DemoWorkspace::validateEachName(*m_workspace, *application, validator, m_lab->dns())) {
        return false;
    }
    // R-ORG-5: a call-back to the number the approved telephone directory lists.
    const domain::ChecklistItem* callbackItem = application->item(QStringLiteral("authority.callback"));
    if (!callbackItem || callbackItem->status == domain::CheckStatus::Pending) {
        domain::Callback callback;
        callback.applicationId = applicationId;
        callback.contact = QStringLiteral("03-5555-0199");
        callback.dataSourceId = directorySourceId();
        callback.sourceReference = QStringLiteral("head office listing");
        callback.personReached = QStringLiteral("Sato Hanako");
        callback.reachedAt = m_clock.nowUtc();
        callback.outcome = domain::CallbackOutcome::Confirmed;
        if (!app::AuthorityService(*m_workspace).recordCallback(validator, callback)) {
            return false;
        }
    }
    // R-DOC-1: every current document inspected, every standard check confirmed.
    const QStringList allChecks = domain::DocumentReview::standardCheckIds();
    for (const domain::Document& document : domain::DocumentReview::current(application->documents)) {
        if (!app::DocumentService(*m_workspace).inspect(validator, applicationId, document.id, allChecks, {})) {
            return false;
        }
    }
    // R-ORG-2: a tradename shown by a tax document among the application's documents.
    const domain::ChecklistItem* dbaItem = application->item(QStringLiteral("org.dba"));
    if (!application->organization.doingBusinessAs.isEmpty() &&
        (!dbaItem || dbaItem->status == domain::CheckStatus::Pending)) {
        domain::Evidence tradename;
        tradename.applicationId = applicationId;
        tradename.source = domain::EvidenceSource::IdentificationDocument;
        tradename.reference = QStringLiteral("tax document in the package");
        tradename.obtainedAt = m_clock.nowUtc().addDays(-1);
        tradename.confirms.tradename = true;
        tradename.verified.tradename = application->organization.doingBusinessAs;
        tradename.documentIds = {domain::DocumentReview::current(application->documents).value(0).id};
        if (!app::OrganizationService(*m_workspace).recordEvidence(validator, tradename)) {
            return false;
        }
    }
    for (const domain::ChecklistDefinition& definition : domain::Checklist::definitions()) {
        const domain::ChecklistItem* item = application->item(definition.code);
        const bool decidedByEvidence =
            domain::Checklist::decidedByRecords(definition.code) ||
            (definition.code == QLatin1String("risk.additional-verification") && !application->highRisk);
        if ((item && item->status != domain::CheckStatus::Pending) || decidedByEvidence) {
            continue;
        }
        const auto status = domain::Workflow::isMandatory(definition, *application)
                                ? domain::CheckStatus::Passed
                                : domain::CheckStatus::NotApplicable;
        const domain::Status recorded =
            definition.automatic
                ? service.recordAutomaticCheck(QStringLiteral("test"), applicationId, definition.code, status, {})
                : service.recordCheck(validator, applicationId, definition.code, status, QStringLiteral("checked"));
        if (!recorded) {
            return false;
        }
    }
    domain::WorkflowRequest submit;
    submit.action = domain::WorkflowAction::SubmitForApproval;
    return service.perform(validator, applicationId, submit).has_value();
}

} // namespace ra::test
