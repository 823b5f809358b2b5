// SPDX-License-Identifier: Apache-2.0
#include "domain/Checklist.h"

#include <QCoreApplication>
#include <QHash>

namespace ra::domain {

QList<ReviewStep> allReviewSteps() {
    return {ReviewStep::ApplicantCsr, ReviewStep::Organization, ReviewStep::Documents,
            ReviewStep::Authority,    ReviewStep::Domains,      ReviewStep::Summary};
}

QString reviewStepTitle(ReviewStep step) {
    switch (step) {
    case ReviewStep::ApplicantCsr:
        return QCoreApplication::translate("Checklist", "Applicant & CSR");
    case ReviewStep::Organization:
        return QCoreApplication::translate("Checklist", "Organization");
    case ReviewStep::Documents:
        return QCoreApplication::translate("Checklist", "Documents");
    case ReviewStep::Authority:
        return QCoreApplication::translate("Checklist", "Authority");
    case ReviewStep::Domains:
        return QCoreApplication::translate("Checklist", "Domains");
    case ReviewStep::Summary:
        return QCoreApplication::translate("Checklist", "Summary");
    }
    return {};
}

QString checkStatusId(CheckStatus status) {
    switch (status) {
    case CheckStatus::Pending:
        return QStringLiteral("pending");
    case CheckStatus::Passed:
        return QStringLiteral("passed");
    case CheckStatus::Failed:
        return QStringLiteral("failed");
    case CheckStatus::NotApplicable:
        return QStringLiteral("n/a");
    }
    return {};
}

CheckStatus checkStatusFromId(QStringView id) {
    for (CheckStatus status : {CheckStatus::Passed, CheckStatus::Failed, CheckStatus::NotApplicable}) {
        if (id == checkStatusId(status)) {
            return status;
        }
    }
    return CheckStatus::Pending;
}

QString checkStatusDisplayName(CheckStatus status) {
    switch (status) {
    case CheckStatus::Pending:
        return QCoreApplication::translate("Checklist", "Pending");
    case CheckStatus::Passed:
        return QCoreApplication::translate("Checklist", "Passed");
    case CheckStatus::Failed:
        return QCoreApplication::translate("Checklist", "Failed");
    case CheckStatus::NotApplicable:
        return QCoreApplication::translate("Checklist", "Not applicable");
    }
    return {};
}

const QList<ChecklistDefinition>& Checklist::definitions() {
    using enum ReviewStep;
    using enum CheckGate;
    // clang-format off
    static const QList<ChecklistDefinition> all{
        {QStringLiteral("intake.csr-readable"),        ApplicantCsr, QStringLiteral("R-IN-1"),   QStringLiteral("CP 4.1.2"),       Intake,     true, true},
        {QStringLiteral("csr.proof-of-possession"),    ApplicantCsr, QStringLiteral("R-CSR-1"),  QStringLiteral("CP 3.2.1"),       Intake,     true, true},
        {QStringLiteral("intake.subscriber-agreement"),ApplicantCsr, QStringLiteral("R-IN-1"),   QStringLiteral("CP 9.6.3"),       Intake,     true, true},
        {QStringLiteral("intake.names-requested"),     ApplicantCsr, QStringLiteral("R-IN-1"),   QStringLiteral("CP 4.1.2"),       Intake,     true, true},
        {QStringLiteral("csr.key-quality"),            ApplicantCsr, QStringLiteral("R-CSR-2"),  QStringLiteral("CP 6.1.5-6.1.6"), Submission, true, true},
        {QStringLiteral("csr.weak-key"),               ApplicantCsr, QStringLiteral("R-CSR-3"),  QStringLiteral("CP 4.9.12"),      Submission, true, true},
        {QStringLiteral("csr.names"),                  ApplicantCsr, QStringLiteral("R-CSR-4"),  QStringLiteral("CP 3.2.2.4-6"),   Submission, true, true},
        {QStringLiteral("csr.profile-lint"),           ApplicantCsr, QStringLiteral("R-ISS-2"),  QStringLiteral("CP 4.3.1.2"),     Submission, true, true},
        {QStringLiteral("intake.high-risk-match"),     ApplicantCsr, QStringLiteral("R-IN-3"),   QStringLiteral("CP 4.1.1"),       Submission, true, true},
        {QStringLiteral("risk.additional-verification"),ApplicantCsr,QStringLiteral("R-IN-4"),   QStringLiteral("CP 4.2.1"),       Submission, false, false},
        {QStringLiteral("org.identity"),               Organization, QStringLiteral("R-ORG-1"),  QStringLiteral("CP 3.2.2.1"),     Submission, true, true},
        {QStringLiteral("org.address"),                Organization, QStringLiteral("R-ORG-1"),  QStringLiteral("CP 3.2.2.1"),     Submission, true, true},
        {QStringLiteral("org.dba"),                    Organization, QStringLiteral("R-ORG-2"),  QStringLiteral("CP 3.2.2.2"),     Submission, false, true},
        {QStringLiteral("org.country"),                Organization, QStringLiteral("R-ORG-3"),  QStringLiteral("CP 3.2.2.3"),     Submission, true, true},
        {QStringLiteral("doc.attached"),               Documents,    QStringLiteral("R-DOC-1"),  QStringLiteral("CP 3.2.2, 5.5"),  Intake,     true, true},
        {QStringLiteral("doc.inspected"),              Documents,    QStringLiteral("R-DOC-1"),  QStringLiteral("CP 3.2.2"),       Submission, true, true},
        {QStringLiteral("authority.callback"),         Authority,    QStringLiteral("R-ORG-5"),  QStringLiteral("CP 3.2.5"),       Submission, true, true},
        {QStringLiteral("dcv.validated"),              Domains,      QStringLiteral("R-DCV-2"),  QStringLiteral("CP 3.2.2.4"),     Submission, true, true},
        {QStringLiteral("caa.checked"),                Domains,      QStringLiteral("R-CAA-1"),  QStringLiteral("CP 3.2.2.8"),     Submission, true, true},
        {QStringLiteral("mpic.corroborated"),          Domains,      QStringLiteral("R-MPIC-1"), QStringLiteral("CP 3.2.2.9"),     Submission, true, true},
    };
    // clang-format on
    return all;
}

bool Checklist::decidedByRecords(QStringView code) {
    static const QStringList codes{QStringLiteral("org.identity"),       QStringLiteral("org.address"),
                                   QStringLiteral("org.country"),        QStringLiteral("org.dba"),
                                   QStringLiteral("authority.callback"), QStringLiteral("doc.inspected")};
    return codes.contains(code);
}

const ChecklistDefinition* Checklist::find(QStringView code) {
    for (const ChecklistDefinition& definition : definitions()) {
        if (definition.code == code) {
            return &definition;
        }
    }
    return nullptr;
}

QList<ChecklistDefinition> Checklist::forStep(ReviewStep step) {
    QList<ChecklistDefinition> result;
    for (const ChecklistDefinition& definition : definitions()) {
        if (definition.step == step) {
            result << definition;
        }
    }
    return result;
}

QString ChecklistDefinition::title() const {
    static const QHash<QString, const char*> titles{
        {QStringLiteral("intake.csr-readable"), QT_TRANSLATE_NOOP("Checklist", "CSR is a readable PKCS#10 request")},
        {QStringLiteral("csr.proof-of-possession"),
         QT_TRANSLATE_NOOP("Checklist", "CSR signature verifies (proof of possession)")},
        {QStringLiteral("intake.subscriber-agreement"),
         QT_TRANSLATE_NOOP("Checklist", "Subscriber Agreement executed")},
        {QStringLiteral("intake.names-requested"), QT_TRANSLATE_NOOP("Checklist", "At least one FQDN requested")},
        {QStringLiteral("csr.key-quality"), QT_TRANSLATE_NOOP("Checklist", "Key type, size and parameters allowed")},
        {QStringLiteral("csr.weak-key"), QT_TRANSLATE_NOOP("Checklist", "Key is not weak or compromised")},
        {QStringLiteral("csr.names"), QT_TRANSLATE_NOOP("Checklist", "Requested names can be certified")},
        {QStringLiteral("csr.profile-lint"), QT_TRANSLATE_NOOP("Checklist", "Certificate preview passes the linter")},
        {QStringLiteral("intake.high-risk-match"),
         QT_TRANSLATE_NOOP("Checklist", "No match in revoked or rejected records")},
        {QStringLiteral("risk.additional-verification"),
         QT_TRANSLATE_NOOP("Checklist", "High-risk request: additional verification recorded (if high risk)")},
        {QStringLiteral("org.identity"), QT_TRANSLATE_NOOP("Checklist", "Organization identity verified")},
        {QStringLiteral("org.address"), QT_TRANSLATE_NOOP("Checklist", "Address is a place of business")},
        {QStringLiteral("org.dba"), QT_TRANSLATE_NOOP("Checklist", "DBA / tradename verified")},
        {QStringLiteral("org.country"), QT_TRANSLATE_NOOP("Checklist", "Country verified")},
        {QStringLiteral("doc.attached"), QT_TRANSLATE_NOOP("Checklist", "Documents attached with their SHA-256")},
        {QStringLiteral("doc.inspected"), QT_TRANSLATE_NOOP("Checklist", "Documents inspected for alteration")},
        {QStringLiteral("authority.callback"),
         QT_TRANSLATE_NOOP("Checklist", "Representative's authority confirmed by call-back")},
        {QStringLiteral("dcv.validated"), QT_TRANSLATE_NOOP("Checklist", "Domain control validated for every FQDN")},
        {QStringLiteral("caa.checked"), QT_TRANSLATE_NOOP("Checklist", "CAA permits issuance for every FQDN")},
        {QStringLiteral("mpic.corroborated"),
         QT_TRANSLATE_NOOP("Checklist", "Validation corroborated by remote perspectives")},
    };
    const char* text = titles.value(code, nullptr);
    return text ? QCoreApplication::translate("Checklist", text) : code;
}

QString ChecklistDefinition::policyText() const {
    static const QHash<QString, const char*> texts{
        {QStringLiteral("intake.csr-readable"),
         QT_TRANSLATE_NOOP("Checklist", "The application includes a certificate signing request in PKCS#10 format.")},
        {QStringLiteral("csr.proof-of-possession"),
         QT_TRANSLATE_NOOP("Checklist", "The applicant proves possession of the private key: the CSR signature "
                                        "verifies with the public key it carries.")},
        {QStringLiteral("intake.subscriber-agreement"),
         QT_TRANSLATE_NOOP("Checklist", "No application proceeds without an executed Subscriber Agreement or Terms of "
                                        "Use: version, acceptance time and who accepted.")},
        {QStringLiteral("intake.names-requested"),
         QT_TRANSLATE_NOOP("Checklist", "The application names at least one fully-qualified domain name for the "
                                        "Subject Alternative Name extension.")},
        {QStringLiteral("csr.key-quality"),
         QT_TRANSLATE_NOOP("Checklist", "RSA 2048 per the profile; public exponent odd, at least 3; modulus odd, not a "
                                        "prime power, no factor smaller than 752.")},
        {QStringLiteral("csr.weak-key"),
         QT_TRANSLATE_NOOP(
             "Checklist",
             "Refuse keys with the ROCA fingerprint, Debian weak keys, close primes, or keys reported compromised.")},
        {QStringLiteral("csr.names"),
         QT_TRANSLATE_NOOP("Checklist", "Every name is an FQDN of LDH or P-labels under a public suffix: no wildcard, "
                                        "IP address, .onion, Internal Name or Reserved IP.")},
        {QStringLiteral("csr.profile-lint"),
         QT_TRANSLATE_NOOP("Checklist", "The exact certificate is linted against the Baseline Requirements and the "
                                        "profile before signing; any error stops issuance.")},
        {QStringLiteral("intake.high-risk-match"),
         QT_TRANSLATE_NOOP("Checklist", "Each application is matched against previously revoked certificates and "
                                        "rejected requests; matches are high risk.")},
        {QStringLiteral("risk.additional-verification"),
         QT_TRANSLATE_NOOP("Checklist",
                           "A high-risk request (a match with revoked or rejected records, a high-risk name, a "
                           "look-alike or mixed-script name) needs, before approval: every match examined and "
                           "explained in the note; the organization confirmed by a second, independent source; the "
                           "domain's registrant or DNS operator confirmed to be the organization.")},
        {QStringLiteral("org.identity"),
         QT_TRANSLATE_NOOP("Checklist", "Verify the identity of the organization from a government agency, a Reliable "
                                        "Data Source, a site visit or an Attestation Letter.")},
        {QStringLiteral("org.address"),
         QT_TRANSLATE_NOOP("Checklist",
                           "Verify that the address is a place of existence or operation of the organization.")},
        {QStringLiteral("org.dba"),
         QT_TRANSLATE_NOOP("Checklist",
                           "A DBA or tradename, when present, is verified by one of the sources of CP 3.2.2.2.")},
        {QStringLiteral("org.country"),
         QT_TRANSLATE_NOOP("Checklist", "The country of the organization is verified; the profile fixes C=JP.")},
        {QStringLiteral("doc.attached"),
         QT_TRANSLATE_NOOP(
             "Checklist",
             "Every document relied upon is attached and stored with its SHA-256, who added it and when.")},
        {QStringLiteral("doc.inspected"),
         QT_TRANSLATE_NOOP("Checklist",
                           "Each document is inspected for alteration or falsification and the result recorded.")},
        {QStringLiteral("authority.callback"),
         QT_TRANSLATE_NOOP("Checklist", "Confirm the representative's authority by a Reliable Method of Communication, "
                                        "such as a call-back to a number from a verified source.")},
        {QStringLiteral("dcv.validated"),
         QT_TRANSLATE_NOOP("Checklist", "Validate control of every FQDN by one of the methods of CP 3.2.2.4 with a "
                                        "Random Value valid for 30 days.")},
        {QStringLiteral("caa.checked"),
         QT_TRANSLATE_NOOP(
             "Checklist",
             "Check CAA records per RFC 8659 for every dNSName; issue within max(TTL, 8 hours) of the check.")},
        {QStringLiteral("mpic.corroborated"),
         QT_TRANSLATE_NOOP("Checklist", "Corroborate domain validation and CAA from remote Network Perspectives "
                                        "meeting the quorum of table 3.2.2.9-1.")},
    };
    const char* text = texts.value(code, nullptr);
    return text ? QCoreApplication::translate("Checklist", text) : QString();
}

} // namespace ra::domain
