// SPDX-License-Identifier: Apache-2.0
#include "domain/NameRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ra::domain {

namespace {
CheckResult result(const char* id, const char* citation, bool passed, const QString& message) {
    return {QString::fromLatin1(id), QStringLiteral("R-CSR-4"), QString::fromLatin1(citation),
            passed ? CheckStatus::Passed : CheckStatus::Failed, message};
}

bool isIpAddress(const QString& name) {
    QString bare = name;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']'))) {
        bare = bare.mid(1, bare.size() - 2);
    }
    // IPv4 (dotted or plain numbers); IPv6 is the only kind of name with a colon. Other numeric
    // spellings end in a label no public suffix has, so the Internal Name check refuses them.
    static const QRegularExpression ipv4(QStringLiteral("^[0-9]+(\\.[0-9]+){0,3}$"));
    return bare.contains(QLatin1Char(':')) || ipv4.match(bare).hasMatch();
}

// An LDH label (letters, digits, hyphen; no hyphen at either end), or a P-label: "xn--" followed by
// punycode that decodes. Other labels with hyphens in the third and fourth place are reserved.
bool isLdhOrPLabel(const QString& label) {
    static const QRegularExpression ldh(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
    if (!ldh.match(label).hasMatch()) {
        return false;
    }
    if (label.size() >= 4 && label.mid(2, 2) == QLatin1String("--")) {
        if (!label.startsWith(QLatin1String("xn--"))) {
            return false;
        }
        const QString unicode = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
        return !unicode.isEmpty() && unicode != label &&
               QUrl::toAce(unicode, QUrl::IgnoreIDNWhitelist) == label.toLatin1();
    }
    return true;
}
} // namespace

NameCheck NameRules::check(const QString& requested, const IPublicSuffixList& suffixes) {
    NameCheck check;
    check.requested = requested;
    const QString trimmed = requested.trimmed();

    // CP 3.1.1 item 5: IDNs are converted to punycode; the certificate carries A-labels only.
    const bool wildcard = trimmed.startsWith(QLatin1String("*.")) || trimmed.contains(QLatin1Char('*'));
    const QString withoutWildcard = trimmed.startsWith(QLatin1String("*.")) ? trimmed.mid(2) : trimmed;
    const QByteArray ace = QUrl::toAce(withoutWildcard, QUrl::IgnoreIDNWhitelist);
    check.ascii = ace.isEmpty() ? withoutWildcard.toLower() : QString::fromLatin1(ace).toLower();

    check.results << result(
        "name.no-wildcard", "CP 3.2.2.6", !wildcard,
        wildcard ? QCoreApplication::translate("NameRules", "Wildcard names are not issued under this policy.")
                 : QCoreApplication::translate("NameRules", "Not a wildcard name."));
    const bool ip = isIpAddress(trimmed);
    check.results << result(
        "name.no-ip-address", "CP 3.2.2.5", !ip,
        ip ? QCoreApplication::translate("NameRules", "IP addresses are not issued under this policy.")
           : QCoreApplication::translate("NameRules", "Not an IP address."));
    const bool onion = check.ascii == QLatin1String("onion") || check.ascii.endsWith(QLatin1String(".onion"));
    check.results << result("name.no-onion", "CP 3.2.2.4", !onion,
                            onion ? QCoreApplication::translate("NameRules", "Onion names are not issued.")
                                  : QCoreApplication::translate("NameRules", "Not an .onion name."));

    const bool trailingDot = check.ascii.endsWith(QLatin1Char('.'));
    const QStringList labels = check.ascii.split(QLatin1Char('.'));
    bool syntaxOk = !check.ascii.isEmpty() && !trailingDot && !ace.isEmpty() && labels.size() >= 2;
    QString badLabel;
    bool lengthOk = check.ascii.size() <= kMaxNameLength;
    for (const QString& label : labels) {
        if (label.size() > kMaxLabelLength) {
            lengthOk = false;
        }
        if (!isLdhOrPLabel(label)) {
            syntaxOk = false;
            badLabel = label;
        }
    }
    check.results << result(
        "name.syntax", "CP 3.1.1", syntaxOk || ip || wildcard,
        syntaxOk ? QCoreApplication::translate("NameRules", "A fully-qualified name of LDH labels and P-labels.")
        : badLabel.isEmpty()
            ? QCoreApplication::translate("NameRules",
                                          "Not a fully-qualified domain name (at least two labels, no trailing dot).")
            : QCoreApplication::translate("NameRules", "The label \"%1\" is neither an LDH label nor a valid P-label.")
                  .arg(badLabel));
    check.results << result(
        "name.length", "CP 3.1.1", lengthOk,
        lengthOk ? QCoreApplication::translate("NameRules", "Labels of at most 63 octets, name of at most 253.")
                 : QCoreApplication::translate("NameRules",
                                               "A label is longer than 63 octets or the name longer than 253."));

    // CP 4.2.2: no Internal Names; the name must end in a public suffix plus at least one label.
    if (!ip && syntaxOk) {
        check.registrableDomain = suffixes.registrableDomain(check.ascii);
        const bool knownTld = suffixes.hasKnownTopLevelDomain(check.ascii);
        const bool isSuffix = suffixes.isPublicSuffix(check.ascii);
        const bool ok = knownTld && !isSuffix && !check.registrableDomain.isEmpty();
        check.results << result(
            "name.public-suffix", "CP 4.2.2", ok,
            !knownTld ? QCoreApplication::translate(
                            "NameRules", "The name does not end in a public top-level domain: an Internal Name.")
            : isSuffix
                ? QCoreApplication::translate("NameRules", "The name is itself a public suffix.")
                : QCoreApplication::translate("NameRules", "Registrable domain: %1").arg(check.registrableDomain));
    }
    return check;
}

} // namespace ra::domain
