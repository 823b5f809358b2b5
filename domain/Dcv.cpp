// SPDX-License-Identifier: Apache-2.0
#include "domain/Dcv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ra::domain {

namespace {
struct MethodRow {
    DcvMethod method;
    const char* id;
    const char* citation;
};

constexpr MethodRow kMethods[] = {
    {DcvMethod::ContactEmail, "contact-email", "BR 3.2.2.4.2"},
    {DcvMethod::ConstructedEmail, "constructed-email", "BR 3.2.2.4.4"},
    {DcvMethod::DnsChange, "dns-change", "BR 3.2.2.4.7"},
    {DcvMethod::CaaContactEmail, "caa-contact-email", "BR 3.2.2.4.13"},
    {DcvMethod::TxtContactEmail, "txt-contact-email", "BR 3.2.2.4.14"},
    {DcvMethod::WebsiteChange, "website-change", "BR 3.2.2.4.18"},
    {DcvMethod::AcmeHttp01, "acme-http-01", "BR 3.2.2.4.19"},
};

const MethodRow& row(DcvMethod method) {
    for (const MethodRow& candidate : kMethods) {
        if (candidate.method == method) {
            return candidate;
        }
    }
    return kMethods[0];
}
} // namespace

QString dcvStatusId(DcvAttempt::Status status) {
    switch (status) {
    case DcvAttempt::Status::Pending:
        return QStringLiteral("pending");
    case DcvAttempt::Status::Passed:
        return QStringLiteral("passed");
    case DcvAttempt::Status::Failed:
        return QStringLiteral("failed");
    case DcvAttempt::Status::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

DcvAttempt::Status dcvStatusFromId(QStringView id) {
    for (auto status : {DcvAttempt::Status::Passed, DcvAttempt::Status::Failed, DcvAttempt::Status::Expired}) {
        if (id == dcvStatusId(status)) {
            return status;
        }
    }
    return DcvAttempt::Status::Pending;
}

QString dcvMethodId(DcvMethod method) {
    return QString::fromLatin1(row(method).id);
}

std::optional<DcvMethod> dcvMethodFromId(QStringView id) {
    for (const MethodRow& candidate : kMethods) {
        if (id == QLatin1String(candidate.id)) {
            return candidate.method;
        }
    }
    return std::nullopt;
}

QString dcvMethodCitation(DcvMethod method) {
    return QString::fromLatin1(row(method).citation);
}

bool dcvMethodNeedsCorroboration(DcvMethod method) {
    return method != DcvMethod::ContactEmail && method != DcvMethod::ConstructedEmail;
}

Status Dcv::checkAuthorizationDomain(const QString& fqdn, const QString& authorizationDomain, const QString& label,
                                     const IPublicSuffixList& suffixes) {
    const QString name = fqdn.toLower();
    const QString adn = authorizationDomain.toLower();
    if (adn.isEmpty() || !(name == adn || name.endsWith(QLatin1Char('.') + adn))) {
        return fail(QStringLiteral("dcv.adn"),
                    QCoreApplication::translate("Dcv", "%1 is not %2 or one of its parent domains.").arg(adn, name));
    }
    if (suffixes.isPublicSuffix(adn)) {
        return fail(QStringLiteral("dcv.adn-public-suffix"),
                    QCoreApplication::translate("Dcv", "%1 is a public suffix and cannot be an Authorization Domain "
                                                       "Name (CP 3.2.2.4).")
                        .arg(adn));
    }
    static const QRegularExpression underscoreLabel(QStringLiteral("^_[A-Za-z0-9_-]{1,62}$"));
    if (!label.isEmpty() && !underscoreLabel.match(label).hasMatch()) {
        return fail(QStringLiteral("dcv.label"),
                    QCoreApplication::translate("Dcv", "The prefix must be one label that begins with an underscore."));
    }
    return {};
}

QString Dcv::dnsChangeName(const QString& authorizationDomain, const QString& label) {
    return label.isEmpty() ? authorizationDomain.toLower() : label + QLatin1Char('.') + authorizationDomain.toLower();
}

bool Dcv::dnsChangeMatches(const QStringList& texts, const RandomValue& random) {
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&random](const QString& text) { return text.trimmed() == random.value; });
}

} // namespace ra::domain
