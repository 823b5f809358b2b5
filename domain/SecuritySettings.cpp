// SPDX-License-Identifier: Apache-2.0
#include "domain/SecuritySettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace ra::domain {

namespace {
// Whole groups of workspace.ini, and single keys of groups that also hold something else.
constexpr std::array kSecurityGroups{u"dns/", u"perspectives/", u"hsm/",      u"mail/",     u"registry/",
                                     u"caa/", u"security/",     u"workflow/", u"issuance/", u"ca/"};
constexpr std::array kSecurityKeys{u"corporate_number/base_url"};

// Every security setting the workstation reads, with the values it may take. A key it does not
// read is refused rather than recorded: a typo ("workflow/required_approval") or a setting that
// only sounds like one ("dns/allow_loopback_targets") would look like a change and be none.
enum class Kind { Text, Path, Count, Bool, Port, Milliseconds };
struct Known {
    const char16_t* key;
    Kind kind;
    int maximum; // for numbers
    bool mayBeEmpty;
};
constexpr std::array kKnown{
    Known{u"dns/resolver", Kind::Text, 0, true},
    Known{u"dns/trust_anchor", Kind::Path, 0, true},
    Known{u"dns/stub_zones", Kind::Text, 0, true},
    Known{u"perspectives/names", Kind::Text, 0, true},
    Known{u"perspectives/certificate", Kind::Path, 0, true},
    Known{u"perspectives/key", Kind::Path, 0, true},
    Known{u"perspectives/ca_certificate", Kind::Path, 0, true},
    Known{u"perspectives/timeout_ms", Kind::Milliseconds, 120000, false},
    Known{u"hsm/module", Kind::Path, 0, true},
    Known{u"hsm/softhsm2_conf", Kind::Path, 0, true},
    Known{u"hsm/token_label", Kind::Text, 0, true},
    Known{u"hsm/key_label", Kind::Text, 0, false},
    Known{u"hsm/ocsp_key_label", Kind::Text, 0, false},
    Known{u"hsm/root_key_label", Kind::Text, 0, false},
    Known{u"hsm/audit_key_label", Kind::Text, 0, false},
    Known{u"mail/relay", Kind::Text, 0, true},
    Known{u"mail/from", Kind::Text, 0, true},
    Known{u"mail/replies_maildir", Kind::Path, 0, true},
    Known{u"mail/timeout_ms", Kind::Milliseconds, 120000, false},
    Known{u"registry/rdap_bootstrap", Kind::Path, 0, true},
    Known{u"registry/rdap_ca_certificates", Kind::Path, 0, true},
    Known{u"registry/whois_port", Kind::Port, 65535, false},
    Known{u"caa/issuer_domain", Kind::Text, 0, false},
    Known{u"security/lockout_threshold", Kind::Count, 20, false},
    Known{u"security/lockout_minutes", Kind::Count, 10080, false},
    Known{u"security/idle_lock_minutes", Kind::Count, 480, false},
    Known{u"workflow/required_approvals", Kind::Count, 10, false},
    Known{u"issuance/precertificates", Kind::Bool, 0, false},
    Known{u"ca/issuer_name", Kind::Text, 0, true},
    Known{u"ca/issuer_key_id", Kind::Text, 0, true},
    Known{u"ca/cps_url", Kind::Text, 0, true},
    Known{u"ca/crl_url", Kind::Text, 0, true},
    Known{u"ca/ocsp_url", Kind::Text, 0, true},
    Known{u"ca/ca_issuers_url", Kind::Text, 0, true},
    Known{u"corporate_number/base_url", Kind::Text, 0, true},
};

const Known* known(QStringView key) {
    for (const Known& entry : kKnown) {
        if (key == QStringView(entry.key)) {
            return &entry;
        }
    }
    // One remote perspective: perspectives/NAME/url, region or rir.
    static const QRegularExpression perspective(
        QStringLiteral("^perspectives/[a-z0-9][a-z0-9-]{0,62}/(url|region|rir)$"));
    static constexpr Known kPerspective{u"perspectives/NAME/…", Kind::Text, 0, true};
    return perspective.match(key.toString()).hasMatch() ? &kPerspective : nullptr;
}
} // namespace

bool isSecuritySetting(QStringView key) {
    for (const char16_t* group : kSecurityGroups) {
        if (key.startsWith(QStringView(group)) && key.size() > QStringView(group).size()) {
            return true;
        }
    }
    for (const char16_t* single : kSecurityKeys) {
        if (key == QStringView(single)) {
            return true;
        }
    }
    return false;
}

std::optional<QString> securitySettingProblem(QStringView key, QStringView value) {
    if (!isSecuritySetting(key)) {
        return QCoreApplication::translate("SecuritySettings",
                                           "%1 is not a security setting; it stays in workspace.ini.")
            .arg(key);
    }
    const Known* setting = known(key);
    if (!setting) {
        return QCoreApplication::translate("SecuritySettings", "%1 is not a setting the workstation reads.").arg(key);
    }
    if (value.size() > 2000 || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
        value.trimmed().size() != value.size()) {
        return QCoreApplication::translate("SecuritySettings",
                                           "The value of %1 is not one line of text without leading or trailing "
                                           "spaces.")
            .arg(key);
    }
    if (value.isEmpty()) {
        return setting->mayBeEmpty
                   ? std::nullopt
                   : std::optional<QString>(QCoreApplication::translate("SecuritySettings",
                                                                        "%1 may not be empty: its default "
                                                                        "is not necessarily what is "
                                                                        "meant.")
                                                .arg(key));
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    switch (setting->kind) {
    case Kind::Text:
    case Kind::Path:
        return std::nullopt;
    case Kind::Bool:
        return value == QLatin1String("true") || value == QLatin1String("false")
                   ? std::nullopt
                   : std::optional<QString>(
                         QCoreApplication::translate("SecuritySettings", "%1 is true or false.").arg(key));
    case Kind::Count:
    case Kind::Port:
    case Kind::Milliseconds: {
        const int minimum = setting->kind == Kind::Milliseconds ? 1000 : 1;
        const int number = digits.match(value.toString()).hasMatch() ? value.toInt() : -1;
        if (number < minimum || number > setting->maximum) {
            return QCoreApplication::translate("SecuritySettings", "%1 must be a whole number from %2 to %3.")
                .arg(key)
                .arg(minimum)
                .arg(setting->maximum);
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace ra::domain
