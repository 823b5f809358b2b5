// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/OpenSslPtr.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace ra::crypto::lint {

enum class Severity { Error, Warning, Notice };
// As zlint reports them: pass, not applicable, not yet effective, or a finding of the lint's level.
enum class Status { Pass, NotApplicable, NotEffective, Error, Warn, Notice };

[[nodiscard]] QString severityId(Severity severity); // "error", "warning", "notice"
[[nodiscard]] QString statusId(Status status);       // "pass", "na", "ne", "error", "warn", "notice"

// What a lint is (R-ISS-2): its ID, the zlint names of the same check, how serious a failure is,
// from when it applies, and where the rule is written.
struct LintInfo {
    QString id;
    QStringList aliases;
    Severity severity = Severity::Error;
    QDate effective;
    QString citation;
    const char* description = nullptr; // translated on display (context "Lint")

    [[nodiscard]] QString describe() const;
};

// A certificate parsed once for all lints.
class CertificateView {
public:
    explicit CertificateView(X509Ptr certificate);

    [[nodiscard]] X509* x509() const { return m_x509.get(); }
    [[nodiscard]] QDateTime notBefore() const { return m_notBefore; }
    [[nodiscard]] QDateTime notAfter() const { return m_notAfter; }
    [[nodiscard]] const QStringList& dnsNames() const { return m_dnsNames; }
    [[nodiscard]] int otherSanCount() const { return m_otherSanCount; }
    [[nodiscard]] const QList<QPair<int, QString>>& subject() const { return m_subject; }
    [[nodiscard]] const QList<int>& subjectTypes() const { return m_subjectTypes; }
    [[nodiscard]] QStringList subjectValues(int nid) const;
    [[nodiscard]] const X509_EXTENSION* extension(int nid) const;
    [[nodiscard]] int extensionCount(int nid) const;
    [[nodiscard]] const QStringList& extensionOids() const { return m_extensionOids; }
    [[nodiscard]] bool isRsa() const { return m_keyType == EVP_PKEY_RSA; }
    [[nodiscard]] int keyBits() const { return m_keyBits; }
    [[nodiscard]] QByteArray rsaExponent() const { return m_rsaExponent; }
    [[nodiscard]] QStringList policyOids() const { return m_policyOids; }
    [[nodiscard]] QString firstPolicyCpsUri() const { return m_firstPolicyCps; }

private:
    X509Ptr m_x509;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QStringList m_dnsNames;
    int m_otherSanCount = 0;
    QList<QPair<int, QString>> m_subject;
    QList<int> m_subjectTypes;
    QStringList m_extensionOids;
    int m_keyType = 0;
    int m_keyBits = 0;
    QByteArray m_rsaExponent;
    QStringList m_policyOids;
    QString m_firstPolicyCps;
};

class Lint {
public:
    explicit Lint(LintInfo info)
        : m_info(std::move(info)) {}
    virtual ~Lint() = default;
    [[nodiscard]] const LintInfo& info() const { return m_info; }
    // The certificate profile the rule belongs to ("tls-server", "ocsp-responder"); empty for rules
    // of every certificate the CA issues.
    [[nodiscard]] virtual QString profile() const { return {}; }
    // Whether the rule concerns this certificate at all.
    [[nodiscard]] virtual bool applies(const CertificateView&) const { return true; }
    // Nothing when the certificate passes; otherwise what was found (untranslated values).
    [[nodiscard]] virtual std::optional<QString> violation(const CertificateView& certificate) const = 0;

private:
    LintInfo m_info;
};

} // namespace ra::crypto::lint
