// SPDX-License-Identifier: Apache-2.0
#include "app/dns/UnboundResolver.h"

#include <unbound.h>

#include <QFile>
#include <QRegularExpression>
#include <QUrl>
#include <QtEndian>

namespace ra::app {

namespace {
constexpr int kTypeCaa = 257; // RFC 8659
constexpr int kTypeTxt = 16;
constexpr int kTypeA = 1;
constexpr int kTypeAaaa = 28;
constexpr int kClassIn = 1;
constexpr int kRcodeNoError = 0;
constexpr int kRcodeNxDomain = 3;

struct ResultFree {
    void operator()(ub_result* result) const noexcept { ub_resolve_free(result); }
};
using ResultPtr = std::unique_ptr<ub_result, ResultFree>;

// RDATA of one CAA record: flags (1 byte), tag length (1 byte), tag, value (RFC 8659 4.1.1).
std::optional<domain::CaaRecord> parseCaa(const char* data, int length) {
    if (!data || length < 2) {
        return std::nullopt;
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    const int tagLength = bytes[1];
    if (tagLength == 0 || 2 + tagLength > length) {
        return std::nullopt;
    }
    return domain::CaaRecord{bytes[0], QString::fromLatin1(data + 2, tagLength),
                             QByteArray(data + 2 + tagLength, length - 2 - tagLength)};
}
// Why `path` cannot serve as a trust anchor, or nothing: it must be readable and hold at least
// one DS or DNSKEY record in zone-file form (what ub_ctx_add_ta_file reads).
QString trustAnchorProblem(const QString& path) {
    constexpr qint64 kMaxAnchorBytes = 1 << 20;
    QFile file(path);
    const QString package = path == QLatin1String(UnboundResolver::kRootTrustAnchor)
                                ? QStringLiteral(" (Debian package dns-root-data)")
                                : QString();
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("the DNSSEC trust anchor %1 cannot be read%2").arg(path, package);
    }
    static const QRegularExpression record(QStringLiteral(R"(^[^;\s]\S*\s.*\b(DS|DNSKEY)\s+\d)"),
                                           QRegularExpression::MultilineOption);
    if (!record.match(QString::fromLatin1(file.read(kMaxAnchorBytes))).hasMatch()) {
        return QStringLiteral("the DNSSEC trust anchor %1 holds no DS or DNSKEY record%2").arg(path, package);
    }
    return {};
}
} // namespace

struct UnboundResolver::Context {
    struct ContextFree {
        void operator()(ub_ctx* context) const noexcept { ub_ctx_delete(context); }
    };
    std::unique_ptr<ub_ctx, ContextFree> context{ub_ctx_create()};
    QString setupError;
};

UnboundResolver::UnboundResolver(Options options)
    : m_context(std::make_unique<Context>())
    , m_options(std::move(options)) {
    ub_ctx* context = m_context->context.get();
    if (!context) {
        m_context->setupError = QStringLiteral("ub_ctx_create failed");
        return;
    }
    int error = 0;
    if (!m_options.forwarder.isEmpty()) {
        const QByteArray server = m_options.forwarder.toLatin1();
        for (const QString& zone : m_options.stubZones) {
            if (error == 0) {
                error = ub_ctx_set_stub(context, zone.toLatin1().constData(), server.constData(), 0);
            }
        }
        if (error == 0 && !m_options.stubZones.isEmpty()) {
            // A lab on loopback answers in microseconds: give up on a silent server after 1 s
            // rather than unbound's default of up to 2 minutes.
            error = ub_ctx_set_option(context, "infra-cache-max-rtt:", "1000");
        }
        if (error == 0 && m_options.stubZones.isEmpty()) {
            error = ub_ctx_set_fwd(context, server.constData());
        }
        // The lab answers on loopback, for names under .test, which unbound otherwise answers
        // itself with NXDOMAIN (RFC 6761 default local zone): ask the forwarder instead.
        if (error == 0) {
            error = ub_ctx_set_option(context, "do-not-query-localhost:", "no");
        }
        if (error == 0) {
            error = ub_ctx_set_option(context, "local-zone:", "test. transparent");
        }
    }
    if (error == 0 && !m_options.trustAnchorFile.isEmpty()) {
        // libunbound reads the file only at the first query, and an empty one (or /dev/null) would
        // leave it validating nothing while every answer looked "insecure".
        if (const QString problem = trustAnchorProblem(m_options.trustAnchorFile); !problem.isEmpty()) {
            m_context->setupError = problem;
            return;
        }
        error = ub_ctx_add_ta_file(context, m_options.trustAnchorFile.toLocal8Bit().constData());
    }
    if (error != 0) {
        m_context->setupError = QString::fromLatin1(ub_strerror(error));
    }
}

UnboundResolver::~UnboundResolver() = default;

domain::CaaLookup UnboundResolver::lookupCaa(const QString& name) {
    domain::CaaLookup lookup;
    if (!m_context->setupError.isEmpty()) {
        lookup.failureInsideOurInfrastructure = true;
        lookup.detail = QStringLiteral("resolver set-up: ") + m_context->setupError;
        return lookup;
    }
    const QByteArray ace = QUrl::toAce(name, QUrl::IgnoreIDNWhitelist);
    for (lookup.attempts = 1; lookup.attempts <= std::max(1, m_options.attempts); ++lookup.attempts) {
        ub_result* raw = nullptr;
        const int error = ub_resolve(m_context->context.get(), ace.constData(), kTypeCaa, kClassIn, &raw);
        const ResultPtr result(raw);
        if (error != 0 || !result) {
            // Our own resolver failed: never permission (R-CAA-2).
            lookup.failureInsideOurInfrastructure = true;
            lookup.detail = QString::fromLatin1(ub_strerror(error));
            continue;
        }
        lookup.failureInsideOurInfrastructure = false;
        lookup.dnssec = result->bogus                         ? domain::DnssecStatus::Bogus
                        : result->secure                      ? domain::DnssecStatus::Secure
                        : m_options.trustAnchorFile.isEmpty() ? domain::DnssecStatus::Indeterminate
                                                              : domain::DnssecStatus::Insecure;
        if (result->bogus) {
            lookup.detail = QString::fromUtf8(result->why_bogus ? result->why_bogus : "bogus");
            lookup.outcome = domain::CaaLookup::Outcome::Failed;
            return lookup;
        }
        if (result->rcode != kRcodeNoError && result->rcode != kRcodeNxDomain) {
            // A failed answer proves nothing about the zone's DNSSEC status, and a SERVFAIL may
            // come from our own forwarder: R-CAA-2's exception is never claimed here, so every
            // failure blocks (the stricter rule).
            lookup.outcome = domain::CaaLookup::Outcome::Failed;
            lookup.dnssec = domain::DnssecStatus::Indeterminate;
            lookup.failureInsideOurInfrastructure = true;
            lookup.detail = QStringLiteral("rcode %1").arg(result->rcode);
            continue;
        }
        lookup.ttl = result->ttl;
        for (int i = 0; result->havedata && result->data[i]; ++i) {
            if (auto record = parseCaa(result->data[i], result->len[i])) {
                lookup.records << *record;
            } else {
                // A record that cannot be read names no issuer (R-CAA-1); keep it so it denies.
                lookup.records << domain::CaaRecord{0, QStringLiteral("issue"), QByteArray(";malformed")};
            }
        }
        lookup.outcome =
            lookup.records.isEmpty() ? domain::CaaLookup::Outcome::NoRecords : domain::CaaLookup::Outcome::Records;
        lookup.detail.clear();
        return lookup;
    }
    lookup.attempts = std::max(1, m_options.attempts);
    lookup.outcome = domain::CaaLookup::Outcome::Failed;
    return lookup;
}

UnboundResolver::RecordLookup UnboundResolver::lookupRecords(const QString& name, int type) {
    RecordLookup lookup;
    if (!m_context->setupError.isEmpty()) {
        lookup.detail = QStringLiteral("resolver set-up: ") + m_context->setupError;
        return lookup;
    }
    const QByteArray ace = QUrl::toAce(name, QUrl::IgnoreIDNWhitelist);
    for (int attempt = 1; attempt <= std::max(1, m_options.attempts); ++attempt) {
        ub_result* raw = nullptr;
        const int error = ub_resolve(m_context->context.get(), ace.constData(), type, kClassIn, &raw);
        const ResultPtr result(raw);
        if (error != 0 || !result) {
            lookup.detail = QString::fromLatin1(ub_strerror(error));
            continue;
        }
        if (result->bogus || (result->rcode != kRcodeNoError && result->rcode != kRcodeNxDomain)) {
            lookup.detail =
                result->bogus ? QStringLiteral("DNSSEC bogus") : QStringLiteral("rcode %1").arg(result->rcode);
            lookup.dnssec = result->bogus ? domain::DnssecStatus::Bogus : domain::DnssecStatus::Indeterminate;
            continue;
        }
        lookup.answered = true;
        lookup.dnssec = result->secure                        ? domain::DnssecStatus::Secure
                        : m_options.trustAnchorFile.isEmpty() ? domain::DnssecStatus::Indeterminate
                                                              : domain::DnssecStatus::Insecure;
        for (int i = 0; result->havedata && result->data[i]; ++i) {
            lookup.rdata << QByteArray(result->data[i], result->len[i]);
        }
        lookup.detail.clear();
        return lookup;
    }
    return lookup;
}

domain::TxtLookup UnboundResolver::lookupTxt(const QString& name) {
    const RecordLookup records = lookupRecords(name, kTypeTxt);
    domain::TxtLookup lookup{records.answered, {}, records.dnssec, records.detail};
    for (const QByteArray& rdata : records.rdata) {
        // RDATA: one or more <length><bytes> character-strings, joined (RFC 1035 3.3.14).
        QByteArray text;
        const auto* bytes = reinterpret_cast<const unsigned char*>(rdata.constData());
        for (qsizetype at = 0; at < rdata.size();) {
            const qsizetype length = bytes[at];
            text += rdata.mid(at + 1, std::min(length, rdata.size() - at - 1));
            at += 1 + length;
        }
        lookup.texts << QString::fromUtf8(text);
    }
    return lookup;
}

UnboundResolver::AddressLookup UnboundResolver::lookupAddresses(const QString& name) {
    AddressLookup lookup;
    for (const int type : {kTypeA, kTypeAaaa}) {
        const RecordLookup records = lookupRecords(name, type);
        if (!records.answered) {
            lookup.detail = records.detail;
            lookup.dnssec = records.dnssec;
            if (records.dnssec == domain::DnssecStatus::Bogus) {
                return {}; // a forged answer is no address at all
            }
            continue;
        }
        lookup.answered = true;
        lookup.dnssec = records.dnssec;
        for (const QByteArray& rdata : records.rdata) {
            if (rdata.size() == 4 || rdata.size() == 16) {
                lookup.addresses << (rdata.size() == 4
                                         ? QHostAddress(qFromBigEndian<quint32>(rdata.constData()))
                                         : QHostAddress(reinterpret_cast<const quint8*>(rdata.constData())));
            }
        }
    }
    if (lookup.answered) {
        lookup.detail.clear();
    }
    return lookup;
}

} // namespace ra::app
